import type { PlanningText, UiText, WidgetText } from './ui.js';

export const uk: UiText = {
  siteName: 'interkal – Міжкультурний календар',
  skipToContent: 'Перейти до змісту',
  languageLabel: 'Мова',
  subscribeTitle: 'Підписатися на міжкультурний календар',
  subscribeIntro:
    'Свята багатьох релігій і культур у вашому календарі. Оберіть традиції та мову й підпишіться одним натисканням. Календар оновлюється сам.',
  feedDescription: 'Свята багатьох релігій і культур, обчислені interkal.',
  traditionsLegend: 'Традиції',
  allTraditions: 'Усі традиції',
  scopeLegend: 'Обсяг',
  scopeMajor: 'Головні свята',
  scopeMajorMinor: 'Головні та інші свята',
  scopeAll: 'Усе, зокрема пам’ятні та міжнародні дні',
  makeLinks: 'Створити посилання для підписки',
  yourFeed: 'Ваша підписка на календар',
  appleOutlookThunderbird: 'Календар Apple, Outlook (для комп’ютера), Thunderbird',
  subscribeWebcal: 'Підписатися в програмі календаря',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'Додати до Outlook.com',
  google: 'Google Календар',
  googleSteps:
    'Скопіюйте адресу нижче, відкрийте в Google Календарі «За URL-адресою», вставте адресу й натисніть «Додати календар».',
  openGoogle: 'Відкрити «За URL-адресою» в Google Календарі',
  copyUrl: 'Скопіювати адресу',
  feedUrlLabel: 'Адреса календаря (https)',
  qrTitle: 'На смартфоні',
  qrAlt: 'QR-код з адресою календаря',
  allHolidays: 'Усі свята',
  holidaysTitle: 'Свята',
  namesTitle: 'Назви',
  howComputed: 'Як обчислюється дата',
  nextDates: 'Найближчі дати',
  sources: 'Джерела',
  beginsEvening: (date) => `Починається із заходом сонця напередодні (${date}).`,
  days: (n) => {
    const tens = n % 100;
    const ones = n % 10;
    if (ones === 1 && tens !== 11) return `${n} день`;
    if (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) return `${n} дні`;
    return `${n} днів`;
  },
  tradition: 'Традиція',
  englishFallback: 'Цього опису ще немає українською, тому його показано англійською.',
  englishNameFallback:
    'Української назви цього свята з надійного джерела ще немає, тому її показано англійською.',
  noMoreDates: 'До 2100 року інших дат немає.',
  backToSubscribe: 'Назад до підписки',
  notFound: 'Сторінку не знайдено',
  notFoundDetail: 'За цією адресою нічого немає.',
  holidayNotFound: (id) => `interkal не знає свята «${id}».`,
  badRequest: 'Неправильний запит',
  invalidParameter: (parameter) => `Значення «${parameter}» неправильне.`,
  allowedValues: (allowed) => `Можливі значення: ${allowed}.`,
  methodNotAllowed: 'Цю адресу можна лише читати.',
  serverError: 'Щось пішло не так',
  serverErrorDetail: 'Сервер не зміг відповісти на цей запит. Спробуйте пізніше.',
  widgetMisconfigured: 'Цей календар вбудовано з помилкою.',
  widgetTitle: 'Міжкультурний календар',
  previousMonth: (month) => `Попередній місяць: ${month}`,
  nextMonth: (month) => `Наступний місяць: ${month}`,
  widgetHint: (green) =>
    `Багато культур, багато свят: стежте за ${green ? 'світло-зеленими' : 'позначеними'} днями й дізнавайтеся, коли релігії та культури святкують.`,
  holidaysIn: (month) => `Свята: ${month}`,
  noHolidaysDay: 'Цього дня свят немає.',
  noHolidaysMonth: 'Цього місяця свят немає (з цим вибором).',
  beginsEveningBefore: 'Починається напередодні ввечері.',
  moonSighting: 'Спостереження молодика',
  newTab: '(відкривається в новій вкладці)',
  dayOfSpan: (day, days) => `день ${day} з ${days}`,
  embedTitle: 'Вбудувати віджет календаря',
  embedIntro:
    'Покажіть міжкультурний календар на своєму сайті: зробіть вибір, перевірте попередній перегляд і скопіюйте код. Віджет не встановлює файлів cookie, нічого не зберігає й нічого не завантажує з інших серверів.',
  sizeLegend: 'Розмір',
  sizeCompact: 'Компактний',
  sizeFull: 'Повний (зі списком місяця)',
  themeLegend: 'Вигляд',
  themeLight: 'Світлий',
  themeDark: 'Темний',
  highlightLabel: 'Колір позначки',
  radiusLabel: 'Радіус кутів (px)',
  fontLabel: 'Шрифт',
  widgetLanguage: 'Мова віджета',
  preview: 'Попередній перегляд',
  snippetIframe: 'iframe (без JavaScript)',
  snippetScript: 'Скрипт (сам підлаштовує висоту)',
  snippetElement: 'HTML-елемент <interkal-month>',
  updatePreview: 'Оновити попередній перегляд',
  siteNavLabel: 'Сайт',
  navSubscribe: 'Підписатися',
  navMonth: 'Місяць',
  navYear: 'Рік',
  navEmbed: 'Віджет',
  navCheck: 'Перевірити дату',
  navPrint: 'Друк року',
  datesTitle: 'Дати',
  past: 'минуло',
  ongoing: 'триває',
  ruleFallback: 'Це правило ще не перекладено; показано англійською.',
  duration: 'Тривалість',
};

