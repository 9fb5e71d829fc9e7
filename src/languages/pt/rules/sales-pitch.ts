import type { LocalizedRule } from '../../types.ts';

/** `sales-pitch` (languages.md §5): a product or service pitched to a stranger, offers of services, income offers. */
export const salesPitch: LocalizedRule = {
  when: 'cold',
  quietWhen: [
    // The reader asked for it: "vi seu post procurando um ilustrador", "vi no seu post que procuram um software",
    // "você preencheu o formulário pedindo uma demonstração".
    '(?:{theirPost}) (?:\\S+ ){0,4}?(?:procurando|buscando|a procurar|[àa] procura de|em busca de|pedindo|a pedir) (?:indica[çc](?:[õo]es|[ãa]o) (?:de |para )?)?(?:um|uma|uns|umas|algu[ée]m|fornecedor|fornecedores|parceir|prestador|freela|profissiona)',
    '(?:n[ao]|pel[oa]) (?:{theirPost}) que (?:voc[êe]s? |o senhor |a senhora )?(?:procuram|procura|procuras|precisam|precisa|precisas|buscam|busca|est[ãa]o (?:procurando|a procurar|[àa] procura)|est[áa] (?:procurando|a procurar|[àa] procura)|andam [àa] procura)',
    '(?:voc[êe]|tu|o senhor|a senhora) (?:me |nos )?(?:pediu|pediste|solicitou|solicitaste|preencheu|preencheste|requisitou) (?:\\S+ ){0,6}?(?:demonstra[çc][ãa]o|demo|or[çc]amento|proposta|cota[çc][ãa]o|pre[çc]os?|formul[áa]rio)',
    // Their need, heard from someone: "soube pela Marta que a sua equipa procura um fornecedor", "disseram-me que vocês precisam de…".
    '(?:soube|ouvi|ouvi dizer|fiquei a saber|fiquei sabendo|me disse|me disseram|me contou|me contaram|me falou|me falaram|disse-me|disseram-me|contou-me|contaram-me) (?:\\S+ ){0,4}?que (?:(?:a |o )?(?:sua|seu|tua|teu|vossa|vosso) (?:equipa|equipe|empresa|time|[áa]rea|loja|cl[íi]nica|escola|f[áa]brica|hospital|escrit[óo]rio) |voc[êe]s? |o senhor |a senhora )?(?:(?:est[áa]|est[ãa]o|anda|andam) (?:[àa] procura|procurando|a procurar|buscando)|procura|procuram|procuras|precisa|precisam|precisas|busca|buscam)',
    // A recruiter offering a job is no pitch, "sem compromisso" included (languages.md §5 `job-ask`: recruiters offering roles).
    '(?:estamos|estou) (?:contratando|a contratar|recrutando|a recrutar) (?:um|uma|para|pessoas)',
    '(?:temos|tenho|estamos com|surgiu) uma (?:vaga|posi[çc][ãa]o|oportunidade de emprego) (?:de|para|em|que|aberta)',
  ],
  lexicon: {
    // A teaser that names nothing sold: "tenho uma oportunidade incrível que tem tudo a ver com você" (a recruiter's vague
    // opening, or a proposal for someone else) is not a value proposition; "uma proposta de consultoria que…" still is.
    ourProduct: ['plataforma', 'soluç(?:ão|ao)', 'ferramenta', 'software', 'sistema', 'app', 'aplicativo', 'aplicaç(?:ão|ao)', 'tecnologia', 'metodologia', 'produto'],
    teaserNoun: ['propostas?', 'oportunidades?', 'ideias?', 'id[ée]ias?', 'novidades?', 'sugest(?:ão|ao|ões|oes)', 'convites?', 'perguntas?', 'quest(?:ão|ao|ões|oes)', 'vagas?'],
    theirPost: ['(?:o |a )?(?:seu|teu|sua|tua|vosso|vossa) (?:post|publica[çc][ãa]o|an[úu]ncio|coment[áa]rio)'],
    ourThing: [
      'plataforma', 'soluç(?:ão|ao|ões)', 'ferramenta', 'software', 'sistema', 'consultoria', 'ag[êe]ncia', 'empresa', 'equipe', 'equipa', 'servi[çc]os?',
      'produto', 'app', 'aplicativo', 'aplicaç(?:ão|ao)', 'metodologia', 'tecnologia', 'startup', 'assessoria', 'programa', 'curso', 'mentoria',
    ],
    helpVerb: [
      'ajuda', 'ajudam', 'ajudou', 'permite', 'reduz', 'aumenta', 'oferece', 'garante', 'automatiza', 'possibilita', 'apoia', 'otimiza', 'optimiza',
      'acelera', 'transforma', 'multiplica', 'dobra', 'triplica', 'simplifica', 'elimina', 'gera', 'entrega', 'atende',
    ],
    theirBusiness: ['pmes?', 'pequenas e m[ée]dias empresas', 'organiza[çc](?:ões|oes)', 'institui[çc](?:ões|oes)', 'restaurantes', 'escolas', 'empresas', 'neg[óo]cios', 'companhias', 'marcas', 'equipes', 'equipas', 'times', 'lojas', 'ind[úu]strias', 'startups', 'escrit[óo]rios', 'cl[íi]nicas', 'transportadoras', 'profissionais'],
    gainVerb: [
      'economizam', 'economize', 'economizar', 'poupar', 'poupe', 'poupam', 'reduzir', 'reduza', 'reduzem', 'aumentar', 'aumente', 'aumentam', 'dobrar', 'dobre',
      'dobram', 'triplicar', 'triplique', 'multiplicar', 'cortar', 'corte', 'vender', 'venda', 'faturar', 'fature', 'lucrar', 'gerar', 'ganhar',
    ],
    gainObject: ['vendas', 'leads', 'reuni(?:ões|oes) (?:agendadas|marcadas|qualificadas)', 'agendamentos', 'faturamento', 'fatura[çc][ãa]o', 'lucros?', 'receita', 'convers(?:ões|oes|ão|ao)', 'clientes', 'resultados', 'margens?', 'produtividade', 'roi'],
  },
  families: [
    {
      name: 'ourProductHelps',
      means: 'pitches the writer’s product or service',
      patterns: [
        '(?:a |o )?(?:noss[oa]|minha|meu) (?:{ourThing}) (?:[\\p{L}\\p{N}&-]+ ){0,4}?(?:{helpVerb})',
        // A count of clients may sit in between: "ajudamos mais de 300 empresas a triplicar…", "já ajudámos dezenas de clínicas".
        '(?:ajudamos|ajud[áa]mos|ajudei|apoiamos|apoi[áa]mos|atendemos|acompanhamos|auxiliamos) (?:(?:mais de |cerca de |quase |perto de |\\+ ?)?\\d[\\d.]*\\+? |centenas de |dezenas de |milhares de )?(?:{theirBusiness}) (?:como|a|de|do|da|que)(?= )',
        '(?:{theirBusiness}) como a (?:sua|tua|vossa|\\{\\{[^}\\n]{1,30}\\}\\}|\\[[^\\]\\n]{1,30}\\])',
        // "Somos uma agência especializada em…", "posso te ajudar a vender mais".
        // A modal between the product and the gain: "como nosso software de ponto pode reduzir as horas extras".
        // Only a product, not "nossa empresa vai aumentar o time" (the writer's own news).
        '(?:a |o )?(?:noss[oa]|minha|meu) (?:{ourProduct}) (?:[\\p{L}\\p{N}&-]+ ){0,4}?(?:pode|podem|consegue|conseguem|vai|v[ãa]o|poderia|poderiam) (?:te |lhe |vos )?(?:{gainVerb}|ajudar|automatizar|otimizar|optimizar|simplificar|eliminar|acelerar|cortar)',
        '(?:somos|s[ãa]o) (?:uma |um )?(?:{ourThing}) (?:[\\p{L}-]+ ){0,2}?especializad[oa]s? em',
        '(?:tenho|temos|criei|criamos|desenvolvi|desenvolvemos) (?:um |uma )?(?:{ourThing}|m[ée]todo|f[óo]rmula|estrat[ée]gia) (?:[\\p{L}-]+ ){0,3}?que (?:{helpVerb})',
        '(?:crio|criamos|cria|fa[çc]o|fazemos|faz|desenvolvo|desenvolvemos|desenvolve|produzo|produzimos|produz|entrego|entregamos) (?:[\\p{L}-]+ ){0,2}?(?:sites|lojas virtuais|landing pages|p[áa]ginas|campanhas|an[úu]ncios|v[íi]deos|conte[úu]dos) que (?:vendem|convertem|geram (?:vendas|leads|resultados))',
        // The reader may follow the verb in Brazil ("podemos ajudar vocês a bater a meta"), and a target is a gain too.
        '(?:posso|podemos|conseguimos|consigo) (?:te |lhe |vos )?ajudar(?:-te|-lo|-la|-vos)? (?:voc[êe]s? |o senhor |a senhora |(?:a |o )?(?:sua|seu|tua|teu) (?:equipe|equipa|empresa|loja|cl[íi]nica|time|neg[óo]cio|escrit[óo]rio|marca) )?a (?:{gainVerb}|crescer|escalar|atrair|conquistar|vender mais|captar|bater|atingir|alcan[çc]ar|superar)',
        // A gain reached by means of the writer's product: "bater a meta do trimestre com a nossa plataforma".
        '(?:{gainVerb}|bater|atingir|alcan[çc]ar|superar|otimizar|optimizar|automatizar) [^.!?\\n]{0,60}? com (?:a |o )?(?:noss[oa]|minha|meu) (?:plataforma|soluç(?:ão|ao)|ferramenta|software|sistema|app|aplicativo|metodologia|tecnologia)',
        // Something offered "that has everything to do with you": "tenho uma linha de rótulos que acho que tem tudo a ver com vocês",
        // not a bare teaser (teaserNoun: "tenho uma proposta que pode interessar").
        '(?:tenho|temos|ofere[çc]o|oferecemos|fabrico|fabricamos|vendo|vendemos|distribu[íi]mos|desenvolvi|desenvolvemos|criei|criamos|lan[çc]amos) (?:um|uma|uns|umas) (?!(?:{teaserNoun}) (?:[\\p{L}-]+ )?que )(?:\\S+ ){1,6}?que (?:acho que |creio que |com certeza |certamente |talvez |pode ser que )?(?:tem tudo a ver|pode (?:te |lhe |vos )?(?:interessar|ajudar|servir)|podem (?:te |lhe |vos )?(?:interessar|ajudar|servir)|vai (?:te |lhe |vos )?(?:interessar|ajudar)|seria (?:muito )?(?:[úu]til|interessante))',
        // A pain question as the hook: "Sua clínica ainda perde pacientes por…?", "Quantas horas sua equipe perde…?"
        '(?:quantas|quantos|quanto) (?:horas|tempo|dinheiro|clientes|vendas|leads|pacientes|pedidos|reservas) (?:\\S+ ){0,3}?(?:perde|perdes|perdem|gasta|gastas|gastam|desperdi[çc]a)',
        '(?:ainda )?(?:perde|perdem|perdes) (?:\\S+ )?(?:pacientes|clientes|alunos|vendas|leads|dinheiro|reservas|pedidos|horas|consultas|oportunidades|neg[óo]cios|tempo) (?:por|com|porque|sem|todo|toda|na|no)(?=[^.!\\n]{0,80}\\?)',
      ],
    },
    {
      name: 'bookADemo',
      means: 'asks for a demo or sales call',
      patterns: [
        '(?:agendar|marcar|fazer|agendarmos|marcarmos|agende|marque|apresentar) (?:uma |um )?(?:demo|demonstraç(?:ão|ao)|apresentaç(?:ão|ao) (?:comercial|da (?:nossa|minha) (?:plataforma|solução|ferramenta)))',
        'posso (?:te |lhe )?(?:mostrar|apresentar)(?:-lhe|-te)? (?:como|em \\d+|a (?:nossa|minha))',
        // Brazilian drops the article: "posso te apresentar nossa solução?", "podemos mostrar nosso sistema".
        '(?:posso|podemos|poderia|poder[íi]amos) (?:te |lhe |vos )?(?:mostrar|apresentar)(?:-lhe|-te|-vos)? (?:(?:a |o )?(?:nossa|nosso|minha|meu) (?:{ourThing})|(?:nossa|nosso|minha|meu) (?:nova |novo )?(?:{ourThing}))',
        '(?:para|pra) (?:eu )?(?:te |lhe |vos )?(?:apresentar|mostrar)(?:-lhe|-te|-vos)? (?:a |o |as |os )?(?:nossa|nosso|minha|meu|nossas|nossos) (?:{ourThing})',
        '(?:enviar|mandar|apresentar|fazer|preparar)(?:-lhe|-te|-vos)? (?:um |uma )?(?:or[çc]amento|proposta comercial|cota[çc][ãa]o)',
        // The demo itself, whatever the verb: "envio-lhe o link para a demonstração da nossa plataforma", "a demo do nosso app".
        '(?:demo|demonstra[çc][ãa]o) (?:gratuita |online |r[áa]pida )?d[ao] (?:noss[oa]|minha|meu) (?:{ourThing})',
      ],
      // A buyer asking the reader for a quote is no pitch: "conseguem enviar um orçamento?", "poderia nos mandar uma cotação".
      quiet: [
        '(?:consegue|conseguem|consegues|conseguiria|conseguiriam|pode|podem|podes|poderia|poderiam|poderias|seria poss[íi]vel|[ée] poss[íi]vel) (?:nos |me )?(?:enviar|mandar|fazer|preparar)(?:-nos|-me)? (?:um |uma )?(?:or[çc]amento|proposta comercial|cota[çc][ãa]o)',
      ],
    },
    {
      name: 'freeOrDiscount',
      means: 'offers a free trial or discount',
      patterns: [
        '(?:teste|avaliaç(?:ão|ao)|per[íi]odo de teste|trial|diagn[óo]stico|consultoria|amostra|auditoria|an[áa]lise|sess(?:ão|ao)|aula) (?:\\S+ )?(?:gr[áa]tis|gratuit[oa]|sem custo)',
        'sem compromisso', '\\d+ ?% de desconto', 'desconto (?:especial|exclusivo|de \\d+)', 'condiç(?:ões|ão) especia(?:is|l)', '(?:com|a|por) pre[çc]os? (?:especia(?:is|l)|promocion(?:ais|al)|exclusivos?)', 'oferta (?:exclusiva|especial|limitada)', 'planos? a partir de', '\\d+ ?% off', 'a partir de (?:apenas )?(?:r\\$|€|us\\$|kz|mt) ?\\d+', 'separei (?:uma|um) (?:vaga|lugar|desconto|cupom|condi[çc][ãa]o) (?:especial )?(?:pra|para) (?:voc[êe]|ti|o senhor|a senhora)', '(?:s[óo]|apenas|[úu]ltimas) \\d+ (?:vagas|lugares)', 'vagas limitadas', 'por (?:apenas|s[óo]) (?:r\\$|€|\\d)',
      ],
    },
    {
      name: 'promisedGain',
      means: 'promises a gain to sell something',
      patterns: [
        '(?:{gainVerb}) (?:\\S+ ){0,3}?(?:at[ée] |mais de )?\\d+ ?%',
        '(?:{gainVerb}) (?:\\S+ ){0,2}?(?:{gainObject})',
        '(?:mais|o dobro de|o triplo de) (?:{gainObject})',
      ],
      quiet: ['(?:reduzimos|aumentamos|dobramos|reduzi|aumentei|dobrei) (?:\\S+ ){0,4}?\\d+ ?%'],
    },
    {
      name: 'offersServices',
      means: 'offers the writer’s services',
      patterns: [
        '(?:ofere[çc]o|oferecemos|disponibilizo|disponibilizamos) (?:os |as )?(?:meus|minhas|nossos|nossas)? ?(?:servi[çc]os|consultoria|soluç(?:ões|ão)|trabalho)',
        'oferecemos (?:à|a|ao|para) (?:\\S+ ){0,2}?(?:um|uma) (?:\\S+ )?(?:diagn[óo]stico|consultoria|auditoria|an[áa]lise|avaliaç(?:ão|ao)|teste)',
        'gostaria de (?:oferecer|apresentar) (?:os |as )?(?:meus|minhas|nossos|nossas) (?:servi[çc]os|soluç(?:ões|ão)|produtos)',
        '(?:presto|prestamos) servi[çc]os', '(?:te|lhe|vos) (?:mande|mando|envie|envio|passe|passo|mandar|enviar) o (?:nosso |meu )?(?:portf[óo]lio|cat[áa]logo|tabela de pre[çc]os|media kit)', '(?:os )?(?:meus|nossos) servi[çc]os (?:de|para|em)',
        // What the writer sells, named as such: "ofereço sessões de fotografia", "fazemos pacotes para clínicas".
        '(?:ofere[çc]o|oferecemos|vendo|vendemos|fa[çc]o|fazemos) (?:[\\p{L}-]+ )?(?:sess(?:ões|ão)|pacotes?|planos?|ensaios?|servi[çc]os?|consultorias?|mentorias?|treinamentos?|formaç(?:ões|ão)) (?:\\S+ ){0,5}?(?:para|pra|a|à|às|aos) (?:empresas?|neg[óo]cios|marcas?|lojas?|restaurantes?|cl[íi]nicas?|escrit[óo]rios?|equip(?:e|a)s?|profissionais|quem)',
        // The writer's own commercial proposal sent cold: "segue a proposta da nossa consultoria de ESG".
        '(?:segue|seguem|envio|enviar|mando|mandar|anexo|encaminho|encaminhar|partilho|compartilho)(?:-(?:lhe|te|vos))? (?:\\S+ ){0,2}?(?:a |uma )?proposta (?:comercial |t[ée]cnica )?(?:d[ao] |de )?(?:noss[oa]|minha|meu) (?:{ourThing})',
        // The sales material itself sent or offered cold: "envio em anexo a apresentação da nossa agência", "posso enviar-lhe a tabela de preços?".
        '(?:envio|enviar|mando|mandar|segue|seguem|anexo|partilho|compartilho|passo|passar)(?:-(?:lhe|te|vos))? (?:\\S+ ){0,3}?(?:o |a |os |as )?(?:nosso |nossa |meu |minha )?(?:cat[áa]logo|tabela de pre[çc]os|lista de pre[çc]os|media kit|apresenta[çc][ãa]o (?:comercial|institucional|d[ao] (?:nossa|nosso|minha|meu) (?:{ourThing})))',
      ],
    },
    {
      name: 'incomeOffer',
      means: 'offers extra income',
      patterns: [
        'renda (?:extra|passiva|complementar)', 'rendimento (?:extra|passivo|complementar)', 'ganhar dinheiro (?:em casa|de casa|na internet|online|sem sair)',
        '(?:seja|ser) (?:o )?(?:seu|teu) pr[óo]prio (?:chefe|patr[ãa]o)', 'trabalh(?:e|ar|a) (?:de|em) casa e ganh', 'independ[êe]ncia financeira', 'liberdade financeira',
        'oportunidade de neg[óo]cio',
        // Earnings per period promised: "ganhos de R$ 300 a R$ 1.500 por dia", "fature até 5 mil por mês".
        '(?:ganhos?|ganhar|ganhe|ganha|faturar|fature|lucrar|lucre|lucros?) (?:\\S+ ){0,3}?(?:r\\$|€|us\\$) ?\\d[\\d.,]*(?: mil)? (?:\\S+ ){0,5}?por (?:dia|semana|m[êe]s|hora)',
        // Pay by the day is the mark of the work-from-home offer: "remuneração diária até 150€", "ganhos diários de 80 euros".
        '(?:remunera[çc][ãa]o|ganhos?|pagamentos?|rendimentos?|comiss(?:ão|ões)) di[áa]ri[oa]s?',
        '(?:ganhos?|ganhar|ganhe|remunera[çc][ãa]o|rendimentos?) (?:\\S+ ){0,3}?\\d[\\d.,]*(?: mil)? ?(?:€|euros|reais) (?:\\S+ ){0,3}?(?:por|ao|à) (?:dia|semana|hora)',
      ],
    },
  ],
};
