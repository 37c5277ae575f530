import { cited, type NameTable, wikipedia } from './table.js';

/*
 * Romanian names. Sources: the Romanian Wikipedia article of each name (cited per name; the article title is the
 * name unless a second argument names the article), and the legal holidays as the Labour Code lists them (Anul
 * Nou, Boboteaza, Vinerea Mare, Paștele, Rusaliile, Adormirea Maicii Domnului, Crăciunul; as printed on
 * qbebe.ro's list of 2025 days off). The Romanian Orthodox Church keeps fixed feasts by the Revised Julian calendar
 * (Christmas on 25 December) and Easter by the Julian Paschalion, so "Paștele" unqualified is the Orthodox date and
 * the Western one is "Paștele catolic" in Romanian press usage. Holidays without a documented Romanian name are
 * left out and shown in English (FALLBACKS.md).
 */
const w = wikipedia('ro');
const LABOUR_CODE_HOLIDAYS = 'https://qbebe.ro/familia/ce-zile-libere-vom-avea-in-2025';

export const ro: NameTable = {
  traditions: {
    christianity: w('Creștinism occidental'),
    'orthodox-christianity': w('Ortodoxie', 'Biserica Ortodoxă'),
    'oriental-orthodox': w('Bisericile ortodoxe orientale'),
    judaism: w('Iudaism'),
    islam: w('Islam'),
    alevism: w('Alevism'),
    yazidism: w('Yazidism'),
    hinduism: w('Hinduism'),
    sikhism: w('Sikhism'),
    jainism: w('Jainism'),
    buddhism: w('Budism'),
    bahai: w('Credința Bahá’í', "Credința Bahá'í"),
    zoroastrianism: w('Zoroastrism'),
    persian: w('Sărbători persane', 'Nowruz'),
    chinese: w('Sărbători chinezești', 'Anul Nou Chinezesc'),
    korean: w('Sărbători coreene', 'Seollal'),
    vietnamese: w('Sărbători vietnameze', 'Tết'),
    japanese: w('Sărbători japoneze', 'Sărbători în Japonia'),
    seasonal: w('Anotimpuri', 'Anotimp'),
    international: w('Zile internaționale', 'Zile internaționale ONU'),
  },
  holidays: {
    // Western Christianity
    epiphany: cited('Boboteaza', LABOUR_CODE_HOLIDAYS),
    candlemas: w('Întâmpinarea Domnului'),
    'ash-wednesday': w('Miercurea Cenușii'),
    'palm-sunday': w('Duminica Floriilor', 'Floriile'),
    'maundy-thursday': w('Joia Mare'),
    'good-friday': w('Vinerea Mare (catolică)', 'Vinerea Mare'),
    easter: cited(
      'Paștele catolic',
      'https://www.digi24.ro/stiri/externe/mapamond/pastele-catolic-in-2023-cand-sarbatoresc-crestinii-catolici-anul-acesta-2239243',
    ),
    ascension: w('Înălțarea Domnului'),
    pentecost: w('Rusaliile', 'Rusalii'),
    'corpus-christi': w('Trupul și Sângele Domnului', 'Corpus Christi'),
    assumption: cited('Adormirea Maicii Domnului', LABOUR_CODE_HOLIDAYS),
    'reformation-day': w('Ziua Reformei'),
    'all-saints': w('Ziua Tuturor Sfinților'),
    'all-souls': w('Ziua Morților', 'Ziua tuturor sufletelor'),
    'st-nicholas': w('Sfântul Nicolae', 'Moș Nicolae'),
    'immaculate-conception': w('Neprihănita Zămislire'),
    'first-advent': w('Prima duminică din Advent', 'Advent'),
    'christmas-eve': w('Ajunul Crăciunului'),
    christmas: cited('Crăciunul', LABOUR_CODE_HOLIDAYS),
    // Orthodox Christianity
    'orthodox-christmas': w('Crăciunul pe stil vechi', 'Crăciun'),
    'orthodox-new-year': w('Anul Nou pe stil vechi'),
    theophany: w('Boboteaza pe stil vechi', 'Boboteaza'),
    'clean-monday': w('Lunea Curată'),
    'orthodox-good-friday': cited('Vinerea Mare', LABOUR_CODE_HOLIDAYS),
    'orthodox-easter': cited('Paștele', LABOUR_CODE_HOLIDAYS),
    'orthodox-ascension': w('Înălțarea Domnului (Ispasul)', 'Înălțarea Domnului'),
    'orthodox-pentecost': cited('Rusaliile ortodoxe', LABOUR_CODE_HOLIDAYS),
    dormition: w('Adormirea Maicii Domnului pe stil vechi', 'Adormirea Maicii Domnului'),
    // Oriental Orthodox: the dates these churches keep, named in the Christmas and Easter articles.
    'armenian-christmas': w('Crăciunul armenesc', 'Crăciun'),
    'coptic-christmas': w('Crăciunul copt', 'Crăciun'),
    genna: w('Crăciunul etiopian', 'Crăciun'),
    fasika: w('Paștele etiopian', 'Paștele'),
    timkat: w('Timkat'),
    // Judaism
    purim: w('Purim'),
    pesach: w('Paștele evreiesc (Pesah)', 'Pesah'),
    shavuot: w('Șavuot'),
    'rosh-hashanah': w('Roș Hașana'),
    'yom-kippur': w('Iom Kipur'),
    sukkot: w('Sucot'),
    'simchat-torah': w('Simhat Tora'),
    hanukkah: w('Hanuca'),
    // Islam
    'islamic-new-year': w('Anul Nou islamic'),
    ashura: w('Așura'),
    mawlid: w('Mawlid'),
    ramadan: w('Ramadan'),
    'laylat-al-qadr': w('Noaptea Destinului', 'Laylat al-Qadr'),
    'eid-al-fitr': w('Ramazan Bayram', 'Eid al-Fitr'),
    'eid-al-adha': w('Kurban Bayram', 'Eid al-Adha'),
    // Hinduism, Buddhism, Persian, Chinese
    holi: w('Holi'),
    diwali: w('Diwali'),
    navaratri: w('Navaratri'),
    vesak: w('Vesak'),
    nowruz: w('Nowruz'),
    newroz: w('Newroz (Anul Nou kurd)', 'Nowruz'),
    'chinese-new-year': w('Anul Nou Chinezesc'),
    'mid-autumn': w('Festivalul de la Mijlocul Toamnei'),
    seollal: w('Seollal'),
    chuseok: w('Chuseok'),
    tet: w('Tết'),
    // Seasons and international days
    'march-equinox': w('Echinocțiul de primăvară', 'Echinocțiu'),
    'june-solstice': w('Solstițiul de vară', 'Solstițiu'),
    'september-equinox': w('Echinocțiul de toamnă', 'Echinocțiu'),
    'december-solstice': w('Solstițiul de iarnă', 'Solstițiu'),
    'womens-day': w('Ziua Internațională a Femeii'),
    'labour-day': cited('Ziua Muncii', LABOUR_CODE_HOLIDAYS),
    'europe-day': w('Ziua Europei'),
    'romani-day': w('Ziua Internațională a Romilor'),
    'human-rights-day': w('Ziua Drepturilor Omului'),
    'german-unity-day': w('Ziua Unității Germane'),
  },
};
