import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT calls this folder "srcDir": in Tactful it is the browser side (`extension/`). The platform-free
// engine is `src/`, reached from here only through the `@core` alias.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  alias: { '@core': resolve('src') },
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description: 'A private coach for LinkedIn messages: etiquette warnings with one-click fixes, a personalization checklist and a score. Nothing leaves your browser.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.invalid',
              strict_min_version: '128.0',
              // Tactful collects nothing: drafts never leave the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'dist/**', '**/*.log', '.wxt/**'],
  },
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: it fetches chunks itself, and extension pages need none of it.
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
});
