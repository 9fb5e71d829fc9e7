import { describe, it } from 'vitest';
import { flags, quiet } from './cases.ts';

/**
 * Second round (after check showed the families were too narrow): the families generalised on the 50 new tune
 * drafts, each with phrasings that are not the corpus's.
 */

describe('pt no-context, round 2: real context in new wordings keeps it quiet', () => {
  it.each([
    // a moment of theirs the writer witnessed
    'Olá Rosa, estava na sala do Congresso de Enfermagem quando apresentou os dados das escalas noturnas. Podemos falar?',
    'Oi Caio, eu estava no auditório quando você mostrou o case de logística reversa. Teria 15 minutos?',
    // a guest or speaker role of theirs
    'Oi Bruna, você foi a entrevistada do Mamilos da semana passada e fiquei com uma dúvida sobre seu estudo. Posso perguntar?',
    'Olá Henrique, foste o orador da sessão de abertura da Semana da Engenharia e queria saber mais sobre o tema.',
    // user of their product, their vacancy
    'Oi Dani, somos clientes da plataforma de vocês desde o ano passado e queria sugerir uma melhoria. Tem um minuto?',
    'Olá Bruno, vi a vaga de engenharia de dados que vocês publicaram e queria saber como é a equipe antes de me candidatar.',
    'Olá Marta, acompanhei a inauguração da vossa fábrica em Ovar e gostava de perceber como recrutam técnicos.',
    // a company's specific move
    'Oi Vítor, a aposta da Embraer em aviões elétricos me interessa muito para o meu mestrado. Podemos conversar?',
    'Olá Leonor, a maneira como a Sonae integrou as lojas online é o tema da minha tese. Aceitaria uma entrevista?',
    // named referral in other words, European enclisis
    'Bom dia, Sr. Pires. A Eng.ª Catarina Melo recomendou-me a falar consigo sobre a certificação energética.',
    'Olá Rui, o teu nome apareceu numa conversa com o Tomás Leal sobre cibersegurança. Podemos falar?',
    // how we met in other words
    'Oi Paulo, a gente almoçou na mesma mesa no Congresso da Abrasel em Gramado. Bora continuar a conversa?',
    'Olá Teresa, cumprimentei-a rapidamente no Encontro Nacional de Autarcas. Podemos falar?',
    'Oi Lara, te cumprimentei rapidamente no estande do Sebrae na feira. Podemos falar?',
    // invitation, shared school or association, an application in other words
    'Olá Carla, pensámos logo em si para moderar o debate sobre mobilidade em Coimbra. Aceitaria?',
    'Oi Rafael, me formei na Unicamp, assim como você, e queria saber como foi sua ida para o mercado financeiro.',
    'Olá Sr. Prado, acabei de mandar meu currículo pelo site para a vaga de Coordenador de Manutenção. Posso perguntar sobre a escala?',
  ])('%s', (text) => quiet('no-context', text));
});

describe('pt no-context, round 2: near the new families but no reason', () => {
  it.each([
    'Oi Fábio, sou profissional de vendas como você e queria me conectar. Aceita?',
    'Olá Rita, pensei em me conectar com você para ampliar minha rede. Aceita o convite?',
    'Oi Sara, eu estava navegando no LinkedIn quando vi seu perfil. Vamos nos conectar?',
  ])('%s', (text) => flags('no-context', text));
});

describe('pt job-ask, round 2', () => {
  it.each([
    'Oi Léo, será que pinta alguma vaga de suporte aí pra mim?',
    'Olá Dra. Sónia, gostava muito de integrar a sua equipa no laboratório. É possível?',
    'Bom dia, haveria a hipótese de me receber como estagiário no verão?',
    'Oi Nina, queria saber se vocês estão contratando alguém para design júnior.',
    'Olá Abel, se surgir alguma oportunidade, lembre-se de mim, por favor.',
    'Oi Gui, você pode falar de mim para a gerente da área? Seria ótimo.',
    'Olá Ana, consegue me indicar internamente?',
  ])('flags: %s', (text) => flags('job-ask', text));
  it.each([
    'Oi Léo, rola um café semana que vem para falar de suporte?',
    'Olá Sónia, estamos a contratar técnicos para a nossa equipa; conhece alguém?',
    'Oi Nina, nosso time está precisando de alguém para design júnior; conhece alguém?',
    'Olá Abel, se surgir alguma dúvida sobre o relatório, é só falar.',
  ])('quiet: %s', (text) => quiet('job-ask', text));
});

