import { LOCALES, type Locale, localeInfo, negotiateLocale as negotiateAcceptLanguage } from '@interkal/core';
import { fa, faPlanning, faWidget } from './ui-fa.js';
import { ku, kuPlanning, kuWidget } from './ui-ku.js';
import { pl, plPlanning, plWidget } from './ui-pl.js';
import { ro, roPlanning, roWidget } from './ui-ro.js';
import { ru, ruPlanning, ruWidget } from './ui-ru.js';
import { uk, ukPlanning, ukWidget } from './ui-uk.js';

/** Fixed texts of the service's pages; holiday names and descriptions come from @interkal/core. */
export interface UiText {
  siteName: string;
  skipToContent: string;
  languageLabel: string;
  subscribeTitle: string;
  subscribeIntro: string;
  feedDescription: string;
  traditionsLegend: string;
  allTraditions: string;
  scopeLegend: string;
  scopeMajor: string;
  scopeMajorMinor: string;
  scopeAll: string;
  makeLinks: string;
  yourFeed: string;
  appleOutlookThunderbird: string;
  subscribeWebcal: string;
  outlookCom: string;
  subscribeOutlookCom: string;
  google: string;
  googleSteps: string;
  openGoogle: string;
  copyUrl: string;
  feedUrlLabel: string;
  qrTitle: string;
  qrAlt: string;
  allHolidays: string;
  holidaysTitle: string;
  namesTitle: string;
  howComputed: string;
  nextDates: string;
  sources: string;
  beginsEvening: (date: string) => string;
  days: (n: number) => string;
  tradition: string;
  englishFallback: string;
  /** Under a holiday's name that has no documented form in the page's language yet and is shown in English. */
  englishNameFallback: string;
  noMoreDates: string;
  backToSubscribe: string;
  notFound: string;
  // Error pages: what a person sees instead of a problem document.
  notFoundDetail: string;
  holidayNotFound: (id: string) => string;
  badRequest: string;
  invalidParameter: (parameter: string) => string;
  allowedValues: (allowed: string) => string;
  methodNotAllowed: string;
  serverError: string;
  serverErrorDetail: string;
  widgetMisconfigured: string;
  // The embeddable month widget and its embed page.
  widgetTitle: string;
  previousMonth: (month: string) => string;
  nextMonth: (month: string) => string;
  /** The seed's line under the calendar; `green` when the highlight is the default light green. */
  widgetHint: (green: boolean) => string;
  holidaysIn: (month: string) => string;
  noHolidaysDay: string;
  noHolidaysMonth: string;
  beginsEveningBefore: string;
  moonSighting: string;
  newTab: string;
  dayOfSpan: (day: number, days: number) => string;
  embedTitle: string;
  embedIntro: string;
  sizeLegend: string;
  sizeCompact: string;
  sizeFull: string;
  themeLegend: string;
  themeLight: string;
  themeDark: string;
  highlightLabel: string;
  radiusLabel: string;
  fontLabel: string;
  widgetLanguage: string;
  preview: string;
  snippetIframe: string;
  snippetScript: string;
  snippetElement: string;
  updatePreview: string;
  // Site navigation and holiday pages in the reader's language (issue 13).
  siteNavLabel: string;
  navSubscribe: string;
  navMonth: string;
  navYear: string;
  navEmbed: string;
  navCheck: string;
  navPrint: string;
  datesTitle: string;
  /** After a date of this year that has passed / that is still running. */
  past: string;
  ongoing: string;
  /** Shown when the rule summary has no translation into the page's language. */
  ruleFallback: string;
  duration: string;
}

