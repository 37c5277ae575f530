import { writeFileSync } from 'node:fs';
import { HOLIDAY_IDS_FILE, renderHolidayIds } from './holiday-ids.js';

writeFileSync(HOLIDAY_IDS_FILE, renderHolidayIds());
console.log(`wrote ${HOLIDAY_IDS_FILE.pathname}`);
