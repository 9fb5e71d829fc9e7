import { fixtureSource } from '../../tests/fixtures/linkedin/fixture-source.ts';

/**
 * Loads a fixture page into the test's DOM (happy-dom). Shadow-root content that the page builds
 * with a script (`root.innerHTML = \`…\``) is attached by hand, since fixture scripts do not run here.
 */
export function loadFixture(name: string, doc: Document = document): Document {
  const html = fixtureSource(name);
  // Scripts do not run here, and iframes are not loaded (their src is dropped).
  doc.documentElement.innerHTML = html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/^<!doctype html>/i, '')
    .replace(/(<iframe[^>]*?)\ssrc="[^"]*"/g, '$1');
  const shadow = /(?:root|sr)\.innerHTML = (?:style \+ )?`([\s\S]*?)`;/.exec(html);
  const host = doc.getElementById('interop-outlet');
  if (shadow && host) host.attachShadow({ mode: 'open' }).innerHTML = shadow[1]!;
  return doc;
}
