import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 8: a realistic stream of cold first messages and notes (pt336–pt365), measured before any change.
 * The families below were widened or quieted by meaning; wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 8: having talked with them somewhere, or news of their business, is context', () => {
  cases(
    'no-context',
    [
      // A pleasure with no place, or talk with no one in particular.
      'Oi Bruno, foi ótimo trocar ideias. Vamos manter contato?',
      'Olá Rita, adorei bater um papo sobre produto. Podemos falar mais?',
      // A business that is nobody's in particular.
      'Olá Vera, uma padaria abriu no Porto. Podemos conversar?',
    ],
    [
      'Oi Bruno, foi ótimo trocar ideias com você no meetup de React ontem. Vamos manter contato?',
      'FOI MUITO BOM BATER UM PAPO COM VOCÊ NA FEIRA DO AGRO, Lucas! Bora seguir conversando?',
      'Olá Rita, adorei conversar consigo no jantar da Ordem dos Engenheiros; podemos continuar?',
      'Olá Vera, vi que o vosso restaurante ganhou uma estrela Michelin! Gostava de conversar.',
      'Oi Caio, soube que sua cervejaria abriu uma segunda fábrica em Blumenau, parabéns. Podemos falar?',
    ],
  );
});

describe('pt round 8: the writer sending something later today presses no one', () => {
  cases(
    'pushy',
    [
      ['Preciso que me responda ainda hoje.', { fromThem: 1 }],
      ['Conto com o seu retorno ainda hoje, sem falta.', { fromThem: 1 }],
    ],
    [
      ['Te mando o convite pelo Google Meet ainda hoje.', { fromThem: 1 }],
      ['Envio-lhe a versão revista do contrato ainda hoje.', { fromThem: 1 }],
      ['Vou mandar a planilha com os números do trimestre ainda hoje!', { fromThem: 2 }],
    ],
  );
});

describe('pt round 8: services, prices and sales material offered cold are a pitch', () => {
  cases(
    'sales-pitch',
    [
      'Olá Joana, ofereço sessões de fotografia para restaurantes com preços especiais. Interessa?',
      'Oi Carla, fazemos pacotes de vídeo para clínicas. Posso enviar-lhe a tabela de preços?',
      'Bom dia Marta, envio em anexo a apresentação da nossa agência de eventos.',
      'Oi Pedro, segue o nosso catálogo de uniformes corporativos.',
    ],
    [
      // A job seeker's portfolio, a price talked about, the reader's own presentation.
      'Oi Paula, sou recém-formada em design e posso mandar meu portfólio se fizer sentido.',
      'Olá Nuno, li o seu artigo sobre preços especiais na energia para indústrias. Gostava de conversar.',
      'Oi Rui, adorei a apresentação da sua equipe no meetup. Pode partilhar os slides?',
    ],
  );
});

describe('pt round 8: connecting with "professionals of note" is networking for its own sake', () => {
  cases(
    'template-phrase',
    [
      'Olá Mariana, sempre busco me conectar com profissionais de destaque da área.',
      'Oi Léo, gosto de me conectar com pessoas inspiradoras como você!',
      'Olá Sr. Gomes, procuro sempre ligar-me a profissionais do setor.',
    ],
    [
      'Olá Mariana, busco me conectar com quem organizou o Agile Trends deste ano.',
      'Oi Léo, gosto de me conectar com você depois da sua palestra na Campus Party.',
    ],
  );
});

describe('pt round 8: a stranger asked to subscribe to or like the channel', () => {
  cases(
    'personal-favor',
    [
      'Lancei meu canal sobre investimentos. Você pode se inscrever e curtir os vídeos?',
      'Abri um podcast de RH: poderia seguir a página? Ajuda muito!',
      'Criei um canal de culinária, podes inscrever-te no canal?',
    ],
    [
      'Vi o seu canal sobre investimentos e gostei muito dos vídeos.',
      'Pode me dizer se o podcast do time ainda está no ar?',
    ],
  );
});