const de: UiText = {
  siteName: 'interkal – Interkultureller Kalender',
  skipToContent: 'Zum Inhalt springen',
  languageLabel: 'Sprache',
  subscribeTitle: 'Interkulturellen Kalender abonnieren',
  subscribeIntro:
    'Feiertage vieler Religionen und Kulturen direkt in Ihrem Kalender. Wählen Sie Traditionen und Sprache, dann abonnieren Sie mit einem Klick. Der Kalender aktualisiert sich selbst.',
  feedDescription: 'Feiertage vieler Religionen und Kulturen, berechnet von interkal.',
  traditionsLegend: 'Traditionen',
  allTraditions: 'Alle Traditionen',
  scopeLegend: 'Umfang',
  scopeMajor: 'Hauptfeiertage',
  scopeMajorMinor: 'Haupt- und weitere Feiertage',
  scopeAll: 'Alles, auch Gedenk- und Aktionstage',
  makeLinks: 'Abo-Links erzeugen',
  yourFeed: 'Ihr Kalender-Abo',
  appleOutlookThunderbird: 'Apple Kalender, Outlook (Desktop), Thunderbird',
  subscribeWebcal: 'Im Kalenderprogramm abonnieren',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'In Outlook.com hinzufügen',
  google: 'Google Kalender',
  googleSteps:
    'Kopieren Sie die Adresse unten, öffnen Sie in Google Kalender „Per URL hinzufügen“, fügen Sie die Adresse ein und klicken Sie auf „Kalender hinzufügen“.',
  openGoogle: 'Google Kalender „Per URL hinzufügen“ öffnen',
  copyUrl: 'Adresse kopieren',
  feedUrlLabel: 'Adresse des Kalenders (https)',
  qrTitle: 'Auf dem Smartphone',
  qrAlt: 'QR-Code mit der Adresse des Kalenders',
  allHolidays: 'Alle Feiertage',
  holidaysTitle: 'Feiertage',
  namesTitle: 'Namen',
  howComputed: 'So wird das Datum berechnet',
  nextDates: 'Die nächsten Termine',
  sources: 'Quellen',
  beginsEvening: (date) => `Beginnt mit Sonnenuntergang am Vorabend (${date}).`,
  days: (n) => (n === 1 ? '1 Tag' : `${n} Tage`),
  tradition: 'Tradition',
  englishFallback: 'Diese Beschreibung gibt es noch nicht auf Deutsch; hier auf Englisch.',
  englishNameFallback:
    'Einen belegten deutschen Namen dieses Festes gibt es hier noch nicht; hier auf Englisch.',
  noMoreDates: 'Keine weiteren Termine bis 2100.',
  backToSubscribe: 'Zurück zum Abo',
  notFound: 'Seite nicht gefunden',
  notFoundDetail: 'Unter dieser Adresse gibt es hier nichts.',
  holidayNotFound: (id) => `Einen Feiertag „${id}“ kennt interkal nicht.`,
  badRequest: 'Ungültige Anfrage',
  invalidParameter: (parameter) => `Der Wert von „${parameter}“ ist ungültig.`,
  allowedValues: (allowed) => `Möglich sind: ${allowed}.`,
  methodNotAllowed: 'Diese Adresse kann nur gelesen werden.',
  serverError: 'Etwas ist schiefgegangen',
  serverErrorDetail:
    'Der Server konnte diese Anfrage nicht beantworten. Bitte versuchen Sie es später noch einmal.',
  widgetMisconfigured: 'Dieser Kalender ist falsch eingebunden.',
  widgetTitle: 'Interkulturkalender',
  previousMonth: (month) => `Vorheriger Monat: ${month}`,
  nextMonth: (month) => `Nächster Monat: ${month}`,
  widgetHint: (green) =>
    `Viele Kulturen, viele Feste: Folgen Sie den ${green ? 'hellgrünen' : 'markierten'} Tagen und erfahren Sie, wann Religionen und Kulturen ihre Feiertage haben.`,
  holidaysIn: (month) => `Feiertage im ${month}`,
  noHolidaysDay: 'Keine Feiertage an diesem Tag.',
  noHolidaysMonth: 'Keine Feiertage in diesem Monat (mit dieser Auswahl).',
  beginsEveningBefore: 'Beginnt am Vorabend.',
  moonSighting: 'Mondsichtung',
  newTab: '(öffnet in neuem Tab)',
  dayOfSpan: (day, days) => `Tag ${day} von ${days}`,
  embedTitle: 'Kalender-Widget einbinden',
  embedIntro:
    'Zeigen Sie den Interkulturkalender auf Ihrer Website: Auswahl treffen, Vorschau prüfen, Code kopieren. Das Widget setzt keine Cookies, speichert nichts und lädt nichts von anderen Servern.',
  sizeLegend: 'Größe',
  sizeCompact: 'Kompakt',
  sizeFull: 'Voll (mit Liste des Monats)',
  themeLegend: 'Aussehen',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  highlightLabel: 'Markierungsfarbe',
  radiusLabel: 'Eckenradius (px)',
  fontLabel: 'Schrift',
  widgetLanguage: 'Sprache des Widgets',
  preview: 'Vorschau',
  snippetIframe: 'iframe (ohne JavaScript)',
  snippetScript: 'Skript (passt die Höhe an)',
  snippetElement: 'HTML-Element <interkal-month>',
  updatePreview: 'Vorschau aktualisieren',
  siteNavLabel: 'Seiten',
  navSubscribe: 'Abonnieren',
  navMonth: 'Monat',
  navYear: 'Jahr',
  navEmbed: 'Widget',
  navCheck: 'Datum prüfen',
  navPrint: 'Jahr drucken',
  datesTitle: 'Termine',
  past: 'vorbei',
  ongoing: 'läuft',
  ruleFallback: 'Diese Regel gibt es noch nicht auf Deutsch; hier auf Englisch.',
  duration: 'Dauer',
};

const en: UiText = {
  siteName: 'interkal – Intercultural calendar',
  skipToContent: 'Skip to content',
  languageLabel: 'Language',
  subscribeTitle: 'Subscribe to the intercultural calendar',
  subscribeIntro:
    'Holidays of many religions and cultures in your own calendar. Pick traditions and language, then subscribe in one click. The calendar keeps itself up to date.',
  feedDescription: 'Holidays of many religions and cultures, computed by interkal.',
  traditionsLegend: 'Traditions',
  allTraditions: 'All traditions',
  scopeLegend: 'Scope',
  scopeMajor: 'Major holidays',
  scopeMajorMinor: 'Major and other holidays',
  scopeAll: 'Everything, including observances',
  makeLinks: 'Make subscription links',
  yourFeed: 'Your calendar subscription',
  appleOutlookThunderbird: 'Apple Calendar, Outlook (desktop), Thunderbird',
  subscribeWebcal: 'Subscribe in your calendar app',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'Add to Outlook.com',
  google: 'Google Calendar',
  googleSteps:
    'Copy the address below, open “From URL” in Google Calendar, paste the address and click “Add calendar”.',
  openGoogle: 'Open Google Calendar “From URL”',
  copyUrl: 'Copy address',
  feedUrlLabel: 'Calendar address (https)',
  qrTitle: 'On your phone',
  qrAlt: 'QR code with the calendar address',
  allHolidays: 'All holidays',
  holidaysTitle: 'Holidays',
  namesTitle: 'Names',
  howComputed: 'How the date is computed',
  nextDates: 'Next dates',
  sources: 'Sources',
  beginsEvening: (date) => `Begins at sunset on the evening before (${date}).`,
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  tradition: 'Tradition',
  englishFallback: '',
  englishNameFallback: '',
  noMoreDates: 'No further dates until 2100.',
  backToSubscribe: 'Back to subscribing',
  notFound: 'Page not found',
  notFoundDetail: 'There is nothing at this address.',
  holidayNotFound: (id) => `interkal knows no holiday “${id}”.`,
  badRequest: 'Invalid request',
  invalidParameter: (parameter) => `The value of “${parameter}” is not valid.`,
  allowedValues: (allowed) => `Possible values: ${allowed}.`,
  methodNotAllowed: 'This address can only be read.',
  serverError: 'Something went wrong',
  serverErrorDetail: 'The server could not answer this request. Please try again later.',
  widgetMisconfigured: 'This calendar is embedded with a mistake.',
  widgetTitle: 'Intercultural calendar',
  previousMonth: (month) => `Previous month: ${month}`,
  nextMonth: (month) => `Next month: ${month}`,
  widgetHint: (green) =>
    `Many cultures, many festivals: follow the ${green ? 'light-green' : 'highlighted'} days to learn when religions and cultures celebrate.`,
  holidaysIn: (month) => `Holidays in ${month}`,
  noHolidaysDay: 'No holidays on this day.',
  noHolidaysMonth: 'No holidays this month (with this choice).',
  beginsEveningBefore: 'Begins the evening before.',
  moonSighting: 'Moon sighting',
  newTab: '(opens in a new tab)',
  dayOfSpan: (day, days) => `day ${day} of ${days}`,
  embedTitle: 'Embed the calendar widget',
  embedIntro:
    'Show the intercultural calendar on your website: make your choices, check the preview, copy the code. The widget sets no cookies, stores nothing and loads nothing from other servers.',
  sizeLegend: 'Size',
  sizeCompact: 'Compact',
  sizeFull: 'Full (with the month’s list)',
  themeLegend: 'Appearance',
  themeLight: 'Light',
  themeDark: 'Dark',
  highlightLabel: 'Highlight colour',
  radiusLabel: 'Corner radius (px)',
  fontLabel: 'Font',
  widgetLanguage: 'Widget language',
  preview: 'Preview',
  snippetIframe: 'iframe (no JavaScript)',
  snippetScript: 'Script (adjusts its height)',
  snippetElement: 'HTML element <interkal-month>',
  updatePreview: 'Update preview',
  siteNavLabel: 'Site',
  navSubscribe: 'Subscribe',
  navMonth: 'Month',
  navYear: 'Year',
  navEmbed: 'Widget',
  navCheck: 'Check a date',
  navPrint: 'Print the year',
  datesTitle: 'Dates',
  past: 'past',
  ongoing: 'now',
  ruleFallback: 'This rule is not translated yet; shown in English.',
  duration: 'Length',
};

