import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The same aliases as wxt.config.ts: `@core` is the engine, `@` the browser side.
    alias: { '@core': resolve('src'), '@': resolve('extension') },
  },
  test: {
    include: ['src/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
