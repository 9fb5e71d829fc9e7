import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 26: clean operational first messages and networking with a reason told in passing (pt576–pt625), measured
 * before any change: 20 of 50 clean drafts flagged (no-context 17, emoji 2 of them my label errors, sales-pitch,
 * sensitive-info, slang). Wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 26: something of theirs in the writer’s hands, a firm of theirs we deal with, an office that sent us', () => {
  cases(
    'no-context',
    [
      'Bom dia. Gostaria de saber se têm vagas na turma de sábado.',
      'Olá! Envie o seu pedido até sexta, por favor, para o podermos tratar.',
      'Oi, tudo bem? Queria saber se a vaga de estacionamento ainda está disponível.',
      'Boa tarde, estamos no mesmo setor. Vamos conversar?', 'Olá! Partilhamos os mesmos valores e gostava de o ter na minha rede.',
    ],
    [
      'Boa tarde! Achei o seu gato no telhado da garagem, está aqui em casa e bem.',
      'Olá, a sua mochila ficou no autocarro 208 e o motorista deixou-a comigo.',
      'Bom dia, o meu pai é tratado no vosso laboratório desde 2019 e queria confirmar a hora da colheita.',
      'Olá! Compramos à vossa distribuidora há anos; quem é agora o comercial da zona de Braga?',
      'Oi Marta, a sua gráfica imprimiu-nos os convites do casamento e ficaram lindos. Fazem também cardápios?',
      'A camisola que nos vendeu na feira de Tavira era de excelente lã. Tem noutras cores?',
      'Bom dia, a portaria disse que a entrega das chaves é com o senhor. Quando posso passar?',
      'Boa tarde. Informaram-me que o meu requerimento ficou convosco desde segunda.',
      'Oi Paulo! Estamos no mesmo prédio comercial da Av. Paulista, vocês no 12º e nós no 9º.',
      'Olá! Pela lista do evento, viajamos no mesmo autocarro para Fátima no domingo.',
      'O seu nome consta no contrato da obra como responsável. Podemos falar amanhã?',
      'No processo da cliente consta que a senhora fez a avaliação inicial. Pode enviar o relatório?',
    ],
  );
});

describe('pt round 26: a buyer asking the reader for a quote is no pitch', () => {
  cases(
    'sales-pitch',
    ['Posso enviar um orçamento sem compromisso para a vossa loja?', 'Olá! Gostaria de lhe preparar uma proposta comercial.'],
    [
      'Somos um clube de futebol amador. Conseguiria nos mandar uma cotação para 30 camisolas?',
      'Bom dia, seria possível fazer um orçamento para a pintura do salão?',
      'Poderiam enviar-nos uma cotação de 200 cadeiras até sexta?',
    ],
  );
});

describe('pt round 26: their ID found or being returned is told, not asked for', () => {
  cases(
    'sensitive-info',
    ['Para continuar, preciso do seu cartão de cidadão.', 'Pode mandar o número do seu passaporte?'],
    [
      'Encontrei no comboio uma pasta com o seu cartão de cidadão. Onde lha posso entregar?',
      'Achei a carteira e o seu RG está lá dentro.',
      'Gostava de devolver o seu passaporte, que ficou no hotel.',
    ],
  );
});

describe('pt round 26: shorthand that is an acronym in capitals stays quiet', () => {
  cases(
    'slang',
    ['Falamos dps, ok?', 'Vou ver qdo posso.', 'Dps te ligo.'],
    ['Trabalho na DPS de Nampula.', 'O relatório do PDC sai em março.', 'Consulte o QTO da obra.'],
  );
});

describe('pt round 26: their things at the start of a sentence, capital or not', () => {
  cases('no-context', [], ['Seu cachorro fugiu e está no meu quintal, tudo bem com ele.', 'A vossa empresa instalou o elevador do nosso prédio e tenho uma dúvida sobre a garantia.']);
});
