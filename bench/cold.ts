// Runs one case once in this fresh process and prints {"ms": …, "count": …}.
import { CASES } from './cases.js';

const name = process.argv[2]!;
const found = CASES[name];
if (!found) throw new Error(`unknown case ${name}`);
const run = await found.load();
const start = performance.now();
const count = run();
console.log(JSON.stringify({ ms: performance.now() - start, count }));
