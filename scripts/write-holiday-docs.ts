import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { renderHolidayDocs } from './holiday-docs.js';

const dir = new URL('../docs/holidays/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(new URL(file, dir));
const files = renderHolidayDocs();
for (const [name, text] of files) writeFileSync(new URL(name, dir), text);
console.log(`wrote ${files.size} files to docs/holidays/`);
