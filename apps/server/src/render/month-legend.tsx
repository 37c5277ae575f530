import { widgetText } from '../i18n/ui.js';
import { inEnglishIf } from './english.js';
import type { MonthGridProps } from './month-grid.js';
import { separator, unique } from './occurrence-text.js';
import { COLOUR_GROUPS, type ColourGroup, colourGroup } from './widget-css.js';

/** The colour groups of the month's holidays, each with the names of its traditions shown. */
export function Legend({ props }: { props: MonthGridProps }) {
  const shown = unique(props.occurrences.map((o) => o.tradition));
  const names = new Map(props.occurrences.map((o) => [o.tradition, o]));
  const sep = separator(props.tag);
  const groups = (Object.keys(COLOUR_GROUPS) as ColourGroup[])
    .map((group) => [group, shown.filter((t) => colourGroup(t) === group)] as const)
    .filter(([, traditions]) => traditions.length > 0);
  if (groups.length === 0) return null;
  return (
    <ul class="legend" aria-label={widgetText(props.language).legend}>
      {groups.map(([group, traditions]) => (
        <li class={`g-${group}`}>
          <i class="sw" aria-hidden="true" />
          {traditions.map((t, i) => {
            const o = names.get(t)!;
            return (
              <>
                {i > 0 && sep}
                {inEnglishIf(o.traditionNameLocale === 'en', o.traditionName)}
              </>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
