import type { PlanningText, UiText, WidgetText } from './ui.js';

export const ru: UiText = {
  siteName: 'interkal – Межкультурный календарь',
  skipToContent: 'Перейти к содержанию',
  languageLabel: 'Язык',
  subscribeTitle: 'Подписаться на межкультурный календарь',
  subscribeIntro:
    'Праздники многих религий и культур в вашем календаре. Выберите традиции и язык и подпишитесь одним нажатием. Календарь обновляется сам.',
  feedDescription: 'Праздники многих религий и культур, рассчитанные interkal.',
  traditionsLegend: 'Традиции',
  allTraditions: 'Все традиции',
  scopeLegend: 'Объём',
  scopeMajor: 'Главные праздники',
  scopeMajorMinor: 'Главные и другие праздники',
  scopeAll: 'Всё, включая памятные и международные дни',
  makeLinks: 'Создать ссылки для подписки',
  yourFeed: 'Ваша подписка на календарь',
  appleOutlookThunderbird: 'Календарь Apple, Outlook (для компьютера), Thunderbird',
  subscribeWebcal: 'Подписаться в программе календаря',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'Добавить в Outlook.com',
  google: 'Google Календарь',
  googleSteps:
    'Скопируйте адрес ниже, откройте в Google Календаре «Добавить по URL», вставьте адрес и нажмите «Добавить календарь».',
  openGoogle: 'Открыть «Добавить по URL» в Google Календаре',
  copyUrl: 'Скопировать адрес',
  feedUrlLabel: 'Адрес календаря (https)',
  qrTitle: 'На смартфоне',
  qrAlt: 'QR-код с адресом календаря',
  allHolidays: 'Все праздники',
  holidaysTitle: 'Праздники',
  namesTitle: 'Названия',
  howComputed: 'Как рассчитывается дата',
  nextDates: 'Ближайшие даты',
  sources: 'Источники',
  beginsEvening: (date) => `Начинается с заходом солнца накануне (${date}).`,
  days: (n) => {
    const tens = n % 100;
    const ones = n % 10;
    if (ones === 1 && tens !== 11) return `${n} день`;
    if (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) return `${n} дня`;
    return `${n} дней`;
  },
  tradition: 'Традиция',
  englishFallback: 'Этого описания пока нет на русском языке, поэтому оно показано на английском.',
  englishNameFallback:
    'Русского названия этого праздника из надёжного источника пока нет, поэтому оно показано на английском.',
  noMoreDates: 'До 2100 года других дат нет.',
  backToSubscribe: 'Назад к подписке',
  notFound: 'Страница не найдена',
  notFoundDetail: 'По этому адресу ничего нет.',
  holidayNotFound: (id) => `interkal не знает праздника «${id}».`,
  badRequest: 'Неверный запрос',
  invalidParameter: (parameter) => `Значение «${parameter}» недопустимо.`,
  allowedValues: (allowed) => `Допустимые значения: ${allowed}.`,
  methodNotAllowed: 'Этот адрес можно только читать.',
  serverError: 'Что-то пошло не так',
  serverErrorDetail: 'Сервер не смог ответить на этот запрос. Попробуйте позже.',
  widgetMisconfigured: 'Этот календарь встроен с ошибкой.',
  widgetTitle: 'Межкультурный календарь',
  previousMonth: (month) => `Предыдущий месяц: ${month}`,
  nextMonth: (month) => `Следующий месяц: ${month}`,
  widgetHint: (green) =>
    `Много культур, много праздников: следите за ${green ? 'светло-зелёными' : 'отмеченными'} днями и узнавайте, когда религии и культуры празднуют.`,
  holidaysIn: (month) => `Праздники: ${month}`,
  noHolidaysDay: 'В этот день праздников нет.',
  noHolidaysMonth: 'В этом месяце праздников нет (с этим выбором).',
  beginsEveningBefore: 'Начинается накануне вечером.',
  moonSighting: 'Наблюдение молодой луны',
  newTab: '(открывается в новой вкладке)',
  dayOfSpan: (day, days) => `день ${day} из ${days}`,
  embedTitle: 'Встроить виджет календаря',
  embedIntro:
    'Покажите межкультурный календарь на своём сайте: сделайте выбор, проверьте предпросмотр и скопируйте код. Виджет не устанавливает файлы cookie, ничего не сохраняет и ничего не загружает с других серверов.',
  sizeLegend: 'Размер',
  sizeCompact: 'Компактный',
  sizeFull: 'Полный (со списком месяца)',
  themeLegend: 'Оформление',
  themeLight: 'Светлое',
  themeDark: 'Тёмное',
  highlightLabel: 'Цвет выделения',
  radiusLabel: 'Радиус углов (px)',
  fontLabel: 'Шрифт',
  widgetLanguage: 'Язык виджета',
  preview: 'Предпросмотр',
  snippetIframe: 'iframe (без JavaScript)',
  snippetScript: 'Скрипт (сам подстраивает высоту)',
  snippetElement: 'HTML-элемент <interkal-month>',
  updatePreview: 'Обновить предпросмотр',
  siteNavLabel: 'Сайт',
  navSubscribe: 'Подписаться',
  navMonth: 'Месяц',
  navYear: 'Год',
  navEmbed: 'Виджет',
  navCheck: 'Проверить дату',
  navPrint: 'Печать года',
  datesTitle: 'Даты',
  past: 'прошло',
  ongoing: 'идёт',
  ruleFallback: 'Это правило ещё не переведено; показано на английском.',
  duration: 'Продолжительность',
};

