import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/lint.ts';
import { findings, fixOf, flags, quiet } from './cases.ts';


describe('pt sales-pitch', () => {
  it.each([
    'Nossa ferramenta de cobrança automatiza 80% das tarefas do financeiro. Bora ver?',
    'A nossa solução ajuda clínicas como a sua a reduzir faltas em consultas.',
    'Ajudamos startups como a sua a escalar o atendimento.',
    'Oferecemos um período de teste grátis de 30 dias, sem compromisso.',
    'Quer agendar uma demonstração de 20 minutos na quinta?',
    'Ofereço meus serviços de design gráfico para a sua marca.',
    'Conheça esta oportunidade de renda extra trabalhando poucas horas por dia.',
    'Com o nosso método você pode aumentar as suas vendas em 40%.',
    'SÓ HOJE: 30% de desconto na assinatura anual.',
  ])('flags %s', (text) => flags('sales-pitch', text));
  it.each([
    'Trabalho como engenheira de dados na Stone e estou estudando Spark.',
    'Vi a demonstração do produto de vocês no evento e fiquei curioso sobre a arquitetura.',
    'No ano passado reduzimos o custo de nuvem em 30% e queria trocar ideias sobre isso.',
    'Sou consultor há dez anos e gostaria de ouvir sua opinião sobre a LGPD.',
  ])('stays quiet on %s', (text) => quiet('sales-pitch', text));
  it('stays quiet in an established thread where they asked for prices', () =>
    quiet('sales-pitch', 'Segue a proposta com 10% de desconto, como você pediu. Podemos agendar uma demonstração com o time?', { warm: true }));
});

describe('pt job-ask', () => {
  it.each([
    'Vocês teriam alguma vaga para mim na área de dados?',
    'Por favor, me contrata, sou muito dedicado.',
    'Poderia me indicar para a vaga de analista?',
    'Pode encaminhar o meu currículo para o RH da empresa?',
    'Aceito qualquer vaga disponível na sua equipe.',
    'Segue a minha candidatura espontânea para a vossa empresa.',
  ])('flags %s', (text) => flags('job-ask', text));
  it.each([
    'Me candidatei à vaga de Analista de BI (código 1234) e queria entender melhor o dia a dia da equipe.',
    'Você teria alguma dica para quem está começando em UX?',
    'Temos uma vaga de desenvolvedor sênior que combina com seu perfil. Toparia conversar?',
    'Pode me indicar um bom livro sobre negociação?',
  ])('stays quiet on %s', (text) => quiet('job-ask', text));
});

describe('pt personal-favor', () => {
  it.each([
    'Vote em mim no prêmio de startup do ano!',
    'Curte e compartilha o meu post sobre o lançamento, por favor.',
    'Você poderia validar minhas competências em Python?',
    'Pode escrever uma recomendação para mim no LinkedIn?',
    'Deixe uma avaliação para o meu restaurante no Google.',
    'Consegue me emprestar 500 reais até o fim do mês?',
    'Pode me apresentar ao seu CEO?',
    'Consegue encaminhar o meu perfil ao seu gestor?',
  ])('flags %s', (text) => flags('personal-favor', text));
  it.each([
    'Você teria 15 minutos para me dar uma opinião sobre minha carreira?',
    'Li seu post sobre liderança e compartilhei com minha equipe.',
    'Adorei a avaliação que vocês fizeram do mercado de crédito.',
  ])('stays quiet on %s', (text) => quiet('personal-favor', text));
  it('an intro inside an established thread is fine', () => quiet('personal-favor', 'Como você sugeriu, pode me apresentar ao seu diretor de compras? Assim mostro o piloto.', { warm: true }));
});

