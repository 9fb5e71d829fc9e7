import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed store assets (npm run store makes the pictures; the texts are written by hand).
const ROOT = join(import.meta.dirname, '../..');
const STORE = join(ROOT, 'store');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store assets', () => {
  it('has the four required 1280×800 screenshots (and the sidebar one, once the sidebar is built, at the same size)', () => {
    const shots = readdirSync(join(STORE, 'screenshots')).filter((f) => f.endsWith('.png')).sort();
    expect(shots).toEqual(expect.arrayContaining(['1-chat-bubble.png', '2-messaging-page.png', '3-connection-note.png', '4-popup.png']));
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) expect(pngSize(join(STORE, 'screenshots', shot)), shot).toEqual({ width: 1280, height: 800 });
  });

  it('has the 440×280 promotional tile', () => {
    expect(pngSize(join(STORE, 'promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it.each(['chrome-web-store.md', 'addons-mozilla-org.md'])('has the %s listing with every section the store asks for', (file) => {
    const text = readFileSync(join(STORE, 'listing', file), 'utf8');
    for (const section of ['## Single purpose', '## Permission justification', '`storage`', 'https://www.linkedin.com/*']) expect(text).toContain(section);
    expect(text).toMatch(/## (Short description|Summary)/);
    expect(text).toMatch(/## (Detailed description|Description)/);
  });

  it('keeps the Chrome short description within 132 characters', () => {
    const text = readFileSync(join(STORE, 'listing/chrome-web-store.md'), 'utf8');
    const short = text.split('## Short description')[1]!.split('\n')[1]!.trim();
    expect(short.length).toBeGreaterThan(20);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it('has a privacy policy that names the tests behind each promise, and they exist', () => {
    const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
    const cited = [...privacy.matchAll(/`(tests\/[^`]+)`/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const path of cited) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });
});
