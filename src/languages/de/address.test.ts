import { describe, expect, it } from 'vitest';
import { findAll, phrasePattern, type PhrasePattern } from '../../text/patterns.ts';
import { address } from './address.ts';

// As the address rules read them: case-sensitive when the pack says so.
const flags = address.caseSensitive ? 'gu' : 'giu';
const formal = phrasePattern(address.formal, flags);
const familiar = phrasePattern(address.familiar, flags);
const meta = phrasePattern(address.metaTalk, flags);
const found = (pattern: PhrasePattern, text: string) => findAll(pattern, text).map((m) => m.text);

describe('German address cues (languages.md §6)', () => {
  it('is case-sensitive', () => expect(address.caseSensitive).toBe(true));

  it.each([
    ['Könnten Sie mir helfen?', 'Sie'],
    ['Danke für Ihren Vortrag.', 'Ihren'],
    ['Ich schicke Ihnen die Folien.', 'Ihnen'],
    ['Sehr geehrte Frau Lenz,\nSie hatten nach den Zahlen gefragt.', 'Sie'],
    ['Hallo Herr Kaya, wie geht es?', 'Hallo Herr Kaya'],
  ])('formal: “%s”', (text, marker) => expect(found(formal, text)).toContain(marker));

  it.each([
    // "sie" = she/they; a capital at a sentence start says nothing
    'Ich habe sie gestern getroffen und ihnen die Folien geschickt.',
    'Die Kollegen? Sie kommen morgen.',
    'Sie ist Teamleiterin in Köln. Ihr Team wächst.',
    'Super. Ihr habt das toll gemacht!',
    'ich habe gesehen, dass ihr bei Celonis ein Team aufbaut',
  ])('not formal: “%s”', (text) => expect(found(formal, text)).toEqual([]));

  it.each([
    ['Hast du kurz Zeit?', 'du'],
    ['Ich schicke dir die Folien.', 'dir'],
    ['Dein Vortrag war klasse.', 'Dein'],
    ['Danke für deinen Beitrag!', 'deinen'],
  ])('familiar: “%s”', (text, marker) => expect(found(familiar, text)).toContain(marker));

  it.each(['Ich schicke euch die Folien.', 'Ihr Team und ihr Projekt', 'Die Dusche ist kaputt, der Dirigent kommt.'])(
    'not familiar: “%s”',
    (text) => expect(found(familiar, text)).toEqual([]),
  );

  it.each(['Ich biete Ihnen gern das Du an.', 'Ich hoffe, das Du ist okay.', 'Wir können uns gern duzen.', 'Sind wir per du?'])(
    'meta-talk: “%s”',
    (text) => expect(found(meta, text).length).toBeGreaterThan(0),
  );
});