describe('pt personal-question', () => {
  it.each(['Quantos anos você tem?', 'Você é casada?', 'Tem filhos ou pretende ter filhos?', 'Onde você mora?', 'Quanto você ganha hoje?', 'Em quem você votou?'])('flags %s', (text) =>
    flags('personal-question', text),
  );
  it.each([
    'Há quantos anos você está na Embraer?',
    'Quantos anos de experiência você tem com Java?',
    'Qual é a sua pretensão salarial e o seu prazo de aviso prévio?',
    'Trabalho num projeto para mães solteiras em Recife.',
  ])('stays quiet on %s', (text) => quiet('personal-question', text));
});

describe('pt sensitive-info', () => {
  it.each(['Preciso do seu CPF para o cadastro.', 'Me passa sua chave Pix?', 'Envie seus dados bancários e o RG.', 'Qual o código de verificação que chegou no seu celular?', 'Informe sua data de nascimento.'])(
    'flags %s',
    (text) => flags('sensitive-info', text),
  );
  it.each(['Meu e-mail é ana@exemplo.com, pode escrever por lá.', 'O computador novo chegou.', 'Qual o seu e-mail de trabalho para eu mandar o convite?'])('stays quiet on %s', (text) =>
    quiet('sensitive-info', text),
  );
});

describe('pt flirtatious', () => {
  it.each(['Oi linda, tudo bem?', 'Olá gatinha!', 'Que olhos lindos na sua foto.', 'Você está solteira?', 'Bora sair para jantar comigo no sábado?', 'Você é muito bonita 😍'])('flags %s', (text) =>
    flags('flirtatious', text),
  );
  it.each([
    'Querida Ana, obrigada pela indicação!',
    'Cara Joana, segue o relatório.',
    'A apresentação ficou linda, parabéns pelo trabalho!',
    'Que projeto lindo vocês fizeram na Bahia.',
    'Gostaria de conhecer melhor o trabalho da sua equipe.',
  ])('stays quiet on %s', (text) => quiet('flirtatious', text));
});

describe('pt template-phrase', () => {
  it.each([
    'Olá Pedro, gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
    'Gostaria de adicionar você à minha rede profissional.',
    'Vi o seu perfil e achei muito interessante.',
    'Me deparei com seu perfil e resolvi escrever.',
    'Estou expandindo minha rede de contatos na área de vendas.',
    'A quem interessar possa: procuro estágio.',
    'Prezado(a), segue nossa apresentação.',
    'Prezado(a) Senhor(a), venho apresentar a empresa.',
    'Prezado candidato, obrigado pelo interesse.',
  ])('flags %s', (text) => flags('template-phrase', text));
  it.each([
    'Prezado Sr. Almeida, li seu artigo sobre saneamento.',
    'Cara Joana, obrigada pela conversa.',
    'Adoraria me conectar com você para trocar ideias sobre ESG.',
    'Vi sua palestra na Campus Party sobre visão computacional e gostei muito.',
  ])('stays quiet on %s', (text) => quiet('template-phrase', text));
});

describe('pt overly-formal', () => {
  it.each(['Ilustríssimo Senhor Diretor,', 'Venho por meio desta solicitar uma reunião.', 'Sem mais para o momento, subscrevo-me.', 'Outrossim, informo que o prazo terminou.', 'Nestes termos, pede deferimento.', 'Solicito a V. Sa. o envio do parecer.'])(
    'flags %s',
    (text) => flags('overly-formal', text),
  );
  it.each(['Exmo. Senhor Eng. Carlos Sousa,', 'Prezado Sr. Lima, tudo bem?', 'Atenciosamente, Rita', 'Com os melhores cumprimentos,'])('stays quiet on %s', (text) => quiet('overly-formal', text));
});

