import { cited, type NameTable, wikipedia } from './table.js';

/*
 * Persian names. Sources: Iran's official holidays as the Persian Wikipedia lists them ("تعطیلات عمومی در ایران":
 * نوروز, سیزده‌بدر, تاسوعا, عاشورا, اربعین, عید فطر, عید قربان, عید غدیر), and otherwise the Persian Wikipedia
 * article of each name (cited per name; the article title is the name unless a second argument names the article).
 * Names are written with the zero-width non-joiner as Persian orthography does (چهارشنبه‌سوری). Holidays without
 * a documented Persian name are left out and shown in English (FALLBACKS.md).
 */
const w = wikipedia('fa');
const IRAN_HOLIDAYS = 'https://fa.wikipedia.org/wiki/تعطیلات_عمومی_در_ایران';

export const fa: NameTable = {
  traditions: {
    christianity: w('مسیحیت غربی'),
    'orthodox-christianity': w('مسیحیت ارتدکس', 'کلیسای ارتدکس شرقی'),
    'oriental-orthodox': w('کلیساهای ارتدکس مشرقی', 'ارتدکس مشرقی'),
    judaism: w('یهودیت'),
    islam: w('اسلام'),
    alevism: w('علویان', 'علویان (آناتولی)'),
    yazidism: w('ایزدی‌ها', 'ایزدیان'),
    hinduism: w('هندوئیسم'),
    sikhism: w('آیین سیک'),
    jainism: w('جینیسم'),
    buddhism: w('بوداگرایی'),
    bahai: w('آیین بهائی'),
    zoroastrianism: w('دین زرتشتی'),
    persian: w('جشن‌های ایرانی'),
    chinese: w('جشن‌های چینی', 'سال نو چینی'),
    korean: w('جشن‌های کره‌ای', 'فرهنگ کره'),
    vietnamese: w('جشن‌های ویتنامی', 'فرهنگ ویتنام'),
    japanese: w('جشن‌های ژاپنی', 'تعطیلات عمومی در ژاپن'),
    seasonal: w('فصل‌ها', 'فصل'),
    international: w('روزهای جهانی', 'فهرست روزهای جهانی'),
  },
  holidays: {
    // Christianity: Persian-speaking churches' usage (salammasihi.com writes for Persian-speaking Christians).
    'ash-wednesday': cited(
      'چهارشنبهٔ خاکستر',
      'https://salammasihi.com/theology/cross-and-resurrection/5006/',
    ),
    'good-friday': w('جمعهٔ نیک', 'جمعه_نیک'),
    easter: w('عید پاک'),
    pentecost: w('پنطیکاست'),
    'christmas-eve': w('شب کریسمس'),
    christmas: w('کریسمس'),
    'orthodox-christmas': w('کریسمس ارتدکس', 'کریسمس'),
    'orthodox-good-friday': w('جمعهٔ نیک ارتدکس', 'جمعه_نیک'),
    'orthodox-easter': w('عید پاک ارتدکس', 'عید پاک'),
    'armenian-christmas': w('کریسمس ارمنی', 'کریسمس'),
    'coptic-christmas': w('کریسمس قبطی', 'کریسمس'),
    genna: w('کریسمس اتیوپیایی', 'کریسمس'),
    fasika: w('عید پاک اتیوپیایی', 'عید پاک'),
    // Judaism
    purim: w('پوریم'),
    pesach: w('پسح'),
    shavuot: w('شاووعوت'),
    'rosh-hashanah': w('روش هشانا'),
    'yom-kippur': w('یوم کیپور'),
    sukkot: w('سوکوت'),
    'simchat-torah': w('سیمخات تورا'),
    hanukkah: w('حنوکا'),
    // Islam
    'islamic-new-year': w('سال نو هجری قمری', 'گاه‌شماری هجری قمری'),
    ashura: cited('عاشورا', IRAN_HOLIDAYS),
    arbaeen: cited('اربعین', IRAN_HOLIDAYS),
    // The list writes "تولد محمد بن عبدالله"; Iranian calendars and press say "میلاد پیامبر".
    mawlid: cited('میلاد پیامبر', IRAN_HOLIDAYS),
    'isra-miraj': w('معراج'),
    'laylat-al-baraat': w('شب برات'),
    ramadan: w('رمضان'),
    'laylat-al-qadr': w('شب قدر'),
    'eid-al-fitr': cited('عید فطر', IRAN_HOLIDAYS),
    'day-of-arafah': w('روز عرفه'),
    'eid-al-adha': cited('عید قربان', IRAN_HOLIDAYS),
    'eid-al-ghadir': cited('عید غدیر', IRAN_HOLIDAYS),
    // Hinduism
    holi: w('هولی'),
    diwali: w('دیوالی'),
    // Bahá'í: the holy days as the Badíʿ calendar article names them.
    'naw-ruz-bahai': w('عید نوروز', 'گاه‌شماری بدیع'),
    ridvan: w('عید رضوان'),
    'birth-of-the-bab': w('تولد باب', 'گاه‌شماری بدیع'),
    'birth-of-bahaullah': w('تولد بهاءالله', 'گاه‌شماری بدیع'),
    // Zoroastrian and Iranian festivals
    'jamshedi-navroz': w('نوروز جمشیدی', 'نوروز'),
    'khordad-sal': w('خوردادسال', 'زادروز زرتشت'),
    sadeh: w('جشن سده', 'سده_(جشن)'),
    'chaharshanbe-suri': w('چهارشنبه‌سوری'),
    nowruz: cited('نوروز', IRAN_HOLIDAYS),
    newroz: w('نوروز کردی', 'نوروز'),
    'sizdah-bedar': cited('سیزده‌بدر', IRAN_HOLIDAYS),
    tirgan: w('جشن تیرگان', 'تیرگان'),
    mehregan: w('جشن مهرگان', 'مهرگان'),
    yalda: w('شب یلدا'),
    // Chinese
    'chinese-new-year': w('سال نو چینی'),
    'mid-autumn': w('جشن نیمهٔ پاییز', 'جشنواره نیمه پاییز'),
    // Seasons and international days
    'march-equinox': w('اعتدال بهاری', 'اعتدال'),
    'june-solstice': w('انقلاب تابستانی'),
    'september-equinox': w('اعتدال پاییزی', 'اعتدال'),
    'december-solstice': w('انقلاب زمستانی'),
    'mother-language-day': w('روز جهانی زبان مادری'),
    'womens-day': w('روز جهانی زن'),
    'labour-day': w('روز جهانی کارگر'),
    'world-refugee-day': w('روز جهانی پناهنده'),
    'human-rights-day': w('روز جهانی حقوق بشر'),
  },
};