const tr: UiText = {
  siteName: 'interkal – Kültürlerarası takvim',
  skipToContent: 'İçeriğe geç',
  languageLabel: 'Dil',
  subscribeTitle: 'Kültürlerarası takvime abone olun',
  subscribeIntro:
    'Birçok din ve kültürün bayramları kendi takviminizde. Gelenekleri ve dili seçin, tek tıkla abone olun. Takvim kendini günceller.',
  feedDescription: 'Birçok din ve kültürün bayramları, interkal tarafından hesaplanmıştır.',
  traditionsLegend: 'Gelenekler',
  allTraditions: 'Tüm gelenekler',
  scopeLegend: 'Kapsam',
  scopeMajor: 'Başlıca bayramlar',
  scopeMajorMinor: 'Başlıca ve diğer bayramlar',
  scopeAll: 'Hepsi, anma günleri dahil',
  makeLinks: 'Abonelik bağlantıları oluştur',
  yourFeed: 'Takvim aboneliğiniz',
  appleOutlookThunderbird: 'Apple Takvim, Outlook (masaüstü), Thunderbird',
  subscribeWebcal: 'Takvim uygulamanızda abone olun',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'Outlook.com’a ekle',
  google: 'Google Takvim',
  googleSteps:
    'Aşağıdaki adresi kopyalayın, Google Takvim’de “URL ile ekle”yi açın, adresi yapıştırın ve “Takvim ekle”ye tıklayın.',
  openGoogle: 'Google Takvim “URL ile ekle”yi aç',
  copyUrl: 'Adresi kopyala',
  feedUrlLabel: 'Takvim adresi (https)',
  qrTitle: 'Telefonunuzda',
  qrAlt: 'Takvim adresini içeren QR kodu',
  allHolidays: 'Tüm bayramlar',
  holidaysTitle: 'Bayramlar',
  namesTitle: 'Adlar',
  howComputed: 'Tarih nasıl hesaplanır',
  nextDates: 'Sonraki tarihler',
  sources: 'Kaynaklar',
  beginsEvening: (date) => `Bir önceki akşam gün batımında başlar (${date}).`,
  days: (n) => `${n} gün`,
  tradition: 'Gelenek',
  englishFallback: 'Bu açıklama henüz Türkçe değil; İngilizcesi gösteriliyor.',
  englishNameFallback: 'Bu bayramın kaynağı belli bir Türkçe adı henüz yok; İngilizcesi gösteriliyor.',
  noMoreDates: '2100’e kadar başka tarih yok.',
  backToSubscribe: 'Aboneliğe dön',
  notFound: 'Sayfa bulunamadı',
  notFoundDetail: 'Bu adreste bir şey yok.',
  holidayNotFound: (id) => `interkal “${id}” adında bir bayram bilmiyor.`,
  badRequest: 'Geçersiz istek',
  invalidParameter: (parameter) => `“${parameter}” değeri geçerli değil.`,
  allowedValues: (allowed) => `Olası değerler: ${allowed}.`,
  methodNotAllowed: 'Bu adres yalnızca okunabilir.',
  serverError: 'Bir şeyler ters gitti',
  serverErrorDetail: 'Sunucu bu isteği yanıtlayamadı. Lütfen daha sonra yeniden deneyin.',
  widgetMisconfigured: 'Bu takvim hatalı yerleştirilmiş.',
  widgetTitle: 'Kültürlerarası takvim',
  previousMonth: (month) => `Önceki ay: ${month}`,
  nextMonth: (month) => `Sonraki ay: ${month}`,
  widgetHint: (green) =>
    `Birçok kültür, birçok bayram: dinlerin ve kültürlerin ne zaman bayram kutladığını öğrenmek için ${green ? 'açık yeşil' : 'işaretli'} günleri izleyin.`,
  holidaysIn: (month) => `${month} bayramları`,
  noHolidaysDay: 'Bu gün bayram yok.',
  noHolidaysMonth: 'Bu ay bayram yok (bu seçimle).',
  beginsEveningBefore: 'Bir önceki akşam başlar.',
  moonSighting: 'Hilal gözlemi',
  newTab: '(yeni sekmede açılır)',
  dayOfSpan: (day, days) => `${days} günün ${day}. günü`,
  embedTitle: 'Takvim widget’ını sitenize ekleyin',
  embedIntro:
    'Kültürlerarası takvimi web sitenizde gösterin: seçiminizi yapın, önizlemeyi kontrol edin, kodu kopyalayın. Widget çerez kullanmaz, hiçbir şey saklamaz ve başka sunuculardan bir şey yüklemez.',
  sizeLegend: 'Boyut',
  sizeCompact: 'Kompakt',
  sizeFull: 'Tam (ayın listesiyle)',
  themeLegend: 'Görünüm',
  themeLight: 'Açık',
  themeDark: 'Koyu',
  highlightLabel: 'Vurgu rengi',
  radiusLabel: 'Köşe yarıçapı (px)',
  fontLabel: 'Yazı tipi',
  widgetLanguage: 'Widget dili',
  preview: 'Önizleme',
  snippetIframe: 'iframe (JavaScript olmadan)',
  snippetScript: 'Betik (yüksekliği ayarlar)',
  snippetElement: 'HTML öğesi <interkal-month>',
  updatePreview: 'Önizlemeyi güncelle',
  siteNavLabel: 'Site',
  navSubscribe: 'Abone ol',
  navMonth: 'Ay',
  navYear: 'Yıl',
  navEmbed: 'Widget',
  navCheck: 'Tarih sorgula',
  navPrint: 'Yılı yazdır',
  datesTitle: 'Tarihler',
  past: 'geçti',
  ongoing: 'sürüyor',
  ruleFallback: 'Bu kural henüz Türkçeye çevrilmedi; İngilizcesi gösteriliyor.',
  duration: 'Süre',
};