describe('pt slang', () => {
  it.each([
    ['Vc tem um minuto?', 'Você'],
    ['Eu tb trabalho com dados.', 'também'],
    ['Te mando a msg amanhã.', 'mensagem'],
    ['Podemos falar hj?', 'hoje'],
    ['Fico feliz q deu certo.', 'que'],
  ])('flags %s with a fix', (text, fix) => expect(fixOf('slang', text)).toBe(fix));
  it.each(['Obg pela ajuda!', 'kkkk adorei', 'Valeu, blz', 'btw, a reunião mudou', 'E aí, tudo certo?'])('flags %s', (text) => flags('slang', text));
  it('has no fix for obg (obrigado/obrigada depends on the writer)', () => expect(fixOf('slang', 'Obg pela ajuda!')).toBeUndefined());
  it('flags a kiss sign-off to a stranger only', () => {
    flags('slang', 'Obrigada pela atenção!\nBjs');
    quiet('slang', 'Obrigada pela atenção!\nBjs', { warm: true });
  });
  it.each(['Valeu pela dica, Bruno!', 'Pra mim funciona na terça.', 'Abs, Carla', 'Att., Marcos', 'Estive em Porto Alegre/RS na semana passada.', 'Vamos fechar o Q3 com folga.'])(
    'stays quiet on %s',
    (text) => quiet('slang', text),
  );
});

describe('pt nickname', () => {
  it.each(['Fala, mano! Beleza?', 'Oi chefe, tudo certo?', 'Valeu, parceiro!', 'E aí, campeão!', 'Obrigado pela força, irmão.'])('flags %s', (text) => flags('nickname', text));
  it.each(['Olá colega Fernanda, tudo bem?', 'Meu amigo Paulo me indicou seu nome.', 'Falei com o chefe da equipe ontem.', 'Cara Joana, tudo bem?'])('stays quiet on %s', (text) =>
    quiet('nickname', text),
  );
  it('flags a short form of the recipient’s name (Zé for José)', () => flags('nickname', 'Oi Zé, vi seu post sobre Kotlin.', { recipient: { name: 'José Almeida' } }));
  it('stays quiet on the name as on their profile', () => quiet('nickname', 'Oi Zé, vi seu post sobre Kotlin.', { recipient: { name: 'Zé Almeida' } }));
});

describe('pt pushy', () => {
  it.each(['É urgente!', 'Preciso disso o quanto antes.', 'Responda o mais rápido possível.', 'Aguardo sua resposta até sexta.', 'Preciso da sua resposta ainda hoje.', 'Me envia ASAP.'])(
    'flags %s',
    (text) => flags('pushy', text, { warm: true }),
  );
  it.each(['Fico no aguardo.', 'Aguardo seu retorno.', 'Sem pressa, quando puder me diz.', 'Trabalho na área de urgências do hospital.', 'Não é urgente, pode ver na semana que vem.'])(
    'stays quiet on %s',
    (text) => quiet('pushy', text, { warm: true }),
  );
});

describe('pt demanding', () => {
  it.each(['Você tem que responder hoje.', 'Preciso que você assine o contrato.', 'Me manda o seu portfólio.', 'Envie seu currículo agora.', 'Agende já a sua visita!'])('flags %s cold', (text) =>
    flags('demanding', text),
  );
  it.each(['Não me mande mais mensagens.', 'Pare de me ligar, por favor.'])('flags the negative imperative %s in any thread', (text) => flags('demanding', text, { warm: true }));
  it.each([
    'Você poderia me enviar o relatório?',
    'Por favor, me envie o contrato.',
    'Me avisa se precisar de algo.',
    'Qualquer dúvida, me chama.',
    'Fique à vontade para recusar.',
    'Você deve estar muito ocupado, então serei breve.',
    'Por que você não me responde?',
  ])('stays quiet on %s', (text) => quiet('demanding', text));
  it('a bare imperative is fine in an established thread', () => quiet('demanding', 'Me liga amanhã de manhã.', { warm: true }));
});

