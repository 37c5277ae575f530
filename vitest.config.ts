import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@interkal/source'] },
  // Tests run in Vite's server environment, which reads its own conditions: the workspace packages' sources.
  ssr: { resolve: { conditions: ['@interkal/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.{ts,tsx}',
      'apps/*/test/**/*.test.{ts,tsx}',
    ],
    testTimeout: 60_000,
  },
});
