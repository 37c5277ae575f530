import type { PlanningText, UiText, WidgetText } from './ui.js';

export const ro: UiText = {
  siteName: 'interkal – Calendar intercultural',
  skipToContent: 'Salt la conținut',
  languageLabel: 'Limba',
  subscribeTitle: 'Abonați-vă la calendarul intercultural',
  subscribeIntro:
    'Sărbătorile multor religii și culturi direct în calendarul dumneavoastră. Alegeți tradițiile și limba, apoi abonați-vă cu un clic. Calendarul se actualizează singur.',
  feedDescription: 'Sărbătorile multor religii și culturi, calculate de interkal.',
  traditionsLegend: 'Tradiții',
  allTraditions: 'Toate tradițiile',
  scopeLegend: 'Selecție',
  scopeMajor: 'Sărbători principale',
  scopeMajorMinor: 'Sărbători principale și altele',
  scopeAll: 'Toate, inclusiv zilele comemorative și internaționale',
  makeLinks: 'Creați linkurile de abonare',
  yourFeed: 'Abonamentul dumneavoastră la calendar',
  appleOutlookThunderbird: 'Calendar Apple, Outlook (desktop), Thunderbird',
  subscribeWebcal: 'Abonați-vă în aplicația de calendar',
  outlookCom: 'Outlook.com',
  subscribeOutlookCom: 'Adăugați în Outlook.com',
  google: 'Google Calendar',
  googleSteps:
    'Copiați adresa de mai jos, deschideți „Din adresa URL” în Google Calendar, lipiți adresa și faceți clic pe „Adăugați calendarul”.',
  openGoogle: 'Deschideți „Din adresa URL” în Google Calendar',
  copyUrl: 'Copiați adresa',
  feedUrlLabel: 'Adresa calendarului (https)',
  qrTitle: 'Pe telefon',
  qrAlt: 'Cod QR cu adresa calendarului',
  allHolidays: 'Toate sărbătorile',
  holidaysTitle: 'Sărbători',
  namesTitle: 'Denumiri',
  howComputed: 'Cum se calculează data',
  nextDates: 'Următoarele date',
  sources: 'Surse',
  beginsEvening: (date) => `Începe la apusul soarelui în seara dinainte (${date}).`,
  days: (n) => {
    if (n === 1) return '1 zi';
    const rest = n % 100;
    return n >= 20 && (rest === 0 || rest >= 20) ? `${n} de zile` : `${n} zile`;
  },
  tradition: 'Tradiție',
  englishFallback: 'Această descriere nu există încă în limba română, de aceea este afișată în engleză.',
  englishNameFallback:
    'Denumirea românească a acestei sărbători nu a fost încă găsită într-o sursă de încredere, de aceea este afișată în engleză.',
  noMoreDates: 'Nu mai sunt alte date până în 2100.',
  backToSubscribe: 'Înapoi la abonare',
  notFound: 'Pagina nu a fost găsită',
  notFoundDetail: 'La această adresă nu există nimic.',
  holidayNotFound: (id) => `interkal nu cunoaște sărbătoarea „${id}”.`,
  badRequest: 'Cerere nevalidă',
  invalidParameter: (parameter) => `Valoarea lui „${parameter}” nu este validă.`,
  allowedValues: (allowed) => `Valori posibile: ${allowed}.`,
  methodNotAllowed: 'Această adresă poate fi doar citită.',
  serverError: 'Ceva nu a mers bine',
  serverErrorDetail: 'Serverul nu a putut răspunde acestei cereri. Vă rugăm să încercați mai târziu.',
  widgetMisconfigured: 'Acest calendar este încorporat greșit.',
  widgetTitle: 'Calendar intercultural',
  previousMonth: (month) => `Luna anterioară: ${month}`,
  nextMonth: (month) => `Luna următoare: ${month}`,
  widgetHint: (green) =>
    `Multe culturi, multe sărbători: urmăriți zilele ${green ? 'verde deschis' : 'marcate'} și aflați când își sărbătoresc religiile și culturile sărbătorile.`,
  holidaysIn: (month) => `Sărbători în ${month}`,
  noHolidaysDay: 'Nicio sărbătoare în această zi.',
  noHolidaysMonth: 'Nicio sărbătoare în această lună (cu această selecție).',
  beginsEveningBefore: 'Începe în seara dinainte.',
  moonSighting: 'Observarea lunii noi',
  newTab: '(se deschide într-o filă nouă)',
  dayOfSpan: (day, days) => `ziua ${day} din ${days}`,
  embedTitle: 'Încorporați widgetul calendarului',
  embedIntro:
    'Afișați calendarul intercultural pe site-ul dumneavoastră: alegeți, verificați previzualizarea, copiați codul. Widgetul nu setează cookie-uri, nu stochează nimic și nu încarcă nimic de pe alte servere.',
  sizeLegend: 'Dimensiune',
  sizeCompact: 'Compact',
  sizeFull: 'Complet (cu lista lunii)',
  themeLegend: 'Aspect',
  themeLight: 'Luminos',
  themeDark: 'Întunecat',
  highlightLabel: 'Culoarea de evidențiere',
  radiusLabel: 'Raza colțurilor (px)',
  fontLabel: 'Font',
  widgetLanguage: 'Limba widgetului',
  preview: 'Previzualizare',
  snippetIframe: 'iframe (fără JavaScript)',
  snippetScript: 'Script (își ajustează înălțimea)',
  snippetElement: 'Element HTML <interkal-month>',
  updatePreview: 'Actualizați previzualizarea',
  siteNavLabel: 'Site',
  navSubscribe: 'Abonare',
  navMonth: 'Lună',
  navYear: 'An',
  navEmbed: 'Widget',
  navCheck: 'Verifică o dată',
  navPrint: 'Tipărește anul',
  datesTitle: 'Date',
  past: 'trecut',
  ongoing: 'în desfășurare',
  ruleFallback: 'Această regulă nu este încă tradusă; este afișată în engleză.',
  duration: 'Durată',
};