describe('pt desperate, entitled, assumption, badgering', () => {
  it.each(['Estou desesperada atrás de emprego.', 'Te imploro, me dá uma chance.', 'Pelo amor de Deus, me ajuda.', 'Você é minha última esperança.'])('desperate flags %s', (text) =>
    flags('desperate', text),
  );
  it.each(['Adoraria trabalhar com vocês!', 'Seria um prazer conversar.', 'Estou muito animada com a vaga.'])('desperate stays quiet on %s', (text) => quiet('desperate', text));
  it.each(['Acho que mereço uma resposta.', 'É o mínimo que vocês podem fazer.', 'Exijo uma explicação.', 'Você deveria me contratar.'])('entitled flags %s', (text) => flags('entitled', text));
  it.each(['Aguardo seu retorno.', 'Espero sua resposta.', 'Mereço um café depois dessa semana!'])('entitled stays quiet on %s', (text) => quiet('entitled', text));
  it.each(['Tenho certeza de que você vai adorar a plataforma.', 'Como você provavelmente sabe, o mercado mudou.', 'Sei que você está procurando novos fornecedores.'])(
    'assumption flags %s',
    (text) => flags('assumption', text),
  );
  it.each(['Imagino que esteja ocupado, serei breve.', 'Tenho certeza de que foi um ótimo evento.', 'Não sei se você conhece a nossa ONG.'])('assumption stays quiet on %s', (text) =>
    quiet('assumption', text),
  );
  it.each(['Você viu minha última mensagem?', 'Só reforçando o convite.', 'Por que você não me responde?', 'Pela terceira vez te escrevo sobre isso.'])('badgering flags %s', (text) =>
    flags('badgering', text, { warm: true }),
  );
  it.each(['Obrigado pela resposta rápida!', 'Retomo o assunto da semana passada caso tenha se perdido.', 'Vi sua mensagem e respondo amanhã.'])('badgering stays quiet on %s', (text) =>
    quiet('badgering', text, { warm: true }),
  );
});

describe('pt negative-tone and profanity', () => {
  it.each(['Fiquei muito decepcionado com o processo.', 'Isso é uma falta de respeito.', 'Que atendimento péssimo.'])('negative-tone flags %s', (text) => flags('negative-tone', text));
  it.each(['Foi um prazer trabalhar com vocês.', 'Parabéns pelo lançamento!', 'Obrigada pela paciência.'])('negative-tone stays quiet on %s', (text) => quiet('negative-tone', text));
  it.each(['Porra, de novo?', 'Que merda de processo.', 'Caralho, que demora.', 'pqp, perdi o prazo'])('profanity flags %s', (text) => flags('profanity', text));
  it.each(['O computador novo chegou.', 'A reputação da empresa é ótima.', 'Ganhamos a disputa judicial.', 'Trabalho com computação em nuvem.'])('profanity stays quiet on %s', (text) =>
    quiet('profanity', text),
  );
});

describe('pt typo', () => {
  it.each([
    ['Concerteza vamos conseguir.', 'Com certeza'],
    ['Derrepente surgiu uma ideia.', 'De repente'],
    ['Estou ancioso pela conversa.', 'ansioso'],
    ['Apartir de março começo no novo cargo.', 'A partir'],
    ['Prezada Sr. Tavares, bom dia.', 'Prezado Sr.'],
    ['Prezado Sra. Lima, boa tarde.', 'Prezada Sra.'],
  ])('fixes %s', (text, fix) => expect(fixOf('typo', text)).toBe(fix));
  it.each(['Com certeza vamos conseguir.', 'A gente se fala amanhã.', 'Mas esta semana está cheia.', 'Prezada Sra. Lima, boa tarde.', 'Prezado Sr. Tavares, bom dia.'])('stays quiet on %s', (text) =>
    quiet('typo', text),
  );
});

describe('pt false-familiarity', () => {
  it.each(['Conforme conversamos, segue a proposta.', 'Como combinado, envio os dados.', 'Dando continuidade à nossa conversa, seguem os valores.', 'Foi ótimo falar com você!'])(
    'flags %s cold',
    (text) => flags('false-familiarity', text),
  );
  it.each(['Como prometido no jantar da Fundação Estudar, segue o link.', 'Foi ótimo falar com você na Gartner Summit ontem.', 'Li seu artigo sobre crédito rural.'])('stays quiet on %s', (text) =>
    quiet('false-familiarity', text),
  );
  it('stays quiet once they have written', () => quiet('false-familiarity', 'Conforme conversamos, segue a proposta.', { warm: true }));
});

