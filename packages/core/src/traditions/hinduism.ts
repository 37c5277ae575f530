import {
  govardhanPuja,
  holikaDahan,
  onam,
  rakshaBandhan,
  sankrantiFestival,
  tithiFestival,
  vijayadashami,
} from '../rules/hindu.js';
import type { TraditionDefinition, Uncertainty } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Drik (astronomical) panchanga as drikpanchang.com computes it for New Delhi: true Sun and Moon, Lahiri
// ayanamsa, amanta months, the tithi at local sunrise names the day; festivals that need a time of day (nishita,
// pradosh, madhyahna, aparahna, moonrise) use that window instead. RuleOptions.place moves all of it to the
// user's city, as a temple abroad computes for its own sunrise.
const LAHIRI = 'https://www.astro.com/swisseph/swisseph.htm';
const fest = (path: string): string => `https://www.drikpanchang.com/${path}`;

/** Today's Indian practice computes for one's own town; across India dates can differ by a day. */
const PLACE: Uncertainty = {
  kind: 'place',
  note: {
    en: 'Computed for New Delhi (or the given place); where sunrise or the tithi change falls near the deciding moment, other places may keep it a day earlier or later.',
    de: 'Berechnet für Neu-Delhi (oder den angegebenen Ort); liegt der Tithi-Wechsel nahe am entscheidenden Zeitpunkt, feiern andere Orte einen Tag früher oder später.',
    tr: 'Yeni Delhi (veya seçilen yer) için hesaplanır; başka yerlerde bir gün önce veya sonra olabilir.',
    ar: 'محسوب لنيودلهي (أو للمكان المحدد)؛ قد يختلف يوماً في أماكن أخرى.',
  },
};

