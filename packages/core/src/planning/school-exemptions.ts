import type { LocalizedText } from '../types.js';

/**
 * The days on which pupils in a German state may stay away from school for their religion, as each state's
 * regulation lists them. Only what we read is here: a state whose rule we could not read is `unknown`, and a
 * holiday a regulation does not name gets no row (the state's `general` rule may still cover it).
 */

export const STATE_CODES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type StateCode = (typeof STATE_CODES)[number];

/**
 * - `free`: pupils of that faith are excused without applying (the school must be told in advance).
 * - `on-application`: excused on the parents' written application, which the regulation says to grant.
 * - `service`: the right to attend the religious service; for Hamburg's Eids the whole day counts as service.
 */
export type ExemptionKind = 'free' | 'on-application' | 'service';

export interface Regulation {
  title: string;
  /** Date of the regulation (or of the version we read), YYYY-MM-DD or as precise as the source gives it. */
  date: string;
  /** Where the regulation is published. */
  url: string;
  /** The page we actually read, when it is a quotation of the regulation rather than the text itself. */
  readAt?: string;
}

export interface SchoolExemption {
  /** Catalogue holiday id. */
  holiday: string;
  kind: ExemptionKind;
  /** Day offsets within the holiday's span (0 = its first civil day) the regulation covers. */
  days: readonly number[];
  /** The regulation grants only this many of `days`, chosen by the family (e.g. "one of the three days"). */
  pick?: number;
  /** What the regulation calls it, in its words (German). */
  asWritten: string;
  note?: LocalizedText;
  /** Overrides the state's main regulation for this row. */
  source?: Regulation;
}

export type StateRules =
  | {
      state: StateCode;
      status: 'found';
      regulation: Regulation;
      /** Rule for holidays of other communities the list does not name. */
      general?: { kind: ExemptionKind; text: LocalizedText };
      exemptions: readonly SchoolExemption[];
      /** Days the regulation names that have no catalogue id (e.g. Orthodox Holy Saturday). */
      notInCatalogue?: readonly string[];
      note?: LocalizedText;
    }
  | { state: StateCode; status: 'unknown'; note: LocalizedText };

const BY_KMBEK: Regulation = {
  title:
    'Bekanntmachung des Bayerischen Staatsministeriums für Bildung und Kultus, Wissenschaft und Kunst: Auswirkungen des Gesetzes über den Schutz der Sonn- und Feiertage sowie anderer religiöser und nationaler Feiertage auf den Unterricht an den Schulen (FeiertagsKMBek), KWMBl. S. 117, Nr. 2 und 3',
  date: '2015-07-07',
  url: 'https://www.gesetze-bayern.de/Content/Document/BayVwV313239-1',
};

const BW_SCHULBESVO: Regulation = {
  title:
    'Verordnung des Kultusministeriums über die Pflicht zur Teilnahme am Unterricht und an den sonstigen Schulveranstaltungen (Schulbesuchsverordnung), Anlage zu § 4 Abs. 2 Nr. 1 und 2, Ziffern V (jüdisch), VI (islamisch), VII (Bahá’í)',
  date: '1982-03-21',
  url: 'https://www.landesrecht-bw.de/jportal/portal/t/d12/page/bsbawueprod.psml?pid=Dokumentanzeige&showdoccase=1&js_peid=Trefferliste&fromdoctodoc=yes&doc.id=jlr-SchulBesVBWV4Anlage&doc.part=G&doc.price=0.0',
  readAt: 'https://km-bw.de/,Len_US/14557813',
};

const BE_AV: Regulation = {
  title:
    'Ausführungsvorschriften über Beurlaubung und Befreiung vom Unterricht (AV Schulbesuchspflicht), Nr. 2: Beurlaubung vom Unterricht aus religiösen oder weltanschaulichen Gründen',
  date: '2014-11-19',
  url: 'https://kleineanfragen.de/berlin/17/17402-ausuebung-der-religion-im-schulunterricht.txt',
  readAt: 'https://hpd.de/node/8259/seite/0/1',
};

