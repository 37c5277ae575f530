import { firstWeekdayOfIslamicMonth, islamicDate, islamicMonth } from '../rules/islamic.js';
import type { LocalizedText, TraditionDefinition, Uncertainty } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Month starts: Diyanet (Turkey) by the Istanbul 1978/2016 criteria, Umm al-Qura (Saudi Arabia), the tabular
// calendar, a crescent-visibility prediction at a place (Odeh 2006 or Yallop 1997) or MABIMS 2021, as
// RuleOptions.islamicMethod says; docs/islamic-methods.md compares them. Every day begins at sunset.
const DIYANET_CRITERIA = 'https://vakithesaplama.diyanet.gov.tr/hilal_toplantisi.php';
const DIYANET_CALENDAR = 'https://vakithesaplama.diyanet.gov.tr/hicriden_miladiye.php';
const UMM_AL_QURA = 'https://www.ummulqura.org.sa/';
const wiki = (page: string): string => `https://en.wikipedia.org/wiki/${page}`;

const methodNote = (extra?: LocalizedText): Uncertainty => ({
  kind: 'moon',
  note: {
    en: `Computed by the chosen method (default: Diyanet, Turkey; also Umm al-Qura, tabular, a crescent-visibility prediction at a place, or MABIMS as in Indonesia). Where a committee or ministry announces the month after the evening's sighting (India, Pakistan, Morocco, Indonesia, many mosques in Europe), that announcement decides, often a day later.${extra ? ` ${extra.en}` : ''}`,
    de: `Berechnet nach der gewählten Methode (Standard: Diyanet, Türkei; außerdem Umm al-Qura, tabellarisch, Vorhersage der Sichtbarkeit der Mondsichel an einem Ort oder MABIMS wie in Indonesien). Wo ein Komitee oder Ministerium den Monat nach der abendlichen Sichtung verkündet (Indien, Pakistan, Marokko, Indonesien, viele Moscheen in Europa), entscheidet diese Verkündung, oft einen Tag später.${extra ? ` ${extra.de}` : ''}`,
    tr: `Seçilen yönteme göre hesaplanır (varsayılan: Diyanet; ayrıca Ümmü'l-Kurâ, tablo usulü, bir yerde hilalin görünürlük tahmini veya Endonezya'daki gibi MABIMS). Ayın başını akşamki hilal gözleminden sonra bir kurul veya bakanlığın ilan ettiği yerlerde (Hindistan, Pakistan, Fas, Endonezya, Avrupa'daki birçok cami) bu ilan belirleyicidir; çoğu zaman bir gün sonradır.${extra?.tr ? ` ${extra.tr}` : ''}`,
    ar: `محسوب وفق الطريقة المختارة (الافتراضية: رئاسة الشؤون الدينية التركية؛ وأيضًا أم القرى أو التقويم الحسابي أو التنبؤ بإمكان رؤية الهلال في مكان ما أو معيار مابيمس كما في إندونيسيا). وحيث تعلن لجنة أو وزارة بداية الشهر بعد رؤية الهلال مساءً (الهند وباكستان والمغرب وإندونيسيا ومساجد كثيرة في أوروبا) فذلك الإعلان هو الحاسم، وكثيرًا ما يأتي بعد يوم.${extra?.ar ? ` ${extra.ar}` : ''}`,
  },
});

const SHIA_NOTE: LocalizedText = {
  en: 'Shia communities often follow sightings announced in Iraq or Iran.',
  de: 'Schiitische Gemeinden folgen oft den Sichtungen aus dem Irak oder Iran.',
  tr: 'Şii topluluklar çoğu zaman Irak veya İran’da ilan edilen rüyeti esas alır.',
  ar: 'كثيرًا ما تتبع المجتمعات الشيعية الرؤية المعلنة في العراق أو إيران.',
};

/** Where every Islamic date comes from, after the row's own page. */
const METHOD_SOURCES = [DIYANET_CRITERIA, UMM_AL_QURA];

