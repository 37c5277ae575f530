import type { LocalizedText } from '../types.js';

/**
 * What a holiday means for planning: whether observant members avoid work and school, whether they fast, and how
 * much a meeting, an exam or a festival on that day gets in the way. One row per catalogue holiday id, shaped so it
 * can later become a column of the tradition tables. Where communities differ the note says so instead of picking.
 */

export type Impact = 'high' | 'medium' | 'low';

/**
 * - `full-day`: no food or drink for the whole day (Yom Kippur: from sunset to nightfall the next day).
 * - `dawn-to-dusk`: from dawn to sunset (Ramadan).
 * - `partial`: a fast that restricts food rather than forbids it, or one kept by some members only
 *   (Catholic fast day: one full meal; many Jains on Paryushana).
 */
export type Fasting = 'none' | 'dawn-to-dusk' | 'full-day' | 'partial';

export interface ObservanceFacts {
  /** Work and school are forbidden, or strongly avoided, for observant members. */
  workRestricted: boolean;
  fasting: Fasting;
  impact: Impact;
  /**
   * Day offsets within the holiday's span (0 = first civil day) that these facts describe, when they do not hold
   * on every day (Pesach: the first two and the last two days). The other days have `otherDays`.
   */
  keyDays?: readonly number[];
  otherDays?: { workRestricted: boolean; fasting: Fasting; impact: Impact };
  /** Where communities or movements differ, or what a planner should know. */
  note?: LocalizedText;
  sources: readonly string[];
}

// Sources (each read through the search tool's stored copies; see packages/core/test/fixtures/README.md).
const HEBCAL_FLAGS = 'https://hebcal.github.io/api/core/variables/flags.html';
const MULTIFAITH = 'https://multifaithcalendar.org/pages/Religious-Accommodation---Observances-by-Faith.php';
const EAST_OF_ENGLAND = 'http://www.eefaithscouncil.org.uk/calendar.php';
const XAVIER =
  'http://www.xavier.edu/jesuitresource/online-resources/Calendar-Religious-Holidays-and-Observances.cfm';
const ILLINOIS =
  'https://calendars.illinois.edu/search/6732?skinId=44493&startDate=10/01/2022&endDate=10/31/2022';
const MOUNTAIN_HOUSE =
  'https://mhhs.lammersvilleschooldistrict.net/apps/pages/index.jsp?uREC_ID=2863747&type=d&pREC_ID=2328648';
const BY_KMBEK = 'https://www.gesetze-bayern.de/Content/Document/BayVwV313239-1';
const DE_PUBLIC_HOLIDAYS =
  'https://domradio.de/artikel/gesetzliche-feiertage-2018-anzahl-nach-bundeslaendern';
const CANON_1251 = 'https://www.intratext.com/IXT/ENG0017/_P4M.HTM';
const ETHIOPIA_HOLIDAYS = 'http://en.wikipedia.org/wiki/Public_holidays_in_Ethiopia';
const BAHAI_DE = 'http://bahai.de/entdecken/leben-als-bahai/feiertage.html';
const ALEVI_MUHARREM = 'https://www.akmhamm.de/alevitentum/alevitische-gedenk-und-feiertage/muharrem-fasten/';
const ALEVI_MUHARREM_WATER =
  'http://heilbronn-akm.de/index.php/de/alevitentum/77-das-fasten-im-monat-muharrem.html';
const ALEVI_FEASTS = 'http://www.alevi-bektasi-gemeinde-marl.de/alevitentum/alevitische-feste-und-andachten/';
const HIZIR = 'https://www.kalenderderkulturen.de/hizir-fasten/';
const HH_TREATY =
  'https://schurahamburg.de/auszug-aus-dem-staatsvertrag-mit-den-muslimischen-verbaenden-in-hamburg/';
const HH_SUMMARY =
  'https://www.abendblatt.de/hamburg/article209069261/Regeln-fuer-die-Feiertage-anderer-Religionen.html';
const YAZIDI_FEASTS = 'https://de.m.wikipedia.org/wiki/Religi%C3%B6se_Feste_der_Jesiden';
const YAZIDI_WESEL = 'http://eziden-wesel.de/beispiel-seite/feiertage/';
const NI_RELIGIOUS_DAYS = 'http://schure.de/36/1-82013.htm';
const JANMASHTAMI_GUIDE =
  'https://pdfslide.net/documents/holidays-recommended-accommodations-dates-centremajor-religious-holidays.html';

const text = (en: string, de: string, tr: string, ar: string): LocalizedText => ({ en, de, tr, ar });

const NONE = { workRestricted: false, fasting: 'none', impact: 'low' } as const;

const PUBLIC_HOLIDAY_DE = text(
  'A public holiday in every German state: schools and most workplaces are closed anyway.',
  'Gesetzlicher Feiertag in allen Bundesländern: Schulen und die meisten Betriebe sind ohnehin geschlossen.',
  'Almanya’nın tüm eyaletlerinde resmî tatil: okullar ve çoğu iş yeri zaten kapalı.',
  'عطلة رسمية في جميع الولايات الألمانية: المدارس ومعظم أماكن العمل مغلقة أصلاً.',
);

