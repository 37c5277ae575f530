import { gregorianFromFixed } from '../calendars/gregorian.js';
import { udayaDay } from '../calendars/hindu/kala.js';
import { namedLunationsAround } from '../calendars/hindu/lunations.js';
import type { Rule } from '../types.js';
import { nijaLunations, panchangaRule } from './panchanga-rule.js';
import { INDIC } from './phrases/indic.js';
import { say } from './phrases/phrasebook.js';

// Jain festivals on a single tithi are Hindu tithi rules (rules/hindu.ts, tithiFestival); Paryushana spans two.

/** Eight tithis, one of which may be repeated at sunrise (nine days), and a day's margin. */
const PARYUSHANA_MAX_DAYS = 10;

/**
 * Paryushana (Shvetambara): from Krishna Dvadashi of amanta Shravana (Bhadrapada Krishna 12 in the purnimanta
 * reckoning Jains use) to Samvatsari on Bhadrapada Shukla Chaturthi: eight tithis, usually eight days (seven or
 * nine when a tithi is skipped or repeated), as drikpanchang.com lists "Paryushana Parvarambha".
 */
export function paryushana(): Rule {
  const summary = say(INDIC, (p) => p.paryushana);
  return panchangaRule(
    summary,
    'paryushana',
    (sky, year, place) =>
      nijaLunations(year, 6).flatMap((bhadrapada) => {
        const shravana = namedLunationsAround(year).find((l) => l.end === bhadrapada.start);
        if (!shravana) return [];
        const start = udayaDay(sky, ...sky.tithiInterval(shravana, 27), place);
        const samvatsari = udayaDay(sky, ...sky.tithiInterval(bhadrapada, 4), place);
        if (gregorianFromFixed(start).year !== year) return [];
        return [
          {
            start,
            days: samvatsari - start + 1,
            nativeDate: say(INDIC, (p) =>
              p.samvatsariNative(p.lunarNative(6, false, 4, bhadrapada.vikramYear)),
            ),
          },
        ];
      }),
    PARYUSHANA_MAX_DAYS,
  );
}
