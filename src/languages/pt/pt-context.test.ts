import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/lint.ts';

/** A cold Portuguese message (detected, not forced): does `no-context` fire? */
function noContext(text: string, recipient?: { name?: string; company?: string }) {
  const report = lint({ text, kind: 'message', ...(recipient ? { recipient } : {}), thread: { fromThem: 0, unansweredFromMe: 0 } });
  expect(report.language, text).toBe('pt');
  return report.findings.some((f) => f.ruleId === 'no-context');
}

describe('pt no-context: real context in any wording keeps it quiet', () => {
  it.each([
    // theirWork
    'Olá Marta, li o seu artigo no Público sobre habitação e gostava de lhe fazer duas perguntas. Tem 15 minutos esta semana?',
    'Oi Felipe, assisti à sua live sobre Flutter na semana passada e fiquei com uma dúvida sobre testes. Você teria um tempinho?',
    'Oi Renan, acompanho seus posts sobre precificação há meses e queria entender como você começou. Toparia um café virtual?',
    'Olá Inês, ouvi o teu episódio no podcast da Eco sobre energia solar e queria trocar ideias contigo.',
    'Oi Sabrina, vi que você está organizando a trilha de dados do TDC. Posso ajudar como voluntária?',
    'Olá Dr. Nuno, seu trabalho na reabilitação de pacientes com AVC me inspirou muito. Poderia me dar uma orientação?',
    'Bom dia, Vera. Te vi falar no painel de diversidade do Febraban Tech e adorei. Você teria 20 minutos?',
    // theirNews
    'Oi Camila, parabéns pela promoção a diretora! Queria te perguntar como foi a transição.',
    'Olá Tomás, muitos parabéns pela nomeação para o conselho da APDC. Podemos conversar?',
    'Oi Léo, parabéns pelo lançamento do app! Fiquei curioso sobre a stack.',
    // namedReferral
    'Oi Rafael, a Juliana Souza me indicou seu nome quando falei que estou estudando finanças. Você teria 15 minutos?',
    'Olá Pedro, por indicação do Marcos Lima escrevo-lhe sobre o projeto em Braga.',
    // howWeMet
    'Oi Bruno, nos conhecemos no meetup de Go em Floripa. Podemos continuar aquela conversa?',
    'Olá Sofia, foi um prazer conhecê-la ontem no Porto Tech Hub. Continuamos a conversa?',
    'Oi Lia, conversamos no intervalo do RD Summit sobre automação. Topa um café?',
    // commonGround
    'Oi Diego, também estudei na UFPE e vi que você foi para a área de produto. Toparia me contar como foi?',
    'Olá Rita, fui sua aluna na disciplina de Marketing Digital do ISEG. Poderia me dar uma orientação?',
    'Oi Thiago, fazemos parte da mesma comunidade de Python de Belo Horizonte. Bora trocar uma ideia?',
    // jobApplication
    'Oi Larissa, me candidatei à vaga de Analista de Dados (ref. 4410) e queria saber mais sobre a equipe. Você teria 10 minutos?',
    // anything of theirs read or watched, their experience somewhere named, who said what about them
    ['Exma. Senhora Dra. Maria Santos,\n\nLi o seu parecer sobre o novo código laboral. Teria disponibilidade para uma breve reunião?', { name: 'Maria Santos' }],
    ['Boa tarde, Sra. Almeida. Sou recrutadora e temos uma vaga que combina com sua experiência em SAP. Qual sua pretensão salarial?', { name: 'Cláudia Almeida' }],
    'Oi Tiago, a Bruna do time de dados me disse que você é a pessoa certa pra falar sobre dbt. Topa um papo?',
    'Oi Bruno, fui ao seu workshop de Terraform no DevOpsDays e fiquei com uma dúvida. Pode me ajudar?',
    'Olá Renato, acompanho há anos o trabalho de educação da Fundação Lemann. Teria 15 minutos para uma conversa?',
    'Oi Clara, fiquei muito feliz em ver sua promoção! Queria te perguntar como foi a transição para gestão.',
    'Oi Pablo, testamos o app de vocês na nossa clínica e fiquei com uma dúvida sobre integrações. Podemos falar?',
    'Oi Caio, excelente artigo sobre observabilidade no blog da Zup! Fiquei com uma dúvida sobre sampling. Pode me ajudar?',
    'Olá Denise, que palestra inspiradora ontem no Women in Tech! Queria te perguntar sobre mentoria.',
    'Oi Igor, ouvi você falar no podcast Hipsters sobre arquitetura de eventos. Topa trocar uma ideia?',
    'Olá Rute, li no Expresso que a equipa que lidera vai abrir um centro em Braga. Podemos conversar?',
    'Oi Sandra, acompanhei o lançamento do cartão de crédito da Inter e queria entender o go-to-market. Tem 10 minutos?',
    // their company named
    ['Oi Karen, admiro muito o trabalho de acessibilidade da Movile. Você teria 15 minutos?', { name: 'Karen Sato', company: 'Movile' }],
  ] as const)('%s', (entry) => {
    const [text, recipient] = typeof entry === 'string' ? [entry, undefined] : entry;
    expect(noContext(text, recipient)).toBe(false);
  });
});

describe('pt no-context: pseudo-context and no reason still fire', () => {
  it.each([
    'Olá Marcos, vi seu perfil e gostaria de me conectar. Podemos conversar?',
    'Oi Paula, vi que você visitou meu perfil. Posso ajudar em algo?',
    'Olá Ana, temos muitas conexões em comum e seria ótimo nos conectarmos.',
    'Oi Jorge, estamos no mesmo setor e acho que podemos trocar muito. Vamos conversar?',
    'Olá Carla, sempre busco me conectar com profissionais como você. Aceita o convite?',
    'Oi Mateus, tudo bem? Estou procurando emprego na área de dados. Você tem alguma vaga pra mim?',
    'Olá, somos uma agência de marketing e ajudamos empresas como a sua a vender mais. Podemos agendar uma conversa?',
    'Oi Bia, adoraria te conhecer melhor num jantar só nós dois.',
  ])('%s', (text) => {
    expect(noContext(text)).toBe(true);
  });
});
