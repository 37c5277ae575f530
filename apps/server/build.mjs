// pnpm start serves this bundle: the Node entry, the workspace packages from their sources and every
// dependency in one ES module, so a cold start loads one file instead of compiling TypeScript (was tsx, ~8 s).
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: ['src/node.ts'],
  outfile: 'dist/node.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The workspace packages' source condition: their dist/ need not be built first.
  conditions: ['@interkal/source'],
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  legalComments: 'linked',
  // CommonJS dependencies (qrcode, moment) call require(); give the ES module one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`built dist/node.js in ${Math.round(performance.now() - started)} ms`);