describe('pt personal-favor, round 2', () => {
  it.each([
    'Oi Carol, pode me ajudar com um voto no concurso de startups?',
    'Olá, deixe cinco estrelas para a nossa padaria no Google, por favor!',
    'Oi Lu, estamos arrecadando fundos para a formatura. Qualquer valor ajuda!',
    'Olá Pedro, podia escrever-me uma carta de recomendação para o mestrado?',
    'Oi Téo, consegue me colocar em contato com alguém do jurídico?',
  ])('flags: %s', (text) => flags('personal-favor', text));
  it.each([
    'Oi Carol, votei no seu projeto no concurso de startups, boa sorte!',
    'Olá, a avaliação do curso termina na sexta.',
    'Fique à vontade para encaminhar a proposta à sua diretora.',
    'Oi Téo, já estou em contato com o jurídico de vocês.',
  ])('quiet: %s', (text) => quiet('personal-favor', text, { warm: true }));
});

describe('pt pushy, round 2', () => {
  it.each([
    'Peço resposta com a maior brevidade.',
    'Preciso do contrato assinado até segunda sem falta.',
    'Conto com a sua confirmação ainda hoje.',
    'Aguardo o seu feedback até esta semana.',
  ])('flags: %s', (text) => flags('pushy', text, { warm: true }));
  it.each([
    'O caso do paciente é urgente, por isso já pedi os exames.',
    'A entrega ficou urgente para o cliente; eu trato disso.',
    'Estarei lá sem falta na reunião.',
    'Conto com o seu apoio no projeto.',
  ])('quiet: %s', (text) => quiet('pushy', text, { warm: true }));
});

describe('pt sensitive-info, round 2: the writer’s own IBAN is offered, not asked for', () => {
  it('quiet on an IBAN in a link', () => quiet('sensitive-info', 'O IBAN está no link da campanha, obrigado!'));
  it('still flags an IBAN asked for', () => flags('sensitive-info', 'Pode me enviar o seu IBAN?'));
});

describe('pt no-context, round 2: referrals, former teachers, congratulations and formal address in more wordings', () => {
  it.each([
    'Olá Vera, o Paulo Reis, meu colega na Stone, sugeriu que eu falasse com você sobre conciliação. Teria 15 minutos?',
    'Oi Davi, conversei com a Lívia sobre meu projeto e ela me indicou o seu nome. Podemos falar?',
    'Olá Marina, soube pela Dra. Helena Campos que você estuda sono em adolescentes. Posso fazer duas perguntas?',
    'Oi Renato, você foi meu professor de Estatística na FIA em 2015 e queria te pedir um conselho de carreira.',
    'Bom dia, Professora Lúcia. A senhora me deu aula na PUC-SP e nunca esqueci o curso de ética.',
    'Olá Sr. Lemos, gostei muito do que disse no debate da SIC sobre a ferrovia. Posso enviar-lhe uma pergunta?',
    'Oi Bete, parabéns a você e a toda a equipe pela conquista do selo B! Queria entender o processo.',
    'Olá Rui, felicidades pela nova fase na direção do hospital! Gostava de lhe apresentar o nosso grupo de voluntários.',
  ])('%s', (text) => quiet('no-context', text));
});

describe('pt sales-pitch, round 2', () => {
  it.each([
    'Olá Ana, somos uma agência especializada em marketing para clínicas veterinárias. Vamos conversar?',
    'Oi Luís, posso te ajudar a vender mais no Mercado Livre com anúncios otimizados.',
    'Olá Teresa, gostava de marcar 15 minutos para lhe apresentar a nossa plataforma de faturação.',
    'Oi Beto, posso te enviar um orçamento para a reforma do escritório?',
    'Olá, temos planos a partir de R$ 49 por mês para pequenas empresas.',
    'Oi Carla, presto serviços de contabilidade para MEIs e startups.',
  ])('flags: %s', (text) => flags('sales-pitch', text));
  it.each([
    'Oi Ana, sou especialista em marketing veterinário e li seu artigo sobre fidelização. Posso perguntar uma coisa?',
    'Olá Luís, você pode me ajudar a entender como funciona o Mercado Livre para vendedores?',
    'Olá Teresa, gostava de lhe apresentar a minha tese sobre faturação eletrónica: teria interesse em ler?',
    'Oi Carla, a consultoria que presta serviços para a prefeitura é a sua?',
  ])('quiet: %s', (text) => quiet('sales-pitch', text));
});

