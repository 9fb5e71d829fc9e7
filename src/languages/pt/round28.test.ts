import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 28: clean cold networking with a reason told in passing (pt626–pt675), measured before any change:
 * 4 of 50 clean drafts flagged, all by no-context (their poster, a customer of their product twice, an office
 * addressed by its title). Wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 28: a customer of their product, in any person, and their poster', () => {
  cases(
    'no-context',
    [
      'Olá! Compre o nosso sistema de gestão e poupe horas por semana.',
      'Bom dia, use a nossa plataforma de faturação: é simples e rápida.',
      'Oi, tudo bem? Queria apresentar o meu app de agendamento.',
      'Olá, já pensou em trocar o seu sistema por um mais moderno?',
    ],
    [
      'Boa tarde, o nosso hospital usa o vosso sistema de triagem desde março e queríamos alargar a licença.',
      'Olá! Comprei o seu drone agrícola e tenho uma dúvida sobre a bateria.',
      'Bom dia. A clínica utiliza a vossa plataforma de pagamentos; há relatórios mensais?',
      'Adquirimos em 2024 o vosso equipamento de secagem; quem trata da manutenção?',
      'A fazenda usa a sua ração para tilápia. Entregam no Paraná?',
      'Instalámos o vosso software no armazém. Há formação incluída?',
      'Enfermeira Rosa, o seu pôster sobre úlceras de pressão no congresso de Lisboa ajudou a nossa equipa.',
      'O teu pôster sobre solos do cerrado respondeu a uma dúvida antiga.',
    ],
  );
});
