import { julianDate, julianNthWeekday } from '../rules/julian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// The Yazidi (Êzîdî) festival calendar runs on the Julian ("eastern") calendar, 13 days behind the Gregorian one
// in 1900–2099 (Hayrî Demir, ezipedia.de, "Çarşema Sor – Das Neujahrsfest", 2012). Feasts fall on weekdays of
// Julian months.
const NEW_YEAR = 'https://www.ezipedia.de/carsema-sor-das-neujahrsfest/';
const NEW_YEAR_ANF =
  'https://anfdeutsch.com/kultur/ezidische-verbaende-laden-zum-feiertag-Carsema-sor-ein-3900';
const FEAST_LIST = 'https://p.pdfdokument.com/ezdsche-feiertage_59e4f69c1723ddd204896c8e.html';
// "The Yezidi fast for three days before the first Friday in December, according to the eastern calendar"
// (Jubair Sheikh Suleiman, Office of Religious Affairs, North and East Syria, Syriac Press, 18 Dec 2020); the
// Iraqi government's holiday decree uses the same rule ("first Friday of December in the Eastern calendar",
// Al-Aoula, 16 Dec 2024). Observed dates 2017–2023 agree (test/fixtures/yazidi-eda-ezi.tsv).
const EZI_SYRIA =
  'https://syriacpress.com/blog/2020/12/18/yezidis-in-north-and-east-syria-mark-eda-rojiet-ezi-most-important-feast-on-yezidi-calendar/';
const EZI_IRAQ =
  'https://en.alawla.tv/1394-prime-minister-declares-yazidi-fasting-feast-as-an-official-holiday..html';
const EZI_FASTS =
  'https://anfenglish.com/culture/Ezi-holiday-celebrated-in-shengal-following-3-days-of-fasting-31254';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'carsema-sor',
    importance: 'major',
    names: {
      en: 'Çarşema Sor (Red Wednesday, Yazidi New Year)',
      de: 'Çarşema Sor (Jesidisches Neujahr)',
      tr: 'Çarşema Sor (Kırmızı Çarşamba, Ezidi Yılbaşı)',
      ar: 'الأربعاء الأحمر (رأس السنة الإيزيدية)',
    },
    description: {
      en: 'The day creation was completed and Tawûsî Melek came to earth; eggs are dyed, doors decked with flowers.',
      de: 'Tag der vollendeten Schöpfung, an dem Tawûsî Melek auf die Erde kam; Eier werden gefärbt, Türen geschmückt.',
    },
    // First Wednesday of Nîsan (Julian April) = the first Wednesday on or after 14 April (Gregorian), 1900–2099.
    rule: julianNthWeekday(1, 'wednesday', 4),
    days: 1,
    startsEvening: true,
    sources: [NEW_YEAR, NEW_YEAR_ANF],
  },
  {
    id: 'cejna-cemaye',
    importance: 'major',
    names: {
      en: 'Feast of the Assembly',
      de: 'Cejna Cemaayê',
      tr: 'Cemaye Bayramı (Toplanma Bayramı)',
      ar: 'عيد الجماعية',
    },
    description: {
      en: 'Seven-day pilgrimage to the sanctuary of Sheikh Adi at Lalish, with rites, processions and feasting.',
      de: 'Siebentägige Wallfahrt zum Heiligtum von Scheich Adi in Lalisch mit Riten, Prozessionen und Festmahl.',
    },
    // Julian 23 September (6 October Gregorian) for seven days, "06. Oktober – 12. Oktober" (Ezidische Jugend).
    rule: julianDate(9, 23),
    days: 7,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Some communities count the feast to 13 October (Julian 30 September), eight days.',
        de: 'Manche Gemeinden zählen das Fest bis zum 13. Oktober (julianisch 30. September), acht Tage.',
        tr: 'Bazı topluluklar bayramı 13 Ekim’e (Jülyen 30 Eylül) kadar, sekiz gün olarak sayar.',
      },
    },
    sources: [FEAST_LIST],
  },
  {
    id: 'eda-ezi',
    importance: 'major',
    names: {
      en: 'Feast of Êzî',
      de: 'Êda Êzî',
      tr: 'Êzî Bayramı (Rojiyên Êzî Bayramı)',
      ar: 'عيد إيزي (عيد صوم إيزيد)',
    },
    description: {
      en: 'Feast for God (Êzî) on the Friday after three days of fasting, Tuesday to Thursday, in December.',
      de: 'Fest für Gott (Êzî) am Freitag nach drei Fastentagen von Dienstag bis Donnerstag im Dezember.',
    },
    // First Friday of Julian December (14–20 December Gregorian in 1900–2099), the fast on the three days before.
    rule: julianNthWeekday(1, 'friday', 12),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Communities differ: some keep the fast and the feast a week earlier or later (e.g. Shingal, Shekhan).',
        de: 'Gemeinden unterscheiden sich: Manche halten Fasten und Fest eine Woche früher oder später (z. B. Şengal, Şêxan).',
        tr: 'Topluluklar farklılık gösterir: bazıları orucu ve bayramı bir hafta önce ya da sonra tutar (ör. Şengal, Şêxan).',
      },
    },
    sources: [EZI_SYRIA, EZI_IRAQ, EZI_FASTS],
  },
];

export const yazidism: TraditionDefinition = defineTradition(
  {
    id: 'yazidism',
    names: { en: 'Yazidism', de: 'Êzîdentum (Jesiden)', tr: 'Ezidilik', ar: 'الإيزيدية' },
    description: {
      en: 'The Yazidi (Êzîdî) faith of Kurdistan: festivals on weekdays of the Julian calendar.',
      de: 'Der êzîdische (jesidische) Glaube aus Kurdistan: Feste an Wochentagen des julianischen Kalenders.',
    },
  },
  defaults,
  rows,
);