describe('pt job-ask, round 2: more outright asks', () => {
  it.each([
    'Oi Gabi, me dá uma chance no seu time?',
    'Olá, vocês aceitam estagiários de Direito?',
    'Oi Túlio, tem espaço pra mim na sua equipe?',
    'Olá Sr. Lobo, consegue me encaixar em algum projeto da obra?',
    'Oi Lia, eu queria muito trabalhar com você!',
    'Olá Isa, caso tenha alguma vaga para mim, me avise.',
  ])('flags: %s', (text) => flags('job-ask', text));
  it.each([
    'Oi Gabi, me dá uma chance de conversar sobre o projeto?',
    'Olá, vocês aceitam sugestões de pauta?',
    'Oi Túlio, caso tenha alguma dúvida, me avise.',
  ])('quiet: %s', (text) => quiet('job-ask', text));
});

describe('pt personal-favor and pushy, round 2: more wordings', () => {
  it.each([
    'Oi Rafa, se inscreve no meu canal? Ajuda muito!',
    'Olá, deixa uma curtida no vídeo da nossa banda?',
    'Oi Téo, preciso de 10 recomendações para o programa de aceleração.',
    'Olá Vasco, pode apresentar-me ao responsável de compras da sua empresa?',
  ])('personal-favor flags: %s', (text) => flags('personal-favor', text));
  it.each([
    'Agradeço retorno com a possível brevidade.',
    'Me responde hoje, por favor.',
    'Preciso de uma posição assim que possível.',
    'Aguardo resposta imediata.',
  ])('pushy flags: %s', (text) => flags('pushy', text, { warm: true }));
  it.each([
    'Vou responder assim que possível, prometo.',
    'Aguardo breve retorno.',
    'Respondo com brevidade assim que tiver os números.',
  ])('pushy quiet: %s', (text) => quiet('pushy', text, { warm: true }));
});