/** The widget's legend and list, the month and year pages and the widget builder. */
export const ruWidget: WidgetText = {
  note: 'Примечание',
  legend: 'Условные обозначения',
  eveningOf: (names) => `Начинаются накануне вечером: ${names}.`,
  monthPageTitle: (month) => `Межкультурный календарь: ${month}`,
  yearPageTitle: (year) => `Праздники ${year} года`,
  monthView: 'Обзор месяца',
  yearView: 'Обзор года',
  previousYear: (year) => `Предыдущий год: ${year}`,
  nextYear: (year) => `Следующий год: ${year}`,
  accentLabel: 'Акцентный цвет',
  weekStartLabel: 'Первый день недели',
  weekStartLocale: 'как принято в языке',
  borderLabel: 'Линии (px)',
  heightNote:
    'Высота в коде iframe соответствует месяцу в предпросмотре; другие месяцы могут быть длиннее. Скрипт сам подстраивает высоту.',
};

const ruPlural = new Intl.PluralRules('ru');

/** The date check and the printed year. */
export const ruPlanning: PlanningText = {
  checkTitle: 'Проверка дат',
  checkIntro:
    'Родительское собрание, экзамен или школьный праздник выпадает на религиозный праздник? Введите даты или загрузите календарь: вы увидите, каких праздников они касаются, насколько это важно и что говорят школьные правила вашей федеральной земли.',
  datesLabel: 'Даты',
  datesHint: 'Одна дата или период в строке или через запятую, напр. 2026-09-21 или 2026-09-20..2026-09-22.',
  stateLabel: 'Федеральная земля Германии (освобождение от занятий)',
  cityLabel: 'Город (время начала накануне вечером)',
  none: '– не указано –',
  checkButton: 'Проверить даты',
  uploadLegend: 'Или проверьте файл календаря (.ics)',
  fileLabel: (kib) => `Файл календаря (.ics, не более ${kib} КБ)`,
  uploadButton: 'Проверить файл',
  optionsLegend: 'Параметры',
  resultsTitle: 'Результат',
  colDate: 'Дата',
  colEvent: 'Событие',
  colHoliday: 'Праздник',
  colImpact: 'Значимость',
  colWork: 'Избегают работы/школы',
  colFasting: 'Пост',
  colBegins: 'Начало',
  colSchool: (state) => `Школа (${state})`,
  colNote: 'Примечание',
  noConflicts: 'В этот день праздников нет.',
  conflictsFound: (n) => {
    const form = ruPlural.select(n);
    return `${n} ${form === 'one' ? 'праздник' : form === 'few' ? 'праздника' : 'праздников'}`;
  },
  impact: { high: 'высокая', medium: 'средняя', low: 'низкая' },
  yes: 'да',
  no: 'нет',
  fasting: {
    none: 'нет',
    partial: 'частичный',
    'dawn-to-dusk': 'от рассвета до захода солнца',
    'full-day': 'весь день',
  },
  eveningOnly: 'начинается вечером этого дня',
  beginsAt: (date, time, place) => `начинается ${date} в ${time} (заход солнца${place ? `, ${place}` : ''})`,
  beginsEveningBefore: (date) => `начинается накануне вечером (${date})`,
  exemption: {
    free: 'в школе выходной',
    'on-application': 'освобождение по заявлению',
    service: 'можно посетить богослужение',
  },
  exemptionGeneral: 'общее правило',
  exemptionNotListed: 'в положении не упомянуто',
  exemptionUnknown: 'неизвестно',
  regulation: 'положение',
  sourcesOfFacts: 'Источники',
  notIcs: 'Этот файл не является файлом календаря (.ics).',
  printTitle: (year) => `Межкультурный календарь ${year}`,
  printLegend: 'Условные обозначения',
  printListTitle: (year) => `Все праздники ${year} года`,
  printHint: 'Для печати выберите в окне печати A3 в альбомной ориентации (или A4 в альбомной).',
  printView: 'Версия для печати',
  printBegins: 'начинается праздник',
  printSpan: 'дни многодневного праздника',
  inEnglish: 'на английском',
  recurrenceHint: (perEvent, perFile, lastYear) =>
    `Повторяющиеся события проверяются на каждую дату повторения: до ${perEvent} дат на событие и ${perFile} на файл, до ${lastYear} года.`,
  cutOffTitle: 'Проверены не все повторения',
  cutOffChecked: (checked, last) =>
    checked === 0
      ? 'ни одна дата не проверена'
      : checked === 1
        ? `проверена только первая дата (${last})`
        : `проверены только первые даты (${checked}), до ${last}`,
  cutOffReason: (reason, limit) =>
    ({
      occurrences: `не более ${limit} дат на событие`,
      file: `не более ${limit} дат на файл`,
      steps: 'правило повторения требует слишком много шагов вычисления, например «каждую секунду»',
      'last-year': `даты после ${limit} года не проверяются`,
    })[reason],
};