/** The widget's legend and list, the month and year pages and the widget builder. */
export const roWidget: WidgetText = {
  note: 'Notă',
  legend: 'Legendă',
  eveningOf: (names) => `Încep în seara dinainte: ${names}.`,
  monthPageTitle: (month) => `Calendar intercultural: ${month}`,
  yearPageTitle: (year) => `Sărbătorile anului ${year}`,
  monthView: 'Vizualizare lunară',
  yearView: 'Prezentare anuală',
  previousYear: (year) => `Anul anterior: ${year}`,
  nextYear: (year) => `Anul următor: ${year}`,
  accentLabel: 'Culoare de accent',
  weekStartLabel: 'Prima zi a săptămânii',
  weekStartLocale: 'ca de obicei în limba aleasă',
  borderLabel: 'Linii (px)',
  heightNote:
    'Înălțimea din codul iframe se potrivește lunii din previzualizare; alte luni pot fi mai lungi. Scriptul ajustează singur înălțimea.',
};

const roPlural = new Intl.PluralRules('ro');

/** The date check and the printed year. */
export const roPlanning: PlanningText = {
  checkTitle: 'Verificarea datelor',
  checkIntro:
    'O ședință cu părinții, un examen sau o serbare școlară cade într-o sărbătoare religioasă? Introduceți datele sau încărcați un calendar: vedeți ce sărbători ating, cât de mult contează și ce spun regulile școlare ale landului dumneavoastră.',
  datesLabel: 'Date',
  datesHint:
    'O dată sau un interval pe fiecare rând ori separate prin virgulă, de ex. 2026-09-21 sau 2026-09-20..2026-09-22.',
  stateLabel: 'Land german (scutiri școlare)',
  cityLabel: 'Oraș (ora de început în seara dinainte)',
  none: '– niciunul –',
  checkButton: 'Verifică datele',
  uploadLegend: 'Sau verificați un fișier de calendar (.ics)',
  fileLabel: (kib) => `Fișier de calendar (.ics, cel mult ${kib} KB)`,
  uploadButton: 'Verifică fișierul',
  optionsLegend: 'Opțiuni',
  resultsTitle: 'Rezultat',
  colDate: 'Data',
  colEvent: 'Eveniment',
  colHoliday: 'Sărbătoare',
  colImpact: 'Importanță',
  colWork: 'Fără muncă/școală',
  colFasting: 'Post',
  colBegins: 'Început',
  colSchool: (state) => `Școală (${state})`,
  colNote: 'Notă',
  noConflicts: 'Nicio sărbătoare la această dată.',
  conflictsFound: (n) => {
    const form = roPlural.select(n);
    return form === 'one' ? `${n} sărbătoare` : form === 'few' ? `${n} sărbători` : `${n} de sărbători`;
  },
  impact: { high: 'mare', medium: 'medie', low: 'mică' },
  yes: 'da',
  no: 'nu',
  fasting: {
    none: 'nu',
    partial: 'parțial',
    'dawn-to-dusk': 'de la zori până la apus',
    'full-day': 'toată ziua',
  },
  eveningOnly: 'începe în seara acestei zile',
  beginsAt: (date, time, place) =>
    `începe ${date}, la ora ${time} (apusul soarelui${place ? `, ${place}` : ''})`,
  beginsEveningBefore: (date) => `începe în seara dinainte (${date})`,
  exemption: {
    free: 'zi liberă la școală',
    'on-application': 'scutire la cerere',
    service: 'poate participa la slujbă',
  },
  exemptionGeneral: 'regulă generală',
  exemptionNotListed: 'nemenționat în regulament',
  exemptionUnknown: 'necunoscut',
  regulation: 'regulament',
  sourcesOfFacts: 'Surse',
  notIcs: 'Fișierul nu este un fișier de calendar (.ics).',
  printTitle: (year) => `Calendar intercultural ${year}`,
  printLegend: 'Legendă',
  printListTitle: (year) => `Toate sărbătorile anului ${year}`,
  printHint: 'Pentru tipărire, alegeți în fereastra de tipărire A3 peisaj (sau A4 peisaj).',
  printView: 'Vizualizare pentru tipărire',
  printBegins: 'începe o sărbătoare',
  printSpan: 'zilele unei sărbători de mai multe zile',
  inEnglish: 'în engleză',
  recurrenceHint: (perEvent, perFile, lastYear) =>
    `Evenimentele recurente sunt verificate la fiecare dată la care se repetă: până la ${perEvent} de date pe eveniment și ${perFile} pe fișier, până în ${lastYear}.`,
  cutOffTitle: 'Nu toate repetările au fost verificate',
  cutOffChecked: (checked, last) =>
    checked === 0
      ? 'nu a fost verificată nicio dată'
      : checked === 1
        ? `a fost verificată doar prima dată (${last})`
        : `au fost verificate doar primele date (${checked}), până la ${last}`,
  cutOffReason: (reason, limit) =>
    ({
      occurrences: `cel mult ${limit} de date pe eveniment`,
      file: `cel mult ${limit} de date pe fișier`,
      steps: 'regula de repetare cere prea mulți pași de calcul, de exemplu „în fiecare secundă”',
      'last-year': `datele de după ${limit} nu sunt verificate`,
    })[reason],
};