// Honest marker for rows where no accommodation guide we read names the day.
const NO_GUIDANCE = text(
  'No accommodation guide we read names this day; the values are our reading of it as a family festival without work rules.',
  'Kein gelesener Leitfaden nennt diesen Tag; die Werte sind unsere Einschätzung als Familienfest ohne Arbeitsregeln.',
  'Okuduğumuz hiçbir rehber bu günü anmıyor; değerler, çalışma kuralı olmayan bir aile bayramı olarak bizim yorumumuzdur.',
  'لا يذكر أي دليل قرأناه هذا اليوم؛ والقيم تقديرنا له عيداً عائلياً بلا قواعد للعمل.',
);

const JEWISH_MOVEMENTS = text(
  'Orthodox and many Conservative Jews do no work and no writing on the festival days; Reform Jews keep one day where others keep two.',
  'Orthodoxe und viele konservative Juden arbeiten und schreiben an den Festtagen nicht; liberale (Reform-)Juden halten einen Tag, wo andere zwei halten.',
  'Ortodoks ve birçok Muhafazakâr Yahudi bayram günlerinde çalışmaz ve yazı yazmaz; Reform Yahudileri başkalarının iki gün tuttuğu yerde bir gün tutar.',
  'لا يعمل اليهود الأرثوذكس وكثير من المحافظين ولا يكتبون في أيام العيد؛ ويحتفل اليهود الإصلاحيون بيوم واحد حيث يحتفل غيرهم بيومين.',
);

const BAHAI_HOLY_DAY: ObservanceFacts = {
  workRestricted: true,
  fasting: 'none',
  impact: 'high',
  note: text(
    'One of the nine Bahá’í holy days on which work should be suspended.',
    'Einer der neun Bahá’í-Feiertage, an denen die Arbeit ruhen soll.',
    'İşin askıya alınması gereken dokuz Bahai kutsal gününden biri.',
    'أحد الأيام البهائية المقدسة التسعة التي يُوقف فيها العمل.',
  ),
  sources: [BAHAI_DE, EAST_OF_ENGLAND, MULTIFAITH],
};

const ORTHODOX_CALENDARS = text(
  'Churches on the Julian calendar (Serbian, Russian, Georgian, …) keep this day; churches on the revised Julian calendar (Greek, Romanian, Bulgarian) keep the fixed feasts with the Western date.',
  'Kirchen mit julianischem Kalender (serbisch, russisch, georgisch …) feiern an diesem Tag; Kirchen mit neujulianischem Kalender (griechisch, rumänisch, bulgarisch) feiern die festen Feste am westlichen Datum.',
  'Jülyen takvimini kullanan kiliseler (Sırp, Rus, Gürcü …) bu günü kutlar; revize Jülyen takvimli kiliseler (Yunan, Romen, Bulgar) sabit bayramları Batı tarihinde kutlar.',
  'تحتفل الكنائس التي تتبع التقويم اليولياني (الصربية والروسية والجورجية …) في هذا اليوم؛ أما كنائس التقويم اليولياني المعدل (اليونانية والرومانية والبلغارية) فتحتفل بالأعياد الثابتة في التاريخ الغربي.',
);

const EID_FIRST_DAY = text(
  'The first day, with the morning prayer and family visits, matters most; many families keep the whole festival. Mosques in Germany may begin the Eid a day apart (moon sighting or calculation).',
  'Am wichtigsten ist der erste Tag mit dem Festgebet am Morgen und den Familienbesuchen; viele Familien feiern das ganze Fest. Moscheen in Deutschland können das Fest um einen Tag versetzt beginnen (Mondsichtung oder Berechnung).',
  'En önemlisi sabah bayram namazı ve aile ziyaretleriyle birinci gündür; birçok aile bayramın tamamını kutlar. Almanya’daki camiler bayrama bir gün farkla başlayabilir (hilal gözlemi veya hesap).',
  'اليوم الأول بصلاة العيد والزيارات العائلية هو الأهم؛ وتحتفل عائلات كثيرة بالعيد كله. وقد تبدأ المساجد في ألمانيا العيد بفارق يوم (رؤية الهلال أو الحساب).',
);

