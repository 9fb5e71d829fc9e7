import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks what `npm run build` produced (npm test builds first).
const ROOT = join(import.meta.dirname, '../..');
const targets = ['chrome-mv3', 'firefox-mv2'];

describe.each(targets)('the %s build', (target) => {
  const dir = join(ROOT, '.output', target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('is a loadable extension named Tactful (from _locales) with icons and minimal permissions', () => {
    const messages = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8'));
    expect(manifest.name).toBe('__MSG_extName__');
    expect(messages.extName.message).toBe('Tactful');
    expect(manifest.default_locale).toBe('en');
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
    // storage; the toolbar button's menu ("Open in sidebar"); Chrome's side panel.
    expect(manifest.permissions).toEqual(target === 'firefox-mv2' ? ['storage', 'menus'] : ['storage', 'contextMenus', 'sidePanel']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('declares the sidebar page: Chrome side_panel, Firefox sidebar_action', () => {
    if (target === 'firefox-mv2') expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    else expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('exposes no web_accessible_resources (LinkedIn probes extensions through them)', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a content script that tells the page nothing: no postMessage, no framework event naming the extension', () => {
    // WXT's own content-script context would post "<extension id>:…:wxt:content-script-started" (see quiet-context.ts).
    const code = readFileSync(join(dir, 'content-scripts/linkedin.js'), 'utf8');
    expect(code).not.toMatch(/(?:window|self|top|parent|opener|globalThis)\.postMessage|content-script-started|wxt:/);
    // One postMessage only: the sidebar's runtime Port (extension-internal, invisible to the page).
    expect(code.match(/\bpostMessage\(/g) ?? []).toHaveLength(1);
    expect(code).toMatch(/\.postMessage\(\{type:`state`|\w+=\{type:`state`,state:\w+\};try\{\w+\.postMessage\(/);
  });

  it('makes no network requests from its code', () => {
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (!file.endsWith('.js')) continue;
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/);
    }
  });
});

describe('the Firefox build', () => {
  it('declares its Gecko id and that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('tactful@tactful.invalid');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the library build', () => {
  it('is importable by plain Node with no loader', () => {
    expect(existsSync(join(ROOT, 'dist/index.js'))).toBe(true);
    const script = "import { lint, rules, defaultSettings } from 'tactful'; const r = lint({ text: 'Hi Sarah, send it ASAP', recipient: { name: 'Jessica Lee' } }); console.log(JSON.stringify([rules.length, typeof defaultSettings, r.findings.map((f) => f.ruleId)]))";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([39, 'function', expect.arrayContaining(['wrong-name', 'pushy'])]);
  });
});
