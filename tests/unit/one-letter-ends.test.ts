import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.ts';
import { phrasePattern } from '../../src/text/patterns.ts';

/**
 * A phrase fragment that ends on one letter class ("… for \p{L}", "Sr. \p{Lu}") is followed by the word end
 * every phrase gets, so it matched only one-letter words: five such patterns had never matched. Compiling one
 * now throws, and the five match what they were written for.
 */
describe('phrase fragments that end on one letter', () => {
  it('throw when compiled, as fragments ending in a space do', () => {
    expect(() => phrasePattern(["we've done this for \\p{L}"]).regexes).toThrow(/one letter/);
    expect(() => phrasePattern(['aqui na [\\p{Lu}\\p{N}]']).regexes).toThrow(/one letter/);
    expect(() => phrasePattern(['for \\p{L}+']).regexes).not.toThrow();
    expect(() => phrasePattern(['put in a word(?! for \\p{L})']).regexes).not.toThrow();
  });

  const rulesOf = (text: string, coachingLanguage = 'auto') => lint({ text }, { version: 2, coachingLanguage }).findings.map((f) => f.ruleId);
  const checklistDone = (text: string, item: string, coachingLanguage: string) =>
    lint({ text }, { version: 2, coachingLanguage }).checklist.find((c) => c.id === item)?.done;

  it('sales-pitch: past work for a named client ("we\'ve done this for Acme")', () => {
    const found = lint({ text: "Hi Ana, we've just done this for Acme and Globex. Worth a look?" }).findings.filter((f) => f.ruleId === 'sales-pitch');
    expect(found.map((f) => f.excerpt)).toContain("we've just done this for Acme");
  });

  it('German checklist: a mutual contact named ("gemeinsamer Kontakt Jonas")', () => {
    expect(checklistDone('Hallo Frau Berg, unser gemeinsamer Kontakt Jonas Weber meinte, ich solle mich melden.', 'common-ground', 'de')).toBe(true);
  });

  it('Spanish address: "Estimado Sr. Quintero" is formal, so the lone "tu" is the slip', () => {
    const found = lint({ text: 'Estimado Sr. Quintero, vi tu ponencia sobre IA en el agro y me encantaría conectar con usted.' }, { version: 2, coachingLanguage: 'es' }).findings;
    expect(found.filter((f) => f.ruleId === 'mixed-address').map((f) => f.excerpt)).toEqual(['tu']);
  });

  it('Portuguese checklist: "aqui na Olist" says who you are', () => {
    expect(checklistDone('Oi Gui, aqui na Olist estamos migrando para OpenTelemetry e sua thread ajudou muito.', 'introduces-self', 'pt')).toBe(true);
  });
});