const HE_VOGSV: Regulation = {
  title: 'Verordnung zur Gestaltung des Schulverhältnisses (VOGSV), § 3 Abs. 1',
  // Undated: we read it as quoted by Wiesbaden's parents' council, not in the state's law portal.
  date: 'undated',
  url: 'https://www.steb-wiesbaden.de/beurlaubung-wegen-festen-wann-muss-ich-diese-stellen-fuer-mein-kind/',
};

const NI_ERLASS: Regulation = {
  title:
    'Unterricht an kirchlichen Feiertagen und Teilnahme an kirchlichen Veranstaltungen, RdErl. d. MK v. 15.10.2019 – 36.3-82013 (SVBl. 12/2019 S. 620), Nr. 2; dates by yearly Bekanntmachung (e.g. Bek. d. MK v. 6.4.2023, SVBl. 5/2023 S. 238)',
  date: '2019-10-15',
  url: 'https://thomas-morus-schule.de/unterrichtsbefreiung-aus-religioesen-gruenden/',
  readAt:
    'http://www.aktuell.schure.de/index.php/gemeinsame-bestimmungen/32-unterrichtsfreie-zeiten/97-juedische-feiertage-im-schuljahr-2023-24?tmpl=component&print=1',
};

const NW_LETTER: Regulation = {
  title:
    'Ministerium für Schule und Bildung NRW, Schreiben an alle Schulleitungen vom 24.05.2019: Ramadan; Beurlaubung von Schülerinnen und Schülern (mit Verweis auf RdErl. vom 29.5.2015, BASS 12-52 Nr. 1)',
  date: '2019-05-24',
  url: 'https://schulministerium.nrw/24052019-ramadan-kalendarische-nennung-des-ramadan-der-bass-beurlaubung-von-schuelerinnen-und',
};

const HH_ISLAM: Regulation = {
  title:
    'Vertrag zwischen der Freien und Hansestadt Hamburg, dem DITIB-Landesverband Hamburg, SCHURA – Rat der Islamischen Gemeinschaften in Hamburg und dem Verband der Islamischen Kulturzentren, Artikel 3 mit Protokollerklärung (Rechte aus § 3 Feiertagsgesetz)',
  date: '2012-11',
  url: 'https://www.hamburg.de/contentblob/3551370/373c79022a3cc28025f815d9a33d2b49/data/download-muslim-verbaende.pdf',
  readAt: 'https://schurahamburg.de/auszug-aus-dem-staatsvertrag-mit-den-muslimischen-verbaenden-in-hamburg/',
};

const HH_SUMMARY: Regulation = {
  title:
    'Hamburg: Feiertagsgesetz § 3 and the state treaties (Jüdische Gemeinde, in force 12 October 2006; Alevitische Gemeinde, November 2012), as summarised by the Hamburger Abendblatt',
  date: 'undated',
  url: 'https://www.abendblatt.de/hamburg/article209069261/Regeln-fuer-die-Feiertage-anderer-Religionen.html',
};

const JEWISH_BW_HE = (kind: ExemptionKind): SchoolExemption[] => [
  { holiday: 'rosh-hashanah', kind, days: [0, 1], asWritten: 'jüdisches Neujahrsfest (2 Tage)' },
  { holiday: 'yom-kippur', kind, days: [0], asWritten: 'Versöhnungsfest' },
  { holiday: 'sukkot', kind, days: [0, 1], asWritten: 'Laubhüttenfest (2 Tage)' },
  // "Beschlussfest (2 Tage)": Shemini Atzeret and Simchat Torah, which the catalogue keeps as two ids.
  { holiday: 'shemini-atzeret', kind, days: [0], asWritten: 'Beschlussfest (1. Tag)' },
  { holiday: 'simchat-torah', kind, days: [0], asWritten: 'Beschlussfest (2. Tag)' },
  {
    holiday: 'pesach',
    kind,
    days: [0, 1, 6, 7],
    asWritten: 'Passahfest (die zwei ersten und die zwei letzten Tage)',
  },
  { holiday: 'shavuot', kind, days: [0, 1], asWritten: 'jüdisches Pfingstfest (2 Tage)' },
];