const ar: UiText = {
  siteName: 'interkal – التقويم بين الثقافات',
  skipToContent: 'انتقل إلى المحتوى',
  languageLabel: 'اللغة',
  subscribeTitle: 'اشترك في التقويم بين الثقافات',
  subscribeIntro:
    'أعياد أديان وثقافات كثيرة في تقويمك الخاص. اختر التقاليد واللغة ثم اشترك بنقرة واحدة. يحدّث التقويم نفسه تلقائيًا.',
  feedDescription: 'أعياد أديان وثقافات كثيرة، يحسبها interkal.',
  traditionsLegend: 'التقاليد',
  allTraditions: 'كل التقاليد',
  scopeLegend: 'النطاق',
  scopeMajor: 'الأعياد الرئيسية',
  scopeMajorMinor: 'الأعياد الرئيسية وغيرها',
  scopeAll: 'الكل، بما في ذلك الأيام الدولية',
  makeLinks: 'إنشاء روابط الاشتراك',
  yourFeed: 'اشتراكك في التقويم',
  appleOutlookThunderbird: 'تقويم Apple وOutlook (سطح المكتب) وThunderbird',
  subscribeWebcal: 'اشترك في تطبيق التقويم',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'أضف إلى Outlook.com',
  google: 'تقويم Google',
  googleSteps:
    'انسخ العنوان أدناه، وافتح «من عنوان URL» في تقويم Google، والصق العنوان ثم انقر «إضافة تقويم».',
  openGoogle: 'افتح «من عنوان URL» في تقويم Google',
  copyUrl: 'انسخ العنوان',
  feedUrlLabel: 'عنوان التقويم (https)',
  qrTitle: 'على هاتفك',
  qrAlt: 'رمز QR يحمل عنوان التقويم',
  allHolidays: 'كل الأعياد',
  holidaysTitle: 'الأعياد',
  namesTitle: 'الأسماء',
  howComputed: 'كيف يُحسب التاريخ',
  nextDates: 'المواعيد القادمة',
  sources: 'المصادر',
  beginsEvening: (date) => `يبدأ عند غروب الشمس في الليلة السابقة (${date}).`,
  days: (n) => (n === 1 ? 'يوم واحد' : `${n} أيام`),
  tradition: 'التقليد',
  englishFallback: 'هذا الوصف غير متوفر بالعربية بعد؛ يظهر بالإنجليزية.',
  englishNameFallback: 'لا يوجد بعد اسم عربي موثّق لهذه المناسبة؛ يظهر بالإنجليزية.',
  noMoreDates: 'لا مواعيد أخرى حتى عام 2100.',
  backToSubscribe: 'العودة إلى الاشتراك',
  notFound: 'الصفحة غير موجودة',
  notFoundDetail: 'لا يوجد شيء في هذا العنوان.',
  holidayNotFound: (id) => `لا يعرف interkal عيدًا باسم «${id}».`,
  badRequest: 'طلب غير صالح',
  invalidParameter: (parameter) => `قيمة «${parameter}» غير صالحة.`,
  allowedValues: (allowed) => `القيم الممكنة: ${allowed}.`,
  methodNotAllowed: 'هذا العنوان للقراءة فقط.',
  serverError: 'حدث خطأ ما',
  serverErrorDetail: 'تعذّر على الخادم الرد على هذا الطلب. يرجى المحاولة لاحقًا.',
  widgetMisconfigured: 'هذا التقويم مُضمَّن بشكل خاطئ.',
  widgetTitle: 'التقويم بين الثقافات',
  previousMonth: (month) => `الشهر السابق: ${month}`,
  nextMonth: (month) => `الشهر التالي: ${month}`,
  widgetHint: (green) =>
    `ثقافات كثيرة وأعياد كثيرة: تتبّع الأيام ${green ? 'الخضراء الفاتحة' : 'المميّزة'} لتعرف متى تحتفل الأديان والثقافات بأعيادها.`,
  holidaysIn: (month) => `أعياد ${month}`,
  noHolidaysDay: 'لا أعياد في هذا اليوم.',
  noHolidaysMonth: 'لا أعياد في هذا الشهر (بهذا الاختيار).',
  beginsEveningBefore: 'يبدأ مساء اليوم السابق.',
  moonSighting: 'رؤية الهلال',
  newTab: '(يفتح في علامة تبويب جديدة)',
  dayOfSpan: (day, days) => `اليوم ${day} من ${days}`,
  embedTitle: 'أضف أداة التقويم إلى موقعك',
  embedIntro:
    'اعرض التقويم بين الثقافات على موقعك: اختر ما تريد، وتحقق من المعاينة، وانسخ الشيفرة. لا تضع الأداة ملفات تعريف ارتباط ولا تخزّن شيئًا ولا تحمّل شيئًا من خوادم أخرى.',
  sizeLegend: 'الحجم',
  sizeCompact: 'مضغوط',
  sizeFull: 'كامل (مع قائمة الشهر)',
  themeLegend: 'المظهر',
  themeLight: 'فاتح',
  themeDark: 'داكن',
  highlightLabel: 'لون التمييز',
  radiusLabel: 'نصف قطر الزوايا (px)',
  fontLabel: 'الخط',
  widgetLanguage: 'لغة الأداة',
  preview: 'معاينة',
  snippetIframe: 'iframe (بدون JavaScript)',
  snippetScript: 'سكربت (يضبط الارتفاع)',
  snippetElement: 'عنصر HTML <interkal-month>',
  updatePreview: 'حدّث المعاينة',
  siteNavLabel: 'الموقع',
  navSubscribe: 'اشتراك',
  navMonth: 'الشهر',
  navYear: 'السنة',
  navEmbed: 'أداة التضمين',
  navCheck: 'التحقق من تاريخ',
  navPrint: 'طباعة السنة',
  datesTitle: 'المواعيد',
  past: 'انقضى',
  ongoing: 'جارٍ الآن',
  ruleFallback: 'لم تُترجم هذه القاعدة بعد؛ تُعرض بالإنجليزية.',
  duration: 'المدة',
};

