import { fixedFromGregorian } from '../calendars/gregorian.js';
import type { Observance, Rule, RuleOptions } from '../types.js';
import { observancesDecidedBy, registerDecisions } from './panchanga-rule.js';
import { INDIC } from './phrases/indic.js';
import { say, textIn } from './phrases/phrasebook.js';
import { rule } from './rule.js';

/**
 * A Sikh date that the Nanakshahi calendar of 2003 fixed to a Gregorian day; otherwise the lunar (Bikrami) rule
 * most gurdwaras follow (a Hindu tithi or sankranti rule).
 */
export function sikhDate(lunar: Rule, nanakshahiMonth: number, nanakshahiDay: number): Rule {
  const nanakshahi = (year: number, options: RuleOptions): Observance | undefined =>
    options.sikhCalendar === 'nanakshahi-2003'
      ? { start: fixedFromGregorian(year, nanakshahiMonth, nanakshahiDay), variant: 'nanakshahi-2003' }
      : undefined;
  return registerDecisions(
    rule(
      say(INDIC, (p, locale) => p.sikh(textIn(lunar.summary, locale), nanakshahiDay, nanakshahiMonth)),
      (year, options) => nanakshahi(year, options) ?? lunar.observancesIn(year, options),
    ),
    (strategy, year, options) => {
      const fixed = nanakshahi(year, options);
      return fixed ? [fixed] : (observancesDecidedBy(strategy, lunar, year, options) ?? []);
    },
  );
}
