import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../detect.ts';
import { lint } from '../../engine/lint.ts';

describe('pt detection: short drafts with Portuguese-only words (vc, mim, quantos, estão, têm…)', () => {
  it.each(['Quantos anos você tem?', 'Vc tem um minuto?', 'Tem vaga pra mim?', 'Vocês estão contratando?'])('%s → pt', (text) => {
    expect(detectLanguage(text)).toBe('pt');
  });
  it.each([
    ['Hola, ¿tienes un minuto para hablar de la vacante?', 'es'],
    ['Do you have a minute to talk about the role?', 'en'],
  ])('%s stays %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('pt shouting reads Portuguese ordinary words', () => {
  const shouted = (text: string) =>
    lint({ text, kind: 'message', thread: { fromThem: 2, unansweredFromMe: 0 } }, { version: 2, coachingLanguage: 'pt' })
      .findings.filter((f) => f.ruleId === 'shouting')
      .map((f) => f.excerpt);
  it.each([
    ['Preciso disso, é URGENTE para a entrega.', 'URGENTE'],
    ['Uma oferta IMPERDÍVEL para a sua equipe.', 'IMPERDÍVEL'],
    ['Isso é MUITO IMPORTANTE para nós.', 'IMPORTANTE'],
  ])('flags %s', (text, word) => expect(shouted(text)).toContain(word));
  it.each(['Estudei na UNICAMP e fiz curso no SEBRAE.', 'O financiamento do BNDES saiu.', 'Trabalho no INSPER com o SENAI.'])('stays quiet on acronyms: %s', (text) =>
    expect(shouted(text)).toEqual([]),
  );
});

describe('pt no-hello: greeting-only drafts', () => {
  const noHello = (text: string) => lint({ text, kind: 'message' }, { version: 2, coachingLanguage: 'pt' }).findings.some((f) => f.ruleId === 'no-hello');
  it.each(['Oi, tudo bem?', 'Olá Marcos, tudo bom?', 'Bom dia! Como vai?', 'E aí, mano! Beleza?', 'Oi! Prazer em te conhecer.'])('flags %s', (text) => expect(noHello(text)).toBe(true));
  it.each(['Oi, tudo bem? Vi seu post sobre Rust e queria tirar uma dúvida.', 'Bom dia! Segue o relatório que combinamos.'])('stays quiet on %s', (text) =>
    expect(noHello(text)).toBe(false),
  );
});
