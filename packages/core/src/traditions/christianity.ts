import { easterOffset, gregorianDate, weekdayBeforeDate } from '../rules/gregorian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Western churches (Catholic, Protestant): Gregorian calendar and the Gregorian computus for Easter.
const CALENDAR = 'https://de.wikipedia.org/wiki/Kirchenjahr';
const COMPUTUS = 'https://www.assa.org.au/edm';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'epiphany',
    importance: 'minor',
    names: { en: 'Epiphany', de: 'Heilige Drei Könige', tr: 'Epifani', ar: 'عيد الغطاس' },
    description: {
      en: 'The visit of the Magi to the infant Jesus; carol singers bless homes in Germany.',
      de: 'Besuch der Weisen aus dem Morgenland beim Jesuskind; Sternsinger segnen die Häuser.',
    },
    rule: gregorianDate(1, 6),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'candlemas',
    importance: 'minor',
    names: { en: 'Candlemas', de: 'Mariä Lichtmess', tr: 'Mum Bayramı', ar: 'عيد التقدمة' },
    description: {
      en: 'The presentation of Jesus at the Temple, 40 days after Christmas; candles are blessed.',
      de: 'Darstellung Jesu im Tempel, 40 Tage nach Weihnachten; Kerzen werden gesegnet.',
    },
    rule: gregorianDate(2, 2),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'rose-monday',
    importance: 'minor',
    names: {
      en: 'Rose Monday (Carnival)',
      de: 'Rosenmontag',
      tr: 'Gül Pazartesi (Karnaval)',
      ar: 'اثنين الورود (الكرنفال)',
    },
    description: {
      en: 'The high point of Rhineland carnival, with parades before the Lenten fast begins.',
      de: 'Höhepunkt des rheinischen Karnevals mit Umzügen vor Beginn der Fastenzeit.',
    },
    rule: easterOffset(-48),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'ash-wednesday',
    importance: 'major',
    names: { en: 'Ash Wednesday', de: 'Aschermittwoch', tr: 'Kül Çarşambası', ar: 'أربعاء الرماد' },
    description: {
      en: 'Start of the forty days of Lent before Easter; the faithful receive a cross of ashes.',
      de: 'Beginn der vierzigtägigen Fastenzeit vor Ostern; Gläubige empfangen das Aschenkreuz.',
    },
    rule: easterOffset(-46),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'palm-sunday',
    importance: 'minor',
    names: { en: 'Palm Sunday', de: 'Palmsonntag', tr: 'Palmiye Pazarı', ar: 'أحد الشعانين' },
    description: {
      en: "Jesus' entry into Jerusalem; opens Holy Week.",
      de: 'Einzug Jesu in Jerusalem; beginnt die Karwoche.',
    },
    rule: easterOffset(-7),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'maundy-thursday',
    importance: 'minor',
    names: { en: 'Maundy Thursday', de: 'Gründonnerstag', tr: 'Kutsal Perşembe', ar: 'خميس العهد' },
    description: {
      en: 'The Last Supper of Jesus with his disciples.',
      de: 'Erinnerung an das letzte Abendmahl Jesu mit seinen Jüngern.',
    },
    rule: easterOffset(-3),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'good-friday',
    importance: 'major',
    names: { en: 'Good Friday', de: 'Karfreitag', tr: 'Kutsal Cuma', ar: 'الجمعة العظيمة' },
    description: {
      en: 'The crucifixion and death of Jesus; a quiet public holiday in Germany.',
      de: 'Kreuzigung und Tod Jesu; in Deutschland ein stiller Feiertag.',
    },
    rule: easterOffset(-2),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'easter',
    importance: 'major',
    names: { en: 'Easter', de: 'Ostern', tr: 'Paskalya', ar: 'عيد الفصح' },
    description: {
      en: 'The resurrection of Jesus, the oldest and highest Christian feast; Sunday and Monday.',
      de: 'Auferstehung Jesu, das älteste und höchste Fest der Christen; Sonntag und Montag.',
    },
    rule: easterOffset(0),
    days: 2,
    sources: [COMPUTUS],
  },
  {
    id: 'ascension',
    importance: 'major',
    names: { en: 'Ascension Day', de: 'Christi Himmelfahrt', tr: 'Göğe Yükseliş', ar: 'عيد الصعود' },
    description: {
      en: 'Jesus ascends to heaven, forty days after Easter.',
      de: 'Aufnahme Jesu in den Himmel, vierzig Tage nach Ostern.',
    },
    rule: easterOffset(39),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'pentecost',
    importance: 'major',
    names: { en: 'Pentecost', de: 'Pfingsten', tr: 'Pentekost', ar: 'عيد العنصرة' },
    description: {
      en: 'The Holy Spirit descends on the apostles, fifty days after Easter; Sunday and Monday.',
      de: 'Sendung des Heiligen Geistes, fünfzig Tage nach Ostern; Sonntag und Montag.',
    },
    rule: easterOffset(49),
    days: 2,
    sources: [COMPUTUS],
  },
  {
    id: 'corpus-christi',
    importance: 'minor',
    names: { en: 'Corpus Christi', de: 'Fronleichnam', tr: 'Mesih’in Bedeni Bayramı', ar: 'عيد الجسد' },
    description: {
      en: 'Catholic feast of the Eucharist, with processions through the streets.',
      de: 'Katholisches Fest der Eucharistie mit Prozessionen durch die Straßen.',
    },
    rule: easterOffset(60),
    days: 1,
    sources: [COMPUTUS],
  },
  {
    id: 'assumption',
    importance: 'minor',
    names: {
      en: 'Assumption of Mary',
      de: 'Mariä Himmelfahrt',
      tr: 'Meryem’in Göğe Kabulü',
      ar: 'عيد انتقال العذراء',
    },
    description: {
      en: 'Catholic feast of Mary taken up into heaven; herbs are blessed.',
      de: 'Katholisches Fest der Aufnahme Marias in den Himmel; Kräuter werden gesegnet.',
    },
    rule: gregorianDate(8, 15),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'reformation-day',
    importance: 'minor',
    names: { en: 'Reformation Day', de: 'Reformationstag', tr: 'Reform Günü', ar: 'يوم الإصلاح' },
    description: {
      en: "Protestant remembrance of Luther's 95 theses of 1517.",
      de: 'Evangelisches Gedenken an Luthers 95 Thesen von 1517.',
    },
    rule: gregorianDate(10, 31),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'all-saints',
    importance: 'minor',
    names: { en: "All Saints' Day", de: 'Allerheiligen', tr: 'Azizler Günü', ar: 'عيد جميع القديسين' },
    description: {
      en: 'Remembrance of all saints; families visit and decorate graves.',
      de: 'Gedenken an alle Heiligen; Familien besuchen und schmücken die Gräber.',
    },
    rule: gregorianDate(11, 1),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'all-souls',
    importance: 'minor',
    names: { en: "All Souls' Day", de: 'Allerseelen', tr: 'Ölüler Günü', ar: 'يوم الموتى المؤمنين' },
    description: {
      en: 'Catholic day of prayer for the dead.',
      de: 'Katholischer Gebetstag für die Verstorbenen.',
    },
    rule: gregorianDate(11, 2),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'st-martin',
    importance: 'minor',
    names: { en: "St Martin's Day", de: 'Martinstag', tr: 'Aziz Martin Günü', ar: 'عيد القديس مارتن' },
    description: {
      en: 'St Martin who shared his cloak; children walk with lanterns.',
      de: 'Erinnerung an den heiligen Martin, der seinen Mantel teilte; Kinder ziehen mit Laternen.',
    },
    rule: gregorianDate(11, 11),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'repentance-day',
    importance: 'minor',
    names: {
      en: 'Day of Repentance and Prayer',
      de: 'Buß- und Bettag',
      tr: 'Tövbe ve Dua Günü',
      ar: 'يوم التوبة والصلاة',
    },
    description: {
      en: 'Protestant day of reflection, eleven days before the first Sunday of Advent.',
      de: 'Evangelischer Tag der Besinnung, elf Tage vor dem ersten Advent.',
    },
    rule: weekdayBeforeDate('wednesday', 11, 23),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'first-advent',
    importance: 'minor',
    names: {
      en: 'First Sunday of Advent',
      de: 'Erster Advent',
      tr: 'Advent’in İlk Pazarı',
      ar: 'الأحد الأول من زمن المجيء',
    },
    description: {
      en: 'Start of the church year and of the four weeks of preparation for Christmas.',
      de: 'Beginn des Kirchenjahres und der vier Wochen Vorbereitung auf Weihnachten.',
    },
    rule: weekdayBeforeDate('sunday', 12, 25, 3),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'st-nicholas',
    importance: 'minor',
    names: { en: 'St Nicholas Day', de: 'Nikolaustag', tr: 'Aziz Nikolaos Günü', ar: 'عيد القديس نيقولاوس' },
    description: {
      en: 'St Nicholas of Myra; children find sweets in their boots.',
      de: 'Gedenktag des heiligen Nikolaus von Myra; Kinder finden Süßes in ihren Stiefeln.',
    },
    rule: gregorianDate(12, 6),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'immaculate-conception',
    importance: 'minor',
    names: {
      en: 'Immaculate Conception',
      de: 'Mariä Empfängnis',
      tr: 'Lekesiz Gebelik',
      ar: 'عيد الحبل بلا دنس',
    },
    description: {
      en: 'Catholic feast of Mary conceived without original sin.',
      de: 'Katholisches Fest der ohne Erbsünde empfangenen Maria.',
    },
    rule: gregorianDate(12, 8),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'christmas-eve',
    importance: 'major',
    names: { en: 'Christmas Eve', de: 'Heiligabend', tr: 'Noel Arifesi', ar: 'ليلة عيد الميلاد' },
    description: {
      en: 'The evening before Christmas, when German families give presents and go to church.',
      de: 'Der Abend vor Weihnachten mit Bescherung und Christmette.',
    },
    rule: gregorianDate(12, 24),
    days: 1,
    sources: [CALENDAR],
  },
  {
    id: 'christmas',
    importance: 'major',
    names: { en: 'Christmas', de: 'Weihnachten', tr: 'Noel', ar: 'عيد الميلاد المجيد' },
    description: {
      en: 'The birth of Jesus; two public holidays in Germany.',
      de: 'Geburt Jesu; in Deutschland zwei Feiertage.',
    },
    rule: gregorianDate(12, 25),
    days: 2,
    sources: [CALENDAR],
  },
];

export const christianity: TraditionDefinition = defineTradition(
  {
    id: 'christianity',
    names: {
      en: 'Christianity (Western)',
      de: 'Christentum (westlich)',
      tr: 'Hristiyanlık (Batı)',
      ar: 'المسيحية (الغربية)',
    },
    description: {
      en: 'Catholic and Protestant churches: Gregorian calendar, Easter by the Gregorian computus.',
      de: 'Katholische und evangelische Kirchen: gregorianischer Kalender, Ostern nach der gregorianischen Osterrechnung.',
    },
  },
  defaults,
  rows,
);
