import type { Locale } from '@interkal/core';

interface Phrases {
  /** The line for holidays that begin at sunset; `evening` is the localized date of the evening before. */
  beginsAtSunset(evening: string): string;
  /** With a place: the evening's date, the local sunset ("18:44") and the place's name, if it has one. */
  beginsAt(evening: string, time: string, place: string | undefined): string;
  nativeDate(date: string): string;
  /** The Ramadan feed: its description, each day's title, and the local times of the fast. */
  ramadanFeed(place: string | undefined): string;
  ramadanDay(day: number): string;
  ramadanTimes(imsak: string, iftar: string, place: string | undefined, method: string): string;
  note(text: string): string;
}

// Only the feed's own fixed sentences; holiday names, descriptions and notes come translated from core.
export const PHRASES: Record<Locale, Phrases> = {
  en: {
    ramadanFeed: (place) => `Ramadan day by day${place ? ` in ${place}` : ''}: the fast from imsak to iftar.`,
    ramadanDay: (day) => `Fast – Ramadan day ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Imsak ${imsak}, iftar ${iftar}${place ? ` (${place})` : ''}. Method: ${method}.`,
    beginsAtSunset: (evening) => `Begins at sunset on the evening of ${evening}.`,
    beginsAt: (evening, time, place) =>
      `Begins on ${evening} at ${time} (sunset${place ? ` in ${place}` : ''}).`,
    nativeDate: (date) => `In its own calendar: ${date}.`,
    note: (text) => `Note: ${text}`,
  },
  de: {
    ramadanFeed: (place) =>
      `Ramadan Tag für Tag${place ? ` in ${place}` : ''}: das Fasten von Imsak bis Iftar.`,
    ramadanDay: (day) => `Fasten – Ramadan, Tag ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Imsak ${imsak} Uhr, Iftar ${iftar} Uhr${place ? ` (${place})` : ''}. Methode: ${method}.`,
    beginsAtSunset: (evening) => `Beginnt bei Sonnenuntergang am Abend von ${evening}.`,
    beginsAt: (evening, time, place) =>
      `Beginnt am ${evening}, um ${time} Uhr (Sonnenuntergang${place ? ` in ${place}` : ''}).`,
    nativeDate: (date) => `Im eigenen Kalender: ${date}.`,
    note: (text) => `Hinweis: ${text}`,
  },
  tr: {
    ramadanFeed: (place) => `Gün gün Ramazan${place ? ` (${place})` : ''}: imsaktan iftara oruç.`,
    ramadanDay: (day) => `Oruç – Ramazan ${day}. gün`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `İmsak ${imsak}, iftar ${iftar}${place ? ` (${place})` : ''}. Yöntem: ${method}.`,
    beginsAtSunset: (evening) => `${evening} akşamı gün batımında başlar.`,
    beginsAt: (evening, time, place) =>
      `${evening}, saat ${time} itibarıyla başlar (gün batımı${place ? `, ${place}` : ''}).`,
    nativeDate: (date) => `Kendi takviminde: ${date}.`,
    note: (text) => `Not: ${text}`,
  },
  ar: {
    ramadanFeed: (place) => `رمضان يومًا بيوم${place ? ` في ${place}` : ''}: الصيام من الإمساك إلى الإفطار.`,
    ramadanDay: (day) => `صيام – رمضان، اليوم ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `الإمساك ${imsak}، الإفطار ${iftar}${place ? ` (${place})` : ''}. الطريقة: ${method}.`,
    beginsAtSunset: (evening) => `يبدأ عند غروب الشمس مساء ${evening}.`,
    beginsAt: (evening, time, place) =>
      `يبدأ ${evening} الساعة ${time} (غروب الشمس${place ? ` في ${place}` : ''}).`,
    nativeDate: (date) => `في تقويمه: ${date}.`,
    note: (text) => `ملاحظة: ${text}`,
  },
  uk: {
    beginsAt: (evening, time, place) =>
      `Починається ${evening} о ${time} (захід сонця${place ? ` у ${place}` : ''}).`,
    ramadanFeed: (place) => `Рамадан день за днем${place ? ` (${place})` : ''}: піст від імсаку до іфтару.`,
    ramadanDay: (day) => `Піст – Рамадан, день ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Імсак ${imsak}, іфтар ${iftar}${place ? ` (${place})` : ''}. Метод: ${method}.`,
    beginsAtSunset: (evening) => `Починається із заходом сонця ввечері ${evening}.`,
    nativeDate: (date) => `У власному календарі: ${date}.`,
    note: (text) => `Примітка: ${text}`,
  },
  ru: {
    beginsAt: (evening, time, place) =>
      `Начинается ${evening} в ${time} (заход солнца${place ? ` в ${place}` : ''}).`,
    ramadanFeed: (place) => `Рамадан день за днём${place ? ` (${place})` : ''}: пост от имсака до ифтара.`,
    ramadanDay: (day) => `Пост – Рамадан, день ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Имсак ${imsak}, ифтар ${iftar}${place ? ` (${place})` : ''}. Метод: ${method}.`,
    beginsAtSunset: (evening) => `Начинается с заходом солнца вечером ${evening}.`,
    nativeDate: (date) => `В собственном календаре: ${date}.`,
    note: (text) => `Примечание: ${text}`,
  },
  pl: {
    beginsAt: (evening, time, place) =>
      `Zaczyna się ${evening} o ${time} (zachód słońca${place ? ` w ${place}` : ''}).`,
    ramadanFeed: (place) => `Ramadan dzień po dniu${place ? ` (${place})` : ''}: post od imsaku do iftaru.`,
    ramadanDay: (day) => `Post – Ramadan, dzień ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Imsak ${imsak}, iftar ${iftar}${place ? ` (${place})` : ''}. Metoda: ${method}.`,
    beginsAtSunset: (evening) => `Zaczyna się o zachodzie słońca wieczorem ${evening}.`,
    nativeDate: (date) => `We własnym kalendarzu: ${date}.`,
    note: (text) => `Uwaga: ${text}`,
  },
  fa: {
    beginsAt: (evening, time, place) =>
      `${evening} ساعت ${time} آغاز می‌شود (غروب آفتاب${place ? ` در ${place}` : ''}).`,
    ramadanFeed: (place) => `رمضان روز به روز${place ? ` در ${place}` : ''}: روزه از امساک تا افطار.`,
    ramadanDay: (day) => `روزه – رمضان، روز ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `امساک ${imsak}، افطار ${iftar}${place ? ` (${place})` : ''}. روش: ${method}.`,
    beginsAtSunset: (evening) => `از غروب آفتاب شب ${evening} آغاز می‌شود.`,
    nativeDate: (date) => `در گاه‌شماری خودش: ${date}.`,
    note: (text) => `یادداشت: ${text}`,
  },
  ku: {
    beginsAt: (evening, time, place) =>
      `${evening} saet ${time} dest pê dike (ava bûna rojê${place ? ` li ${place}` : ''}).`,
    ramadanFeed: (place) => `Remezan roj bi roj${place ? ` li ${place}` : ''}: rojî ji imsakê heta fitarê.`,
    ramadanDay: (day) => `Rojî – Remezan, roja ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Imsak ${imsak}, fitar ${iftar}${place ? ` (${place})` : ''}. Rêbaz: ${method}.`,
    beginsAtSunset: (evening) => `Bi ava bûna rojê êvara ${evening} dest pê dike.`,
    nativeDate: (date) => `Di salnameya xwe de: ${date}.`,
    note: (text) => `Nîşe: ${text}`,
  },
  ro: {
    beginsAt: (evening, time, place) =>
      `Începe pe ${evening} la ${time} (apusul soarelui${place ? ` în ${place}` : ''}).`,
    ramadanFeed: (place) => `Ramadan zi de zi${place ? ` în ${place}` : ''}: postul de la imsak la iftar.`,
    ramadanDay: (day) => `Post – Ramadan, ziua ${day}`,
    ramadanTimes: (imsak, iftar, place, method) =>
      `Imsak ${imsak}, iftar ${iftar}${place ? ` (${place})` : ''}. Metodă: ${method}.`,
    beginsAtSunset: (evening) => `Începe la apusul soarelui în seara de ${evening}.`,
    nativeDate: (date) => `În propriul calendar: ${date}.`,
    note: (text) => `Notă: ${text}`,
  },
};