const defaults = { days: 1, startsEvening: true, uncertainty: methodNote() } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'islamic-new-year',
    importance: 'major',
    names: {
      en: 'Islamic New Year',
      de: 'Islamisches Neujahr',
      tr: 'Hicri Yılbaşı',
      ar: 'رأس السنة الهجرية',
    },
    description: {
      en: 'First day of Muharram, the start of the Hijri year counted from the emigration to Medina.',
      de: 'Erster Muharram, Beginn des Hidschra-Jahres, gezählt von der Auswanderung nach Medina.',
    },
    rule: islamicDate(1, 1),
    sources: [wiki('Islamic_New_Year'), ...METHOD_SOURCES],
  },
  {
    id: 'ashura',
    importance: 'major',
    names: { en: 'Ashura', de: 'Aschura', tr: 'Aşure Günü', ar: 'عاشوراء' },
    description: {
      en: 'Tenth of Muharram: a voluntary fast for Sunnis; for Shia the mourning of Husayn at Karbala.',
      de: 'Zehnter Muharram: freiwilliges Fasten bei Sunniten; bei Schiiten Trauer um Husain in Kerbela.',
    },
    rule: islamicDate(1, 10),
    sources: [wiki('Ashura'), ...METHOD_SOURCES],
  },
  {
    id: 'arbaeen',
    importance: 'minor',
    names: { en: 'Arbaeen (Shia)', de: 'Arbain', tr: 'Erbain', ar: 'الأربعين' },
    description: {
      en: 'Fortieth day after Ashura; Shia pilgrims walk to Karbala in great numbers.',
      de: 'Vierzigster Tag nach Aschura; schiitische Pilger ziehen in großer Zahl nach Kerbela.',
    },
    rule: islamicDate(2, 20),
    uncertainty: methodNote(SHIA_NOTE),
    sources: [wiki('Arba%27een'), ...METHOD_SOURCES],
  },
  {
    id: 'mawlid',
    importance: 'major',
    names: {
      en: 'Mawlid an-Nabi',
      de: 'Maulid an-Nabi (Mevlid Kandili)',
      tr: 'Mevlid Kandili',
      ar: 'المولد النبوي',
    },
    description: {
      en: 'Birthday of the Prophet Muhammad, marked with recitations and gatherings the night before.',
      de: 'Geburtstag des Propheten Muhammad, mit Rezitationen und Zusammenkünften am Vorabend.',
    },
    rule: islamicDate(3, 12),
    uncertainty: methodNote({
      en: 'Shia Muslims mark 17 Rabi’ al-Awwal.',
      de: 'Schiiten begehen den 17. Rabi’ al-Awwal.',
      tr: 'Şiiler 17 Rebiülevvel’i esas alır.',
      ar: 'يحتفل الشيعة في 17 ربيع الأول.',
    }),
    sources: [wiki('Mawlid'), ...METHOD_SOURCES],
  },
  {
    // Diyanet lists Regaib Kandili on the Thursday: the night from Thursday to the first Friday of Rajab. Our
    // date is that Friday with startsEvening, so the evening before is the Thursday Diyanet prints.
    id: 'regaib-kandili',
    importance: 'minor',
    names: { en: 'Laylat al-Raghaib', de: 'Regaib Kandili', tr: 'Regaib Kandili', ar: 'ليلة الرغائب' },
    description: {
      en: 'Night before the first Friday of Rajab, opening the three holy months before Ramadan.',
      de: 'Nacht vor dem ersten Freitag im Radschab; eröffnet die drei heiligen Monate vor dem Ramadan.',
    },
    rule: firstWeekdayOfIslamicMonth('friday', 7),
    sources: [DIYANET_CALENDAR, ...METHOD_SOURCES],
  },
  {
    id: 'isra-miraj',
    importance: 'minor',
    names: {
      en: "Isra and Mi'raj",
      de: 'Isra und Miradsch (Miraç Kandili)',
      tr: 'Miraç Kandili',
      ar: 'الإسراء والمعراج',
    },
    description: {
      en: "The Prophet's night journey to Jerusalem and ascension to heaven.",
      de: 'Die nächtliche Reise des Propheten nach Jerusalem und seine Himmelfahrt.',
    },
    rule: islamicDate(7, 27),
    sources: [wiki('Isra%27_and_Mi%27raj'), ...METHOD_SOURCES],
  },
  {
    id: 'laylat-al-baraat',
    importance: 'minor',
    names: { en: "Laylat al-Bara'at", de: 'Berat Kandili', tr: 'Berat Kandili', ar: 'ليلة النصف من شعبان' },
    description: {
      en: "Night of forgiveness in the middle of Sha'ban, two weeks before Ramadan.",
      de: 'Nacht der Vergebung in der Mitte des Schaban, zwei Wochen vor dem Ramadan.',
    },
    rule: islamicDate(8, 15),
    sources: [wiki('Mid-Sha%27ban'), ...METHOD_SOURCES],
  },
  {
    id: 'ramadan',
    importance: 'major',
    names: { en: 'Ramadan', de: 'Ramadan', tr: 'Ramazan', ar: 'رمضان' },
    description: {
      en: 'The month of fasting from dawn to sunset; 29 or 30 days.',
      de: 'Der Fastenmonat, gefastet wird von der Morgendämmerung bis Sonnenuntergang; 29 oder 30 Tage.',
    },
    rule: islamicMonth(9),
    days: 30,
    sources: [wiki('Ramadan'), ...METHOD_SOURCES],
  },
  {
    id: 'laylat-al-qadr',
    importance: 'major',
    names: {
      en: 'Laylat al-Qadr',
      de: 'Nacht der Bestimmung (Kadir Gecesi)',
      tr: 'Kadir Gecesi',
      ar: 'ليلة القدر',
    },
    description: {
      en: 'Night of the first revelation of the Quran, kept on the night before 27 Ramadan.',
      de: 'Nacht der ersten Offenbarung des Korans, begangen in der Nacht vor dem 27. Ramadan.',
    },
    rule: islamicDate(9, 27),
    sources: [wiki('Night_of_Power'), ...METHOD_SOURCES],
  },
  {
    id: 'eid-al-fitr',
    importance: 'major',
    names: { en: 'Eid al-Fitr', de: 'Ramadanfest (Ramazan Bayramı)', tr: 'Ramazan Bayramı', ar: 'عيد الفطر' },
    description: {
      en: 'Festival of breaking the fast at the end of Ramadan, with prayers, visits and sweets.',
      de: 'Fest des Fastenbrechens am Ende des Ramadan, mit Gebet, Besuchen und Süßigkeiten.',
    },
    rule: islamicDate(10, 1),
    days: 3,
    sources: [wiki('Eid_al-Fitr'), ...METHOD_SOURCES],
  },
  {
    id: 'day-of-arafah',
    importance: 'minor',
    names: { en: 'Day of Arafah', de: 'Tag von Arafat', tr: 'Kurban Bayramı Arefesi', ar: 'يوم عرفة' },
    description: {
      en: 'Pilgrims stand at Mount Arafat; others often fast. Eve of Eid al-Adha.',
      de: 'Die Pilger stehen am Berg Arafat, andere fasten oft. Vortag des Opferfests.',
    },
    rule: islamicDate(12, 9),
    sources: [wiki('Day_of_Arafah'), ...METHOD_SOURCES],
  },
  {
    id: 'eid-al-adha',
    importance: 'major',
    names: { en: 'Eid al-Adha', de: 'Opferfest (Kurban Bayramı)', tr: 'Kurban Bayramı', ar: 'عيد الأضحى' },
    description: {
      en: "Festival of sacrifice at the end of the Hajj, remembering Abraham's readiness to sacrifice his son.",
      de: 'Opferfest zum Abschluss der Pilgerfahrt, in Erinnerung an Abrahams Opferbereitschaft.',
    },
    rule: islamicDate(12, 10),
    days: 4,
    sources: [wiki('Eid_al-Adha'), ...METHOD_SOURCES],
  },
  {
    id: 'eid-al-ghadir',
    importance: 'minor',
    names: { en: 'Eid al-Ghadir (Shia)', de: 'Ghadir-Fest', tr: 'Gadir-i Hum Bayramı', ar: 'عيد الغدير' },
    description: {
      en: "Shia feast of the Prophet's sermon at Ghadir Khumm naming Ali as his successor.",
      de: 'Schiitisches Fest der Predigt des Propheten am Teich Chumm, in der er Ali zum Nachfolger bestimmte.',
    },
    rule: islamicDate(12, 18),
    uncertainty: methodNote(SHIA_NOTE),
    sources: [wiki('Eid_al-Ghadir'), ...METHOD_SOURCES],
  },
];

export const islam: TraditionDefinition = defineTradition(
  {
    id: 'islam',
    names: { en: 'Islam', de: 'Islam', tr: 'İslam', ar: 'الإسلام' },
    description: {
      en: 'Hijri lunar calendar; month starts by Diyanet (Turkey, default), Umm al-Qura (Saudi Arabia) or tabular.',
      de: 'Hidschri-Mondkalender; Monatsanfänge nach Diyanet (Türkei, Standard), Umm al-Qura (Saudi-Arabien) oder tabellarisch.',
    },
  },
  defaults,
  rows,
);
