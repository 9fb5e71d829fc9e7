import { describe } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

/**
 * Round 6: a realistic stream of Portuguese drafts (replies, thanks, scheduling, recruiters, congratulations),
 * measured before any change. The families below were widened or quieted by meaning; wordings here are not
 * copied from the corpus.
 */
const { cases } = languageCases('pt');
const to = (name: string, fromThem = 3): DraftOptions => ({ fromThem, recipient: { name } });

describe('pt round 6: an interjection or one-word reply before the comma is not a name', () => {
  cases(
    'wrong-name',
    [
      ['Caiu, obrigado pelo retorno de ontem.', to('Caio Barreto')],
      ['Poxa, Caiu, que pena que não deu certo.', to('Caio Barreto')],
      ['Marcos, obrigada pelo material!', to('Marta Gonçalves')],
    ],
    [
      ['Pô, Caio, que reunião difícil a de hoje. Bora alinhar amanhã?', to('Caio Barreto')],
      ['Poxa, que pena que não deu certo. Fica para a próxima!', to('Caio Barreto')],
      ['Nossa, que notícia boa! Parabéns pela aprovação.', to('Rafael Nunes')],
      ['Fechado, até quinta às 15h.', to('Lívia Campos')],
      ['Eita, esqueci de anexar. Segue agora o arquivo.', to('Débora Lins')],
      ['Pois, tens toda a razão sobre o prazo.', to('Marta Gonçalves')],
      ['Entendido, vou ajustar a proposta.', to('Sónia Ribeiro')],
      ['Vixe, Débora, o link expirou. Consegue me mandar de novo?', to('Débora Lins')],
      ['Excelente, Sr. Couto! Envio o contrato ainda hoje.', to('Jorge Couto')],
    ],
  );
});

describe('pt round 6: a real meeting named anywhere quiets pretended familiarity', () => {
  cases(
    'false-familiarity',
    [
      'Olá Henrique, como prometido, segue o contacto da Ana.',
      'Oi Bruna, conforme conversamos, envio a proposta.',
    ],
    [
      'Caro Henrique, foi um prazer rever-te no jantar de antigos alunos do ISEG. Como prometido, segue o contacto da Ana.',
      'Oi Bruna! A gente se conheceu no RD Summit semana passada. Conforme conversamos, envio a proposta.',
    ],
  );
});

describe('pt round 6: passing on news is not chasing a reply', () => {
  cases(
    'badgering',
    [
      ['Só lembrando que te mandei a proposta na segunda.', { fromThem: 2 }],
      ['Oi Davi, só reforçando o convite.', { fromThem: 2 }],
      ['Oi Davi, ainda aguardo o seu retorno sobre a parceria.', { fromThem: 2 }],
    ],
    [
      ['Olá time! Só lembrando que a retrospectiva foi pra sexta às 10h.', { fromThem: 3 }],
      ['Só relembrando que o estacionamento do evento é pela Rua Augusta.', { fromThem: 1 }],
    ],
  );
});

describe('pt round 6: an enthusiastic recommendation is not an order', () => {
  cases(
    'demanding',
    [
      ['Você precisa responder até amanhã.', { fromThem: 2 }],
      ['Você tem que assinar o contrato hoje.', { fromThem: 2 }],
      'Você tem que conhecer o nosso software de gestão.',
    ],
    [
      ['Você precisa conhecer a Carol, ela faz exatamente isso.', { fromThem: 2 }],
      ['Tens de provar o pastel de nata de lá quando fores a Belém!', { fromThem: 4 }],
      ['Vocês têm que vir conhecer o nosso escritório novo.', { fromThem: 2 }],
    ],
  );
});

describe('pt round 6: the writer offering to start early is not pressure', () => {
  cases(
    'pushy',
    [
      ['Preciso da sua resposta o quanto antes.', { fromThem: 1 }],
      ['Poderia me responder o quanto antes?', { fromThem: 1 }],
    ],
    [
      ['Posso começar o quanto antes, tenho disponibilidade imediata.', { fromThem: 2 }],
      ['Estou disponível para entrar no projeto imediatamente.', { fromThem: 2 }],
      ['Consigo entregar a revisão o mais rápido possível.', { fromThem: 2 }],
    ],
  );
});

describe('pt round 6: a pitch with the reader after the verb, or by means of our product', () => {
  cases(
    'sales-pitch',
    [
      'Olá Júlia, acredito que podemos ajudar vocês a bater a meta do trimestre.',
      'Oi Rafael, conseguimos ajudar sua equipe a atingir as metas de vendas.',
      'Olá Nuno, dá para reduzir o tempo de fecho contabilístico com a nossa plataforma.',
    ],
    [
      ['Podemos ajudar vocês a bater a meta, conforme pediu na reunião.', { fromThem: 2 }],
      'Oi Rafael, li seu post sobre metas de vendas e fiquei curioso: como vocês definem a meta trimestral?',
      'Olá Nuno, trabalho com a minha equipa na área de controlo de gestão da Sonae.',
    ],
  );
});

describe('pt round 6: reasons in other words (their piece in a relative clause, the slides of their talk, a meeting recalled)', () => {
  cases(
    'no-context',
    [
      'Olá Renan, como comentei na mensagem anterior, segue o link do repositório.',
      'Oi Camila, você poderia compartilhar os slides? Obrigada!',
      'Olá Inês, adorei o teu perfil. Tens 20 minutos?',
    ],
    [
      'Olá Camila, você poderia compartilhar os slides da palestra de ontem? Gostei muito da parte sobre OKRs.',
      'Oi Leo, consegue me mandar a gravação do workshop de sábado? Perdi o final.',
      'Olá Inês, acompanho o podcast que apresentas com o Miguel. Tens 20 minutos?',
      'Oi Gabriela, adorei te conhecer na imersão da Escola Conquer! Vamos manter contato.',
      'Olá Dr. Paiva, gostei muito de conhecê-lo no congresso de cardiologia. Podemos falar?',
      'Olá, Renan! Como comentei no evento, segue o link do repositório que mencionei.',
    ],
  );
});

describe('pt round 6: "tem de" + noun is what they have, "tem de" + infinitive an obligation', () => {
  cases(
    'demanding',
    [
      ['Você tem de me responder hoje.', { fromThem: 2 }],
      ['Tu tens que enviar-me o contrato.', { fromThem: 2 }],
      ['Você tem que pôr o seu nome no formulário.', { fromThem: 2 }],
    ],
    [
      'Oi João, quantos anos você tem de carreira em auditoria? Lembrei do seu artigo no Jota.',
      ['Quanto tempo você tem de casa na Vale?', { fromThem: 2 }],
      ['Quantas pessoas vocês têm de equipe hoje?', { fromThem: 2 }],
    ],
  );
});

describe('pt round 6: marital status asked with more words before the question mark', () => {
  cases(
    'personal-question',
    [
      'Olá Rita, você é casada com o Paulo da Embraer?',
      ['Você é solteiro desde quando?', { fromThem: 2 }],
    ],
    [
      ['Você está comprometida com o projeto até dezembro?', { fromThem: 2 }],
      ['O Paulo é casado com a Rita, que também trabalha na Embraer?', { fromThem: 2 }],
    ],
  );
});