describe('pt no-context, round 2: a sweep of forty context wordings (BR and PT) stays quiet', () => {
  it.each([
    'Oi Ana, estive no seu stand na Feira do Empreendedor e fiquei com seu cartão. Podemos conversar?',
    'Olá Bruno, trocámos umas mensagens no grupo de WhatsApp dos ex-alunos do Técnico. Podemos falar?',
    'Oi Carla, a gente se esbarrou no coffee break do Gartner Summit. Lembra? Queria continuar a conversa.',
    'Olá Diogo, estivemos na mesma mesa-redonda da Web Summit sobre fintech. Posso fazer-lhe uma pergunta?',
    'Oi Elisa, fiz o seu curso de Excel na Udemy e tenho uma dúvida. Pode me ajudar?',
    'Olá Fábio, li a sua tese de doutoramento sobre cortiça e tenho uma pergunta.',
    'Oi Gabi, adorei aquele post em que você contou da sua transição de carreira. Posso te perguntar uma coisa?',
    'Olá Hugo, o vosso relatório anual de sustentabilidade impressionou-me. Podemos conversar?',
    'Oi Íris, vi sua entrevista na GloboNews sobre a reforma tributária. Teria 10 minutos?',
    'Olá Jorge, a Marta Silva, que trabalhou consigo na EDP, disse que era a pessoa certa para falar de hidrogénio.',
    'Oi Kátia, a Paula do RH da Ambev me passou seu LinkedIn. Podemos falar?',
    'Olá Lucas, fomos apresentados pelo Pedro Almeida no jantar de sexta. Vamos marcar aquele café?',
    'Oi Mari, sigo seu trabalho no Instagram há anos e queria te fazer uma pergunta sobre fotografia.',
    'Olá Nuno, vi a sua apresentação no Pitch Bootcamp e queria saber mais sobre a ronda de investimento.',
    'Oi Otávio, li o livro que você lançou sobre gestão de crise. Topa uma conversa?',
    'Olá Patrícia, a sua palestra no TEDxPorto mudou a forma como vejo a educação. Obrigada!',
    'Oi Quitéria, sou da mesma turma de MBA que sua sócia, a Luana. Podemos conversar?',
    'Olá Rafael, estudamos os dois no Colégio Militar, embora em anos diferentes.',
    'Oi Sofia, também sou voluntária na ONG Gerando Falcões. Vamos trocar ideias?',
    'Olá Tiago, a sua equipa venceu o hackathon da NOS no sábado. Parabéns! Posso fazer uma pergunta?',
    'Oi Úrsula, vi que a sua startup foi selecionada para o Google for Startups. Parabéns!',
    'Olá Valter, recebi o seu contacto através da Câmara de Comércio Luso-Brasileira.',
    'Oi Wagner, o Gustavo Prado falou que você manja muito de Kubernetes. Topa um papo?',
    'Olá Xavier, a sua intervenção no Parlamento sobre a lei das startups foi muito clara.',
    'Oi Yara, seu nome está na lista de palestrantes do Festival de Inovação e queria te convidar para um podcast.',
    'Olá Zélia, a Associação dos Amigos do Museu indicou-me o seu nome para falar sobre o acervo.',
    'Oi André, tô escrevendo porque vi seu comentário no post do Guilherme sobre OKRs.',
    'Olá Beatriz, somos vizinhas de escritório no Cowork Lx Factory e nunca nos falámos!',
    'Oi Caio, nós dois fizemos o programa Trainee da Raízen, eu em 2019. Posso te pedir um conselho?',
    'Olá Dora, o seu trabalho à frente da Fundação Calouste Gulbenkian é inspirador.',
    'Oi Edu, curti demais o episódio do seu podcast com a Luiza Trajano.',
    'Olá Filipe, reparei no estudo que a sua equipa publicou na Nature. Posso fazer uma pergunta?',
    'Oi Gisele, sou aluno do curso que você dá na Descomplica.',
    'Olá Henrique, foi o Manuel quem me deu o seu contacto.',
    'Oi Ingrid, te escrevo por sugestão da Camila Torres.',
    'Olá João, estive no lançamento do seu livro na Bertrand do Chiado.',
    'Oi Karina, participei do seu webinar de ontem sobre LGPD e fiquei com uma dúvida.',
    'Olá Luís, lemos com atenção o parecer que enviou à Assembleia Municipal.',
    'Oi Mateus, assisti ao seu pitch no Demo Day da Cubo e queria entender melhor o modelo.',
    'Olá Nádia, fiquei a saber pela imprensa que vai liderar o novo hospital de Sintra. Parabéns!',
  ])('%s', (text) => quiet('no-context', text));
});

describe('pt no-context, round 2: LinkedIn’s own suggestion is pseudo-context', () => {
  it.each([
    'Olá Rita, o LinkedIn me sugeriu seu perfil e resolvi me conectar.',
    'Oi Davi, o LinkedIn recomendou seu perfil para mim. Vamos nos conectar?',
  ])('%s', (text) => flags('no-context', text));
});