describe('pt demanding: more bare imperatives and their quiet cases', () => {
  it.each(['Veja o nosso site. Responda até sexta.', 'Aceite meu convite.', 'Entre em contato comigo pelo WhatsApp.', 'Você precisa conhecer a nossa plataforma.', 'Me segue no Instagram.'])(
    'flags %s cold',
    (text) => flags('demanding', text),
  );
  it.each(['Aceita um café na semana que vem?', 'Me manda seu e-mail?', 'Veja bem, não é nada urgente.', 'Se você precisa de ajuda com o evento, conte comigo.', 'Você precisa de alguma informação?'])(
    'stays quiet on %s',
    (text) => quiet('demanding', text),
  );
});

describe('pt pushy: deadlines in other wordings', () => {
  it.each(['Me responde até o fim do dia, por favor.', 'Preciso de uma resposta urgente.', 'Confirme antes de segunda.', 'Estou com pressa, me diz logo.'])('flags %s', (text) =>
    flags('pushy', text, { warm: true }),
  );
  it.each(['Até amanhã!', 'Envio o contrato até sexta.', 'Quando puder, me diz o que achou.'])('stays quiet on %s', (text) => quiet('pushy', text, { warm: true }));
});

describe('pt nickname: short forms and diminutives of the recipient’s name', () => {
  it.each([
    ['Oi Paulinho, tudo certo?', 'Paulo Mendes'],
    ['Olá Aninha, vi o seu post.', 'Ana Beatriz Costa'],
    ['Oi Duda, parabéns pelo prêmio!', 'Eduarda Lima'],
    ['Oi Cris, adorei sua palestra.', 'Cristina Alves'],
  ])('flags %s to %s', (text, name) => flags('nickname', text, { recipient: { name } }));
  it.each([
    ['Oi Paulo, tudo certo?', 'Paulo Mendes'],
    ['Olá Ana, vi o seu post.', 'Ana Beatriz Costa'],
    ['Oi Duda, parabéns pelo prêmio!', 'Duda Lima'],
  ])('stays quiet on %s to %s', (text, name) => quiet('nickname', text, { recipient: { name } }));
});

describe('pt job-ask and personal-favor: more wordings', () => {
  it.each(['Vocês estão contratando?', 'Tem vaga aí para alguém com experiência em Java?', 'Queria saber se há vagas na área de marketing.', 'Me ajuda a conseguir um estágio?', 'Gostaria muito de trabalhar na sua empresa.'])(
    'job-ask flags %s',
    (text) => flags('job-ask', text),
  );
  it.each([
    'Me candidatei à vaga de Analista Pleno na semana passada. Você poderia me indicar para a vaga?',
    'Sou recrutadora? Não. Mas sou de RH e recebo candidatura espontânea toda semana.',
  ])('job-ask stays quiet on %s', (text) => quiet('job-ask', text));
  it.each(['Me ajuda a divulgar minha vaquinha?', 'Pode assinar a minha petição?', 'Você poderia responder a minha pesquisa de TCC?', 'Você conhece alguém na Natura que possa me apresentar ao time de inovação?'])(
    'personal-favor flags %s',
    (text) => flags('personal-favor', text),
  );
});

describe('pt: wordings found by probing fresh drafts', () => {
  it('a vocative before a bare imperative is still an order to a stranger', () => flags('demanding', 'Fernanda, envie seu currículo atualizado.'));
  it('a vocative before a softened request is not', () => quiet('demanding', 'Fernanda, envie seu currículo quando puder?'));
  it('an old-style letter is Portuguese and overly formal', () => {
    const report = lint({ text: 'Ilmo. Sr. Diretor,\n\nVenho, através desta, solicitar a Vossa Senhoria uma audiência.', kind: 'message' });
    expect(report.language).toBe('pt');
    expect(report.findings.some((f) => f.ruleId === 'overly-formal')).toBe(true);
  });
  it('an application mentioned in any wording is context', () => {
    const report = lint({ text: 'Oi Júlia, a vaga de Product Designer ainda está aberta? Me candidatei ontem pelo site (código PD-221) e queria saber quem conduz o processo.', kind: 'message' });
    expect(report.findings.some((f) => f.ruleId === 'no-context')).toBe(false);
  });
});