const OTHER_FAITHS_ON_APPLICATION: LocalizedText = {
  en: 'Pupils of other religious communities may be excused for their holidays on written application.',
  de: 'Schülerinnen und Schüler anderer Religionsgemeinschaften können auf schriftlichen Antrag für ihre Feiertage befreit werden.',
  tr: 'Diğer dini toplulukların öğrencileri yazılı başvuru ile kendi bayramlarında izinli sayılabilir.',
  ar: 'يجوز إعفاء تلاميذ الجماعات الدينية الأخرى في أعيادهم بناءً على طلب كتابي.',
};

export const SCHOOL_EXEMPTIONS: Readonly<Record<StateCode, StateRules>> = {
  BY: {
    state: 'BY',
    status: 'found',
    regulation: BY_KMBEK,
    general: { kind: 'on-application', text: OTHER_FAITHS_ON_APPLICATION },
    exemptions: [
      {
        holiday: 'pesach',
        kind: 'free',
        days: [0, 1, 6, 7],
        asWritten: 'Osterfest (die ersten zwei Tage und die letzten zwei Tage)',
      },
      { holiday: 'shavuot', kind: 'free', days: [0, 1], asWritten: 'Wochenfest (zwei Tage)' },
      { holiday: 'sukkot', kind: 'free', days: [0, 1], asWritten: 'Laubhüttenfest (die ersten zwei Tage)' },
      // The "last two days" of the Laubhüttenfest are Shemini Atzeret and Simchat Torah outside Israel.
      { holiday: 'shemini-atzeret', kind: 'free', days: [0], asWritten: 'Laubhüttenfest (vorletzter Tag)' },
      { holiday: 'simchat-torah', kind: 'free', days: [0], asWritten: 'Laubhüttenfest (letzter Tag)' },
      { holiday: 'rosh-hashanah', kind: 'free', days: [0, 1], asWritten: 'Neujahrsfest (zwei Tage)' },
      { holiday: 'yom-kippur', kind: 'free', days: [0], asWritten: 'Versöhnungstag (ein Tag)' },
      { holiday: 'orthodox-good-friday', kind: 'free', days: [0], asWritten: 'Karfreitag' },
      { holiday: 'orthodox-easter', kind: 'free', days: [1], asWritten: 'Ostermontag' },
      { holiday: 'orthodox-christmas', kind: 'free', days: [0], asWritten: 'Erster Weihnachtstag' },
      { holiday: 'theophany', kind: 'free', days: [0], asWritten: 'Fest der Theophanie' },
      { holiday: 'orthodox-ascension', kind: 'free', days: [0], asWritten: 'Christi Himmelfahrt' },
      {
        holiday: 'eid-al-fitr',
        kind: 'free',
        days: [0, 1],
        asWritten: 'Ramazan Bayrami (die ersten zwei Tage)',
      },
      {
        holiday: 'eid-al-adha',
        kind: 'free',
        days: [0, 1],
        asWritten: 'Kurban Bayrami (die ersten zwei Tage)',
      },
    ],
    notInCatalogue: ['Karsamstag (orthodox)', 'Pfingstmontag (orthodox)'],
    note: {
      en: 'The Orthodox days may fall on different dates in different Orthodox churches (the regulation says so).',
      de: 'Die orthodoxen Feiertage können bei den verschiedenen orthodoxen Kirchen auf unterschiedliche Kalendertage fallen (so die Bekanntmachung).',
      tr: 'Ortodoks bayramları farklı Ortodoks kiliselerinde farklı günlere denk gelebilir (yönetmelik bunu belirtir).',
      ar: 'قد تقع الأعياد الأرثوذكسية في أيام مختلفة بحسب الكنيسة (كما تنص اللائحة).',
    },
  },
  BW: {
    state: 'BW',
    status: 'found',
    regulation: BW_SCHULBESVO,
    exemptions: [
      ...JEWISH_BW_HE('on-application'),
      {
        holiday: 'eid-al-fitr',
        kind: 'on-application',
        days: [0, 1, 2],
        pick: 1,
        asWritten: 'Fest des Fastenbrechens (einen Tag)',
      },
      {
        holiday: 'eid-al-adha',
        kind: 'on-application',
        days: [0, 1, 2, 3],
        pick: 1,
        asWritten: 'Opferfest (einen Tag)',
      },
      { holiday: 'naw-ruz-bahai', kind: 'on-application', days: [0], asWritten: 'Naw-Rúz (Neujahr)' },
      { holiday: 'ridvan', kind: 'on-application', days: [0], asWritten: '1. Ridván-Tag' },
      { holiday: 'ridvan-ninth', kind: 'on-application', days: [0], asWritten: '9. Ridván-Tag' },
      { holiday: 'ridvan-twelfth', kind: 'on-application', days: [0], asWritten: '12. Ridván-Tag' },
      { holiday: 'birth-of-the-bab', kind: 'on-application', days: [0], asWritten: 'Geburt des Báb' },
      { holiday: 'birth-of-bahaullah', kind: 'on-application', days: [0], asWritten: 'Geburt Bahá’u’lláhs' },
    ],
    note: {
      en: 'The ministry publishes the dates each school year (Infodienst). The Bahá’í list we read was cut off after the 12th day of Riḍván; the other Bahá’í holy days are not listed here.',
      de: 'Das Kultusministerium veröffentlicht die Termine jedes Schuljahr. Die gelesene Bahá’í-Liste bricht nach dem 12. Ridván-Tag ab; weitere Bahá’í-Feiertage fehlen hier.',
      tr: 'Bakanlık tarihleri her öğretim yılı yayımlar. Okuduğumuz Bahai listesi Rıdvan’ın 12. gününden sonra kesiliyor; diğer Bahai kutsal günleri burada yok.',
      ar: 'تنشر الوزارة المواعيد كل عام دراسي. القائمة البهائية التي قرأناها تنقطع بعد اليوم الثاني عشر من الرضوان؛ ولا تظهر هنا بقية الأيام البهائية.',
    },
  },
  BE: {
    state: 'BE',
    status: 'found',
    regulation: BE_AV,
    general: {
      kind: 'on-application',
      text: {
        en: 'Pupils of other religious or belief communities are excused for their holidays on application (the AV names Orthodox Christmas and the day of Aşure as examples); so are Muslim pupils who keep an Eid one day after the announced date.',
        de: 'Schülerinnen und Schüler anderer Religions- oder Weltanschauungsgemeinschaften werden für ihre Feiertage auf Antrag beurlaubt (Beispiele der AV: orthodoxes Weihnachtsfest, Tag der Aşure); ebenso muslimische Schülerinnen und Schüler, die ein Fest einen Tag nach dem bekanntgegebenen Datum feiern.',
        tr: 'Diğer din veya inanç topluluklarının öğrencileri başvuru ile bayramlarında izinlidir (örnekler: Ortodoks Noeli, Aşure günü); bayramı ilan edilen tarihten bir gün sonra kutlayan Müslüman öğrenciler de öyle.',
        ar: 'يُمنح تلاميذ الجماعات الدينية أو العقائدية الأخرى إجازة في أعيادهم بناءً على طلب (أمثلة اللائحة: عيد الميلاد الأرثوذكسي ويوم عاشوراء)، وكذلك التلاميذ المسلمون الذين يحتفلون بالعيد بعد يوم من الموعد المعلن.',
      },
    },
    exemptions: [
      { holiday: 'rosh-hashanah', kind: 'free', days: [0, 1], asWritten: 'Rosch Haschana (2 Tage)' },
      { holiday: 'yom-kippur', kind: 'free', days: [0], asWritten: 'Jom Kippur (1 Tag)' },
      { holiday: 'sukkot', kind: 'free', days: [0], asWritten: 'Sukkot (1 Tag)' },
      { holiday: 'shemini-atzeret', kind: 'free', days: [0], asWritten: 'Schemini Azeret (1 Tag)' },
      // "Pessach (4 Tage)": the summary does not say which four; the first two and last two are the festival days.
      { holiday: 'pesach', kind: 'free', days: [0, 1, 6, 7], asWritten: 'Pessach (4 Tage)' },
      { holiday: 'shavuot', kind: 'free', days: [0, 1], asWritten: 'Schawuot (2 Tage)' },
      { holiday: 'eid-al-fitr', kind: 'free', days: [0], asWritten: 'Erster Tag des Ramadanfestes' },
      { holiday: 'eid-al-adha', kind: 'free', days: [0], asWritten: 'Erster Tag des Opferfestes' },
    ],
    note: {
      en: 'Read from a summary of the AV (hpd.de) and a school page quoting its No. 2; the 2014 AV lapsed on 31 July 2019 and a new one was announced in 2023 (Tagesspiegel Checkpoint). The current text’s day lists were not readable to us: check them before relying on this.',
      de: 'Gelesen in einer Zusammenfassung der AV (hpd.de) und einer Schulseite, die Nr. 2 zitiert; die AV von 2014 lief am 31. Juli 2019 aus, eine neue wurde 2023 angekündigt (Tagesspiegel Checkpoint). Die Tageslisten der geltenden Fassung konnten wir nicht lesen: bitte dort prüfen.',
      tr: 'AV’nin bir özetinden (hpd.de) ve 2. maddesini aktaran bir okul sayfasından okundu; 2014 AV’si 31 Temmuz 2019’da sona erdi, 2023’te yenisi duyuruldu. Geçerli metnin gün listelerini okuyamadık: kullanmadan önce kontrol edin.',
      ar: 'قُرئ من ملخص للائحة (hpd.de) ومن صفحة مدرسة تقتبس البند 2؛ انتهت لائحة 2014 في 31 يوليو 2019 وأُعلن عن لائحة جديدة في 2023. لم نتمكن من قراءة قوائم الأيام في النص الساري: يرجى التحقق منها.',
    },
  },
  HE: {
    state: 'HE',
    status: 'found',
    regulation: HE_VOGSV,
    general: { kind: 'on-application', text: OTHER_FAITHS_ON_APPLICATION },
    exemptions: [
      ...JEWISH_BW_HE('free'),
      {
        holiday: 'eid-al-fitr',
        kind: 'free',
        days: [0],
        asWritten: '„Eid ul Fitr“ (Ramazan Bayram, Zuckerfest)',
        note: {
          en: 'The ministry announces the day; it notes that dates can differ by one day between Islamic schools of law.',
          de: 'Das Kultusministerium gibt den Tag bekannt und weist darauf hin, dass die Daten je nach Rechtsschule geringfügig abweichen können.',
        },
        source: {
          ...HE_VOGSV,
          readAt: 'https://ass-gross-zimmern.de/freistellung-vom-unterricht-an-islamischen-feiertagen/',
        },
      },
      {
        holiday: 'eid-al-adha',
        kind: 'free',
        days: [0],
        asWritten: '„Eid al Adha“ (Kurban Bayram, Opferfest)',
      },
    ],
  },
  NI: {
    state: 'NI',
    status: 'found',
    regulation: NI_ERLASS,
    general: {
      kind: 'on-application',
      text: {
        en: 'Pupils of any religious community are given the chance, on application, to attend a religious event on their holidays; the ministry publishes Alevi, Islamic, Yazidi and Jewish dates each year and, for festivals of several days, agreed on the first day.',
        de: 'Schülerinnen und Schülern anderer Religionsgemeinschaften ist auf Antrag Gelegenheit zu geben, an einer religiösen Veranstaltung an ihren Feiertagen teilzunehmen; das Kultusministerium gibt jährlich alevitische, islamische, jesidische und jüdische Termine bekannt, bei mehrtägigen Festen jeweils den ersten Tag.',
        tr: 'Her dini topluluğun öğrencisine başvuru ile bayramında dini bir etkinliğe katılma imkânı verilir; bakanlık her yıl Alevi, İslami, Ezidi ve Yahudi tarihlerini yayımlar, çok günlü bayramlarda ilk günü esas alır.',
        ar: 'يُتاح لتلاميذ أي جماعة دينية، بناءً على طلب، حضور مناسبة دينية في أعيادهم؛ وتنشر الوزارة سنوياً مواعيد العلويين والمسلمين والإيزيديين واليهود، وفي الأعياد متعددة الأيام اليوم الأول.',
      },
    },
    exemptions: [
      {
        holiday: 'rosh-hashanah',
        kind: 'on-application',
        days: [0, 1],
        asWritten: 'Rosch-Haschana (Neujahrsfest)',
      },
      { holiday: 'yom-kippur', kind: 'on-application', days: [0], asWritten: 'Jom Kippur (Versöhnungstag)' },
      { holiday: 'sukkot', kind: 'on-application', days: [0, 1], asWritten: 'Sukkot (Laubhüttenfest)' },
      {
        holiday: 'shemini-atzeret',
        kind: 'on-application',
        days: [0],
        asWritten: 'Schemini Azeret (Schlussfest)',
      },
      {
        holiday: 'simchat-torah',
        kind: 'on-application',
        days: [0],
        asWritten: 'Simchat Thora (Freudenfest)',
      },
      { holiday: 'pesach', kind: 'on-application', days: [0, 1, 6, 7], asWritten: 'Pessach (Passahfest)' },
      { holiday: 'shavuot', kind: 'on-application', days: [0, 1], asWritten: 'Schawuot (Wochenfest)' },
      {
        holiday: 'eid-al-fitr',
        kind: 'on-application',
        days: [0],
        asWritten: 'Fest des Fastenbrechens',
        source: {
          ...NI_ERLASS,
          readAt: 'https://obs1nordenham.de/fastenbrechen-am-wochenende-montag-kein-feiertag',
        },
      },
      {
        holiday: 'eid-al-adha',
        kind: 'on-application',
        days: [0],
        asWritten: 'Opferfest',
        source: {
          ...NI_ERLASS,
          readAt: 'https://obs1nordenham.de/fastenbrechen-am-wochenende-montag-kein-feiertag',
        },
      },
    ],
  },
  NW: {
    state: 'NW',
    status: 'found',
    regulation: NW_LETTER,
    general: {
      kind: 'on-application',
      text: {
        en: 'Leave for a religious holiday is granted on application; for a festival of several days only one day (RdErl. of 29 May 2015, BASS 12-52 No. 1, as the ministry cites it). A school duty such as an exam can stand in the way.',
        de: 'Beurlaubung für religiöse Feiertage auf Antrag; bei mehrtägigen Festen nur für einen Tag (RdErl. vom 29.5.2015, BASS 12-52 Nr. 1, wie das Ministerium zitiert). Ein wichtiger schulischer Grund wie eine Prüfung kann entgegenstehen.',
        tr: 'Dini bayram için izin başvuru ile verilir; çok günlü bayramlarda yalnızca bir gün. Sınav gibi önemli bir okul yükümlülüğü buna engel olabilir.',
        ar: 'تُمنح الإجازة للعيد الديني بناءً على طلب، وفي الأعياد متعددة الأيام يوماً واحداً فقط. وقد يحول دون ذلك واجب مدرسي مهم كالامتحان.',
      },
    },
    exemptions: [
      {
        holiday: 'eid-al-fitr',
        kind: 'on-application',
        days: [0, 1, 2],
        pick: 1,
        asWritten: 'Ramadanfest: Beurlaubung für einen der Feiertage grundsätzlich zu genehmigen',
      },
    ],
    note: {
      en: 'We read the ministry’s letter, not the decree itself; it names no Jewish or other days. In 2019 a central exam date fell on Eid al-Fitr and the ministry ruled the exam came first.',
      de: 'Gelesen wurde das Schreiben des Ministeriums, nicht der Erlass selbst; es nennt keine jüdischen oder anderen Tage. 2019 fiel ein zentraler Prüfungstermin auf das Ramadanfest; das Ministerium gab der Prüfung Vorrang.',
      tr: 'Genelgenin kendisi değil bakanlığın yazısı okundu; Yahudi veya diğer günleri saymaz. 2019’da merkezi bir sınav Ramazan Bayramı’na denk geldi ve bakanlık sınavı öncelikli saydı.',
      ar: 'قرأنا خطاب الوزارة لا المرسوم نفسه، ولا يذكر أياماً يهودية أو غيرها. في 2019 صادف امتحان مركزي عيد الفطر وقدّمت الوزارة الامتحان.',
    },
  },
  HH: {
    state: 'HH',
    status: 'found',
    regulation: HH_ISLAM,
    exemptions: [
      {
        holiday: 'eid-al-adha',
        kind: 'service',
        days: [0, 1],
        pick: 1,
        asWritten: 'Opferfest – einer der zwei Tage ab zehntem Dhul-Hiddscha',
      },
      {
        holiday: 'eid-al-fitr',
        kind: 'service',
        days: [0, 1],
        pick: 1,
        asWritten: 'Ramadanfest – einer der zwei Tage ab erstem Schawwal',
      },
      { holiday: 'ashura', kind: 'service', days: [0], asWritten: 'Aschura – ein Tag am zehnten Muharram' },
      {
        holiday: 'rosh-hashanah',
        kind: 'service',
        days: [0],
        asWritten: 'Rosch Haschana (Gottesdienstbesuch)',
        source: HH_SUMMARY,
      },
      {
        holiday: 'yom-kippur',
        kind: 'service',
        days: [0],
        asWritten: 'Jom Kippur (Gottesdienstbesuch)',
        source: HH_SUMMARY,
      },
      {
        holiday: 'pesach',
        kind: 'service',
        days: [0],
        asWritten: 'Pessach (Gottesdienstbesuch)',
        source: HH_SUMMARY,
      },
      { holiday: 'asure-alevi', kind: 'service', days: [0], asWritten: 'Aşure-Tag', source: HH_SUMMARY },
      { holiday: 'nevruz-alevi', kind: 'service', days: [0], asWritten: 'Nevruz', source: HH_SUMMARY },
    ],
    notInCatalogue: ['Hızır Lokması (alevitisch)'],
    general: {
      kind: 'on-application',
      text: {
        en: 'Pupils of other religious communities can be excused “for an important reason” (Hamburg school act § 28 (3)).',
        de: 'Schülerinnen und Schüler anderer Religionsgemeinschaften können „aus wichtigem Grund“ befreit werden (HmbSG § 28 Abs. 3).',
        tr: 'Diğer dini toplulukların öğrencileri “önemli bir sebeple” izinli sayılabilir (HmbSG § 28/3).',
        ar: 'يمكن إعفاء تلاميذ الجماعات الدينية الأخرى «لسبب مهم» (قانون مدارس هامبورغ § 28 فقرة 3).',
      },
    },
    note: {
      en: 'The Jewish and Alevi rows come from a newspaper summary, not from the treaties; which day of Rosh Hashanah or Pesach is not stated there, so only the first is marked.',
      de: 'Die jüdischen und alevitischen Zeilen stammen aus einer Zeitungszusammenfassung, nicht aus den Verträgen; welcher Tag von Rosch Haschana oder Pessach, steht dort nicht, markiert ist nur der erste.',
      tr: 'Yahudi ve Alevi satırları anlaşmalardan değil bir gazete özetinden; Roş Aşana veya Pesah’ın hangi günü olduğu belirtilmiyor, yalnızca ilk gün işaretli.',
      ar: 'الصفوف اليهودية والعلوية من ملخص صحفي لا من المعاهدات؛ ولا يُذكر أي يوم من رأس السنة أو الفصح، فعُلّم اليوم الأول فقط.',
    },
  },
  BB: unknown('BB'),
  HB: unknown('HB'),
  MV: unknown('MV'),
  RP: unknown('RP'),
  SL: unknown('SL'),
  SN: unknown('SN'),
  ST: unknown('ST'),
  SH: unknown('SH'),
  TH: unknown('TH'),
};

function unknown(state: StateCode): StateRules {
  return {
    state,
    status: 'unknown',
    note: {
      en: 'We could not read this state’s regulation; ask the school or the state’s education ministry.',
      de: 'Die Regelung dieses Landes konnten wir nicht lesen; bitte bei der Schule oder dem Kultusministerium nachfragen.',
      tr: 'Bu eyaletin yönetmeliğini okuyamadık; okula veya eyalet eğitim bakanlığına danışın.',
      ar: 'لم نتمكن من قراءة لائحة هذه الولاية؛ يرجى السؤال في المدرسة أو وزارة التعليم في الولاية.',
    },
  };
}

export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && (STATE_CODES as readonly string[]).includes(value);
}

/** The exemption a state's regulation gives for one day of a holiday, or undefined if it names none. */
export function schoolExemptionFor(
  state: StateCode,
  holiday: string,
  dayOffset: number,
): { rules: StateRules; exemption: SchoolExemption } | undefined {
  const rules = SCHOOL_EXEMPTIONS[state];
  if (rules.status !== 'found') return undefined;
  const exemption = rules.exemptions.find((row) => row.holiday === holiday && row.days.includes(dayOffset));
  return exemption && { rules, exemption };
}
