import { NAME_TABLES } from '../packages/core/src/i18n/names/index.js';
import { TRADITIONS } from '../packages/core/src/traditions/index.js';
import type { Importance } from '../packages/core/src/types.js';

/** Where the generated list lives, beside the name tables. */
export const NAME_FALLBACKS_FILE = new URL('../packages/core/src/i18n/names/FALLBACKS.md', import.meta.url);

const ORDER: readonly Importance[] = ['major', 'minor', 'observance'];

/** Per added locale: the traditions and holidays without a documented name, shown in English. */
export function nameFallbacks() {
  return Object.entries(NAME_TABLES).map(([locale, table]) => {
    const traditions = TRADITIONS.filter((t) => table.traditions[t.id] === undefined).map((t) => t.id);
    const holidays = TRADITIONS.flatMap((t) => t.holidays).filter(
      (h) => (table.holidays as Record<string, unknown>)[h.id] === undefined,
    );
    const named = TRADITIONS.flatMap((t) => t.holidays).length - holidays.length;
    return { locale, traditions, holidays, named };
  });
}

/** The text of FALLBACKS.md: every tradition and holiday per added locale that falls back to English. */
export function renderNameFallbacks(): string {
  const lines = [
    '<!-- Generated from the name tables by scripts/write-name-fallbacks.ts (`pnpm names:fallbacks`): do not edit. -->',
    '',
    '# Names shown in English',
    '',
    'The locales in this folder have no documented name yet for these traditions and holidays: the library gives',
    'the English name and marks it (`nameLocale: "en"` on an occurrence, `nameLocale` in `describeHoliday`), the',
    'holiday page says so. Adding a name with its source to the locale’s table removes it from this list.',
    '',
    '| locale | named holidays | in English: traditions | in English: major | minor | observance |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const fallbacks = nameFallbacks();
  for (const { locale, traditions, holidays, named } of fallbacks) {
    const count = (importance: Importance) => holidays.filter((h) => h.importance === importance).length;
    lines.push(
      `| ${locale} | ${named} | ${traditions.length} | ${count('major')} | ${count('minor')} | ${count('observance')} |`,
    );
  }
  for (const { locale, traditions, holidays } of fallbacks) {
    lines.push('', `## ${locale}`, '', `- traditions: ${traditions.join(', ') || '(none)'}`);
    for (const importance of ORDER) {
      const ids = holidays.filter((h) => h.importance === importance).map((h) => h.id);
      lines.push(`- ${importance}: ${ids.join(', ') || '(none)'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