describe('pt phrase rules, round 2: a sweep of asks and near-misses (rule, flags?, in a thread?, text)', () => {
  it.each([
    ['job-ask', false, false, 'Olá Rita, li seu artigo sobre ESG. Vocês têm alguma oportunidade de parceria com universidades?'],
    ['job-ask', false, false, 'Oi Caio, vi seu post sobre a vaga de designer e compartilhei com uma amiga que se encaixa. Posso indicá-la?'],
    ['job-ask', false, false, 'Olá Dr. Luz, sou recrutador e tenho uma vaga que pode te interessar. Podemos falar?'],
    ['job-ask', false, false, 'Oi Nina, li seu post sobre carreira em dados. Que dicas você daria para quem quer entrar na área?'],
    ['job-ask', false, false, 'Olá Sra. Moura, li a sua entrevista. Como é o processo seletivo do programa de trainee?'],
    ['job-ask', false, true, 'Oi Léo, obrigado pela entrevista! Fico no aguardo do retorno sobre a vaga.'],
    ['job-ask', false, false, 'Oi Bia, vi que você contrata freelancers de tradução pela sua agência; como costuma escolher?'],
    ['job-ask', true, false, 'Olá Sr. Vidal, procuro emprego como motorista. Tem alguma coisa para mim?'],
    ['job-ask', true, false, 'Oi Ju, estou desempregada há 6 meses, consegue me ajudar com uma vaga?'],
    ['job-ask', true, false, 'Olá Pedro, gostaria de saber se há vagas na sua equipa para um júnior como eu.'],
    ['job-ask', true, false, 'Oi Renan, você me contrataria? Trabalho muito bem com Figma.'],
    ['job-ask', true, false, 'Olá Duarte, pode passar o meu CV à sua chefia?'],
    ['job-ask', true, false, 'Oi Tati, tem como me indicar para a vaga de analista aí na sua empresa?'],
    ['job-ask', true, false, 'Olá, se tiverem alguma posição em aberto, tenho muito interesse.'],
    ['personal-favor', true, false, 'Olá Rui, vote no meu projeto no Orçamento Participativo de Lisboa!'],
    ['personal-favor', true, false, 'Oi Mari, pode dar uma força compartilhando meu post da vaquinha?'],
    ['personal-favor', true, false, 'Olá, poderia me indicar alguém da sua empresa para eu apresentar meu produto?'],
    ['personal-favor', true, false, 'Oi Lu, me empresta 200 reais? Te pago mês que vem.'],
    ['personal-favor', true, false, 'Olá Ana, poderia recomendar-me no LinkedIn? Seria muito importante para mim.'],
    ['personal-favor', true, false, 'Oi Gil, me segue no Instagram? @gilfotos'],
    ['personal-favor', true, false, 'Olá, podes partilhar a minha publicação sobre o concurso?'],
    ['personal-favor', true, false, 'Oi Paulo, me passa o contato do seu diretor de compras?'],
    ['personal-favor', false, false, 'Oi Paulo, li seu artigo no Valor. Você recomendaria algum livro sobre compras?'],
    ['personal-favor', false, true, 'Oi Bia, obrigado! Pode me apresentar ao Rui, como combinamos? Seria para o piloto do projeto.'],
    ['personal-favor', false, false, 'Olá, li o seu post: compartilho da sua opinião sobre trabalho remoto.'],
    ['personal-favor', false, false, 'Oi Mari, vi que você votou na enquete do meu post, obrigada!'],
    ['pushy', true, true, 'Preciso dessa informação para ontem.'],
    ['pushy', true, true, 'Responda até amanhã às 10h, por favor.'],
    ['pushy', true, true, 'Favor retornar com urgência.'],
    ['pushy', true, true, 'Estou aguardando a sua resposta até sexta-feira.'],
    ['pushy', true, true, 'É urgente!!!'],
    ['pushy', false, true, 'Fico no aguardo do seu retorno.'],
    ['pushy', false, true, 'Aguardo seu retorno quando puder.'],
    ['pushy', false, true, 'Trabalho com urgência e emergência no Hospital das Clínicas.'],
    ['pushy', false, true, 'A reunião é amanhã às 10h, combinado?'],
    ['pushy', false, true, 'Sem pressa, responda quando der.'],
    ['pushy', false, true, 'Assim que possível eu mando o relatório.'],
    ['sales-pitch', true, false, 'Olá Sr. Cunha, a nossa empresa oferece soluções de energia solar para condomínios. Posso enviar uma proposta?'],
    ['sales-pitch', true, false, 'Oi Jéssica, tenho um método que ajuda nutricionistas a lotarem a agenda em 30 dias.'],
    ['sales-pitch', true, false, 'Olá Mário, que tal uma reunião de 20 minutos para eu mostrar como cortar 30% do custo com frete?'],
    ['sales-pitch', true, false, 'Oi Vini, nossa agência cria sites que vendem. Bora conversar?'],
    ['sales-pitch', true, false, 'Olá Dra. Paula, ofereço consultoria em marketing médico com resultados garantidos.'],
    ['sales-pitch', false, false, 'Oi Jéssica, li seu post sobre agenda de nutricionistas. Como você organiza os retornos?'],
    ['sales-pitch', false, false, 'Olá Mário, trabalho com logística na Braskem e vi sua palestra sobre frete. Posso fazer uma pergunta?'],
    ['sales-pitch', false, true, 'Olá Sr. Cunha, conforme pediu, segue a proposta com os preços.'],
    ['sales-pitch', false, false, 'Oi Vini, não quero te vender nada: só queria entender como vocês escolheram o CRM.'],
  ] as const)('%s %s %s: %s', (ruleId, flagged, warm, text) => (flagged ? flags : quiet)(ruleId, text, { warm }));
});

