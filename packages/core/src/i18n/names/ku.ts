import { cited, type NameTable, wikipedia } from './table.js';

/*
 * Kurmanji (Northern Kurdish, Latin script) names. Sources: Kurmanji news pages that use the name (Rûdaw,
 * Kurdistan24, Rojeva Kurd: cited per name), the Yazidi calendars the yazidism table cites, and otherwise the
 * Kurmanji Wikipedia article of each name (the article title is the name unless a second argument names the
 * article). Kurmanji sources for most feasts of other religions were not found: those are left out and shown in
 * English (FALLBACKS.md). The Kurmanji Wikipedia is small, so this table is the shortest.
 */
const w = wikipedia('ku');

export const ku: NameTable = {
  traditions: {
    christianity: w('Xiristiyaniya rojavayî', 'Xiristiyanî'),
    judaism: w('Cihûtî'),
    islam: w('Îslam'),
    alevism: w('Elewîtî'),
    yazidism: w('Êzidîtî'),
    hinduism: w('Hinduîzm'),
    buddhism: w('Budîzm'),
    zoroastrianism: w('Zerdeştî'),
    seasonal: w('Demsal'),
  },
  holidays: {
    // Christianity: the names Kurmanji news use for the feasts of their Christian neighbours.
    christmas: cited('Cejna Noelê', 'https://rudaw.net/kurmanci/kurdistan/261220234-amp'),
    easter: cited('Cejna Vejînê', 'https://rudaw.net/kurmanci/kurdistan/270320163-amp'),
    // Islam
    ashura: cited('Roja Aşûrayê', 'https://ku.wikipedia.org/wiki/Roja_Aşûrayê'),
    ramadan: w('Remezan'),
    'eid-al-fitr': cited(
      'Cejna Remezanê',
      'https://www.kurdistan24.net/kmr/story/58230-Li-Diyarbekir%C3%AA-Cejna-Remezan%C3%AA-bi-co%C5%9F-hat-p%C3%AErozkirin',
    ),
    'eid-al-adha': cited('Cejna Qurbanê', 'https://rojevakurd.com/du-cejn/'),
    // Yazidism: the names the Yazidi calendars use, in Kurmanji.
    'carsema-sor': cited('Çarşema Sor', 'https://www.ezipedia.de/carsema-sor-das-neujahrsfest/'),
    'cejna-cemaye': cited(
      'Cejna Cemaayê',
      'https://p.pdfdokument.com/ezdsche-feiertage_59e4f69c1723ddd204896c8e.html',
    ),
    'eda-ezi': cited(
      'Cejna Êzî',
      'https://www.kurdistan24.net/kmr/story/882361/cejna-%C3%AAz%C3%AE-li-rojavay%C3%AA-kurdistan%C3%AA-bi-be%C5%9Fdariya-hem%C3%BB-p%C3%AAkhateyan-hat-p%C3%AErozkirin',
    ),
    // Newroz and the winter solstice night
    newroz: cited('Newroz', 'https://rudaw.net/kurmanci/kurdistan/2403202411'),
    yalda: cited(
      'Şeva Yelda',
      'https://www.kurdistan24.net/kmr/story/59656-N%C3%AA%C3%A7%C3%AErvan-Barzan%C3%AE:-Di-hewl%C3%AAn-xwe-de-berdewam-dibin-ji-bo-a%C5%9Fkerekirina-%C3%A7areniv%C3%AEsa-%C3%8Azidiy%C3%AAn-revand%C3%AE',
    ),
  },
};
