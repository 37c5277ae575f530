import { ASALHA_MONTH, MAGHA_MONTH, thaiFullMoon, tibetanNewYear, vesak } from '../rules/buddhist.js';
import { chineseDate } from '../rules/chinese.js';
import { gregorianDate } from '../rules/gregorian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Buddhist holy days of the three great traditions: Theravada (Thai and Sri Lankan lunar calendars), Mahayana
// (Chinese, Korean and Japanese dates) and Vajrayana (the Tibetan Phugpa calendar).
const JANSON = 'https://arxiv.org/abs/1401.6285';
const THAI_CALENDAR = 'https://th.wikipedia.org/wiki/ปฏิทินจันทรคติไทย';
const UN_VESAK = 'https://www.un.org/en/observances/vesak-day';
const UN_RESOLUTION = 'https://undocs.org/A/RES/54/115';

const defaults = { startsEvening: false } satisfies RowDefaults;

const THAI_REGION = {
  kind: 'region',
  note: {
    en: 'Thai lunar calendar; leap days are announced by the Thai authorities. Sri Lanka, Myanmar, Cambodia and Laos may differ by a day or a month.',
    de: 'Thailändischer Mondkalender; Schalttage legen die thailändischen Behörden fest. Sri Lanka, Myanmar, Kambodscha und Laos weichen mitunter um einen Tag oder Monat ab.',
    tr: 'Tay ay takvimi; Sri Lanka, Myanmar, Kamboçya ve Laos bir gün ya da bir ay farklı olabilir.',
    ar: 'حسب التقويم القمري التايلاندي؛ قد يختلف الموعد في سريلانكا وميانمار وكمبوديا ولاوس بيوم أو بشهر.',
  },
} as const;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'parinirvana-day',
    importance: 'minor',
    names: {
      en: 'Parinirvana Day (Nirvana Day)',
      de: 'Parinirvana',
      tr: 'Parinirvana Günü',
      ar: 'يوم النيرفانا',
    },
    description: {
      en: "Remembers the Buddha's death and final release (parinirvana); Mahayana communities keep it on 15 February.",
      de: 'Gedenkt des Todes Buddhas und seines endgültigen Verlöschens (Parinirvana); im Mahayana am 15. Februar.',
    },
    rule: gregorianDate(2, 15),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Mahayana date in the West; East Asian temples keep it on 2/15 of the lunar calendar, some on 8 February.',
        de: 'Mahayana-Datum im Westen; ostasiatische Tempel feiern am 15. Tag des 2. Mondmonats, manche am 8. Februar.',
        tr: 'Batıdaki Mahayana tarihi; Doğu Asya tapınakları ay takviminin 2/15 tarihini kullanır.',
        ar: 'موعد الماهايانا في الغرب؛ تحتفل معابد شرق آسيا في 15 من الشهر القمري الثاني.',
      },
    },
    sources: ['https://en.wikipedia.org/wiki/Parinirvana_Day'],
  },
  {
    id: 'losar',
    importance: 'major',
    names: {
      en: 'Losar (Tibetan New Year)',
      de: 'Losar (Tibetisches Neujahr)',
      tr: 'Losar (Tibet Yeni Yılı)',
      ar: 'لوسار (رأس السنة التبتية)',
    },
    description: {
      en: 'New Year of the Tibetan calendar, celebrated with family, offerings and prayer flags for three days.',
      de: 'Neujahr des tibetischen Kalenders, drei Tage lang mit Familie, Opfergaben und Gebetsfahnen gefeiert.',
    },
    rule: tibetanNewYear(),
    days: 3,
    uncertainty: null,
    sources: [JANSON, 'https://en.wikipedia.org/wiki/Losar'],
  },
  {
    id: 'magha-puja',
    importance: 'major',
    names: { en: 'Magha Puja', de: 'Magha Puja', tr: 'Magha Puja', ar: 'ماغا بوجا' },
    description: {
      en: "Full moon of the third lunar month: 1,250 monks gathered unbidden to hear the Buddha's teaching.",
      de: 'Vollmond des dritten Mondmonats: 1.250 Mönche versammelten sich ungerufen, um Buddhas Lehre zu hören.',
    },
    rule: thaiFullMoon('magha', MAGHA_MONTH),
    days: 1,
    uncertainty: THAI_REGION,
    sources: [THAI_CALENDAR, 'https://th.wikipedia.org/wiki/วันมาฆบูชา'],
  },
  {
    id: 'hanamatsuri',
    importance: 'minor',
    names: {
      en: "Hanamatsuri (Buddha's birthday, Japan)",
      de: 'Hanamatsuri',
      tr: 'Hanamatsuri (Japonya’da Buda’nın doğum günü)',
      ar: 'هاناماتسوري (مولد بوذا في اليابان)',
    },
    description: {
      en: "Japan's flower festival for the Buddha's birth: sweet tea is poured over a statue of the infant Buddha.",
      de: 'Japanisches Blumenfest zu Buddhas Geburt: süßer Tee wird über eine Figur des Buddha-Kindes gegossen.',
    },
    rule: gregorianDate(4, 8),
    days: 1,
    uncertainty: null,
    sources: ['https://en.wikipedia.org/wiki/Buddha%27s_Birthday#Japan'],
  },
  {
    id: 'vesak',
    importance: 'major',
    names: {
      en: 'Vesak (Buddha Day)',
      de: 'Vesakh (Buddha-Tag)',
      tr: 'Vesak (Buda Günü)',
      ar: 'فيساك (يوم بوذا)',
    },
    description: {
      en: "The Buddha's birth, enlightenment and passing, remembered together at the full moon of Vesakha.",
      de: 'Geburt, Erleuchtung und Tod Buddhas, gemeinsam gefeiert am Vollmond des Monats Vesakha.',
    },
    rule: vesak(),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'UN and many Theravada countries: a full moon in May; Thailand may be a month later; China and Korea: 4/8 of the lunar calendar; Japan: 8 April.',
        de: 'UN und viele Theravada-Länder: ein Vollmond im Mai; Thailand mitunter einen Monat später; China und Korea: 8. Tag des 4. Mondmonats; Japan: 8. April.',
        tr: 'BM ve birçok Theravada ülkesi: mayıs dolunayı; Tayland bazen bir ay sonra; Çin ve Kore: ay takviminde 4/8; Japonya: 8 Nisan.',
        ar: 'الأمم المتحدة وكثير من بلدان الثيرافادا: بدر شهر مايو؛ تايلاند أحيانًا بعده بشهر؛ الصين وكوريا: 8 من الشهر القمري الرابع؛ اليابان: 8 أبريل.',
      },
    },
    sources: [UN_VESAK, UN_RESOLUTION, 'https://en.wikipedia.org/wiki/Vesak'],
  },
  {
    id: 'asalha-puja',
    importance: 'major',
    names: {
      en: 'Asalha Puja (Dharma Day)',
      de: 'Asalha Puja',
      tr: 'Asalha Puja (Dharma Günü)',
      ar: 'أسالها بوجا (يوم الدارما)',
    },
    description: {
      en: "The Buddha's first sermon at Sarnath; the next day the monks' rainy-season retreat (vassa) begins.",
      de: 'Erste Lehrrede Buddhas in Sarnath; am Tag danach beginnt die Regenzeit-Klausur der Mönche (Vassa).',
    },
    rule: thaiFullMoon('asalha', ASALHA_MONTH),
    days: 1,
    uncertainty: THAI_REGION,
    sources: [THAI_CALENDAR, 'https://th.wikipedia.org/wiki/วันอาสาฬหบูชา'],
  },
  {
    id: 'ullambana',
    importance: 'minor',
    names: { en: 'Ullambana', de: 'Ullambana', tr: 'Ullambana', ar: 'أولامبانا' },
    description: {
      en: 'Offerings for ancestors and hungry ghosts on the 15th day of the 7th lunar month, after the monks’ retreat.',
      de: 'Gaben für Ahnen und hungrige Geister am 15. Tag des 7. Mondmonats, nach der Klausur der Mönche.',
    },
    rule: chineseDate(7, 15),
    days: 1,
    uncertainty: null,
    sources: [
      'https://en.wikipedia.org/wiki/Ghost_Festival',
      'https://www.hko.gov.hk/en/gts/time/conversion.htm',
    ],
  },
  {
    id: 'obon',
    importance: 'minor',
    names: { en: 'Obon', de: 'Obon', tr: 'Obon', ar: 'أوبون' },
    description: {
      en: 'Japanese festival of the ancestors: families welcome their spirits home with lanterns and Bon dances.',
      de: 'Japanisches Ahnenfest: Familien empfangen die Seelen mit Laternen und Bon-Tänzen.',
    },
    rule: gregorianDate(8, 13),
    days: 4,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Most of Japan: 13–16 August; Tokyo and some regions: 13–16 July; Okinawa: by the lunar calendar.',
        de: 'In den meisten Regionen Japans 13.–16. August; Tokio und einige Regionen 13.–16. Juli; Okinawa nach dem Mondkalender.',
        tr: 'Japonya’nın çoğunda 13–16 Ağustos; Tokyo ve bazı bölgelerde 13–16 Temmuz.',
        ar: 'في معظم اليابان 13–16 أغسطس؛ في طوكيو وبعض المناطق 13–16 يوليو.',
      },
    },
    sources: ['https://en.wikipedia.org/wiki/Bon_Festival'],
  },
  {
    id: 'bodhi-day',
    importance: 'minor',
    names: { en: 'Bodhi Day', de: 'Bodhi-Tag', tr: 'Bodhi Günü', ar: 'يوم بودهي' },
    description: {
      en: "The Buddha's enlightenment under the Bodhi tree, kept on 8 December in Japanese Mahayana (Rohatsu).",
      de: 'Erleuchtung Buddhas unter dem Bodhi-Baum, im japanischen Mahayana am 8. Dezember begangen (Rohatsu).',
    },
    rule: gregorianDate(12, 8),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Japanese date; Chinese and Korean Buddhists keep it on 12/8 of the lunar calendar.',
        de: 'Japanisches Datum; chinesische und koreanische Buddhisten feiern am 8. Tag des 12. Mondmonats.',
        tr: 'Japon tarihi; Çinli ve Koreli Budistler ay takviminin 12/8 tarihini kullanır.',
        ar: 'الموعد الياباني؛ يحتفل البوذيون الصينيون والكوريون في 8 من الشهر القمري الثاني عشر.',
      },
    },
    sources: ['https://en.wikipedia.org/wiki/Bodhi_Day'],
  },
];

export const buddhism: TraditionDefinition = defineTradition(
  {
    id: 'buddhism',
    names: { en: 'Buddhism', de: 'Buddhismus', tr: 'Budizm', ar: 'البوذية' },
    description: {
      en: 'Theravada, Mahayana and Tibetan Buddhism: full-moon holy days, Vesak in its national variants, Losar.',
      de: 'Theravada-, Mahayana- und tibetischer Buddhismus: Vollmond-Feiertage, Vesakh in seinen nationalen Varianten, Losar.',
    },
  },
  defaults,
  rows,
);
