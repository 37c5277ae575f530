// Runs one case once in this fresh process and prints {"ms": …, "count": …}.
import { CASES } from './cases.js';

const name = process.argv[2]!;
const run = CASES[name];
if (!run) throw new Error(`unknown case ${name}`);
const start = performance.now();
const count = run();
console.log(JSON.stringify({ ms: performance.now() - start, count }));
