import { HEBREW_MONTH } from '../calendars/hebrew.js';
import { hebcalHoliday, hebrewDate } from '../rules/hebrew.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Hebrew calendar via @hebcal/core. Diaspora lengths by default; the `jewish: 'israel'` option gives Israel's
// (one festival day instead of two, Simchat Torah together with Shemini Atzeret). Every day begins at sunset.
const HEBCAL = 'https://www.hebcal.com/holidays/';
// A German Jewish community's explanation of the festivals and their Hebrew dates.
const GEMEINDE = 'https://www.jg-sh.de/seite/608785/j%C3%BCdische-feiertage.html';

const { NISAN, IYAR, SIVAN, TISHRI, KISLEV, SHEVAT, ADAR } = HEBREW_MONTH;

const defaults = { startsEvening: true, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'tu-bishvat',
    importance: 'minor',
    names: { en: 'Tu BiShvat', de: 'Tu biSchwat', tr: 'Tu Bişvat', ar: 'طو بشباط' },
    description: {
      en: 'New Year of the Trees; fruit of the Land of Israel is eaten and trees are planted.',
      de: 'Neujahrsfest der Bäume; man isst Früchte des Landes Israel und pflanzt Bäume.',
    },
    rule: hebrewDate(SHEVAT, 15),
    days: 1,
    sources: [`${HEBCAL}tu-bishvat`, GEMEINDE],
  },
  {
    id: 'purim',
    importance: 'major',
    names: { en: 'Purim', de: 'Purim', tr: 'Purim', ar: 'عيد المساخر (بوريم)' },
    description: {
      en: 'Rescue of the Jews of Persia told in the Book of Esther; the scroll is read, people dress up and give gifts.',
      de: 'Rettung der Juden Persiens nach dem Buch Ester; Lesung der Megilla, Verkleidung und Geschenke.',
    },
    rule: hebrewDate(ADAR, 14),
    days: 1,
    sources: [`${HEBCAL}purim`, GEMEINDE],
  },
  {
    id: 'pesach',
    importance: 'major',
    names: {
      en: 'Passover (Pesach)',
      de: 'Pessach',
      tr: 'Pesah (Hamursuz Bayramı)',
      ar: 'عيد الفصح اليهودي',
    },
    description: {
      en: 'The Exodus from Egypt; opens with the Seder meal, and only unleavened bread (matzah) is eaten.',
      de: 'Auszug aus Ägypten; beginnt mit dem Sederabend, gegessen wird nur ungesäuertes Brot (Mazza).',
    },
    rule: hebrewDate(NISAN, 15, { israel: { days: 7 } }),
    days: 8,
    sources: [`${HEBCAL}pesach`, GEMEINDE],
  },
  {
    id: 'yom-hashoah',
    importance: 'minor',
    names: {
      en: 'Yom HaShoah',
      de: "Jom haScho'a",
      tr: 'Yom HaŞoa (Holokost Anma Günü)',
      ar: 'يوم ذكرى المحرقة (يوم هشواه)',
    },
    description: {
      en: 'Holocaust and Heroism Remembrance Day, set by the Knesset in 1951; sirens sound across Israel.',
      de: 'Gedenktag für die Opfer der Schoa und den jüdischen Widerstand, 1951 von der Knesset bestimmt.',
    },
    // The 1959 Knesset law moves only a Friday 27 Nisan; the Sunday → Monday move dates from 1997 (Wikipedia,
    // "Jewish and Israeli holidays 2000–2050"). hebcal applies both from 1951, so before 1997 a Sunday 27 Nisan
    // comes out a day later than the law of the time.
    rule: hebcalHoliday('YOM_HASHOAH'),
    days: 1,
    sources: [`${HEBCAL}yom-hashoah`, 'https://en.wikipedia.org/wiki/Yom_HaShoah'],
  },
  {
    id: 'yom-haatzmaut',
    importance: 'minor',
    names: {
      en: "Yom Ha'atzmaut",
      de: "Jom haAtzma'ut",
      tr: 'Yom Haatsmaut (İsrail Bağımsızlık Günü)',
      ar: 'يوم الاستقلال الإسرائيلي',
    },
    description: {
      en: 'Israel Independence Day, marking the declaration of the State of Israel in 1948.',
      de: 'Unabhängigkeitstag Israels, Erinnerung an die Staatsgründung 1948.',
    },
    rule: hebcalHoliday('YOM_HAATZMA_UT'),
    days: 1,
    sources: [`${HEBCAL}yom-haatzmaut`, 'https://en.wikipedia.org/wiki/Yom_Ha%27atzmaut'],
  },
  {
    id: 'lag-baomer',
    importance: 'minor',
    names: { en: 'Lag BaOmer', de: 'Lag baOmer', tr: 'Lag BaOmer', ar: 'لاغ بعومر' },
    description: {
      en: 'The 33rd day of the Omer count between Passover and Shavuot; bonfires and outings.',
      de: 'Der 33. Tag der Omerzählung zwischen Pessach und Schawuot; Lagerfeuer und Ausflüge.',
    },
    rule: hebrewDate(IYAR, 18),
    days: 1,
    sources: [`${HEBCAL}lag-baomer`],
  },
  {
    id: 'shavuot',
    importance: 'major',
    names: { en: 'Shavuot', de: 'Schawuot', tr: 'Şavuot', ar: 'عيد الأسابيع (شفوعوت)' },
    description: {
      en: 'Feast of Weeks, seven weeks after Passover: the giving of the Torah at Sinai and the wheat harvest.',
      de: 'Wochenfest sieben Wochen nach Pessach: Gabe der Tora am Sinai und Weizenernte.',
    },
    rule: hebrewDate(SIVAN, 6, { israel: { days: 1 } }),
    days: 2,
    sources: [`${HEBCAL}shavuot`, GEMEINDE],
  },
  {
    id: 'tisha-bav',
    importance: 'minor',
    names: { en: "Tisha B'Av", de: 'Tischa beAv', tr: 'Tişa BeAv', ar: 'تيشعا بآب' },
    description: {
      en: 'Fast day mourning the destruction of both Temples in Jerusalem; Lamentations is read.',
      de: 'Fast- und Trauertag um die Zerstörung beider Tempel in Jerusalem; die Klagelieder werden gelesen.',
    },
    rule: hebcalHoliday('TISHA_BAV'),
    days: 1,
    sources: [`${HEBCAL}tisha-bav`],
  },
  {
    id: 'rosh-hashanah',
    importance: 'major',
    names: { en: 'Rosh Hashanah', de: 'Rosch haSchana', tr: 'Roş Aşana', ar: 'رأس السنة العبرية' },
    description: {
      en: 'Jewish New Year and start of the ten Days of Awe; the shofar is blown, apples are dipped in honey.',
      de: 'Jüdisches Neujahr und Beginn der zehn Ehrfurchtsvollen Tage; das Schofar wird geblasen.',
    },
    rule: hebrewDate(TISHRI, 1),
    days: 2,
    sources: [`${HEBCAL}rosh-hashana`, GEMEINDE],
  },
  {
    id: 'yom-kippur',
    importance: 'major',
    names: { en: 'Yom Kippur', de: 'Jom Kippur', tr: 'Yom Kipur', ar: 'يوم الغفران (يوم كيبور)' },
    description: {
      en: 'Day of Atonement, the holiest day of the year: a 25-hour fast spent in prayer.',
      de: 'Versöhnungstag, der höchste Feiertag: 25 Stunden Fasten und Gebet.',
    },
    rule: hebrewDate(TISHRI, 10),
    days: 1,
    sources: [`${HEBCAL}yom-kippur`, GEMEINDE],
  },
  {
    id: 'sukkot',
    importance: 'major',
    names: {
      en: 'Sukkot',
      de: 'Sukkot (Laubhüttenfest)',
      tr: 'Sukot (Çardak Bayramı)',
      ar: 'عيد المظال (سوكوت)',
    },
    description: {
      en: 'Feast of Tabernacles: meals in a leafy booth recall the wandering in the desert; also a harvest feast.',
      de: 'Laubhüttenfest: Mahlzeiten in der Laubhütte erinnern an die Wüstenwanderung; zugleich Erntefest.',
    },
    rule: hebrewDate(TISHRI, 15),
    days: 7,
    sources: [`${HEBCAL}sukkot`, GEMEINDE],
  },
  {
    id: 'shemini-atzeret',
    importance: 'minor',
    names: { en: 'Shemini Atzeret', de: 'Schemini Azeret', tr: 'Şemini Atseret', ar: 'شميني عتسيرت' },
    description: {
      en: 'The festive eighth day closing Sukkot, with the prayer for rain.',
      de: 'Schlussfest am achten Tag nach Beginn von Sukkot, mit dem Gebet um Regen.',
    },
    rule: hebrewDate(TISHRI, 22),
    days: 1,
    sources: [`${HEBCAL}shmini-atzeret`, GEMEINDE],
  },
  {
    id: 'simchat-torah',
    importance: 'major',
    names: { en: 'Simchat Torah', de: 'Simchat Tora', tr: 'Simhat Tora', ar: 'فرحة التوراة (سمحات توراه)' },
    description: {
      en: 'Rejoicing of the Torah: the yearly reading cycle ends and begins again, with dancing around the scrolls.',
      de: 'Freude der Tora: Der Lesezyklus endet und beginnt neu, mit Tänzen um die Torarollen.',
    },
    rule: hebrewDate(TISHRI, 23, { israel: { day: 22 } }),
    days: 1,
    sources: [`${HEBCAL}simchat-torah`, GEMEINDE],
  },
  {
    id: 'hanukkah',
    importance: 'major',
    names: { en: 'Hanukkah', de: 'Chanukka', tr: 'Hanuka', ar: 'عيد الأنوار (حانوكا)' },
    description: {
      en: 'Festival of Lights for the rededication of the Temple; one more candle is lit on each of eight nights.',
      de: 'Lichterfest zur Wiedereinweihung des Tempels; acht Abende lang wird je eine Kerze mehr entzündet.',
    },
    rule: hebrewDate(KISLEV, 25),
    days: 8,
    sources: [`${HEBCAL}chanukah`, GEMEINDE],
  },
];

export const judaism: TraditionDefinition = defineTradition(
  {
    id: 'judaism',
    names: { en: 'Judaism', de: 'Judentum', tr: 'Yahudilik', ar: 'اليهودية' },
    description: {
      en: 'Festivals of the Hebrew calendar; Diaspora reckoning by default, Israel as an option. Days begin at sunset.',
      de: 'Feste des jüdischen Kalenders; standardmäßig nach Diaspora-Brauch, Israel wählbar. Tage beginnen am Vorabend.',
    },
  },
  defaults,
  rows,
);
