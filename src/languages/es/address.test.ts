import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/lint.ts';
import { matches, phrasePattern, type PhrasePattern } from '../../text/patterns.ts';
import { address } from './address.ts';

// The cues `mixed-address` reads: which registers a Spanish draft uses to address the reader.
const formal = phrasePattern(address.formal);
const familiar = phrasePattern(address.familiar);
const meta = phrasePattern(address.metaTalk);
const registers = (text: string) => {
  const has = (p: PhrasePattern) => matches(p, text);
  return { formal: has(formal), familiar: has(familiar) };
};

describe('es address cues', () => {
  it.each([
    ['Buenos días, Sr. Herrera. Le escribo porque leí su artículo. ¿Tendrías un rato? Te lo agradecería.'],
    ['Estimado Sr. Quintero, vi tu ponencia y me encantaría conectar con usted.'],
    ['Hola Adrián, ¿qué días tenés libres? Si usted prefiere otro horario, me avisa.'],
  ])('both registers in %s', (text) => {
    expect(registers(text)).toEqual({ formal: true, familiar: true });
  });

  it.each([
    ['Estimada Sra. Castillo: leí su artículo y le agradezco de antemano su tiempo.', { formal: true, familiar: false }],
    ['Estimado Nicolás: vi que usted lideró la interconexión. ¿Le parecería conversar?', { formal: true, familiar: false }],
    ['Hola Lucía, vi tu charla y me encantaría hacerte una pregunta.', { formal: false, familiar: true }],
    ['Hola Flor, ¿tenés 15 minutos? Avisame y lo coordinamos.', { formal: false, familiar: true }],
    ['Les escribo desde la asociación para presentarles el programa de sus socios.', { formal: false, familiar: false }],
  ])('one register or none in %s', (text, expected) => {
    expect(registers(text)).toEqual(expected);
  });

  it('recognises talk about the form of address', () => {
    expect(matches(meta, 'Si le parece, ¿nos tuteamos?')).toBe(true);
  });
});

describe('es address: the IT acronym', () => {
  it('does not read "TI" (tecnologías de la información) as a familiar "ti"', () => {
    const text = 'Estimada Sra. Pons:\n\nLe escribo porque buscamos perfiles TI para el área de TI de su banco. ¿Le parece que hablemos?';
    const r = lint({ text, kind: 'message', thread: { fromThem: 0, unansweredFromMe: 0 } } as never, { version: 2, coachingLanguage: 'es' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('mixed-address');
  });
  it('still reads "para ti" as familiar next to usted', () => {
    const text = 'Estimada Sra. Pons:\n\nLe escribo porque tengo una propuesta para ti. ¿Le parece que hablemos?';
    const r = lint({ text, kind: 'message', thread: { fromThem: 0, unansweredFromMe: 0 } } as never, { version: 2, coachingLanguage: 'es' });
    expect(r.findings.map((f) => f.ruleId)).toContain('mixed-address');
  });
});
