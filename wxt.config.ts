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
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // contextMenus / menus: "Open in sidebar" in the toolbar button's menu (sidePanel is added by WXT for Chrome's side panel).
    permissions: ['storage', browser === 'firefox' ? 'menus' : 'contextMenus'],
    // Keyboard shortcuts; the user can change them in the browser (chrome://extensions/shortcuts,
    // Firefox's Manage Extension Shortcuts). Handled in extension/background/commands.ts.
    commands: {
      'open-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open Tactful in the browser’s sidebar' },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Pause or resume coaching in this conversation' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.invalid',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Tactful collects nothing: drafts never leave the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['demo-screenshots/**', 'store/**', '.output/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'dist/**', '**/*.log', '.wxt/**'],
  },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's content-script context posts the extension's id to the page and stops on a page event;
      // ours is silent and trusts only the extension runtime (see extension/content/quiet-context.ts).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: resolve('extension/content/quiet-context.ts') }],
    },
    // No modulepreload polyfill: it fetches chunks itself, and extension pages need none of it.
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
});
