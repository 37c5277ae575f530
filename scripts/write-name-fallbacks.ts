import { writeFileSync } from 'node:fs';
import { NAME_FALLBACKS_FILE, renderNameFallbacks } from './name-fallbacks.js';

writeFileSync(NAME_FALLBACKS_FILE, renderNameFallbacks());
console.log(`wrote ${NAME_FALLBACKS_FILE.pathname}`);