describe('pt no-context, round 2: a second sweep, formal and European wordings, shared pasts, and pseudo-context (flags?, text)', () => {
  it.each([
    [false, 'Exmo. Senhor Dr. Salgado, na sequência da sua comunicação no Congresso da Ordem dos Médicos, gostaria de lhe colocar uma questão.'],
    [false, 'Olá Inês, a propósito do seu artigo no Eco sobre rendas, tenho uma dúvida.'],
    [false, 'Oi Marcelo, a respeito da sua fala no Febraban Tech, queria entender melhor o Pix Automático.'],
    [false, 'Prezada Sra. Lima, escrevo-lhe a pedido do Dr. Augusto Reis, que me falou do seu trabalho em mediação.'],
    [false, 'Olá Marta, venho por indicação da Joana Cruz, da Deloitte.'],
    [false, 'Oi Felipe, tudo certo? Quem me recomendou falar com você foi o pessoal do Cubo Itaú.'],
    [false, 'Olá Raul, somos ambos mentores no programa Empreende Já. Podemos trocar notas?'],
    [false, 'Oi Bia, eu era da turma de 2016 de Design na ESPM, um ano depois de você.'],
    [false, 'Olá Catarina, a sua candidatura ao prémio Mulheres na Ciência chamou-me a atenção: estudo o mesmo tema.'],
    [false, 'Oi Léo, vi o vídeo em que você explica a arquitetura do app do Nubank. Genial!'],
    [false, 'Olá Eduardo, a entrevista que deu ao Público sobre o interior foi certeira.'],
    [false, 'Oi Vanessa, estou lendo o seu livro e parei no capítulo 3 com uma dúvida.'],
    [false, 'Olá Miguel, lembra-se de mim? Fui seu estagiário na Sonae em 2014.'],
    [false, 'Oi Carol, lembra de mim? A gente fez o intercâmbio juntos em Dublin.'],
    [false, 'Olá Sr. Antunes, a Câmara de Comércio deu-me o seu contacto para falar sobre exportação de vinho.'],
    [false, 'Oi Mônica, sou leitora assídua da sua coluna na Folha.'],
    [false, 'Olá Pedro, a vossa loja em Coimbra é a minha preferida, e queria falar sobre o estágio de verão.'],
    [false, 'Oi Rafa, moramos no mesmo prédio em Pinheiros e vi no elevador o crachá da sua empresa.'],
    [false, 'Olá Luíza, obrigado pela resposta no comentário do seu post! Como combinado, escrevo aqui.'],
    [true, 'Olá Carlos, seu perfil é impressionante e gostaria de fazer parte da sua rede.'],
    [true, 'Oi Lúcia, sou muito fã de profissionais de marketing e adoraria te conhecer.'],
    [true, 'Olá Jaime, vejo que temos interesses profissionais semelhantes. Vamos conectar?'],
    [true, 'Oi Mari, sua trajetória é incrível! Vamos trocar ideias?'],
    [true, 'Olá Teresa, encontrei o seu perfil numa pesquisa e achei interessante.'],
    [true, 'Oi Beto, estou sempre em busca de pessoas inspiradoras como você.'],
    [true, 'Olá Dr. Vaz, gostaria de apresentar a minha empresa. Quando podemos falar?'],
    [true, 'Oi Sueli, vi que você também é do RH. Vamos nos conectar?'],
  ] as const)('%s: %s', (flagged, text) => (flagged ? flags : quiet)('no-context', text));
});