// Each added locale's text is in its own file (ui-uk.ts …): one file per translator.
export const UI: Record<Locale, UiText> = { de, en, tr, ar, uk, ru, pl, fa, ku, ro };

export const DEFAULT_LOCALE: Locale = 'de';

/** Each language in itself, for language switches. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  fa: 'فارسی',
  ku: 'Kurdî (Kurmancî)',
  ro: 'Română',
};

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header (the library's negotiation), German by default. */
export const negotiateLocale = (acceptLanguage: string | undefined): Locale =>
  negotiateAcceptLanguage(acceptLanguage, DEFAULT_LOCALE);

/** The writing direction of a locale's pages, from the library's one resolver (ar and fa are right-to-left). */
export const direction = (locale: Locale): 'rtl' | 'ltr' => localeInfo(locale).direction;

// ---- Month widget, month and year pages, widget builder (issue 13). One block so other locales can follow. ----

/** Texts of the widget's legend and list, the site's month and year pages and the widget builder. */
export interface WidgetText {
  legend: string;
  /** Links a line to a footnote that is not about moon sighting. */
  note: string;
  /** Names in the list that begin at sunset the evening before, when not all of a line's do. */
  eveningOf: (names: string) => string;
  /** The month page's <title> and the year page's heading. */
  monthPageTitle: (month: string) => string;
  yearPageTitle: (year: string) => string;
  monthView: string;
  yearView: string;
  previousYear: (year: string) => string;
  nextYear: (year: string) => string;
  accentLabel: string;
  weekStartLabel: string;
  weekStartLocale: string;
  borderLabel: string;
  heightNote: string;
}

const WIDGET_TEXT_DE: WidgetText = {
  note: 'Hinweis',
  legend: 'Legende',
  eveningOf: (names) => `Am Vorabend beginnen: ${names}.`,
  monthPageTitle: (month) => `Interkultureller Kalender: ${month}`,
  yearPageTitle: (year) => `Feiertage ${year}`,
  monthView: 'Monatsansicht',
  yearView: 'Jahresübersicht',
  previousYear: (year) => `Voriges Jahr: ${year}`,
  nextYear: (year) => `Nächstes Jahr: ${year}`,
  accentLabel: 'Akzentfarbe',
  weekStartLabel: 'Woche beginnt am',
  weekStartLocale: 'wie in der Sprache üblich',
  borderLabel: 'Linien (px)',
  heightNote:
    'Die Höhe im iframe-Code passt zum Monat in der Vorschau; andere Monate können länger sein. Das Skript passt die Höhe selbst an.',
};

const WIDGET_TEXT_EN: WidgetText = {
  note: 'Note',
  legend: 'Legend',
  eveningOf: (names) => `Beginning the evening before: ${names}.`,
  monthPageTitle: (month) => `Intercultural calendar: ${month}`,
  yearPageTitle: (year) => `Holidays ${year}`,
  monthView: 'Month view',
  yearView: 'Year overview',
  previousYear: (year) => `Previous year: ${year}`,
  nextYear: (year) => `Next year: ${year}`,
  accentLabel: 'Accent colour',
  weekStartLabel: 'Week starts on',
  weekStartLocale: 'as usual for the language',
  borderLabel: 'Lines (px)',
  heightNote:
    'The height in the iframe code fits the month in the preview; other months may be longer. The script adjusts the height by itself.',
};

const WIDGET_TEXT_TR: WidgetText = {
  note: 'Not',
  legend: 'Açıklama',
  eveningOf: (names) => `Bir önceki akşam başlayanlar: ${names}.`,
  monthPageTitle: (month) => `Kültürlerarası takvim: ${month}`,
  yearPageTitle: (year) => `${year} bayramları`,
  monthView: 'Aylık görünüm',
  yearView: 'Yıllık görünüm',
  previousYear: (year) => `Önceki yıl: ${year}`,
  nextYear: (year) => `Sonraki yıl: ${year}`,
  accentLabel: 'Vurgu rengi',
  weekStartLabel: 'Hafta başlangıcı',
  weekStartLocale: 'dilde alışılageldiği gibi',
  borderLabel: 'Çizgiler (px)',
  heightNote:
    'iframe kodundaki yükseklik önizlemedeki aya uyar; diğer aylar daha uzun olabilir. Betik yüksekliği kendisi ayarlar.',
};

const WIDGET_TEXT_AR: WidgetText = {
  note: 'ملاحظة',
  legend: 'مفتاح الألوان',
  eveningOf: (names) => `تبدأ مساء اليوم السابق: ${names}.`,
  monthPageTitle: (month) => `التقويم بين الثقافات: ${month}`,
  yearPageTitle: (year) => `أعياد ${year}`,
  monthView: 'عرض الشهر',
  yearView: 'نظرة على السنة',
  previousYear: (year) => `السنة السابقة: ${year}`,
  nextYear: (year) => `السنة التالية: ${year}`,
  accentLabel: 'لون التمييز الثانوي',
  weekStartLabel: 'بداية الأسبوع',
  weekStartLocale: 'حسب المعتاد في اللغة',
  borderLabel: 'الخطوط (px)',
  heightNote:
    'الارتفاع في رمز iframe يناسب الشهر المعروض في المعاينة؛ قد تكون أشهر أخرى أطول. السكربت يضبط الارتفاع تلقائيًا.',
};

/** Per locale: the compiler asks for every locale's texts (uk, ru, pl, fa, ku, ro in their ui-<lang>.ts). */
export const WIDGET_TEXT: Record<Locale, WidgetText> = {
  de: WIDGET_TEXT_DE,
  en: WIDGET_TEXT_EN,
  tr: WIDGET_TEXT_TR,
  ar: WIDGET_TEXT_AR,
  uk: ukWidget,
  ru: ruWidget,
  pl: plWidget,
  fa: faWidget,
  ku: kuWidget,
  ro: roWidget,
};