export const OBSERVANCE: Readonly<Record<string, ObservanceFacts>> = {
  // Western Christianity
  'ash-wednesday': {
    workRestricted: false,
    fasting: 'partial',
    impact: 'low',
    note: text(
      'A Catholic day of fast and abstinence: one full meal, no meat (adults 18–59).',
      'Katholischer Fast- und Abstinenztag: eine volle Mahlzeit, kein Fleisch (Erwachsene von 18 bis 59).',
      'Katolikler için oruç ve perhiz günü: tek tam öğün, et yok (18–59 yaş yetişkinler).',
      'يوم صوم وانقطاع عند الكاثوليك: وجبة كاملة واحدة ولا لحم (للبالغين من 18 إلى 59).',
    ),
    sources: [CANON_1251],
  },
  'good-friday': {
    workRestricted: true,
    fasting: 'partial',
    impact: 'high',
    note: text(
      'A public holiday in every German state and a Catholic day of fast and abstinence (one full meal, no meat).',
      'Gesetzlicher Feiertag in allen Bundesländern und katholischer Fast- und Abstinenztag (eine volle Mahlzeit, kein Fleisch).',
      'Tüm eyaletlerde resmî tatil ve Katolikler için oruç ve perhiz günü (tek tam öğün, et yok).',
      'عطلة رسمية في جميع الولايات ويوم صوم وانقطاع عند الكاثوليك (وجبة كاملة واحدة ولا لحم).',
    ),
    sources: [DE_PUBLIC_HOLIDAYS, CANON_1251, EAST_OF_ENGLAND],
  },
  easter: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: PUBLIC_HOLIDAY_DE,
    sources: [DE_PUBLIC_HOLIDAYS, EAST_OF_ENGLAND],
  },
  ascension: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: PUBLIC_HOLIDAY_DE,
    sources: [DE_PUBLIC_HOLIDAYS],
  },
  pentecost: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: PUBLIC_HOLIDAY_DE,
    sources: [DE_PUBLIC_HOLIDAYS],
  },
  'christmas-eve': {
    workRestricted: false,
    fasting: 'none',
    impact: 'high',
    note: text(
      'Not a public holiday, but the main family evening of Christmas in Germany: avoid anything in the afternoon and evening.',
      'Kein gesetzlicher Feiertag, aber in Deutschland der wichtigste Familienabend des Weihnachtsfests: nachmittags und abends nichts planen.',
      'Resmî tatil değil, ama Almanya’da Noel’in en önemli aile akşamı: öğleden sonra ve akşam bir şey planlamayın.',
      'ليس عطلة رسمية، لكنه أهم أمسية عائلية في عيد الميلاد في ألمانيا: تجنبوا أي موعد بعد الظهر وفي المساء.',
    ),
    sources: [DE_PUBLIC_HOLIDAYS],
  },
  christmas: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: PUBLIC_HOLIDAY_DE,
    sources: [DE_PUBLIC_HOLIDAYS, EAST_OF_ENGLAND],
  },

  // Orthodox and Oriental Orthodox Christianity
  'orthodox-christmas': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: ORTHODOX_CALENDARS,
    sources: [BY_KMBEK, MULTIFAITH],
  },
  theophany: {
    workRestricted: true,
    fasting: 'none',
    impact: 'medium',
    note: ORTHODOX_CALENDARS,
    sources: [BY_KMBEK, MULTIFAITH],
  },
  'orthodox-good-friday': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: text(
      'Holy Friday; Bavaria excuses Orthodox pupils on it and on Holy Saturday.',
      'Karfreitag; Bayern befreit orthodoxe Schüler an diesem Tag und am Karsamstag vom Unterricht.',
      'Kutsal Cuma; Bavyera Ortodoks öğrencileri bu gün ve Kutsal Cumartesi izinli sayar.',
      'الجمعة العظيمة؛ تعفي بافاريا التلاميذ الأرثوذكس فيها وفي سبت النور.',
    ),
    sources: [BY_KMBEK, MULTIFAITH],
  },
  'orthodox-easter': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: text(
      'Pascha, the highest Orthodox feast, begins with the night service from Saturday to Sunday; Easter Monday is kept too.',
      'Pascha, das höchste orthodoxe Fest, beginnt mit dem Nachtgottesdienst von Samstag auf Sonntag; auch der Ostermontag wird gefeiert.',
      'Ortodoksların en büyük bayramı Paskalya, Cumartesiden Pazara geçen gece ayiniyle başlar; Paskalya Pazartesi de kutlanır.',
      'الفصح، أعظم الأعياد الأرثوذكسية، يبدأ بقداس ليلة السبت إلى الأحد؛ ويُحتفل أيضاً بإثنين الفصح.',
    ),
    sources: [BY_KMBEK, MULTIFAITH],
  },
  'orthodox-ascension': {
    workRestricted: true,
    fasting: 'none',
    impact: 'medium',
    sources: [BY_KMBEK],
  },
  'armenian-christmas': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    sources: [MULTIFAITH],
  },
  enkutatash: {
    workRestricted: true,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'A public holiday in Ethiopia; in Germany a family and community feast.',
      'In Äthiopien gesetzlicher Feiertag; in Deutschland ein Familien- und Gemeindefest.',
      'Etiyopya’da resmî tatil; Almanya’da aile ve cemaat bayramı.',
      'عطلة رسمية في إثيوبيا؛ وفي ألمانيا عيد عائلي وجماعي.',
    ),
    sources: [ETHIOPIA_HOLIDAYS],
  },
  genna: { workRestricted: true, fasting: 'none', impact: 'high', sources: [ETHIOPIA_HOLIDAYS] },
  timkat: { workRestricted: true, fasting: 'none', impact: 'high', sources: [ETHIOPIA_HOLIDAYS] },
  fasika: { workRestricted: true, fasting: 'none', impact: 'high', sources: [ETHIOPIA_HOLIDAYS] },
  // Multifaith Calendar lists Christmas of the Eastern churches on the old calendar (7 January), which Copts share.
  'coptic-christmas': { workRestricted: true, fasting: 'none', impact: 'high', sources: [MULTIFAITH] },

  // Judaism: work is forbidden on the days hebcal flags CHAG (yom tov); see observance.test.ts.
  'rosh-hashanah': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: JEWISH_MOVEMENTS,
    sources: [HEBCAL_FLAGS, MULTIFAITH, EAST_OF_ENGLAND],
  },
  'yom-kippur': {
    workRestricted: true,
    fasting: 'full-day',
    impact: 'high',
    note: text(
      'The Day of Atonement: about 25 hours without food or drink, from sunset to nightfall, spent in the synagogue; kept by Reform and Orthodox Jews alike.',
      'Der Versöhnungstag: rund 25 Stunden ohne Essen und Trinken von Sonnenuntergang bis zum Einbruch der Nacht, in der Synagoge verbracht; von liberalen wie orthodoxen Juden gehalten.',
      'Kefaret Günü: gün batımından ertesi gece karanlığına kadar yaklaşık 25 saat yemeden içmeden, sinagogda geçirilir; Reform ve Ortodoks Yahudilerce aynı şekilde tutulur.',
      'يوم الغفران: نحو 25 ساعة بلا طعام ولا شراب من الغروب حتى حلول الليل، تُقضى في الكنيس؛ ويحفظه اليهود الإصلاحيون والأرثوذكس على السواء.',
    ),
    sources: [HEBCAL_FLAGS, MULTIFAITH, ILLINOIS],
  },
  sukkot: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    keyDays: [0, 1],
    otherDays: { workRestricted: false, fasting: 'none', impact: 'low' },
    note: text(
      'The first two days (in Israel and for Reform Jews the first) are festival days; the intermediate days allow work, with meals in the sukkah.',
      'Die ersten zwei Tage (in Israel und bei liberalen Juden der erste) sind Festtage; an den Zwischentagen darf gearbeitet werden, gegessen wird in der Laubhütte.',
      'İlk iki gün (İsrail’de ve Reform Yahudilerinde ilk gün) bayram günüdür; ara günlerde çalışılabilir, yemekler sukkada yenir.',
      'اليومان الأولان (في إسرائيل وعند الإصلاحيين اليوم الأول) يوما عيد؛ ويُسمح بالعمل في الأيام الوسطى مع تناول الطعام في المظلة.',
    ),
    sources: [HEBCAL_FLAGS, EAST_OF_ENGLAND, ILLINOIS],
  },
  'shemini-atzeret': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: JEWISH_MOVEMENTS,
    sources: [HEBCAL_FLAGS, EAST_OF_ENGLAND],
  },
  'simchat-torah': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: JEWISH_MOVEMENTS,
    sources: [HEBCAL_FLAGS, EAST_OF_ENGLAND],
  },
  hanukkah: {
    ...NONE,
    note: text(
      'Work and school go on; candles are lit at home each evening, so avoid evening events on the first night.',
      'Arbeit und Schule gehen weiter; jeden Abend werden zu Hause Kerzen gezündet, Abendtermine am ersten Abend meiden.',
      'İş ve okul devam eder; her akşam evde mum yakılır, ilk akşam etkinlik planlamaktan kaçının.',
      'يستمر العمل والدراسة؛ تُضاء الشموع في البيت كل مساء، فتجنبوا المواعيد المسائية في الليلة الأولى.',
    ),
    sources: [HEBCAL_FLAGS],
  },
  purim: {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'Work is allowed; the Megillah is read in the evening and the morning, followed by a festive meal.',
      'Arbeit ist erlaubt; die Megilla wird am Abend und am Morgen gelesen, danach gibt es ein Festmahl.',
      'Çalışmak serbesttir; Megilla akşam ve sabah okunur, ardından bayram yemeği yenir.',
      'العمل مباح؛ يُقرأ سفر أستير مساءً وصباحاً ثم تُقام وليمة.',
    ),
    sources: [HEBCAL_FLAGS],
  },
  pesach: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    keyDays: [0, 1, 6, 7],
    otherDays: { workRestricted: false, fasting: 'none', impact: 'medium' },
    note: text(
      'Orthodox: the eve, the first two and the last two days are non-working; Reform: the eve, the first and the seventh day. No leavened food all week: mind catering.',
      'Orthodox: Vorabend, die ersten zwei und die letzten zwei Tage arbeitsfrei; liberal: Vorabend, erster und siebter Tag. Die ganze Woche nichts Gesäuertes: bei Verpflegung beachten.',
      'Ortodoks: arife akşamı, ilk iki ve son iki gün çalışılmaz; Reform: arife, birinci ve yedinci gün. Bütün hafta mayalı yiyecek yok: ikramda dikkat edin.',
      'الأرثوذكس: ليلة العيد واليومان الأولان والأخيران أيام عطلة؛ الإصلاحيون: ليلة العيد واليوم الأول والسابع. لا طعام مخمّر طوال الأسبوع: انتبهوا للضيافة.',
    ),
    sources: [HEBCAL_FLAGS, MULTIFAITH, EAST_OF_ENGLAND],
  },
  shavuot: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: text(
      'Orthodox: the eve and both days are non-working; Reform: the eve and the first day.',
      'Orthodox: Vorabend und beide Tage arbeitsfrei; liberal: Vorabend und erster Tag.',
      'Ortodoks: arife ve iki gün çalışılmaz; Reform: arife ve birinci gün.',
      'الأرثوذكس: ليلة العيد واليومان عطلة؛ الإصلاحيون: ليلة العيد واليوم الأول.',
    ),
    sources: [HEBCAL_FLAGS, MULTIFAITH],
  },
  'tisha-bav': {
    workRestricted: false,
    fasting: 'full-day',
    impact: 'medium',
    note: text(
      'A full fast from sunset to nightfall. Orthodox Jews keep it as a non-working day; for Reform Jews it is a working day.',
      'Volles Fasten von Sonnenuntergang bis zum Einbruch der Nacht. Orthodoxe Juden arbeiten nicht; für liberale Juden ist es ein Arbeitstag.',
      'Gün batımından gece karanlığına kadar tam oruç. Ortodoks Yahudiler çalışmaz; Reform Yahudileri için iş günüdür.',
      'صوم كامل من الغروب حتى حلول الليل. لا يعمل اليهود الأرثوذكس؛ وهو يوم عمل عند الإصلاحيين.',
    ),
    sources: [HEBCAL_FLAGS, MULTIFAITH],
  },

  // Islam
  'islamic-new-year': { ...NONE, sources: [EAST_OF_ENGLAND] },
  ashura: {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'medium',
    note: text(
      'Many Sunni Muslims fast on Ashura (often with the day before or after); for Shia Muslims it is a day of mourning for Imam Husayn. A recognised religious holiday in Hamburg.',
      'Viele sunnitische Muslime fasten an Aschura (oft mit dem Tag davor oder danach); für Schiiten ist es ein Trauertag um Imam Husain. In Hamburg anerkannter religiöser Feiertag.',
      'Birçok Sünni Müslüman Aşure günü oruç tutar (çoğu zaman bir gün önce veya sonrasıyla); Şiiler için İmam Hüseyin’in yas günüdür. Hamburg’da tanınmış dini bayram.',
      'يصوم كثير من المسلمين السنة يوم عاشوراء (غالباً مع يوم قبله أو بعده)؛ وهو عند الشيعة يوم حداد على الإمام الحسين. عطلة دينية معترف بها في هامبورغ.',
    ),
    sources: [HH_TREATY],
  },
  // Only the two Eids are days believers are expected to keep (East of England Faiths Council).
  mawlid: { ...NONE, sources: [EAST_OF_ENGLAND, ILLINOIS] },
  ramadan: {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'medium',
    note: text(
      'Work and school go on, without food or drink from dawn to sunset: avoid lunches, sports and late-afternoon exams, and evening events at the breaking of the fast (iftar).',
      'Arbeit und Schule gehen weiter, ohne Essen und Trinken von der Morgendämmerung bis Sonnenuntergang: Mittagessen, Sport und Prüfungen am späten Nachmittag sowie Abendtermine zur Zeit des Fastenbrechens (Iftar) meiden.',
      'İş ve okul devam eder, imsaktan iftara kadar yemeden içmeden: öğle yemeği, spor, ikindi sınavları ve iftar saatindeki akşam etkinliklerinden kaçının.',
      'يستمر العمل والدراسة مع الامتناع عن الطعام والشراب من الفجر إلى الغروب: تجنبوا الغداء والرياضة وامتحانات آخر النهار والمواعيد المسائية وقت الإفطار.',
    ),
    sources: [XAVIER, MULTIFAITH],
  },
  'laylat-al-qadr': {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'medium',
    note: text(
      'A night of prayer within Ramadan, so a fast day too; not a no-work day.',
      'Eine Nacht des Gebets im Ramadan, also auch ein Fastentag; kein arbeitsfreier Tag.',
      'Ramazan içinde bir ibadet gecesi, dolayısıyla oruç günü; çalışılmayan gün değildir.',
      'ليلة صلاة في رمضان، فهي يوم صيام أيضاً؛ وليست يوم عطلة.',
    ),
    sources: [MULTIFAITH, EAST_OF_ENGLAND],
  },
  'eid-al-fitr': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    keyDays: [0],
    otherDays: { workRestricted: false, fasting: 'none', impact: 'medium' },
    note: EID_FIRST_DAY,
    sources: [MOUNTAIN_HOUSE, XAVIER, EAST_OF_ENGLAND, HH_TREATY],
  },
  'eid-al-adha': {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    keyDays: [0],
    otherDays: { workRestricted: false, fasting: 'none', impact: 'medium' },
    note: EID_FIRST_DAY,
    sources: [MOUNTAIN_HOUSE, XAVIER, EAST_OF_ENGLAND, HH_TREATY],
  },

  // Alevism
  'hizir-fasting': {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'medium',
    note: text(
      'Three days of fasting; on the last evening the community shares a meal in the cemevi.',
      'Drei Tage Fasten; am letzten Abend essen die Gläubigen gemeinsam im Cemhaus.',
      'Üç gün oruç; son akşam cemevinde birlikte yemek yenir.',
      'ثلاثة أيام صيام؛ وفي المساء الأخير يتناول المؤمنون الطعام معاً في بيت الجمع.',
    ),
    sources: [HIZIR, ALEVI_FEASTS],
  },
  'muharrem-fasting': {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'medium',
    note: text(
      'Twelve days of mourning: no food from the evening meal to the next sunset, no meat; many also drink no water day and night. Not obligatory; no celebrations such as weddings.',
      'Zwölf Trauertage: nach dem Abendessen nichts bis zum nächsten Sonnenuntergang, kein Fleisch; viele trinken auch Tag und Nacht kein Wasser. Keine Pflicht; keine Feiern wie Hochzeiten.',
      'On iki günlük yas: akşam yemeğinden ertesi gün batımına kadar bir şey yenmez, et yenmez; birçoğu gece gündüz su da içmez. Zorunlu değildir; düğün gibi kutlamalar yapılmaz.',
      'اثنا عشر يوماً من الحداد: لا طعام من وجبة المساء حتى غروب اليوم التالي ولا لحم؛ ولا يشرب كثيرون الماء ليلاً ونهاراً. ليس فرضاً؛ ولا احتفالات كالأعراس.',
    ),
    sources: [ALEVI_MUHARREM, ALEVI_MUHARREM_WATER],
  },
  'asure-alevi': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'The fast is broken with aşure, shared with neighbours and friends; a recognised religious holiday in Hamburg.',
      'Das Fasten wird mit Aşure gebrochen, die mit Nachbarn und Freunden geteilt wird; in Hamburg anerkannter religiöser Feiertag.',
      'Oruç, komşu ve dostlarla paylaşılan aşure ile açılır; Hamburg’da tanınmış dini bayram.',
      'يُكسر الصيام بالعاشوراء التي تُوزع على الجيران والأصدقاء؛ عطلة دينية معترف بها في هامبورغ.',
    ),
    sources: [ALEVI_FEASTS, HH_SUMMARY],
  },
  'nevruz-alevi': { workRestricted: false, fasting: 'none', impact: 'medium', sources: [HH_SUMMARY] },

  // Yazidism
  'carsema-sor': {
    workRestricted: false,
    fasting: 'none',
    impact: 'high',
    note: text(
      'The Yazidi New Year, the most important feast; Lower Saxony lists Yazidi holidays for leave from school.',
      'Das jesidische Neujahr, das wichtigste Fest; Niedersachsen gibt jesidische Feiertage für die Unterrichtsbefreiung bekannt.',
      'Ezidi Yeni Yılı, en önemli bayram; Aşağı Saksonya Ezidi bayramlarını okul izni için ilan eder.',
      'رأس السنة الإيزيدية، أهم الأعياد؛ وتعلن ولاية سكسونيا السفلى الأعياد الإيزيدية للإجازة المدرسية.',
    ),
    sources: [YAZIDI_FEASTS, YAZIDI_WESEL, NI_RELIGIOUS_DAYS],
  },
  'cejna-cemaye': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'The week of the pilgrimage to Lalish; in Germany marked by gatherings rather than days off.',
      'Die Woche der Pilgerfahrt nach Lalisch; in Deutschland eher mit Versammlungen als mit freien Tagen begangen.',
      'Laleş’e hac haftası; Almanya’da izinden çok toplantılarla anılır.',
      'أسبوع الحج إلى لالش؛ ويُحيا في ألمانيا باللقاءات أكثر من أيام العطلة.',
    ),
    sources: [YAZIDI_FEASTS],
  },
  'eda-ezi': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'The feast after three days of fasting in December; the fast days come before this date.',
      'Das Fest nach drei Fastentagen im Dezember; die Fastentage liegen vor diesem Datum.',
      'Aralık’taki üç günlük orucun ardından gelen bayram; oruç günleri bu tarihten öncedir.',
      'العيد بعد ثلاثة أيام صيام في ديسمبر؛ وأيام الصيام تسبق هذا التاريخ.',
    ),
    sources: [YAZIDI_FEASTS, YAZIDI_WESEL],
  },

  // Hinduism, Sikhism, Jainism
  'maha-shivaratri': {
    workRestricted: false,
    fasting: 'full-day',
    impact: 'medium',
    note: text(
      'Many devotees fast all day and keep a night vigil; listed as work-restricted by some university calendars.',
      'Viele Gläubige fasten den ganzen Tag und wachen in der Nacht; manche Hochschulkalender führen ihn als arbeitsfrei.',
      'Birçok inanan bütün gün oruç tutar ve geceyi uyanık geçirir; bazı üniversite takvimleri çalışma kısıtlı gün sayar.',
      'يصوم كثير من المتعبدين طوال اليوم ويسهرون الليل؛ وتعدّه بعض التقاويم الجامعية يوماً مقيّد العمل.',
    ),
    sources: [XAVIER],
  },
  holi: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [MULTIFAITH, EAST_OF_ENGLAND] },
  navaratri: {
    workRestricted: false,
    fasting: 'partial',
    impact: 'medium',
    note: text(
      'Nine nights of worship and dance; many fast on some or all days (often one meal, no grain).',
      'Neun Nächte mit Andacht und Tanz; viele fasten an einzelnen oder allen Tagen (oft eine Mahlzeit, kein Getreide).',
      'İbadet ve dansla dokuz gece; birçoğu bazı ya da tüm günlerde oruç tutar (çoğu zaman tek öğün, tahılsız).',
      'تسع ليالٍ من العبادة والرقص؛ ويصوم كثيرون بعض الأيام أو كلها (غالباً وجبة واحدة بلا حبوب).',
    ),
    sources: [EAST_OF_ENGLAND],
  },
  dussehra: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [EAST_OF_ENGLAND] },
  diwali: {
    workRestricted: false,
    fasting: 'none',
    impact: 'high',
    note: text(
      'The main Hindu festival, celebrated in the evening with family; many Hindus take the day off, but it is not a no-work day for all.',
      'Das wichtigste hinduistische Fest, abends in der Familie gefeiert; viele Hindus nehmen frei, ein arbeitsfreier Tag ist es aber nicht für alle.',
      'Akşam ailece kutlanan en büyük Hindu bayramı; birçok Hindu izin alır, ama herkes için çalışılmayan gün değildir.',
      'أهم الأعياد الهندوسية، يُحتفل به مساءً مع العائلة؛ يأخذ كثير من الهندوس إجازة، لكنه ليس يوم عطلة للجميع.',
    ),
    sources: [EAST_OF_ENGLAND, MULTIFAITH],
  },
  'krishna-janmashtami': {
    workRestricted: false,
    fasting: 'full-day',
    impact: 'medium',
    note: text(
      'Many fast until midnight, the hour of Krishna’s birth, and sing through the night; tired the next day.',
      'Viele fasten bis Mitternacht, der Geburtsstunde Krishnas, und singen die Nacht hindurch; am Tag danach müde.',
      'Birçoğu Krişna’nın doğum saati olan gece yarısına kadar oruç tutar ve gece boyu ilahi söyler; ertesi gün yorgundur.',
      'يصوم كثيرون حتى منتصف الليل، ساعة ميلاد كريشنا، وينشدون طوال الليل؛ ويكونون متعبين في اليوم التالي.',
    ),
    sources: [JANMASHTAMI_GUIDE, XAVIER, EAST_OF_ENGLAND],
  },
  'ganesh-chaturthi': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    sources: [EAST_OF_ENGLAND],
  },
  pongal: {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: NO_GUIDANCE,
    sources: [EAST_OF_ENGLAND],
  },
  vaisakhi: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [XAVIER] },
  'guru-nanak-gurpurab': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'There are no fixed no-work days in Sikhism, but most Sikhs take this day off.',
      'Feste arbeitsfreie Tage kennt der Sikhismus nicht, doch die meisten Sikhs nehmen an diesem Tag frei.',
      'Sihizmde sabit çalışılmayan gün yoktur, ama çoğu Sih bu gün izin alır.',
      'لا توجد في السيخية أيام عطلة ثابتة، لكن معظم السيخ يأخذون إجازة في هذا اليوم.',
    ),
    sources: [EAST_OF_ENGLAND],
  },
  'bandi-chhor-divas': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    sources: [EAST_OF_ENGLAND],
  },
  'guru-gobind-singh-gurpurab': { ...NONE, sources: [XAVIER, EAST_OF_ENGLAND] },
  'mahavir-jayanti': { workRestricted: false, fasting: 'none', impact: 'medium', sources: [MULTIFAITH] },
  paryushana: {
    workRestricted: false,
    fasting: 'partial',
    impact: 'medium',
    note: text(
      'Eight days of reflection; many Jains fast on some days, some without food from sunrise to the next sunrise, especially on the last day (Samvatsari).',
      'Acht Tage der Besinnung; viele Jains fasten an einzelnen Tagen, manche ohne Nahrung von Sonnenaufgang bis zum nächsten Sonnenaufgang, besonders am letzten Tag (Samvatsari).',
      'Sekiz günlük tefekkür; birçok Jain bazı günler oruç tutar, bazıları gün doğumundan ertesi gün doğumuna kadar hiç yemez, özellikle son gün (Samvatsari).',
      'ثمانية أيام للتأمل؛ يصوم كثير من الجاينيين بعض الأيام، وبعضهم بلا طعام من الشروق إلى الشروق التالي، لا سيما في اليوم الأخير (سامفاتساري).',
    ),
    sources: [MULTIFAITH, XAVIER],
  },

  // Buddhism
  vesak: {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: text(
      'Buddhist festivals call for worship and food customs rather than no work; in the West they are often kept on the nearest Sunday.',
      'Buddhistische Feste verlangen Andacht und Speisevorschriften, nicht Arbeitsruhe; im Westen werden sie oft am nächsten Sonntag gefeiert.',
      'Budist bayramları çalışmama değil ibadet ve yemek gelenekleri gerektirir; Batı’da çoğu zaman en yakın Pazar günü kutlanır.',
      'الأعياد البوذية تتطلب العبادة وعادات الطعام لا ترك العمل؛ وفي الغرب يُحتفل بها غالباً في أقرب يوم أحد.',
    ),
    sources: [MULTIFAITH, EAST_OF_ENGLAND],
  },
  losar: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [MULTIFAITH] },
  'magha-puja': { ...NONE, sources: [MULTIFAITH, EAST_OF_ENGLAND] },
  'asalha-puja': { ...NONE, sources: [MULTIFAITH, EAST_OF_ENGLAND] },

  // Bahá'í: the nine holy days on which work is suspended, and the Fast.
  'naw-ruz-bahai': BAHAI_HOLY_DAY,
  ridvan: BAHAI_HOLY_DAY,
  'ridvan-ninth': BAHAI_HOLY_DAY,
  'ridvan-twelfth': BAHAI_HOLY_DAY,
  'declaration-of-the-bab': BAHAI_HOLY_DAY,
  'ascension-of-bahaullah': BAHAI_HOLY_DAY,
  'martyrdom-of-the-bab': BAHAI_HOLY_DAY,
  'birth-of-the-bab': BAHAI_HOLY_DAY,
  'birth-of-bahaullah': BAHAI_HOLY_DAY,
  'nineteen-day-fast': {
    workRestricted: false,
    fasting: 'dawn-to-dusk',
    impact: 'low',
    sources: [MULTIFAITH],
  },

  // Persian, Kurdish, Zoroastrian new years
  nowruz: {
    workRestricted: true,
    fasting: 'none',
    impact: 'high',
    note: text(
      'The Iranian New Year; listed as work-restricted by US university calendars, a family feast for many who keep it.',
      'Das iranische Neujahr; in US-Hochschulkalendern als arbeitsfrei geführt, für viele ein Familienfest.',
      'İran Yeni Yılı; ABD üniversite takvimlerinde çalışma kısıtlı gün, birçokları için aile bayramı.',
      'رأس السنة الإيرانية؛ تعدّه تقاويم جامعات أمريكية يوماً مقيّد العمل، وهو عيد عائلي لكثيرين.',
    ),
    sources: [XAVIER],
  },
  newroz: { workRestricted: false, fasting: 'none', impact: 'medium', note: NO_GUIDANCE, sources: [XAVIER] },
  'jamshedi-navroz': {
    workRestricted: true,
    fasting: 'none',
    impact: 'medium',
    sources: [EAST_OF_ENGLAND],
  },

  // East Asian new years and harvest festivals
  'chinese-new-year': {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    keyDays: [0],
    otherDays: { workRestricted: false, fasting: 'none', impact: 'low' },
    note: text(
      'The reunion dinner on New Year’s Eve and the first day matter most; a public holiday of several days in China.',
      'Am wichtigsten sind das Familienessen am Silvesterabend und der erste Tag; in China mehrtägiger gesetzlicher Feiertag.',
      'En önemlisi yılbaşı gecesi aile yemeği ve ilk gündür; Çin’de birkaç günlük resmî tatil.',
      'أهم ما فيه عشاء لمّ الشمل ليلة رأس السنة واليوم الأول؛ وهو عطلة رسمية لعدة أيام في الصين.',
    ),
    sources: [MULTIFAITH],
  },
  'mid-autumn': { ...NONE, note: NO_GUIDANCE, sources: [MULTIFAITH] },
  seollal: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [MULTIFAITH] },
  chuseok: {
    workRestricted: false,
    fasting: 'none',
    impact: 'medium',
    note: NO_GUIDANCE,
    sources: [MULTIFAITH],
  },
  tet: { workRestricted: false, fasting: 'none', impact: 'medium', sources: [MULTIFAITH] },
};

/** The facts for one day of a holiday (offset 0 = its first civil day), or undefined if we have none. */
export function observanceOn(
  holiday: string,
  dayOffset: number,
): Pick<ObservanceFacts, 'workRestricted' | 'fasting' | 'impact'> | undefined {
  const facts = OBSERVANCE[holiday];
  if (facts === undefined) return undefined;
  if (facts.keyDays === undefined || facts.keyDays.includes(dayOffset)) return facts;
  return facts.otherDays ?? facts;
}