describe('pt job-ask, round 2: applications in other words, recruiters and look-alikes stay quiet', () => {
  it.each([
    'Olá Rita, apresentei a minha candidatura à vaga de Engenheira de Processos (ref. 2231). Haveria possibilidade de me receber para uma conversa sobre a equipa?',
    'Oi Caio, já estou no processo seletivo para Analista de BI e gostaria de saber se há vagas também no time de dados. Sabe me dizer?',
    'Olá Sr. Prates, fiz a entrevista para a vaga de Técnico de Manutenção na semana passada. Pode me indicar a quem devo enviar o certificado?',
    'Oi Nina, enviei meu currículo pela Gupy para a vaga de UX Writer. Você pode me indicar para o gestor da vaga?',
    'Olá Dr. Luz, a minha candidatura foi submetida ontem (ref. 88). Gostaria de trabalhar na sua equipa e queria saber mais sobre o projeto.',
    'Oi Bia, estou participando do processo seletivo do trainee Ambev e adoraria uma dica sobre o case.',
    'Olá Márcio, tenho uma vaga para você na nossa equipe de dados. Topa conversar?',
    'Oi Léo, se tiverem alguma dúvida sobre o meu portfólio, fico à disposição.',
    'Olá Cátia, estou a recrutar para a minha equipa; se souber de alguém, lembre-se de mim!',
  ])('%s', (text) => quiet('job-ask', text));
});

describe('pt phrase rules, round 2: near-misses of the new asks (rule, flags?, in a thread?, text)', () => {
  it.each([
    ['job-ask', false, false, 'Olá Rita, li seu artigo sobre ESG. Se tiver alguma oportunidade de conversarmos, tenho muito interesse.'],
    ['job-ask', false, false, 'Oi Caio, vi sua palestra. Se houver oportunidade de parceria com a universidade, me avise.'],
    ['job-ask', false, false, 'Olá Sr. Paiva, li o seu relatório. Tem algo para mim sobre a metodologia? Gostava de ler mais.'],
    ['job-ask', false, false, 'Oi Lu, vi seu post. Você pode me ajudar com uma indicação de livro sobre negociação?'],
    ['job-ask', false, false, 'Olá Vera, li sua entrevista. Queria muito trabalhar com você num artigo a quatro mãos sobre o tema.'],
    ['personal-favor', false, false, 'Oi Gabi, li seu artigo e compartilhei com minha equipe, ótimo texto!'],
    ['personal-favor', false, false, 'Olá Tomás, assisti sua palestra. Você indicaria alguém da sua área para eu entrevistar na minha pesquisa?'],
    ['personal-favor', false, true, 'Oi Rui, obrigado! Pode me indicar alguém da sua equipe para acompanhar o piloto?'],
    ['sales-pitch', false, false, 'Oi Nina, li seu post. Tenho uma dúvida: vocês usam uma ferramenta que automatiza a conciliação?'],
    ['sales-pitch', false, false, 'Olá Beto, vi sua palestra. Posso te ajudar a divulgar o evento da comunidade?'],
    ['sales-pitch', false, false, 'Oi Dani, adorei seu artigo sobre sites que convertem. Qual ferramenta você usa para testes A/B?'],
    ['pushy', false, true, 'Obrigada! Com brevidade envio os documentos.'],
    ['pushy', true, true, 'Tenho muito interesse; assim que possível, vamos marcar?'],
  ] as const)('%s %s %s: %s', (ruleId, flagged, warm, text) => (flagged ? flags : quiet)(ruleId, text, { warm }));
});

describe('pt no-context, round 2: look-alikes of the new context wordings still fire', () => {
  it.each([
    'Oi Paulo, estamos juntos nessa jornada de transformação digital! Vamos nos conectar?',
    'Olá Ana, li no LinkedIn que vai ser um ano difícil para o setor. Vamos trocar ideias?',
    'Oi Tati, trabalhamos no mesmo setor e acho que podemos somar. Aceita?',
    'Olá Rui, somos ambos profissionais de tecnologia, vamos nos conectar?',
    'Oi Bia, vi seu perfil onde falou de liderança e achei incrível.',
    'Olá Carla, quando vi seu perfil pensei: preciso conhecer essa pessoa!',
    'Oi Davi, parabéns pelo seu perfil, muito completo!',
    'Olá Sr. Neto, gostaria de lhe apresentar os nossos serviços de contabilidade.',
    'Oi Lia, fui indicado pelo algoritmo do LinkedIn a falar com você, haha.',
    'Olá Jorge, sou consultor e tenho ajudado muitas empresas. Podemos conversar?',
  ])('%s', (text) => flags('no-context', text));
});