export const widgetText = (locale: Locale): WidgetText => WIDGET_TEXT[locale];

// ---- Issue 11: the date check (/{lang}/check) and the printed year (/{lang}/print/{year}). The compiler asks for
// every locale's texts (uk, ru, pl, fa, ku, ro in their ui-<lang>.ts).
export interface PlanningText {
  checkTitle: string;
  checkIntro: string;
  datesLabel: string;
  datesHint: string;
  stateLabel: string;
  cityLabel: string;
  none: string;
  checkButton: string;
  uploadLegend: string;
  fileLabel: (kib: number) => string;
  uploadButton: string;
  optionsLegend: string;
  resultsTitle: string;
  colDate: string;
  colEvent: string;
  colHoliday: string;
  colImpact: string;
  colWork: string;
  colFasting: string;
  colBegins: string;
  colSchool: (state: string) => string;
  colNote: string;
  noConflicts: string;
  conflictsFound: (n: number) => string;
  impact: Record<'high' | 'medium' | 'low', string>;
  yes: string;
  no: string;
  fasting: Record<'none' | 'partial' | 'dawn-to-dusk' | 'full-day', string>;
  eveningOnly: string;
  beginsAt: (date: string, time: string, place: string | undefined) => string;
  beginsEveningBefore: (date: string) => string;
  exemption: Record<'free' | 'on-application' | 'service', string>;
  exemptionGeneral: string;
  exemptionNotListed: string;
  exemptionUnknown: string;
  regulation: string;
  sourcesOfFacts: string;
  notIcs: string;
  printTitle: (year: number) => string;
  printLegend: string;
  printListTitle: (year: number) => string;
  printHint: string;
  printView: string;
  printBegins: string;
  printSpan: string;
  /** Beside a name or note shown in English because it has no translation yet: "in English", in this language. */
  inEnglish: string;
  /** Under the file field: recurring events are checked at each occurrence, and how far. */
  recurrenceHint: (perEvent: number, perFile: number, lastYear: number) => string;
  /** Above the results when a recurring event's later occurrences were not checked. */
  cutOffTitle: string;
  /** After the event's name: how many of its dates were checked, up to which (`last`, already formatted). */
  cutOffChecked: (checked: number, last: string) => string;
  /** Why: at most `limit` dates per event or per file, a rule too costly to expand, or no dates after `limit`. */
  cutOffReason: (reason: 'occurrences' | 'file' | 'steps' | 'last-year', limit: number) => string;
}

