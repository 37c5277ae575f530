// Prints getHolidays for the Hindu, Sikh, Jain and Buddhist traditions over 1900–2100 as JSON lines (New Delhi
// default, Berlin, every Vesak variant, the Nanakshahi option), to prove a speed-up changes no date: run before and
// after a change and compare the outputs byte for byte.
// Usage: node --conditions=development --import tsx bench/dump-traditions.ts > /tmp/before.jsonl
import { getHolidays, VESAK_VARIANTS } from '@interkal/core';

const BERLIN = { latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' };
const traditions = ['hinduism', 'sikhism', 'jainism', 'buddhism'];
const variants: Record<string, object>[] = [
  { label: {}, options: {} },
  { label: { place: 'berlin' }, options: { place: BERLIN } },
  { label: { sikhCalendar: 'nanakshahi-2003' }, options: { sikhCalendar: 'nanakshahi-2003' } },
  ...VESAK_VARIANTS.filter((v) => v !== 'un').map((vesak) => ({ label: { vesak }, options: { vesak } })),
];
for (const { label, options } of variants) {
  for (let year = 1900; year <= 2100; year++) {
    const days = getHolidays({ year, traditions, ...options }).map((o) => JSON.stringify(o));
    process.stdout.write(`${JSON.stringify({ ...label, year })}\n${days.join('\n')}\n`);
  }
}
