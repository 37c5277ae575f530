import { LOCALES, type Locale } from '@interkal/core';

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
  noMoreDates: string;
  backToSubscribe: string;
  notFound: string;
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
  noMoreDates: 'Keine weiteren Termine bis 2100.',
  backToSubscribe: 'Zurück zum Abo',
  notFound: 'Seite nicht gefunden',
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
  noMoreDates: 'No further dates until 2100.',
  backToSubscribe: 'Back to subscribing',
  notFound: 'Page not found',
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
  noMoreDates: '2100’e kadar başka tarih yok.',
  backToSubscribe: 'Aboneliğe dön',
  notFound: 'Sayfa bulunamadı',
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
  noMoreDates: 'لا مواعيد أخرى حتى عام 2100.',
  backToSubscribe: 'العودة إلى الاشتراك',
  notFound: 'الصفحة غير موجودة',
};

export const UI: Record<Locale, UiText> = { de, en, tr, ar };

export const DEFAULT_LOCALE: Locale = 'de';

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header (q-values honoured), German by default. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0]!.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined) ?? DEFAULT_LOCALE;
}

export const direction = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');