const PLANNING: Record<Locale, PlanningText> = {
  de: {
    checkTitle: 'Termin-Check',
    checkIntro:
      'Liegt ein Elternabend, eine Prüfung oder ein Fest auf einem religiösen Feiertag? Geben Sie Termine ein oder laden Sie einen Kalender hoch: Sie sehen, welche Feiertage betroffen sind, wie sehr, und was die Schulordnung Ihres Landes sagt.',
    datesLabel: 'Termine',
    datesHint:
      'Ein Datum oder Zeitraum je Zeile oder durch Komma getrennt, z. B. 2026-09-21 oder 2026-09-20..2026-09-22.',
    stateLabel: 'Bundesland (Schulbefreiungen)',
    cityLabel: 'Stadt (Uhrzeit des Beginns am Vorabend)',
    none: '– keine Angabe –',
    checkButton: 'Termine prüfen',
    uploadLegend: 'Oder eine Kalenderdatei (.ics) prüfen',
    fileLabel: (kib) => `Kalenderdatei (.ics, höchstens ${kib} KB)`,
    uploadButton: 'Datei prüfen',
    optionsLegend: 'Optionen',
    resultsTitle: 'Ergebnis',
    colDate: 'Termin',
    colEvent: 'Eintrag',
    colHoliday: 'Feiertag',
    colImpact: 'Bedeutung',
    colWork: 'Arbeit/Schule gemieden',
    colFasting: 'Fasten',
    colBegins: 'Beginn',
    colSchool: (state) => `Schule (${state})`,
    colNote: 'Hinweis',
    noConflicts: 'Keine Feiertage an diesem Termin.',
    conflictsFound: (n) => (n === 1 ? '1 Feiertag' : `${n} Feiertage`),
    impact: { high: 'hoch', medium: 'mittel', low: 'gering' },
    yes: 'ja',
    no: 'nein',
    fasting: {
      none: 'nein',
      partial: 'teilweise',
      'dawn-to-dusk': 'von Morgendämmerung bis Sonnenuntergang',
      'full-day': 'ganztägig',
    },
    eveningOnly: 'beginnt am Abend dieses Tages',
    beginsAt: (date, time, place) =>
      `beginnt am ${date}, um ${time} Uhr (Sonnenuntergang${place ? ` in ${place}` : ''})`,
    beginsEveningBefore: (date) => `beginnt am Vorabend (${date})`,
    exemption: {
      free: 'schulfrei',
      'on-application': 'Befreiung auf Antrag',
      service: 'Gottesdienstbesuch erlaubt',
    },
    exemptionGeneral: 'allgemeine Regel',
    exemptionNotListed: 'in der Regelung nicht genannt',
    exemptionUnknown: 'unbekannt',
    regulation: 'Regelung',
    sourcesOfFacts: 'Quellen',
    notIcs: 'Die Datei ist keine Kalenderdatei (.ics).',
    printTitle: (year) => `Interkultureller Kalender ${year}`,
    printLegend: 'Legende',
    printListTitle: (year) => `Alle Feiertage ${year}`,
    printHint: 'Zum Drucken im Druckdialog A3 quer (oder A4 quer) wählen.',
    printView: 'Druckansicht',
    printBegins: 'ein Feiertag beginnt',
    printSpan: 'Tage eines mehrtägigen Feiertags',
    inEnglish: 'auf Englisch',
    recurrenceHint: (perEvent, perFile, lastYear) =>
      `Wiederkehrende Termine werden an jedem Datum geprüft, an dem sie stattfinden: bis zu ${perEvent} Daten je Termin und ${perFile} je Datei, bis ${lastYear}.`,
    cutOffTitle: 'Nicht jede Wiederholung wurde geprüft',
    cutOffChecked: (checked, last) =>
      checked === 0
        ? 'kein Datum wurde geprüft'
        : checked === 1
          ? `nur das erste Datum wurde geprüft (${last})`
          : `nur die ersten ${checked} Daten wurden geprüft, bis ${last}`,
    cutOffReason: (reason, limit) =>
      ({
        occurrences: `höchstens ${limit} Daten je Termin`,
        file: `höchstens ${limit} Daten je Datei`,
        steps: 'die Wiederholungsregel braucht zu viele Rechenschritte, etwa „jede Sekunde“',
        'last-year': `Daten nach ${limit} werden nicht geprüft`,
      })[reason],
  },
  en: {
    checkTitle: 'Date check',
    checkIntro:
      'Does a parents’ evening, an exam or a festival fall on a religious holiday? Enter dates or upload a calendar: you see which holidays they touch, how much, and what your state’s school rules say.',
    datesLabel: 'Dates',
    datesHint:
      'One date or range per line or separated by commas, e.g. 2026-09-21 or 2026-09-20..2026-09-22.',
    stateLabel: 'German state (school exemptions)',
    cityLabel: 'City (time the evening before)',
    none: '– none –',
    checkButton: 'Check dates',
    uploadLegend: 'Or check a calendar file (.ics)',
    fileLabel: (kib) => `Calendar file (.ics, at most ${kib} KB)`,
    uploadButton: 'Check file',
    optionsLegend: 'Options',
    resultsTitle: 'Result',
    colDate: 'Date',
    colEvent: 'Event',
    colHoliday: 'Holiday',
    colImpact: 'Impact',
    colWork: 'Work/school avoided',
    colFasting: 'Fasting',
    colBegins: 'Begins',
    colSchool: (state) => `School (${state})`,
    colNote: 'Note',
    noConflicts: 'No holidays on this date.',
    conflictsFound: (n) => (n === 1 ? '1 holiday' : `${n} holidays`),
    impact: { high: 'high', medium: 'medium', low: 'low' },
    yes: 'yes',
    no: 'no',
    fasting: { none: 'no', partial: 'partial', 'dawn-to-dusk': 'dawn to sunset', 'full-day': 'full day' },
    eveningOnly: 'begins in the evening of this day',
    beginsAt: (date, time, place) => `begins on ${date} at ${time} (sunset${place ? ` in ${place}` : ''})`,
    beginsEveningBefore: (date) => `begins the evening before (${date})`,
    exemption: {
      free: 'no school',
      'on-application': 'excused on application',
      service: 'may attend the service',
    },
    exemptionGeneral: 'general rule',
    exemptionNotListed: 'not named in the regulation',
    exemptionUnknown: 'unknown',
    regulation: 'regulation',
    sourcesOfFacts: 'Sources',
    notIcs: 'The file is not a calendar file (.ics).',
    printTitle: (year) => `Intercultural calendar ${year}`,
    printLegend: 'Legend',
    printListTitle: (year) => `All holidays ${year}`,
    printHint: 'To print, choose A3 landscape (or A4 landscape) in the print dialog.',
    printView: 'Print view',
    printBegins: 'a holiday begins',
    printSpan: 'days of a longer holiday',
    inEnglish: 'in English',
    recurrenceHint: (perEvent, perFile, lastYear) =>
      `Repeating events are checked on every date they repeat: up to ${perEvent} dates per event and ${perFile} per file, until ${lastYear}.`,
    cutOffTitle: 'Not every repetition was checked',
    cutOffChecked: (checked, last) =>
      checked === 0
        ? 'no date was checked'
        : checked === 1
          ? `only the first date was checked (${last})`
          : `only the first ${checked} dates were checked, up to ${last}`,
    cutOffReason: (reason, limit) =>
      ({
        occurrences: `at most ${limit} dates per event`,
        file: `at most ${limit} dates per file`,
        steps: 'its repeat rule takes too many steps to work out, such as “every second”',
        'last-year': `dates after ${limit} are not checked`,
      })[reason],
  },
  tr: {
    checkTitle: 'Tarih kontrolü',
    checkIntro:
      'Bir veli toplantısı, sınav ya da şenlik dini bir bayrama mı denk geliyor? Tarihleri girin ya da bir takvim yükleyin: hangi bayramlara denk geldiğini, ne ölçüde önemli olduğunu ve eyaletinizin okul kurallarını görün.',
    datesLabel: 'Tarihler',
    datesHint:
      'Her satıra ya da virgülle ayrılmış bir tarih veya aralık, örn. 2026-09-21 veya 2026-09-20..2026-09-22.',
    stateLabel: 'Eyalet (okul muafiyetleri)',
    cityLabel: 'Şehir (arife akşamı başlama saati)',
    none: '– yok –',
    checkButton: 'Tarihleri kontrol et',
    uploadLegend: 'Ya da bir takvim dosyası (.ics) kontrol edin',
    fileLabel: (kib) => `Takvim dosyası (.ics, en fazla ${kib} KB)`,
    uploadButton: 'Dosyayı kontrol et',
    optionsLegend: 'Seçenekler',
    resultsTitle: 'Sonuç',
    colDate: 'Tarih',
    colEvent: 'Etkinlik',
    colHoliday: 'Bayram',
    colImpact: 'Önem',
    colWork: 'İş/okuldan kaçınılır',
    colFasting: 'Oruç',
    colBegins: 'Başlangıç',
    colSchool: (state) => `Okul (${state})`,
    colNote: 'Not',
    noConflicts: 'Bu tarihte bayram yok.',
    conflictsFound: (n) => `${n} bayram`,
    impact: { high: 'yüksek', medium: 'orta', low: 'düşük' },
    yes: 'evet',
    no: 'hayır',
    fasting: {
      none: 'hayır',
      partial: 'kısmen',
      'dawn-to-dusk': 'imsaktan gün batımına',
      'full-day': 'tam gün',
    },
    eveningOnly: 'bu günün akşamı başlar',
    beginsAt: (date, time, place) =>
      `${date}, saat ${time} itibarıyla başlar (gün batımı${place ? `, ${place}` : ''})`,
    beginsEveningBefore: (date) => `arife akşamı başlar (${date})`,
    exemption: { free: 'okul tatil', 'on-application': 'dilekçe ile izin', service: 'ibadete katılma izni' },
    exemptionGeneral: 'genel kural',
    exemptionNotListed: 'yönetmelikte geçmiyor',
    exemptionUnknown: 'bilinmiyor',
    regulation: 'yönetmelik',
    sourcesOfFacts: 'Kaynaklar',
    notIcs: 'Dosya bir takvim dosyası (.ics) değil.',
    printTitle: (year) => `Kültürlerarası takvim ${year}`,
    printLegend: 'Açıklama',
    printListTitle: (year) => `${year} yılının tüm bayramları`,
    printHint: 'Yazdırmak için yazdırma penceresinde A3 yatay (veya A4 yatay) seçin.',
    printView: 'Yazdırma görünümü',
    printBegins: 'bir bayram başlar',
    printSpan: 'çok günlü bir bayramın günleri',
    inEnglish: 'İngilizce',
    recurrenceHint: (perEvent, perFile, lastYear) =>
      `Tekrarlanan etkinlikler her tekrar tarihinde kontrol edilir: etkinlik başına en fazla ${perEvent}, dosya başına ${perFile} tarih, ${lastYear} yılına kadar.`,
    cutOffTitle: 'Tekrarların hepsi kontrol edilmedi',
    cutOffChecked: (checked, last) =>
      checked === 0
        ? 'hiçbir tarih kontrol edilmedi'
        : checked === 1
          ? `yalnızca ilk tarih kontrol edildi (${last})`
          : `yalnızca ilk ${checked} tarih kontrol edildi (sonuncusu: ${last})`,
    cutOffReason: (reason, limit) =>
      ({
        occurrences: `etkinlik başına en fazla ${limit} tarih`,
        file: `dosya başına en fazla ${limit} tarih`,
        steps: 'tekrar kuralı hesaplamak için çok fazla adım gerektiriyor, örneğin “her saniye”',
        'last-year': `${limit} yılından sonraki tarihler kontrol edilmez`,
      })[reason],
  },
  ar: {
    checkTitle: 'فحص المواعيد',
    checkIntro:
      'هل يقع اجتماع أولياء الأمور أو امتحان أو احتفال في عيد ديني؟ أدخل التواريخ أو حمّل تقويمًا لترى الأعياد التي تتقاطع معها ومدى أهميتها وما تقوله لوائح المدارس في ولايتك.',
    datesLabel: 'التواريخ',
    datesHint: 'تاريخ أو فترة في كل سطر أو مفصولة بفواصل، مثل 2026-09-21 أو 2026-09-20..2026-09-22.',
    stateLabel: 'الولاية الألمانية (إعفاءات المدارس)',
    cityLabel: 'المدينة (وقت البدء مساء اليوم السابق)',
    none: '– بلا –',
    checkButton: 'افحص التواريخ',
    uploadLegend: 'أو افحص ملف تقويم (.ics)',
    fileLabel: (kib) => `ملف تقويم (.ics، بحد أقصى ${kib} كيلوبايت)`,
    uploadButton: 'افحص الملف',
    optionsLegend: 'خيارات',
    resultsTitle: 'النتيجة',
    colDate: 'الموعد',
    colEvent: 'الحدث',
    colHoliday: 'العيد',
    colImpact: 'الأهمية',
    colWork: 'تجنّب العمل/المدرسة',
    colFasting: 'الصيام',
    colBegins: 'البدء',
    colSchool: (state) => `المدرسة (${state})`,
    colNote: 'ملاحظة',
    noConflicts: 'لا أعياد في هذا الموعد.',
    conflictsFound: (n) => `${n} أعياد`,
    impact: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
    yes: 'نعم',
    no: 'لا',
    fasting: { none: 'لا', partial: 'جزئي', 'dawn-to-dusk': 'من الفجر إلى الغروب', 'full-day': 'يوم كامل' },
    eveningOnly: 'يبدأ مساء هذا اليوم',
    beginsAt: (date, time, place) => `يبدأ ${date} الساعة ${time} (غروب الشمس${place ? ` في ${place}` : ''})`,
    beginsEveningBefore: (date) => `يبدأ مساء اليوم السابق (${date})`,
    exemption: { free: 'لا دوام مدرسي', 'on-application': 'إعفاء بطلب', service: 'يجوز حضور الصلاة' },
    exemptionGeneral: 'قاعدة عامة',
    exemptionNotListed: 'غير مذكور في اللائحة',
    exemptionUnknown: 'غير معروف',
    regulation: 'اللائحة',
    sourcesOfFacts: 'المصادر',
    notIcs: 'الملف ليس ملف تقويم (.ics).',
    printTitle: (year) => `التقويم بين الثقافات ${year}`,
    printLegend: 'مفتاح الألوان',
    printListTitle: (year) => `كل أعياد ${year}`,
    printHint: 'للطباعة اختر A3 أفقي (أو A4 أفقي) في نافذة الطباعة.',
    printView: 'عرض الطباعة',
    printBegins: 'يبدأ عيد',
    printSpan: 'أيام عيد يمتد عدة أيام',
    inEnglish: 'بالإنجليزية',
    recurrenceHint: (perEvent, perFile, lastYear) =>
      `تُفحص الأحداث المتكررة في كل تاريخ تتكرر فيه: حتى ${perEvent} تاريخ لكل حدث و${perFile} لكل ملف، حتى عام ${lastYear}.`,
    cutOffTitle: 'لم يُفحص كل تكرار',
    cutOffChecked: (checked, last) =>
      checked === 0
        ? 'لم يُفحص أي تاريخ'
        : checked === 1
          ? `فُحص التاريخ الأول فقط (${last})`
          : `فُحصت التواريخ الأولى فقط (${checked})، حتى ${last}`,
    cutOffReason: (reason, limit) =>
      ({
        occurrences: `${limit} تاريخ على الأكثر لكل حدث`,
        file: `${limit} تاريخ على الأكثر لكل ملف`,
        steps: 'قاعدة التكرار تحتاج إلى خطوات حساب كثيرة جدًا، مثل «كل ثانية»',
        'last-year': `لا تُفحص التواريخ بعد عام ${limit}`,
      })[reason],
  },
  uk: ukPlanning,
  ru: ruPlanning,
  pl: plPlanning,
  fa: faPlanning,
  ku: kuPlanning,
  ro: roPlanning,
};

export const planningText = (locale: Locale): PlanningText => PLANNING[locale];