/** The widget's legend and list, the month and year pages and the widget builder. */
export const ukWidget: WidgetText = {
  note: 'Примітка',
  legend: 'Умовні позначення',
  eveningOf: (names) => `Починаються напередодні ввечері: ${names}.`,
  monthPageTitle: (month) => `Міжкультурний календар: ${month}`,
  yearPageTitle: (year) => `Свята ${year} року`,
  monthView: 'Огляд місяця',
  yearView: 'Огляд року',
  previousYear: (year) => `Попередній рік: ${year}`,
  nextYear: (year) => `Наступний рік: ${year}`,
  accentLabel: 'Колір акценту',
  weekStartLabel: 'Перший день тижня',
  weekStartLocale: 'як заведено в мові',
  borderLabel: 'Лінії (px)',
  heightNote:
    'Висота в коді iframe відповідає місяцю в попередньому перегляді; інші місяці можуть бути довшими. Скрипт сам підлаштовує висоту.',
};

const ukPlural = new Intl.PluralRules('uk');

/** The date check and the printed year. */
export const ukPlanning: PlanningText = {
  checkTitle: 'Перевірка дат',
  checkIntro:
    'Батьківські збори, іспит чи шкільне свято припадають на релігійне свято? Введіть дати або завантажте календар: ви побачите, яких свят вони стосуються, наскільки це важливо і що кажуть шкільні правила вашої федеральної землі.',
  datesLabel: 'Дати',
  datesHint: 'Одна дата або проміжок у рядку чи через кому, напр. 2026-09-21 або 2026-09-20..2026-09-22.',
  stateLabel: 'Федеральна земля Німеччини (звільнення від занять)',
  cityLabel: 'Місто (час початку напередодні ввечері)',
  none: '– не вказано –',
  checkButton: 'Перевірити дати',
  uploadLegend: 'Або перевірте файл календаря (.ics)',
  fileLabel: (kib) => `Файл календаря (.ics, не більше ${kib} КБ)`,
  uploadButton: 'Перевірити файл',
  optionsLegend: 'Параметри',
  resultsTitle: 'Результат',
  colDate: 'Дата',
  colEvent: 'Подія',
  colHoliday: 'Свято',
  colImpact: 'Вагомість',
  colWork: 'Уникають роботи/школи',
  colFasting: 'Піст',
  colBegins: 'Початок',
  colSchool: (state) => `Школа (${state})`,
  colNote: 'Примітка',
  noConflicts: 'Цього дня свят немає.',
  conflictsFound: (n) => {
    const form = ukPlural.select(n);
    return `${n} ${form === 'one' ? 'свято' : form === 'few' ? 'свята' : 'свят'}`;
  },
  impact: { high: 'висока', medium: 'середня', low: 'низька' },
  yes: 'так',
  no: 'ні',
  fasting: {
    none: 'ні',
    partial: 'частковий',
    'dawn-to-dusk': 'від світанку до заходу сонця',
    'full-day': 'увесь день',
  },
  eveningOnly: 'починається ввечері цього дня',
  beginsAt: (date, time, place) => `починається ${date} о ${time} (захід сонця${place ? `, ${place}` : ''})`,
  beginsEveningBefore: (date) => `починається напередодні ввечері (${date})`,
  exemption: {
    free: 'у школі вихідний',
    'on-application': 'звільнення за заявою',
    service: 'можна відвідати богослужіння',
  },
  exemptionGeneral: 'загальне правило',
  exemptionNotListed: 'у положенні не згадано',
  exemptionUnknown: 'невідомо',
  regulation: 'положення',
  sourcesOfFacts: 'Джерела',
  notIcs: 'Цей файл не є файлом календаря (.ics).',
  printTitle: (year) => `Міжкультурний календар ${year}`,
  printLegend: 'Умовні позначення',
  printListTitle: (year) => `Усі свята ${year} року`,
  printHint: 'Щоб надрукувати, оберіть у вікні друку A3 в альбомній орієнтації (або A4 в альбомній).',
  printView: 'Версія для друку',
  printBegins: 'починається свято',
  printSpan: 'дні багатоденного свята',
  inEnglish: 'англійською',
  recurrenceHint: (perEvent, perFile, lastYear) =>
    `Повторювані події перевіряються на кожну дату повторення: до ${perEvent} дат на подію і ${perFile} на файл, до ${lastYear} року.`,
  cutOffTitle: 'Перевірено не всі повторення',
  cutOffChecked: (checked, last) =>
    checked === 0
      ? 'жодну дату не перевірено'
      : checked === 1
        ? `перевірено лише першу дату (${last})`
        : `перевірено лише перші дати (${checked}), до ${last}`,
  cutOffReason: (reason, limit) =>
    ({
      occurrences: `не більше ${limit} дат на подію`,
      file: `не більше ${limit} дат на файл`,
      steps: 'правило повторення потребує забагато кроків обчислення, як-от «щосекунди»',
      'last-year': `дати після ${limit} року не перевіряються`,
    })[reason],
};
