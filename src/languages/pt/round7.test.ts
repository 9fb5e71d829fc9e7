import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 7: clean cold first messages whose reason is told the way people tell it (a thanks for their
 * session, a question whether they run the event, their tenure read on their profile, their own request),
 * measured before any change. Wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 7: a reason told in passing is context', () => {
  cases(
    'no-context',
    [
      // Thanks for nothing of theirs, a generic question, tenure without "you", a vague "you asked".
      'Olá Rita, obrigado pela atenção. Podemos conversar esta semana?',
      'Oi Caio, é você que pode me ajudar? Queria trocar uma ideia.',
      'Bom dia Sr. Lopes, há seis anos trabalho no setor e gostava de conversar consigo.',
      'Oi Larissa, como você pediu, podemos conversar amanhã?',
      // A company describing what it offers is the writer's side, not something of theirs.
      'Bom dia, a Logimax oferece gestão de frotas que reduz os custos da sua empresa em 30%. Podemos falar?',
    ],
    [
      // Thanks for a piece of theirs.
      'Oi Diego! Obrigada pela oficina de sábado no Sebrae, já apliquei metade das dicas. Vamos manter contato?',
      'Olá Rui, agradeço a sua aula de ontem sobre fiscalidade. Gostava de continuar a conversa.',
      'Oi Nina, suas dicas sobre entrevistas me ajudaram muito na semana passada. Posso te seguir por aqui?',
      // Whether they are the one who does it.
      'Olá Marta, é a senhora quem coordena o congresso de pediatria em Coimbra? Gostava de submeter um resumo.',
      'OI BETO, FOI VOCÊ QUE ORGANIZOU o hackathon de Campinas? Quero participar no próximo.',
      // Their tenure read on their profile.
      'Olá Joana, reparei que trabalha há dez anos na área de seguros agrícolas; gostava de ouvir a sua opinião.',
      'Oi Pedro, vi que você atua desde 2015 com energia solar no Ceará. Toparia uma conversa?',
      // Their own request.
      'Olá Sr. Alves, o senhor solicitou ontem um orçamento pelo nosso site: posso ligar-lhe amanhã às 10h?',
    ],
  );
});

describe('pt round 7: an offer the reader asked for, or a job a recruiter offers, is no pitch', () => {
  cases(
    'sales-pitch',
    [
      // Still pitches: nobody asked.
      'Olá Ana, sou designer freelancer e posso mandar um orçamento para o seu site. Sem compromisso!',
      'Oi Beto, nossa plataforma ajuda empresas como a sua a vender mais. Que tal agendar uma demonstração?',
    ],
    [
      'Olá Ana, vi a sua publicação a pedir indicações de um fotógrafo para o evento de março. Posso enviar-lhe um orçamento?',
      'Oi Beto, vi no seu post que vocês estão procurando um sistema de ponto. Posso mandar um orçamento sem compromisso.',
      'Oi Carla, você preencheu nosso formulário pedindo uma demonstração. Quinta às 14h funciona?',
      'Olá Tiago, sou recrutadora e estamos contratando uma engenheira de dados sénior. Falamos? Sem compromisso.',
      'Oi Lia, temos uma vaga de analista fiscal em Campinas que tem tudo a ver com o seu perfil, sem compromisso nenhum.',
    ],
  );
});
