// Renders docs/holidays/*.md from the tradition tables: one page per tradition, so the docs can never disagree
// with the library. `pnpm docs:holidays` writes them; scripts/holiday-docs.test.ts fails when they are stale.
import { createHolidays } from '@interkal/core';
import { NAME_TABLES } from '@interkal/core/names';
import { TRADITIONS } from '@interkal/core/traditions';

// The pages list every name the library has, the six added locales' tables included.
const { getHolidayDefinition, getHolidays, listTraditions } = createHolidays({
  traditions: TRADITIONS,
  names: NAME_TABLES,
});

const EXAMPLE_YEAR = 2026;
const UNCERTAINTY = {
  moon: 'moon sighting',
  place: 'place',
  region: 'regional practice',
  announced: 'announced yearly',
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderHolidayDocs(): Map<string, string> {
  const files = new Map<string, string>();
  const traditions = listTraditions('en');
  const german = new Map(listTraditions('de').map((t) => [t.id, t.name]));
  const index = [
    '# Holidays',
    '',
    'Generated from `packages/core/src/traditions/` by `pnpm docs:holidays`: do not edit by hand.',
    '',
    '| tradition | holidays |',
    '| --- | --- |',
    ...traditions.map((t) => `| [${t.name}](${t.id}.md) (${german.get(t.id)}) | ${t.holidays.length} |`),
    '',
  ];
  files.set('README.md', index.join('\n'));
  for (const tradition of traditions) {
    const occurrences = getHolidays({ year: EXAMPLE_YEAR, traditions: [tradition.id] });
    const lines = [
      `# ${tradition.name} (${german.get(tradition.id)})`,
      '',
      tradition.description,
      '',
      `Generated from \`packages/core/src/traditions/${tradition.id}.ts\` by \`pnpm docs:holidays\`: do not edit by hand.`,
      '',
    ];
    for (const { id } of tradition.holidays) {
      const h = getHolidayDefinition(id);
      const dates = occurrences
        .filter((o) => o.id === id)
        .map(
          (o) =>
            (o.endDate === o.date ? o.date : `${o.date} – ${o.endDate}`) +
            (o.variant ? ` (${o.variant})` : ''),
        );
      lines.push(
        `## ${h.names.en} — ${h.names.de}`,
        '',
        `\`${id}\` · ${h.importance}`,
        '',
        `${h.description.en}`,
        '',
        `*${h.description.de}*`,
        '',
        '| | |',
        '| --- | --- |',
        `| how the date is computed | ${cell(h.ruleSummary.en)} |`,
        `| Berechnung | *${cell(h.ruleSummary.de)}* |`,
        `| length | ${h.days === 1 ? '1 day' : `${h.days} days`}${h.startsEvening ? ', begins at sunset the evening before' : ''} |`,
        `| uncertainty | ${h.uncertainty ? `${UNCERTAINTY[h.uncertainty.kind]}: ${cell(h.uncertainty.note.en)}` : 'none'} |`,
        `| names | ${Object.entries(h.names)
          .map(([locale, name]) => `${locale}: ${cell(name ?? '')}`)
          .join(' · ')} |`,
        `| ${EXAMPLE_YEAR} | ${dates.join('; ') || '—'} |`,
        `| sources | ${h.sources.map((s) => `<${s}>`).join(' ')} |`,
        '',
      );
    }
    files.set(`${tradition.id}.md`, lines.join('\n'));
  }
  return files;
}
