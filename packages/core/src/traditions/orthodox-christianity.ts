import { orthodoxEasterOffset } from '../rules/gregorian.js';
import { julianDate } from '../rules/julian.js';
import type { TraditionDefinition, Uncertainty } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Eastern Orthodox churches on the Julian calendar (Russian, Serbian, Georgian, Ukrainian, Jerusalem; Mount
// Athos). Easter by the Julian computus for all Orthodox churches except Finland's; fixed feasts on Julian dates,
// which the Greek, Romanian and Bulgarian churches (Revised Julian calendar) keep on the Gregorian dates.
const COMPUTUS = 'https://www.assa.org.au/edm';
// Sources are cited over HTTPS; smart.net published this page over plain HTTP, so cite the Internet Archive's copy.
const JULIAN_OFFSET = 'https://web.archive.org/web/2010/http://www.smart.net/~mmontes/ortheast.html';
const OBKD = 'https://www.obkd.de/';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const revisedJulian = (date: { en: string; de: string; tr: string; ar: string }): Uncertainty => ({
  kind: 'region',
  note: {
    en: `Churches on the Revised Julian calendar (Greek, Romanian, Bulgarian, Antiochian) keep it on ${date.en}.`,
    de: `Kirchen mit dem neujulianischen Kalender (griechische, rumänische, bulgarische, antiochenische) feiern am ${date.de}.`,
    tr: `Yeni Jülyen takvimini kullanan kiliseler (Rum, Romen, Bulgar, Antakya) bu bayramı ${date.tr} günü kutlar.`,
    ar: `تحتفل الكنائس التي تتبع التقويم اليولياني المعدّل (اليونانية والرومانية والبلغارية والأنطاكية) في ${date.ar}.`,
  },
});

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'orthodox-christmas',
    importance: 'major',
    names: {
      en: 'Orthodox Christmas',
      de: 'Orthodoxes Weihnachten',
      tr: 'Ortodoks Noeli',
      ar: 'عيد الميلاد المجيد (الأرثوذكسي)',
    },
    description: {
      en: 'The birth of Jesus on 25 December of the Julian calendar, after a 40-day fast; midnight liturgy.',
      de: 'Geburt Jesu am 25. Dezember des julianischen Kalenders, nach 40 Tagen Fasten; Mitternachtsliturgie.',
    },
    rule: julianDate(12, 25),
    days: 1,
    uncertainty: revisedJulian({
      en: '25 December',
      de: '25. Dezember',
      tr: '25 Aralık',
      ar: '25 كانون الأول',
    }),
    sources: [JULIAN_OFFSET, OBKD],
  },
  {
    id: 'orthodox-new-year',
    importance: 'minor',
    names: {
      en: 'Orthodox New Year',
      de: 'Orthodoxes Neujahr',
      tr: 'Ortodoks Yılbaşı (Eski Yılbaşı)',
      ar: 'رأس السنة الأرثوذكسية',
    },
    description: {
      en: 'New Year by the Julian calendar ("Old New Year"), with the feast of St Basil.',
      de: 'Neujahr nach dem julianischen Kalender („Altes Neujahr“), zugleich Fest des heiligen Basilius.',
    },
    rule: julianDate(1, 1),
    days: 1,
    sources: [JULIAN_OFFSET],
  },
  {
    id: 'theophany',
    importance: 'minor',
    names: {
      en: 'Theophany',
      de: 'Theophanie',
      tr: 'Teofani (Rab’bin Vaftizi)',
      ar: 'عيد الغطاس (الظهور الإلهي)',
    },
    description: {
      en: 'The baptism of Jesus in the Jordan; water is blessed, often in rivers and lakes.',
      de: 'Taufe Jesu im Jordan; Wasserweihe, oft an Flüssen und Seen.',
    },
    rule: julianDate(1, 6),
    days: 1,
    uncertainty: revisedJulian({ en: '6 January', de: '6. Januar', tr: '6 Ocak', ar: '6 كانون الثاني' }),
    sources: [JULIAN_OFFSET, OBKD],
  },
  {
    id: 'clean-monday',
    importance: 'minor',
    names: { en: 'Clean Monday', de: 'Reiner Montag', tr: 'Temiz Pazartesi', ar: 'الاثنين النظيف' },
    description: {
      en: 'First day of Great Lent, seven weeks before Orthodox Easter; a public holiday in Greece and Cyprus.',
      de: 'Erster Tag der Großen Fastenzeit, sieben Wochen vor dem orthodoxen Ostern; Feiertag in Griechenland.',
    },
    rule: orthodoxEasterOffset(-48),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'orthodox-good-friday',
    importance: 'major',
    names: {
      en: 'Orthodox Good Friday',
      de: 'Orthodoxer Karfreitag',
      tr: 'Ortodoks Kutsal Cuma',
      ar: 'الجمعة العظيمة (الأرثوذكسية)',
    },
    description: {
      en: 'The crucifixion and burial of Jesus, with the procession of the Epitaphios in the evening.',
      de: 'Kreuzigung und Grablegung Jesu, abends Prozession mit dem Epitaphios.',
    },
    rule: orthodoxEasterOffset(-2),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'orthodox-easter',
    importance: 'major',
    names: {
      en: 'Orthodox Easter (Pascha)',
      de: 'Orthodoxes Ostern',
      tr: 'Ortodoks Paskalyası',
      ar: 'عيد الفصح (الأرثوذكسي)',
    },
    description: {
      en: 'The resurrection of Jesus, by the Julian computus; the night liturgy ends the fast; Sunday and Monday.',
      de: 'Auferstehung Jesu nach julianischer Osterrechnung; die Osternacht beendet das Fasten; Sonntag und Montag.',
    },
    rule: orthodoxEasterOffset(0),
    days: 2,
    sources: [COMPUTUS],
  },
  {
    id: 'orthodox-ascension',
    importance: 'minor',
    names: {
      en: 'Orthodox Ascension',
      de: 'Orthodoxe Himmelfahrt',
      tr: 'Ortodoks Göğe Yükseliş',
      ar: 'عيد الصعود (الأرثوذكسي)',
    },
    description: {
      en: 'Jesus ascends to heaven, forty days after Orthodox Easter.',
      de: 'Aufnahme Jesu in den Himmel, vierzig Tage nach dem orthodoxen Ostern.',
    },
    rule: orthodoxEasterOffset(39),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'orthodox-pentecost',
    importance: 'minor',
    names: {
      en: 'Orthodox Pentecost',
      de: 'Orthodoxes Pfingsten',
      tr: 'Ortodoks Pentekost',
      ar: 'عيد العنصرة (الأرثوذكسي)',
    },
    description: {
      en: 'Feast of the Holy Trinity and the descent of the Holy Spirit, fifty days after Orthodox Easter.',
      de: 'Fest der Heiligen Dreifaltigkeit und der Sendung des Geistes, fünfzig Tage nach dem orthodoxen Ostern.',
    },
    rule: orthodoxEasterOffset(49),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'dormition',
    importance: 'minor',
    names: {
      en: 'Dormition of the Theotokos',
      de: 'Mariä Entschlafung',
      tr: 'Meryem’in Uykuya Dalışı',
      ar: 'عيد رقاد السيدة العذراء',
    },
    description: {
      en: 'The falling asleep of Mary, Mother of God, after a two-week fast.',
      de: 'Entschlafung der Gottesmutter Maria nach zweiwöchigem Fasten.',
    },
    rule: julianDate(8, 15),
    days: 1,
    uncertainty: revisedJulian({ en: '15 August', de: '15. August', tr: '15 Ağustos', ar: '15 آب' }),
    sources: [JULIAN_OFFSET, OBKD],
  },
];

export const orthodoxChristianity: TraditionDefinition = defineTradition(
  {
    id: 'orthodox-christianity',
    names: {
      en: 'Orthodox Christianity',
      de: 'Orthodoxes Christentum',
      tr: 'Ortodoks Hristiyanlık',
      ar: 'المسيحية الأرثوذكسية',
    },
    description: {
      en: 'Eastern Orthodox churches: Easter by the Julian computus, fixed feasts on the Julian calendar.',
      de: 'Orthodoxe Kirchen: Ostern nach der julianischen Osterrechnung, feste Feste nach dem julianischen Kalender.',
    },
  },
  defaults,
  rows,
);
