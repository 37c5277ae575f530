import { cited, type NameTable, wikipedia } from './table.js';

/*
 * Ukrainian names. Sources: the Ukrainian Wikipedia article of each name (cited per name; the article title is
 * the name unless a second argument names the article), and for Easter the usage of Ukrainian church and press
 * pages. Since 2023 the Orthodox Church of Ukraine and the Ukrainian Greek Catholic Church keep fixed feasts by the
 * New Julian calendar (Christmas on 25 December) and Easter by the Julian Paschalion (https://simeika.com/?p=7554):
 * "Великдень" unqualified is
 * the Eastern date, the Western one is "Католицький Великдень" in Ukrainian press usage; Christmas on 7 January is
 * the Julian one. Holidays without a documented Ukrainian name are left out and shown in English (FALLBACKS.md).
 */
const w = wikipedia('uk');
const ROSH_HASHANAH_RBC =
  'https://daily.rbc.ua/rus/show/shcho-take-rosh-ga-shana-i-chomu-hasidi-z-1758300902.html';

export const uk: NameTable = {
  traditions: {
    christianity: w('Західне християнство'),
    'orthodox-christianity': w('Православ’я', "Православ'я"),
    'oriental-orthodox': w('Давні східні церкви'),
    judaism: w('Юдаїзм'),
    islam: w('Іслам'),
    alevism: w('Алевізм', 'Алевіти'),
    yazidism: w('Єзидизм'),
    hinduism: w('Індуїзм'),
    sikhism: w('Сикхізм'),
    jainism: w('Джайнізм'),
    buddhism: w('Буддизм'),
    bahai: w('Бахаїзм'),
    zoroastrianism: w('Зороастризм'),
    persian: w('Іранські свята', 'Свята Ірану'),
    chinese: w('Китайські свята', 'Свята Китаю'),
    korean: w('Корейські свята', 'Свята Кореї'),
    vietnamese: w('В’єтнамські свята', "Свята В'єтнаму"),
    japanese: w('Японські свята', 'Свята Японії'),
    seasonal: w('Пори року', 'Пора року'),
    international: w('Міжнародні дні', 'Міжнародні дні ООН'),
  },
  holidays: {
    // Western Christianity
    epiphany: w('Богоявлення'),
    candlemas: w('Стрітення Господнє'),
    'ash-wednesday': w('Попільна середа'),
    'palm-sunday': w('Вербна неділя'),
    'maundy-thursday': w('Великий четвер'),
    'good-friday': w('Страсна п’ятниця', "Страсна п'ятниця"),
    easter: cited(
      'Католицький Великдень',
      'https://chimsnab.com.ua/ukraincyam/afrikanskiy-velikden-koli.html',
    ),
    ascension: w('Вознесіння Господнє'),
    pentecost: w('П’ятидесятниця', "П'ятидесятниця"),
    'corpus-christi': w('Свято Тіла і Крові Христових'),
    assumption: w('Внебовзяття Діви Марії'),
    'reformation-day': w('День Реформації'),
    'all-saints': w('День усіх святих'),
    'all-souls': w('День пам’яті померлих', "День пам'яті всіх вірних померлих"),
    'st-nicholas': w('День святого Миколая'),
    'immaculate-conception': w('Непорочне зачаття Діви Марії'),
    'first-advent': w('Перша неділя Адвенту', 'Адвент'),
    'christmas-eve': w('Святвечір'),
    christmas: w('Різдво Христове'),
    // Orthodox Christianity
    'orthodox-christmas': w('Різдво Христове за юліанським календарем', 'Різдво Христове'),
    'orthodox-new-year': w('Старий Новий рік'),
    theophany: w('Водохреще'),
    'clean-monday': w('Чистий понеділок'),
    'orthodox-good-friday': w('Страсна п’ятниця (православна)', "Страсна п'ятниця"),
    'orthodox-easter': cited(
      'Великдень',
      'https://library.kh.ua/metodistam/events_region/sviato-velykodnia-jde-do-khaty',
    ),
    'orthodox-ascension': w('Вознесіння Господнє (православне)', 'Вознесіння Господнє'),
    'orthodox-pentecost': w('Трійця', 'Трійця (свято)'),
    dormition: w('Успіння Пресвятої Богородиці'),
    // Oriental Orthodox: the calendars these churches keep, named in the Christmas and Easter articles.
    'armenian-christmas': w('Вірменське Різдво', 'Різдво Христове'),
    'coptic-christmas': w('Коптське Різдво', 'Різдво Христове'),
    genna: w('Ефіопське Різдво', 'Різдво Христове'),
    timkat: w('Тімкат'),
    // Judaism
    'tu-bishvat': w('Ту бі-Шват'),
    purim: w('Пурим'),
    pesach: w('Песах'),
    'yom-hashoah': w('Йом га-Шоа'),
    'lag-baomer': w('Лаг ба-Омер'),
    shavuot: w('Шавуот'),
    'tisha-bav': w('Тиша бе-Ав'),
    'rosh-hashanah': cited('Рош га-Шана', ROSH_HASHANAH_RBC),
    'yom-kippur': cited('Йом-Кіпур', ROSH_HASHANAH_RBC),
    sukkot: w('Сукот'),
    'shemini-atzeret': w('Шміні Ацерет'),
    'simchat-torah': w('Сімхат Тора'),
    hanukkah: w('Ханука'),
    // Islam
    'islamic-new-year': w('Ісламський Новий рік'),
    ashura: w('Ашура'),
    mawlid: w('Мавлід'),
    'isra-miraj': w('Ісра і Мірадж'),
    ramadan: w('Рамадан'),
    'laylat-al-qadr': w('Ляйлят аль-Кадр'),
    // Ukraine's Muslims (Crimean Tatars, Volga Tatars) and the Ukrainian press use the Turkic names.
    'eid-al-fitr': cited(
      'Ураза-байрам',
      'https://amp.fakty.ua/418668-musulmane-ukrainy-otmechayut-uraza-bajram-tradicii-i-zaprety-odnogo-iz-samyh-bolshih-prazdnikov-v-islame',
    ),
    'day-of-arafah': w('День Арафа'),
    'eid-al-adha': cited('Курбан-байрам', 'https://www.zhitomir.info/news_68833.html'),
    // Hinduism, Sikhism, Jainism, Buddhism
    holi: w('Холі'),
    diwali: w('Дівалі'),
    navaratri: w('Наваратрі'),
    vesak: w('Весак'),
    losar: w('Лосар'),
    // Bahá'í, Persian, Chinese, Korean, Vietnamese
    // Ukrainian Bahá'ís write the Persian form (and "багаї"): "Навруз".
    'naw-ruz-bahai': cited('Навруз', 'https://iua.waykun.com/articles/z-novim-dnem-navruz-muborak.php'),
    nowruz: w('Новруз'),
    newroz: w('Невруз (курдський Новий рік)', 'Новруз'),
    'chaharshanbe-suri': w('Чахаршанбе Сурі'),
    yalda: w('Ялда'),
    'chinese-new-year': w('Китайський Новий рік'),
    'lantern-festival': w('Свято ліхтарів'),
    'dragon-boat': w('Свято човнів-драконів'),
    'mid-autumn': w('Свято середини осені'),
    chuseok: w('Чхусок'),
    tet: w('Тет'),
    // Seasons and international days
    'march-equinox': w('Весняне рівнодення', 'Рівнодення'),
    'june-solstice': w('Літнє сонцестояння', 'Сонцестояння'),
    'september-equinox': w('Осіннє рівнодення', 'Рівнодення'),
    'december-solstice': w('Зимове сонцестояння', 'Сонцестояння'),
    'womens-day': w('Міжнародний жіночий день'),
    'labour-day': w('День праці', 'Міжнародний день солідарності трудящих'),
    'europe-day': w('День Європи'),
    'world-refugee-day': w('Всесвітній день біженців'),
    'human-rights-day': w('День прав людини'),
    'holocaust-remembrance-day': w(
      'Міжнародний день пам’яті жертв Голокосту',
      "Міжнародний день пам'яті жертв Голокосту",
    ),
    'mother-language-day': w('Міжнародний день рідної мови'),
    'german-unity-day': w('День німецької єдності'),
  },
};