const defaults = { startsEvening: false, uncertainty: PLACE } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'makar-sankranti',
    importance: 'minor',
    names: { en: 'Makar Sankranti', de: 'Makar Sankranti', tr: 'Makar Sankranti', ar: 'ماكار سانكرانتي' },
    description: {
      en: 'The Sun enters sidereal Capricorn: holy baths, kites and sesame sweets across India.',
      de: 'Die Sonne tritt in den siderischen Steinbock: rituelle Bäder, Drachen und Sesamsüßigkeiten in ganz Indien.',
    },
    // drikpanchang.com: a sankranti after sunset moves the punya kaal, and the festival, to the next day.
    rule: sankrantiFestival(9, 'sunset'),
    days: 1,
    sources: [fest('festivals/makar-sankranti/makar-sankranti-date-time.html'), LAHIRI],
  },
  {
    id: 'pongal',
    importance: 'major',
    names: { en: 'Thai Pongal', de: 'Pongal', tr: 'Pongal', ar: 'بونغال' },
    description: {
      en: 'Tamil harvest festival on the first day of the month Thai; rice is boiled over in new pots.',
      de: 'Tamilisches Erntefest am ersten Tag des Monats Thai; Reis wird in neuen Töpfen übergekocht.',
    },
    // Tamil solar months begin the next day when the sankranti falls after sunset.
    rule: sankrantiFestival(9, 'sunset'),
    days: 4,
    sources: [fest('festivals/pongal/pongal-date-time.html')],
  },
  {
    id: 'vasant-panchami',
    importance: 'minor',
    names: { en: 'Vasant Panchami', de: 'Vasant Panchami', tr: 'Vasant Pançami', ar: 'فاسانت بانشامي' },
    description: {
      en: 'Spring festival honouring Saraswati, goddess of learning; yellow clothes and first lessons.',
      de: 'Frühlingsfest zu Ehren Saraswatis, der Göttin des Wissens; gelbe Kleidung und erste Schreibübungen.',
    },
    rule: tithiFestival({ month: 11, tithi: 5, prevailing: 'purvahna' }),
    days: 1,
    sources: [fest('festivals/vasant-panchami/vasant-panchami-date-time.html')],
  },
  {
    id: 'maha-shivaratri',
    importance: 'major',
    names: { en: 'Maha Shivaratri', de: 'Maha Shivaratri', tr: 'Maha Şivaratri', ar: 'ماها شيفاراتري' },
    description: {
      en: "The great night of Shiva: fasting and an all-night vigil at Shiva's temples.",
      de: 'Die große Nacht Shivas: Fasten und Nachtwache in den Shiva-Tempeln.',
    },
    rule: tithiFestival({ month: 11, tithi: 29, prevailing: 'nishita', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/maha-shivaratri/maha-shivaratri-date-time.html')],
  },
  {
    id: 'holika-dahan',
    importance: 'minor',
    names: { en: 'Holika Dahan', de: 'Holika Dahan', tr: 'Holika Dahan', ar: 'هوليكا داهان' },
    description: {
      en: 'Bonfires on the eve of Holi recall the burning of the demoness Holika.',
      de: 'Feuer am Vorabend von Holi erinnern an die Verbrennung der Dämonin Holika.',
    },
    rule: holikaDahan(0),
    days: 1,
    sources: [fest('festivals/holika-dahan/holika-dahan-date-time.html')],
  },
  {
    id: 'holi',
    importance: 'major',
    names: { en: 'Holi', de: 'Holi', tr: 'Holi', ar: 'هولي' },
    description: {
      en: 'Festival of colours: people throw coloured powder and water to welcome spring.',
      de: 'Fest der Farben: Man bewirft sich mit Farbpulver und Wasser und begrüßt den Frühling.',
    },
    rule: holikaDahan(1),
    days: 1,
    sources: [fest('festivals/holi/holi-date-time.html')],
  },
  {
    id: 'ugadi',
    importance: 'minor',
    names: {
      en: 'Ugadi / Gudi Padwa (Hindu New Year)',
      de: 'Ugadi / Gudi Padwa',
      tr: 'Ugadi / Gudi Padva (Hindu Yeni Yılı)',
      ar: 'أوغادي / غودي بادوا (رأس السنة الهندوسية)',
    },
    description: {
      en: 'Lunar New Year of the Deccan: Chaitra Shukla Pratipada begins a new Vikram and Shaka year.',
      de: 'Mondneujahr im Dekkan: Mit Chaitra Shukla Pratipada beginnt ein neues Vikram- und Shaka-Jahr.',
    },
    rule: tithiFestival({ month: 1, tithi: 1 }),
    days: 1,
    sources: [fest('festivals/gudi-padwa/gudi-padwa-date-time.html')],
  },
  {
    id: 'ram-navami',
    importance: 'minor',
    names: { en: 'Rama Navami', de: 'Rama Navami', tr: 'Rama Navami', ar: 'راما نافامي' },
    description: {
      en: 'Birth of Rama, celebrated at midday, when he is said to have been born.',
      de: 'Geburt Ramas, gefeiert zur Mittagszeit, der überlieferten Stunde seiner Geburt.',
    },
    rule: tithiFestival({ month: 1, tithi: 9, prevailing: 'madhyahna', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/rama-navami/rama-navami-date-time.html')],
  },
  {
    id: 'hanuman-jayanti',
    importance: 'minor',
    names: { en: 'Hanuman Jayanti', de: 'Hanuman Jayanti', tr: 'Hanuman Cayanti', ar: 'هانومان جايانتي' },
    description: {
      en: "Birth of Hanuman, Rama's devoted helper; North India keeps Chaitra Purnima.",
      de: 'Geburt Hanumans, des treuen Helfers Ramas; Nordindien feiert am Vollmond des Chaitra.',
    },
    rule: tithiFestival({ month: 1, tithi: 15 }),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'North Indian date (Chaitra Purnima); Tamil Nadu, Kerala, Karnataka and Andhra keep other days. Computed for New Delhi or the given place.',
        de: 'Nordindisches Datum (Chaitra-Vollmond); Tamil Nadu, Kerala, Karnataka und Andhra feiern an anderen Tagen. Berechnet für Neu-Delhi oder den angegebenen Ort.',
      },
    },
    sources: [fest('festivals/hanuman-jayanti/hanuman-jayanti-date-time.html')],
  },
  {
    id: 'vaisakhi-hindu',
    importance: 'minor',
    names: {
      en: 'Vaisakhi / Mesha Sankranti / Tamil New Year / Vishu',
      de: 'Vaisakhi',
      tr: 'Vaisakhi / Meşa Sankranti',
      ar: 'فايساكهي / ميشا سانكرانتي',
    },
    description: {
      en: 'Solar New Year: the Sun enters sidereal Aries; harvest festival in the Punjab, new year in the south.',
      de: 'Solares Neujahr: Die Sonne tritt in den siderischen Widder; Erntefest im Punjab, Neujahr im Süden.',
    },
    // The civil day of the sankranti instant, as drikpanchang.com dates Mesha Sankranti and Vaisakhi.
    rule: sankrantiFestival(0, 'midnight'),
    days: 1,
    uncertainty: {
      kind: 'place',
      note: {
        en: 'Day of the sankranti in New Delhi (or the given place); Tamil Nadu and Kerala move it to the next day when it falls after sunset or afternoon.',
        de: 'Tag der Sankranti in Neu-Delhi (oder am angegebenen Ort); Tamil Nadu und Kerala feiern am Folgetag, wenn sie nach Sonnenuntergang bzw. nachmittags liegt.',
      },
    },
    sources: [fest('festivals/vaisakhi/vaisakhi-date-time.html'), LAHIRI],
  },
  {
    id: 'raksha-bandhan',
    importance: 'minor',
    names: { en: 'Raksha Bandhan', de: 'Raksha Bandhan', tr: 'Rakşa Bandhan', ar: 'راكشا باندهان' },
    description: {
      en: 'Sisters tie a protective thread (rakhi) on their brothers’ wrists.',
      de: 'Schwestern binden ihren Brüdern ein Schutzband (Rakhi) um das Handgelenk.',
    },
    rule: rakshaBandhan(),
    days: 1,
    sources: [fest('festivals/raksha-bandhan/raksha-bandhan-date-time.html')],
  },
  {
    id: 'krishna-janmashtami',
    importance: 'major',
    names: {
      en: 'Krishna Janmashtami',
      de: 'Krishna Janmashtami',
      tr: 'Krişna Canmaştami',
      ar: 'كريشنا جانماشتامي',
    },
    description: {
      en: 'Birth of Krishna at midnight: fasting, night vigil, swings and songs.',
      de: 'Geburt Krishnas um Mitternacht: Fasten, Nachtwache, Schaukeln und Lieder.',
    },
    // Published calendars (timeanddate.com 2001–2035: 35/35, India's gazetted holiday) give the day Ashtami
    // prevails at sunrise; the Smarta rule (Ashtami at nishita) gives the day before in most years. Vaishnavas
    // reject an Ashtami joined to Saptami (H. H. Wilson's 1825 Calcutta calendar: the Vaishnavas "are particularly
    // enjoined to avoid the Saptami, or the Ashtami conjoined with it"), so an Ashtami no sunrise sees moves to the
    // next morning (timeanddate.com: 6 Sep 2034, Ashtami 06:18 on 5 Sep to 04:07 on 6 Sep).
    rule: tithiFestival({ month: 5, tithi: 23, whenSkipped: 'next' }),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'The day Ashtami prevails at sunrise (Vaishnava practice, public holiday lists); Smarta households often keep the midnight vigil the night before. Computed for New Delhi or the given place.',
        de: 'Tag, an dem Ashtami bei Sonnenaufgang herrscht (vaishnavitischer Brauch, amtliche Feiertagslisten); Smarta-Familien halten die Mitternachtswache oft schon in der Nacht davor. Berechnet für Neu-Delhi oder den angegebenen Ort.',
      },
    },
    sources: [fest('festivals/janmashtami/krishna-janmashtami-date-time.html')],
  },
  {
    id: 'ganesh-chaturthi',
    importance: 'major',
    names: { en: 'Ganesh Chaturthi', de: 'Ganesh Chaturthi', tr: 'Ganeş Çaturthi', ar: 'غانيش تشاتورثي' },
    description: {
      en: 'Birth of Ganesha: clay images are worshipped at home and in public pavilions.',
      de: 'Geburt Ganeshas: Tonfiguren werden zu Hause und in öffentlichen Pavillons verehrt.',
    },
    rule: tithiFestival({ month: 6, tithi: 4, prevailing: 'madhyahna', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/ganesh-chaturthi/ganesh-chaturthi-date-time.html')],
  },
  {
    id: 'onam',
    importance: 'minor',
    names: { en: 'Onam', de: 'Onam', tr: 'Onam', ar: 'أونام' },
    description: {
      en: "Kerala's harvest festival welcoming King Mahabali: flower carpets and the Onam feast (sadya).",
      de: 'Erntefest Keralas zur Begrüßung König Mahabalis: Blumenteppiche und das Festmahl Sadya.',
    },
    rule: onam(),
    days: 1,
    sources: [fest('festivals/onam/onam-date-time.html')],
  },
  {
    id: 'navaratri',
    importance: 'major',
    names: { en: 'Navaratri', de: 'Navaratri', tr: 'Navaratri', ar: 'نافاراتري' },
    description: {
      en: 'Nine nights of the Goddess Durga in autumn, with fasting, dance (garba) and worship.',
      de: 'Neun Nächte der Göttin Durga im Herbst mit Fasten, Tanz (Garba) und Andacht.',
    },
    rule: tithiFestival({ month: 7, tithi: 1 }),
    days: 9,
    sources: [fest('festivals/navratri/sharad-navratri-date-time.html')],
  },
  {
    id: 'dussehra',
    importance: 'major',
    names: { en: 'Dussehra (Vijayadashami)', de: 'Dussehra', tr: 'Dussehra (Vicayadaşami)', ar: 'دوسهرا' },
    description: {
      en: 'Victory of Rama over Ravana and of Durga over Mahishasura; effigies of Ravana are burnt.',
      de: 'Sieg Ramas über Ravana und Durgas über Mahishasura; Ravana-Figuren werden verbrannt.',
    },
    rule: vijayadashami(),
    days: 1,
    sources: [fest('festivals/dussehra/dussehra-date-time.html')],
  },
  {
    id: 'karva-chauth',
    importance: 'minor',
    names: { en: 'Karva Chauth', de: 'Karva Chauth', tr: 'Karva Çauth', ar: 'كارفا تشاوث' },
    description: {
      en: 'Married women fast from sunrise until they see the moon, for their husbands’ long life.',
      de: 'Verheiratete Frauen fasten von Sonnenaufgang bis Mondaufgang für ein langes Leben ihrer Männer.',
    },
    rule: tithiFestival({ month: 7, tithi: 19, prevailing: 'moonrise' }),
    days: 1,
    sources: [fest('festivals/karwa-chauth/karwa-chauth-date-time.html')],
  },
  {
    id: 'dhanteras',
    importance: 'minor',
    names: { en: 'Dhanteras', de: 'Dhanteras', tr: 'Dhanteras', ar: 'دانتيراس' },
    description: {
      en: 'First day of the Diwali festival: buying metal and worshipping Lakshmi and Dhanvantari.',
      de: 'Erster Tag der Diwali-Feiertage: Man kauft Metallgeschirr und verehrt Lakshmi und Dhanvantari.',
    },
    rule: tithiFestival({ month: 7, tithi: 28, prevailing: 'pradosh', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/dhanteras/dhanteras-date-time.html')],
  },
  {
    id: 'diwali',
    importance: 'major',
    names: {
      en: 'Diwali (Lakshmi Puja)',
      de: 'Diwali (Lichterfest)',
      tr: 'Divali (Işık Bayramı)',
      ar: 'ديوالي (عيد الأنوار)',
    },
    description: {
      en: 'Festival of lights on the new moon of Ashvin: lamps, fireworks and worship of Lakshmi.',
      de: 'Lichterfest am Neumond des Ashvin: Öllampen, Feuerwerk und Verehrung Lakshmis.',
    },
    rule: tithiFestival({ month: 7, tithi: 30, prevailing: 'pradosh', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/lakshmipuja/festivals-lakshmipuja-timings.html')],
  },
  {
    id: 'govardhan-puja',
    importance: 'minor',
    names: { en: 'Govardhan Puja', de: 'Govardhan Puja', tr: 'Govardhan Puca', ar: 'غوفاردان بوجا' },
    description: {
      en: 'Krishna lifted Mount Govardhan; a mountain of food (Annakut) is offered.',
      de: 'Krishna hob den Berg Govardhan; ein Berg aus Speisen (Annakut) wird dargebracht.',
    },
    rule: govardhanPuja(),
    days: 1,
    sources: [fest('festivals/govardhan-puja/govardhan-puja-date-time.html')],
  },
  {
    id: 'bhai-dooj',
    importance: 'minor',
    names: { en: 'Bhai Dooj', de: 'Bhai Dooj', tr: 'Bhai Duc', ar: 'بهاي دوج' },
    description: {
      en: 'Sisters pray for their brothers and mark their foreheads with a tilak.',
      de: 'Schwestern beten für ihre Brüder und zeichnen ihnen ein Tilak auf die Stirn.',
    },
    rule: tithiFestival({ month: 8, tithi: 2, prevailing: 'aparahna', onBothDays: 'longer' }),
    days: 1,
    sources: [fest('festivals/bhai-dooj/bhai-dooj-date-time.html')],
  },
  {
    id: 'chhath',
    importance: 'minor',
    names: { en: 'Chhath Puja', de: 'Chhath', tr: 'Çhath Puca', ar: 'تشاث بوجا' },
    description: {
      en: 'Worship of the Sun god at river banks in Bihar; offerings to the setting sun on Shashthi.',
      de: 'Verehrung des Sonnengottes an Flussufern in Bihar; Opfergaben an die untergehende Sonne am Shashthi.',
    },
    rule: tithiFestival({ month: 8, tithi: 6 }),
    days: 1,
    sources: [fest('festivals/chhath-puja/chhath-puja-date-time.html')],
  },
];

export const hinduism: TraditionDefinition = defineTradition(
  {
    id: 'hinduism',
    names: { en: 'Hinduism', de: 'Hinduismus', tr: 'Hinduizm', ar: 'الهندوسية' },
    description: {
      en: 'Hindu festivals by the astronomical lunisolar calendar (tithi at sunrise, amanta months, Lahiri sidereal sankrantis), computed for New Delhi unless a place is given.',
      de: 'Hinduistische Feste nach dem astronomischen Lunisolarkalender (Tithi bei Sonnenaufgang, Amanta-Monate, siderische Sankrantis nach Lahiri), berechnet für Neu-Delhi, sofern kein Ort angegeben ist.',
    },
  },
  defaults,
  rows,
);
