// Prints getHolidays over 1900–2100 as JSON lines, to prove a refactor or speed-up changes no date: run before and
// after a change and compare the outputs byte for byte.
// Default: the Hindu, Sikh, Jain and Buddhist traditions (New Delhi default, Berlin, every Vesak variant, the
// Nanakshahi option). `--all`: every tradition, with every option value and a user place.
// Usage: node --conditions=@interkal/source --import tsx bench/dump-traditions.ts [--all] > /tmp/before.jsonl
import { getHolidays, ISLAMIC_METHODS, JEWISH_OPTIONS, TRADITION_IDS, VESAK_VARIANTS } from '@interkal/core';

const BERLIN = { latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' };
const all = process.argv.includes('--all');
const traditions = all ? [...TRADITION_IDS] : ['hinduism', 'sikhism', 'jainism', 'buddhism'];
const variants: Record<string, object>[] = [
  { label: {}, options: {} },
  { label: { place: 'berlin' }, options: { place: BERLIN } },
  { label: { sikhCalendar: 'nanakshahi-2003' }, options: { sikhCalendar: 'nanakshahi-2003' } },
  ...VESAK_VARIANTS.filter((v) => v !== 'un').map((vesak) => ({ label: { vesak }, options: { vesak } })),
  ...(all
    ? [
        ...ISLAMIC_METHODS.map((islamicMethod) => ({ label: { islamicMethod }, options: { islamicMethod } })),
        ...JEWISH_OPTIONS.map((jewish) => ({ label: { jewish }, options: { jewish } })),
      ]
    : []),
];
for (const { label, options } of variants) {
  for (let year = 1900; year <= 2100; year++) {
    const days = getHolidays({ year, traditions, ...options }).map((o) => JSON.stringify(o));
    process.stdout.write(`${JSON.stringify({ ...label, year })}\n${days.join('\n')}\n`);
  }
}
