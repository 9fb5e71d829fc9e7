import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 11: drafts based on real pages (pt406–pt445), measured before any change: precision 1.000, recall 0.882.
 * The misses were four families said in other words; wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 11: a count of clients between "ajudamos" and the business is still a value proposition', () => {
  cases(
    'sales-pitch',
    [
      'Oi Lara, ajudamos mais de 200 clínicas a reduzir faltas nas consultas. Faz sentido conversarmos?',
      'Olá Rui, já ajudámos dezenas de empresas como a vossa a cortar custos de energia.',
      'Oi Caio, ajudamos +150 lojas a dobrar as reuniões agendadas com o time de vendas.',
      'Olá Bia, com ganhos de R$ 200 a R$ 900 por semana, você trabalha quando quiser.',
      'Oi Léo, dá pra faturar até R$ 3 mil por mês só indicando amigos.',
    ],
    [
      // Their own help or a salary of a job offered is no pitch.
      'Oi Lara, vi que a sua equipa ajudou mais de 200 clínicas no Alentejo. Parabéns pelo projeto!',
      'Olá Rui, a vaga tem salário de R$ 9.000 por mês e é híbrida. Tem interesse?',
      'Oi Caio, quantas reuniões agendadas vocês fazem por semana no time de SDR? Pergunto para a minha pesquisa do MBA.',
    ],
  );
});

describe('pt round 11: "validei as suas competências, pode fazer o mesmo?" asks for an endorsement back', () => {
  cases(
    'personal-favor',
    [
      'Olá Ana, acabei de validar as suas competências em Excel. Pode fazer o mesmo por mim?',
      'Oi Rafa, endossei você em Scrum ontem; se puder retribuir, agradeço!',
      'Olá Nuno, recomendei-o no LinkedIn. Faça o mesmo comigo quando puder.',
    ],
    [
      'Olá Ana, acabei de validar as suas competências em Excel: mais do que merecido depois do projeto da Sonae.',
      'Oi Rafa, recomendei o seu curso a duas colegas. Vou fazer o mesmo com o próximo!',
    ],
  );
});

describe('pt round 11: looking for work, then "se souber de algo, me avisa" asks the reader for work', () => {
  cases(
    'job-ask',
    [
      'Oi Thiago, estou procurando freela de front-end; se souber de algo, me avisa!',
      'Olá Rita, ando à procura de emprego em logística. Se surgir alguma coisa, lembre-se de mim.',
      'Oi Dani, tô buscando um estágio em design, qualquer coisa me chama.',
      // A partial stem before the word-boundary guard never matched: 'caso surja algo… me avise'.
      'Olá Sr. Vaz, caso surja alguma vaga na área fiscal, me avise, por gentileza.',
      'Oi Rô, caso saiba de algo no seu time, lembre de mim!',
    ],
    [
      // Looking for something else, or an offer to help them.
      'Oi Thiago, estou procurando palestrantes para o meetup; se souber de alguém, me avisa!',
      'Olá Rita, se souber de algum evento bom de logística, me avisa que eu divulgo.',
      'Oi Dani, estou procurando um estagiário de design para o meu time; se souber de alguém, me indica?',
    ],
  );
});

describe('pt round 11: "Chame no WhatsApp", and "…, me informe" after a lead-in, order a stranger', () => {
  cases(
    'demanding',
    [
      'Vagas limitadas. Chame no WhatsApp para garantir a sua.',
      'Para seguirmos, me informe seu salário atual e o bairro onde mora.',
      'Antes da entrevista, me envie o comprovante de residência.',
      'Fale comigo no privado para saber mais.',
    ],
    [
      'Qualquer dúvida, me manda uma mensagem.',
      'Se preferir, me envia o CV por aqui mesmo.',
      'Chame quando puder, sem pressa.',
      'Para adiantarmos, me envie o portfólio se tiver interesse.',
      'Para adiantarmos, poderia me enviar o portfólio?',
    ],
  );
});
