import { describe, expect, it } from 'vitest';
import { matches, phrasePattern } from '../../text/patterns.ts';
import { address } from './address.ts';

// The cues that `mixed-address` and `informal-address` read (languages.md §6), checked on their own.
const cue = (fragments: readonly string[]) => (text: string) => matches(phrasePattern(fragments), text);
const formal = cue(address.formal);
const familiar = cue(address.familiar);
const meta = cue(address.metaTalk);
const formalSector = cue(address.formalSector ?? []);
const casualSector = cue(address.casualSector ?? []);
const quebec = cue(address.quebec ?? []);

describe('French forms of address', () => {
  it.each(['Madame,\nVotre tribune…', 'Bonjour Monsieur Dupuis, merci.', 'Je vous remercie par avance.', 'Seriez-vous disponible ?', 'Bien à vous,', 'Veuillez trouver ci-joint…'])(
    'formal: %s',
    (text) => expect(formal(text)).toBe(true),
  );
  it.each(['Chez Doctolib, vous recrutez beaucoup.', 'Merci à vous tous.', 'Bonjour Claire, ravi d’échanger.'])('plain or plural vous is neither: %s', (text) => {
    expect(formal(text)).toBe(false);
    expect(familiar(text)).toBe(false);
  });
  it.each(['Du coup, tu serais dispo mardi ?', "T'as vu mon message ?", 'Ton article m’a plu.', 'Merci à toi !', 'Aurais-tu un moment ?'])('familiar: %s', (text) => {
    expect(familiar(text)).toBe(true);
  });
  it.each(['Je me permets de te tutoyer, entre développeurs !', 'On se tutoie ?', 'Le tutoiement est de rigueur chez nous.'])('meta-talk: %s', (text) => {
    expect(meta(text)).toBe(true);
  });
  it('sectors and Québec', () => {
    expect(formalSector('Avocate associée, cabinet Lefèvre')).toBe(true);
    expect(formalSector('Directrice générale, Banque Populaire')).toBe(true);
    expect(formalSector('Développeuse backend chez Doctolib')).toBe(false);
    expect(casualSector('Fondatrice chez Les Audacieuses')).toBe(true);
    expect(casualSector('Notaire à Lyon')).toBe(false);
    expect(quebec('Je travaille présentement sur un projet, on pourrait jaser ?')).toBe(true);
    expect(quebec('Je travaille actuellement sur un projet.')).toBe(false);
  });
});
