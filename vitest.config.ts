import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
