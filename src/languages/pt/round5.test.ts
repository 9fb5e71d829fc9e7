import { describe } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

/**
 * Round 5: families generalised after 40 new drafts (written and measured before the change) showed
 * reasons without a proper name and favors in new shapes. Wordings here are not copied from the corpus.
 */
const { cases, rulesOf } = languageCases('pt');
const thread: DraftOptions = { fromThem: 2 };

describe('pt round 5: reasons without a proper name', () => {
  cases(
    'no-context',
    [
      'Oi Lara, tudo bem? Trabalho com compras. Podemos conversar segunda?',
      'Olá Rui, vi o teu perfil e gostava de conversar. Pode ser?',
      'Oi Bia, fiz uma pergunta ontem. Podemos falar?',
    ],
    [
      'Oi Lara, deixei uma dúvida sobre frete no final da palestra de terça e fiquei curiosa. Podemos falar?',
      'Olá Rui, a tua explicação sobre IVA poupou-me uma multa. Posso perguntar mais uma coisa?',
      'Oi Caio, você tirou minha dúvida naquele post sobre importação, obrigado! Tenho mais uma.',
      'Oi Nina, as bolsas de vocês ainda aceitam projetos de música?',
      'Olá Sr. Abel, ficámos lado a lado no voo para o congresso e falámos de barragens.',
      'Oi Duda, seu vídeo ensinando a montar o fluxo de caixa me ajudou demais.',
      'Cara Dra. Sara, gostaríamos de a convidar para abrir as jornadas de farmácia.',
    ],
  );
});

describe('pt round 5: asks in new shapes', () => {
  cases(
    'job-ask',
    [
      'Podes falar com o teu gestor para me chamarem para uma entrevista?',
      'Dá para falar com o RH para me colocarem na equipa de dados?',
      'Você pode pedir para me contratarem para uma vaga aí?',
    ],
    [
      ['Vocês deveriam me contratar direto, sem teste.', thread],
      'Obrigado pelo convite para a entrevista; qual é a faixa salarial?',
      'Oi Léo, me candidatei à vaga 332 e queria saber como é o time.',
    ],
  );
  cases(
    'personal-favor',
    [
      'Oi Pedro, você consegue me emprestar 500 reais até sexta?',
      'Olá, podes subscrever o meu podcast? Obrigado!',
      'Deixa um like no meu último vídeo, por favor!',
      'Poderia gravar um depoimento curto sobre o meu trabalho?',
      'Podes falar com a tua chefe sobre mim?',
    ],
    [
      'Oi Pedro, gostei do vídeo que você gravou sobre crédito rural.',
      ['Obrigado pelo depoimento que gravaste na semana passada!', thread],
      'Olá, queria perguntar ao teu gestor sobre o projeto de energia, se achares bem.',
    ],
  );
  cases(
    'pushy',
    [['Preciso da resposta até as 17h de hoje.', thread], ['Me responda até às 9h amanhã.', thread], ['Aguardo seu retorno até as 12h.', thread]],
    [['Sem pressa, quando puder.', thread], ['A reunião é às 17h, até lá!', thread], ['Fico no aguardo.', thread]],
  );
  cases(
    'sales-pitch',
    [
      'Oi Gil, temos consultoria a partir de R$ 900 por mês. Topa conhecer?',
      'Separei um cupom especial para você: 30% off na mentoria!',
      'Restam só 12 vagas na imersão. Posso te mandar o portfólio?',
    ],
    [
      ['Conforme pediu, segue o orçamento a partir de R$ 900.', thread],
      'Oi Gil, li seu artigo sobre precificação a partir de custos e fiquei com uma dúvida.',
      'Olá, vi a vaga de vocês e me candidatei ontem.',
    ],
  );
});

describe('pt round 5: a nurse’s title is not a name', () => {
  cases('wrong-name', [], [['Cara Enfermeira Graça Lopes, obrigada pela ajuda.', { ...thread, recipient: { name: 'Graça Lopes' } }]]);
  void rulesOf;
});
