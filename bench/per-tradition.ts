import { getHolidays } from '@interkal/core';

const t = process.argv[2]!;
const method = process.argv[3];
const s = performance.now();
getHolidays({ year: 2026, traditions: [t], ...(method ? { islamicMethod: method as 'tabular' } : {}) });
console.log(t, method ?? '', (performance.now() - s).toFixed(1));