describe('pt pushy: the writer’s own promptness and urgent topics stay quiet', () => {
  it.each(['Envio o relatório hoje mesmo.', 'Vou responder o quanto antes, prometo.', 'Ele precisou de uma cirurgia urgente.', 'Estarei lá sem falta.', 'Comecei imediatamente no projeto novo.'])(
    'stays quiet on %s',
    (text) => quiet('pushy', text, { warm: true }),
  );
  it.each(['Exijo uma resposta até amanhã.', 'Me responde até sexta sem falta.', 'Preciso disso urgentemente.'])('flags %s', (text) => flags('pushy', text, { warm: true }));
});

describe('pt: the writer’s own data and units', () => {
  it.each(['Segue o meu IBAN para o pagamento da fatura.', 'Meu CPF está no contrato.', 'Renovei meu passaporte para a viagem a Lisboa.', 'A senha do wi-fi do evento está no crachá.'])(
    'sensitive-info stays quiet on %s',
    (text) => quiet('sensitive-info', text, { warm: true }),
  );
  it.each(['O servidor tem 2 TB de disco.', 'Compramos um HD de 4 TB.'])('slang stays quiet on %s', (text) => quiet('slang', text));
  it('slang still flags tb', () => expect(fixOf('slang', 'Tb acho isso.')).toBe('Também'));
});

describe('pt: more wordings of template, flirt, job-ask and favors', () => {
  it.each(['Convido você a fazer parte da minha rede.', 'Vi seu perfil por aqui e resolvi te chamar.'])('template-phrase flags %s', (text) => flags('template-phrase', text));
  it.each(['Que moça mais linda!', 'Amei sua foto.'])('flirtatious flags %s', (text) => flags('flirtatious', text));
  it('flirtatious stays quiet on a photo of the event', () => quiet('flirtatious', 'Amei sua foto do evento com a equipe!'));
  it.each(['Vocês têm vagas abertas?', 'Gostaria de uma oportunidade na sua empresa.'])('job-ask flags %s', (text) => flags('job-ask', text));
  it('personal-favor flags a follow request', () => flags('personal-favor', 'Pode me seguir no Instagram?'));
});

describe('pt: long runs of white space stay fast (lookbehinds match one space, not a run)', () => {
  it('a 19,000-space draft lints in well under a second', () => {
    const text = `Oi${' '.repeat(19000)}vc`;
    const start = performance.now();
    lint({ text, kind: 'message' }, { version: 2, coachingLanguage: 'pt' });
    lint({ text: `${text} mano`, kind: 'message' }, { version: 2, coachingLanguage: 'pt' });
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('pt demanding: calls to action with a condition, and reading suggestions', () => {
  it.each(['Entre em contato comigo se tiver interesse.', 'Confira a descrição da vaga no link abaixo.', 'Responda quando for possível, caso faça sentido.'])('stays quiet on %s', (text) =>
    quiet('demanding', text),
  );
  it.each(['Confira já a nossa oferta!', 'Entre em contato comigo amanhã.'])('flags %s', (text) => flags('demanding', text));
});

describe('pt nickname: closing address terms and more short forms', () => {
  it.each(['Valeu, cara!', 'Obrigado pela ajuda, amigo!'])('flags %s', (text) => flags('nickname', text));
  it('stays quiet on "cara" meaning expensive', () => quiet('nickname', 'A passagem para Lisboa está muito cara.'));
  it('flags Cadu to Carlos', () => flags('nickname', 'Oi Cadu, tudo certo?', { recipient: { name: 'Carlos Eduardo Lima' } }));
});
