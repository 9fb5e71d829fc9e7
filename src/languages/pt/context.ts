import type { Family, Lexicon } from '../../engine/families.ts';

/**
 * What gives a cold Portuguese draft its reason why this person (languages.md §5 `no-context`), with the
 * same family names as English so that the checklist reads them, and the pseudo-context that would fit anyone.
 * Both Brazilian (você/seu) and European (tu/teu, o senhor/lhe) forms.
 */
export const lexicon: Lexicon = {
  // "seu", "a sua", "o teu", "vossos": a possessive of the reader.
  yourPossessive: ['(?:o |a |os |as )?(?:seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa|vossos|vossas)'],
  // The same, capital or not, for the case-sensitive families ("Seu cachorro fugiu", "A vossa empresa montou").
  yourPossessiveAnyCase: ['(?:[Oo] |[Aa] |[Oo]s |[Aa]s )?(?:[Ss]eu|[Ss]ua|[Ss]eus|[Ss]uas|[Tt]eu|[Tt]ua|[Tt]eus|[Tt]uas|[Vv]osso|[Vv]ossa|[Vv]ossos|[Vv]ossas)'],
  // Things of theirs a draft can refer to ("sua palestra", "o teu artigo", "seu repositório").
  workNoun: [
    'posts?', 'publicaç(?:ão|ões)', 'artigos?', 'palestras?', 'apresentaç(?:ão|ões)', 'fios?', 'threads?', 'talks?', 'colunas?', 'entrevistas?',
    'podcasts?', 'epis[óo]dios?', 'livros?', 'reposit[óo]rios?', 'pesquisas?', 'estudos?', 'teses?', 'dissertaç(?:ão|ões)', 'v[íi]deos?', 'newsletters?',
    'textos?', 'painel', 'pain[ée]is', 'keynotes?', 'webinars?', 'webin[áa]rios?', 'lives?', 'aulas?', 'cursos?', 'relat[óo]rios?', 'projetos?', 'projectos?',
    'campanhas?', 'coment[áa]rios?', 'reportagens?', 'mat[ée]rias?', 'demonstraç(?:ão|ões)', 'demos?', 'portf[óo]lio', 'canal', 'blog', 'ensaios?',
    'confer[êe]ncias?', 'falas?', 'postage(?:m|ns)', 'carross[ée](?:l|is)', 'hist[óo]rias?', 'relatos?', 'depoimentos?', 'tcc', 'monografias?', 'papers?', 'slides',
    'c[óo]digo', 'bibliotecas?', 'lib', 'tutoriais', 'tutorial', 'obras?', 'exposiç(?:ão|ões)', 'document[áa]rios?', 's[ée]ries?', 'mesas?-redondas?', 'contribuiç(?:ão|ões)', 'resenhas?', 'parecer(?:es)?', 'comunica[çc](?:ão|ões)', 'candidaturas?', 'lojas?', 'restaurantes?', 'pitch', 'pitches', 'discursos?', 'cases?', 'manifestos?', 'cartas? abertas?', 'estudos? de caso', 'palestras-show',
    'intervenç(?:ão|ões)', 'p[ôo]ster(?:es|s)?', 'apps?', 'aplicativos?', 'plugins?', 'workshops?', 'treinamentos?', 'mentorias?', 'bootcamps?', 'meetups?', 'hackathons?', 'estandes?', 'stands?', 'programas?', 'oficinas?', 'participaç(?:ão|ões)', 'lançamentos?', 'an[úu]ncios?', 'an[áa]lises?', 'guias?', 'sess(?:ão|ões)',
  ],
  // Their work in general: specific only with where or on what ("seu trabalho na comunidade", "sua trajetória da Fiat").
  softNoun: ['trabalho', 'trajet[óo]ria', 'carreira', 'percurso', 'atuaç(?:ão|ao)', 'lideran[çc]a', 'pesquisa', 'investigaç(?:ão|ao)'],
  // What they did, said after "vi que você…" / "que você…".
  theirDeed: [
    'lidera', 'lideras', 'coordena', 'coordenas', 'organiza', 'organizas', 'est[áa] (?:organizando|liderando|coordenando|montando|construindo|a organizar|a liderar)',
    'fundou', 'fundaste', 'criou', 'criaste', 'publicou', 'publicaste', 'escreveu', 'escreveste', 'lançou', 'lançaste', 'assumiu', 'assumiste',
    'apresentou', 'apresentaste', 'ganhou', 'ganhaste', 'venceu', 'foi (?:promovid[oa]|nomead[oa]|eleit[oa]|premiad[oa])', 'entrou (?:na|no|para)', 'mudou-se para',
    'fez', 'fizeste', 'montou', 'ministrou', 'conduziu', 'mediou', 'moderou', 'gravou', 'compartilhou', 'partilhou', 'postou', 'comentou', 'defendeu', 'prop[ôo]s',
    'comanda', 'dirige', 'gerencia', 'ensina', 'leciona', 'mentora', 'palestrou', 'falou (?:no|na|sobre)', 'participou (?:do|da|no|na)', 'desenvolveu', 'construiu',
    'visitou', 'visitaste', 'apoiou', 'apoiaste', 'patrocinou', 'financiou', 'orientou', 'assinou', 'coassinou', 'coordenou', 'conduziu',
  ],
  // News one congratulates on.
  newsNoun: [
    'nova', 'novo', 'promoç(?:ão|ao)', 'nomeaç(?:ão|ao)', 'pr[êé]mios?', 'premiaç(?:ão|ao)', 'posiç(?:ão|ao)', 'cargo', 'conquista', 'lançamento', 'rodada', 'captaç(?:ão|ao)',
    'investimento', 'anivers[áa]rio', 'livro', 'formatura', 'aprovaç(?:ão|ao)', 'eleiç(?:ão|ao)', 'artigo', 'palestra', 'aquisiç(?:ão|ao)', 'ipo', 'expans(?:ão|ao)',
    'certificaç(?:ão|ao)', 'mestrado', 'doutorado', 'doutoramento', 'defesa', 'título', 'vit[óo]ria', 'chegada', 'transiç(?:ão|ao)', 'reconhecimento', 'inauguraç(?:ão|ao)',
    'desafio', 'fase', 'etapa', 'sucesso',
  ],
  // Having talked with them, after "foi ótimo" / "adorei": "trocar ideia com você", "bater um papo contigo", "falar consigo".
  talkedWithYou: [
    '(?:trocar|trocarmos) (?:umas |algumas |uma )?ideias? (?:com (?:voc[êe]|o senhor|a senhora)|contigo|consigo)',
    '(?:bater|batermos) (?:um |aquele )?papo (?:com (?:voc[êe]|o senhor|a senhora)|contigo|consigo)',
    '(?:conversar|falar|conversarmos|falarmos) (?:contigo|consigo)',
  ],
  // A business of theirs whose news a draft may tell ("a vossa padaria abriu três lojas", "seu restaurante ganhou").
  businessNoun: [
    'padarias?', 'restaurantes?', 'caf[ée]s?', 'cafeterias?', 'hot[ée]is', 'hotel', 'pousadas?', 'farm[áa]cias?', 'consult[óo]rios?', 'escrit[óo]rios?', 'f[áa]bricas?',
    'cooperativas?', 'institutos?', 'hospita(?:l|is)', 'redes?', 'franquias?', 'consultorias?', 'editoras?', 'cervejarias?', 'vin[íi]colas?', 'adegas?', 'academias?',
    'gin[áa]sios?', 'livrarias?', 'lojas?', 'marcas?', 'fintechs?', 'escolas?', 'cursos?', 'hub', 'coworkings?', 'est[úu]dios?', 'ateli[êe]s?', 'quintas?', 'fazendas?',
  ],
  // Concrete things of theirs that reach a stranger's hands or sight: a pet, a bike, a wallet, a document.
  belongingNoun: [
    'bicicletas?', 'carros?', 'motas?', 'motos?', 'c[ãa]o', 'c[ãa]es', 'cachorr[oa]s?', 'cadelas?', 'gat[oa]s?', 'carteiras?', 'cart[ãa]o', 'cart[õo]es',
    'documentos?', 'chaves?', 'encomendas?', 'malas?', 'mochilas?', 'telem[óo]vel', 'celular', 'guarda-chuvas?', 'casacos?', '[óo]culos',
    'cap[íi]tulos?', 'propostas?', 'processos?', 'pedidos?', 'faturas?', 'facturas?', 'requerimentos?', 'inscriç(?:ão|ões)',
  ],
  // A product or service of theirs a customer has ("usamos o vosso sistema", "comprei o seu sensor").
  productNoun: [
    'sistemas?', 'softwares?', 'apps?', 'aplicativos?', 'aplica[çc](?:ão|ões)', 'plataformas?', 'produtos?', 'sensor(?:es)?', 'equipamentos?',
    'm[áa]quinas?', 'servi[çc]os?', 'ferramentas?', 'solu[çc](?:ão|ões)', 'programas?', 'sementes?', 'dispositivos?', 'kits?', 'drones?', 'ra[çc](?:ão|ões)',
    'pain[ée]is', 'fertilizantes?', 'adubos?', 'cursos?', 'livros?', 'vinhos?', 'cervejas?', 'caf[ée]s?', 'modelos?', 've[íi]culos?', 'tratores?', 'tractores?',
  ],
  // A firm of theirs the writer's side deals with (wider than businessNoun: "a vossa empresa", "a sua moagem").
  firmNoun: ['empresas?', 'firmas?', 'moage(?:m|ns)', 'cl[íi]nicas?', 'oficinas?', 'gr[áa]ficas?', 'transportadoras?', 'distribuidoras?', 'clubes?', 'laborat[óo]rios?', '{businessNoun}'],
  // Where a meeting happened: "no", "na", "em", "durante"…
  atPlace: ['(?:ontem |hoje |semana passada |m[êe]s passado |recentemente )?(?:no|na|nos|nas|em|durante|ao longo d[oa]|pelo|pela|num|numa)'],
  // Verbs of sharing a school, employer, group or town.
  sharedVerb: [
    'estudei', 'estudo', 'trabalhei', 'trabalho', 'sou', 'fui', 'fiz', 'me formei', 'formei-me', 'passei', 'morei', 'moro', 'participo', 'participei',
    'fa[çc]o parte', 'fiz parte', 'frequentei', 'cursei', 'estagiei', 'vivi', 'vivo', 'nasci', 'cresci',
  ],
  groupNoun: ['grupo', 'comunidade', 'turma', 'programa', 'associaç(?:ão|ao)', 'clube', 'coletivo', 'n[úu]cleo', 'conselho', 'rede', 'mentoria', 'squad', 'time', 'equipe', 'equipa', 'faculdade', 'universidade', 'escola', 'mestrado', 'mba', 'curso'],
};

export const contextFamilies: readonly Family[] = [
  {
    // At its size limit: one more slot expansion here and V8 stops compiling the expression to machine code,
    // so a long run of white space takes seconds (pt-rules.test.ts). Add new cases to another family or keep them short.
    name: 'theirWork',
    means: 'refers to something of theirs',
    patterns: [
      // "li seu artigo", "assisti à sua palestra", "acompanho suas talks", not "envie seu portfólio".
      // Not the object of a pitch: "aumentar as vendas da sua loja", "o caixa do seu restaurante".
      '(?<!(?:envie|envia|mande|manda|compartilhe|compartilha|curta|curte|mandar|enviar|partilhe|partilha)(?: me| -me)? )(?<!(?:faturamento|vendas|lucros?|caixa|receita|clientes|resultados|movimento|tr[áa]fego|estoque|agenda|marketing|site|gest[ãa]o|margens?|custos?) (?:d[aoe]s?|n[ao]s?|para|pra) (?:o |a |os |as )?){yourPossessive} (?:[\\p{L}\\p{N}\'&+.-]+ ){0,2}?{workNoun}',
      // "a sua resposta me ajudou", "o teu comentário poupou-me…": something of theirs that helped the writer
      '{yourPossessive} (?:respostas?|coment[áa]rios?|dicas?|explica[çc](?:[ãa]o|[õo]es)|conselhos?|v[íi]deos?|epis[óo]dios?|posts?|aulas?|planilhas?|guias?) (?:\\S+ ){0,3}?(?:me |-me |nos |-nos )?(?:ajudou|ajudaram|salvou|salvaram|poupou|pouparam|resolveu|resolveram|esclareceu|esclareceram|mudou|mudaram|abriu|abriram)',
      // Asking whether they are the one who did it: "é você que organiza o meetup…?", "foi a senhora quem escreveu…".
      '(?:(?:é|és|foi|foste|seria|serias) (?:voc[êe]|tu|o senhor|a senhora)|(?:voc[êe]|tu|o senhor|a senhora) (?:é|és|foi|foste)) (?:que|quem|(?:o|a) que) (?:organiza|organizou|coordena|coordenou|lidera|liderou|dirige|dirigiu|escreveu|publicou|apresentou|criou|fundou|mant[ée]m|modera|moderou|gere|geriu|ensina|deu)',
      // Their tenure read on their profile: "reparei que trabalha há seis anos no serviço de urgência".
      '(?:vi|reparei|notei|soube|percebi|li) que (?:(?:voc[êe]|tu|o senhor|a senhora) )?(?:j[áa] )?(?:trabalha|trabalhas|atua|atuas|est[áa]|est[áa]s|lidera|lideras|ensina|ensinas) (?:h[áa]|desde) (?:mais de |quase |uns |umas )?\\S+ (?:anos?|meses|\\d{4}) (?:n[ao]s?|em|como|com)',
      // "você respondeu minha dúvida no grupo de ex-alunos"
      '(?:voc[êe]|tu|o senhor|a senhora) (?:me )?(?:respondeu|respondeste|tirou|tiraste|esclareceu|esclareceste|comentou|comentaste) (?:a )?(?:minha|uma|aquela) (?:d[úu]vida|pergunta|quest[ãa]o|postagem|publica[çc][ãa]o)',
      // "as inscrições do edital de vocês", "o vosso programa de bolsas": the reader's programme
      '(?:edital|editais|programa|pr[êe]mio|bolsas?|convocat[óo]ria|concurso|chamada|aceleradora|incubadora|processo seletivo) (?:\\S+ ){0,2}?(?:de voc[êe]s|do senhor|da senhora)',
      '(?:vi|li|soube|reparei|notei) (?:que )?(?:\\S+ ){0,4}?{yourPossessive} (?:\\S+ )?(?:edital|editais|programa|pr[êe]mio|bolsas?|convocat[óo]ria|concurso|chamada|aceleradora|incubadora)',
      // "seu vídeo explicando…", "o teu episódio sobre burnout": a piece of theirs with its topic
      '{yourPossessive} (?:\\S+ )?{workNoun} (?:explicando|mostrando|ensinando|a explicar|sobre|acerca d[eoa])',
      // "seu trabalho na gestão das obras", "sua trajetória da Fiat até…".
      '{yourPossessive} (?:[\\p{L}\\p{N}\'&+-]+ ){0,2}?{softNoun} (?:na|no|nas|nos|em|sobre|com|como|à frente|da|do|de|pela|pelo|junto)',
      // "vi que você está organizando…", "vi que agora lideras…", "as campanhas da Vale que você coordena".
      '(?:vi|soube|li|notei|reparei|percebi|acompanhei|descobri) que (?:(?:voc[êe]|vc|tu|o senhor|a senhora) )?(?:agora |recentemente |hoje |também )?{theirDeed}',
      '(?:vi|soube|li|notei|reparei|percebi|descobri) (?:[\\p{L}-]+ ){0,3}?que (?:voc[êe]|vc|tu|o senhor|a senhora) (?!visit|(?:me )?viu|acessou|esteve no meu|(?:também )?(?:é|está|trabalha|atua) (?:no|na|em) (?:mesm|mesma))\\S+',
      '(?:o )?que (?:voc[êe]|tu|o senhor|a senhora) (?:escreveu|escreveste|disse|disseste|falou|falaste|publicou|publicaste|compartilhou|partilhou|partilhaste|postou|apresentou|comentou|defendeu) (?:sobre|no|na|em|ontem|semana)',
      '(?:voc[êe]|tu|o senhor|a senhora) (?:escreveu|publicou|compartilhou|partilhou|postou|apresentou|gravou|deu|mediou|moderou) (?:sobre|no|na|um|uma|em)',
      '(?:sou|somos) (?:cliente|clientes|usu[áa]ri[oa]s?|leitor(?:a|es)?|ouvinte|assinante|seguidor(?:a|es)?|f[ãa]s?) (?:d[oa]s?|de) (?:sua|seu|tua|teu|vossa|vosso|voc[êe]|\\p{Lu}[\\p{L}\\p{N}&.-]{0,40})',
      'que (?:voc[êe]|tu|o senhor|a senhora) {theirDeed}',
      // "Vimo-la no palco", "te vi falar no…", "o vi no painel".
      '(?:vi|vimo|ouvi|ouvimo|conheci|conhecemo|cumprimentei|cumprimentámo|encontrei|encontrámo)-(?:o|a|lo|la|te) (?:rapidamente |brevemente |falar |a falar |apresentar )?{atPlace}',
      '(?:te|o|a|lhe) (?:vi|vimos|ouvi|ouvimos|assisti|assistimos|conheci|conhecemos) (?:falar |a falar |apresentar |palestrar )?{atPlace}',
      'conheci (?:voc[êe]|o senhor|a senhora) {atPlace}',
      // "vi a demonstração da Cleanwatts no Web Summit", "li a entrevista do Rui no Expresso".
      '(?:vi|li|assisti|ouvi|acompanhei|adorei|gostei) (?:d?[aoà]s? )?{workNoun} (?:d[aoe]s?|sobre)',
      '(?:li|assisti|ouvi|acompanhei|estudei|citei|usei|uso|utilizei|baixei|testei|adorei|gostei|curti|vi) (?:[aoà]s? |d[aoe]s? )?{yourPossessive} (?!perfil|foto|e-?mail|contato|contacto|n[úu]mero|telefone|curr[íi]culo|cv|mensage|convite|pedido|solicita|empresa|tempo|aten[çc])[\\p{L}-]{3,}',
      '{workNoun} (?:de voc[êe]s|do senhor|da senhora)',
      // A shop or restaurant of theirs one went to: "conheci a sua loja na Rua Augusta", "jantei no teu restaurante".
      '(?:conheci|visitei|frequento|frequentei|passei (?:n[ao]|em|pel[ao])|estive (?:n[ao]|em)|comi (?:n[ao]|em)|jantei (?:n[ao]|em)|almocei (?:n[ao]|em)|comprei (?:n[ao]|em)|fui (?:[àa]|ao)) {yourPossessive} (?:loja|lojas|restaurante|caf[ée]|padaria|cl[íi]nica|ateli[êe]|bar|hotel|pousada|f[áa]brica|est[úu]dio|livraria|espa[çc]o)',
      // "você é o mesmo Otávio que apresentou…?": asking whether they are the one who did something.
      '(?:voc[êe]|tu|o senhor|a senhora) (?:é|és|seria|serias|era|eras) (?:o|a) mesm[oa] (?:\\S+ )?que',
      // Praise of a piece of theirs: "Excelente artigo sobre…", "Que palestra incrível ontem!".
      '(?:[óo]tim[oa]|excelente|incr[íi]vel|inspirador(?:a)?|bel[íi]ssim[oa]|brilhante|fant[áa]stic[oa]|sensacional|interessant[íi]ssim[oa]|muito bo[am]|que) (?:[\\p{L}-]+ )?{workNoun} (?:sobre|d[aoe]|n[oa]|em|ontem|hoje|de ontem|de hoje)',
      '(?:que|a|o) {workNoun} (?:mais )?(?:incr[íi]vel|inspiradora?|sensacional|excelente|fant[áa]stic[oa]|brilhante) (?:sobre|d[aoe]|n[oa]|em|ontem|hoje)',
      '(?:onde|em que|no qual|na qual) (?:voc[êe]|tu|o senhor|a senhora) (?:fala|falou|falava|explicou|explica|comentou|defendeu|mostrou|mostra|contou|conta)',
      '(?:ouvi|escutei) (?:voc[êe]|o senhor|a senhora) (?:falar|no|na|em)',
      '(?:li|vi|soube) (?:no|na|em|pelo|pela) (?!linkedin)(?:[\\p{L}\\p{N}\'-]+ ){1,4}?que',
      '(?:voc[êe]|tu|o senhor|a senhora) (?:ajudou|ajudaste) a (?:criar|montar|construir|lançar|fundar|organizar|estruturar|implantar|desenhar)',
      '(?:acompanho|sigo|leio|ouço|acompanhava) (?:há (?:muito )?tempos? |h[áa] anos |sempre )?{yourPossessive} (?:trabalho|publicaç(?:ões|ão)|conte[úu]dos?|posts?|textos?)',
      // "o estudo que a sua equipa publicou na Nature", "o curso que você dá na Descomplica", "o parecer que enviou".
      '{workNoun} que (?:{yourPossessive} (?:equipa|equipe|time|empresa|grupo|laborat[óo]rio|startup|ag[êe]ncia) |voc[êe]s? |tu |o senhor |a senhora )?(?:publicou|publicaram|publicaste|lançou|lançaram|lançaste|escreveu|escreveram|escreveste|apresentou|apresentaram|apresentaste|fez|fizeram|fizeste|dá|d[áa]s|d[ãa]o|deu|deste|deram|concedeu|concedeste|ministra|ministras|coordena|coordenas|enviou|enviaste|enviaram|assinou|assinaste|gravou|gravaste|divulgou|divulgaram|partilhou|partilhaste|compartilhou|organizou|organizaram|organizaste|conduziu|conduziram|mediou|moderou|apresenta|apresentas|apresentam|conduz|conduzes|conduzem|escreve|escreves|escrevem|publica|publicas|publicam|grava|gravas|gravam|organiza|organizas|organizam|mant[ée]m|mant[ée]ns|edita|editas|editam|produz|produzes|produzem|modera|moderas|ensina|ensinas)',
      // Asking for the slides or the recording of a talk means the talk was theirs: "compartilhar os slides da palestra de ontem".
      '(?:compartilhar|partilhar|enviar|mandar|disponibilizar|passar|divulgar)(?:-me)? (?:comigo )?(?:os slides|a grava[çc][ãa]o|o material|os materiais|a apresenta[çc][ãa]o|o deck|o link da grava[çc][ãa]o) d[aoe] (?:sua |tua )?(?:palestra|aula|talk|live|workshop|sess[ãa]o|apresenta[çc][ãa]o|webinar|webin[áa]rio|painel|keynote|mesa|oficina|masterclass)',
      // "seu nome está na lista de palestrantes do Festival".
      '(?:seu|teu) nome (?:est[áa]|aparece|consta|figura|vem) (?:[\\p{L}-]+ ){0,3}?(?:lista|programa[çc][ãa]o|programa|agenda|cartaz|line-?up|site|ranking|relat[óo]rio|proje(?:c)?to|processo|contrato|escala|ficha|prontu[áa]rio|placa|alvar[áa])',
      // European drops the pronoun: "fiquei a saber pela imprensa que vai liderar o novo hospital".
      '(?:vi|soube|li|fiquei a saber|fiquei sabendo|descobri|reparei) (?:[\\p{L}-]+ ){0,4}?que (?:vai|ir[áa]|acaba de|acabou de|passou a|passa a|agora) (?:liderar|dirigir|assumir|coordenar|presidir|abrir|lançar|comandar|chefiar|integrar|fundar|mudar)',
      // Formal European address drops the pronoun: "gostei muito do que disse no painel".
      '(?:do|o|no|com o) que (?:disse|escreveu|partilhou|apresentou|defendeu|publicou|comentou|explicou|contou) (?:sobre|no|na|em|ontem|durante)',
      // "estive lá quando apresentou o estudo", "na palestra em que mostrou…": a moment of theirs one witnessed.
      '(?:quando|em que|onde) (?:(?:voc[êe]|tu|o senhor|a senhora) )?(?:apresentou|apresentaste|mostrou|mostraste|falou|falaste|palestrou|explicou|explicaste|contou|contaste|lançou|lançaste|defendeu|defendeste|recebeu|recebeste)',
      // "você foi o convidado do Hipsters", "foste a oradora da sessão de abertura".
      '(?:(?:voc[êe]|tu|o senhor|a senhora) (?:foi|esteve)|foste|estiveste) (?:o |a |um |uma )?(?:convidad[oa]|entrevistad[oa]|palestrante|orador[a]?|keynote|mediador[a]?|moderador[a]?|jurad[oa]|homenagead[oa]|premiad[oa]|destaque|capa) (?:d[oa]s?|n[oa]s?|em|de)',
      // "sou usuária do app de vocês", "somos clientes da vossa plataforma".
      '(?:sou|somos) (?:cliente|clientes|usu[áa]ri[oa]s?|utilizador(?:a|es)?|leitor(?:a|es)?|ouvinte|assinante) (?:d[oa]s? )?(?:[\\p{L}-]+ )?(?:de voc[êe]s|do senhor|da senhora|vosso|vossa)',
      // "a vaga de front que vocês abriram".
      'vaga (?:de (?:[\\p{L}-]+ ){1,3})?que (?:voc[êe]s?|tu|o senhor|a senhora) (?:abriu|abriram|abriste|publicou|publicaram|postou|postaram|anunciou|anunciaram|divulgou|divulgaram)',
      // "acompanhei pelo jornal a abertura da vossa unidade": their company's news, told with a possessive.
      '(?:a|o) (?:abertura|inaugura[çc][ãa]o|expans[ãa]o|chegada|lan[çc]amento|aquisi[çc][ãa]o|entrada|mudan[çc]a|fus[ãa]o|decis[ãa]o) (?:d[aoe] )?(?:sua|seu|tua|teu|vossa|vosso) (?:[\\p{L}-]+ ){0,2}?(?:empresa|unidade|f[áa]brica|filial|escrit[óo]rio|loja|sede|equipa|equipe|time|startup|marca|produto|centro|laborat[óo]rio|opera[çc][ãa]o)',
      '(?:abertura|inaugura[çc][ãa]o|expans[ãa]o|chegada) d[ao] (?:[\\p{L}-]+ )?(?:de voc[êe]s|do senhor|da senhora)',
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on news of theirs',
    patterns: [
      '(?:muitos )?parab[ée]ns (?:(?:a você|a ti|mais uma vez|de novo) )?(?:pel[oa]s?|por|com) (?:(?:sua|seu|tua|teu|recente|grande) ){0,2}\\S+',
      'parab[ée]ns (?:pel[oa]s?|por) (?:ter |teres )?(?:sido |assumido |lançado |conquistado |entrado |vencido |ganhado |publicado |chegado |concluído |fundado )',
      'felicit(?:o|amos)-(?:o|a|te|os) (?:pel[oa]s?|por)',
      '(?:ver|vi|saber|soube|li sobre|fiquei (?:muito )?feliz com|fiquei (?:muito )?feliz em ver) (?:d?[aoe] )?{yourPossessive} (?:nova |novo |recente )?(?:promo[çc][ãa]o|nomea[çc][ãa]o|conquista|pr[êe]mio|aprova[çc][ãa]o|cargo|posi[çc][ãa]o|lan[çc]amento|chegada|entrada|ida)',
      '(?:vi|soube|li) (?:a )?(?:not[íi]cia|novidade|an[úu]ncio) (?:d[aoe]|sobre|que)',
      // "a sua equipa venceu o hackathon", "a sua startup foi selecionada para…".
      '{yourPossessive} (?:[\\p{L}-]+ ){0,2}?(?:empresa|equipa|equipe|time|startup|marca|projeto|projecto|livro|app|produto|artigo|tese|pesquisa|funda[çc][ãa]o|escola|laborat[óo]rio|ong|loja|cl[íi]nica|ag[êe]ncia|banda|filme|{businessNoun}) (?:[\\p{L}-]+ )?(?:venceu|ganhou|foi selecionad[oa]|foi seleccionad[oa]|foi escolhid[oa]|foi premiad[oa]|recebeu|conquistou|captou|lançou|abriu|atingiu|completou|foi destaque|foi eleit[oa]|foi finalista|foi aprovad[oa]|foi publicad[oa]|chegou a)',
      '(?:bem-vind[oa]|boas-vindas) (?:à|ao|a) \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      // "Parabéns a você e a toda a equipe pela conquista", "felicidades pela nova fase".
      '(?:muitos )?parab[ée]ns(?:,? (?:a|à|ao|e|para|pra|toda|todo|você|ti|si|equipe|equipa|time|o|os|as|vocês)){1,8} (?:pel[oa]s?|por) \\S+',
      '(?:felicidades|felicita[çc](?:ões|oes)) (?:pel[oa]s?|por) (?:(?:sua|seu|tua|teu|nova|novo|recente) ){0,2}\\S+',
    ],
  },
  {
    name: 'companyWork',
    means: 'names their company’s specific work',
    caseSensitive: true,
    patterns: [
      // An offer made to their named company ("Oferecemos à Marcopolo um diagnóstico"): their company named (pt107's label).
      '(?:[Oo]ferecemos|[Pp]ropomos|[Gg]ostar[íi]amos de oferecer|[Qq]ueremos oferecer|[Pp]odemos oferecer) (?:à|ao|para a|para o) (?!LinkedIn)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:[Oo] )?que (?:a |o )?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:está|estão|tem|têm) (?:fazendo|construindo|lançando|desenvolvendo|a fazer|a construir|a desenvolver)',
      '(?:[Aa]companho|[Aa]dmiro|[Ss]igo|[Cc]onheço) (?:há [\\p{L}\\p{N}]+ (?:anos |tempo )?|muito )?(?:o|a|os|as) (?:trabalho|projeto|projetos|iniciativa|iniciativas|conte[úu]do|campanhas?|pesquisas?) (?:[\\p{Ll}-]+ ){0,3}?d[aoe] \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:sua|seu|tua|teu) (?:experi[êe]ncia|trabalho|passagem|trajet[óo]ria|atua[çc][ãa]o|background|hist[óo]rico) (?:em|com|na|no|nas|nos|pela|pelo) (?:a |o )?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:[Vv]i|[Ll]i|[Ss]oube) que (?:a |o )\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:está|vai|acabou de|lançou|abriu|comprou|adquiriu|anunciou|captou|inaugurou|fechou|recebeu|ganhou|venceu|chegou|entrou|fez)',
      '(?:[Oo]|[Aa]) (?:lan[çc]amento|expans[ãa]o|chegada|aquisi[çc][ãa]o|rodada|IPO|campanha|iniciativa|estrat[ée]gia|rebranding|reestrutura[çc][ãa]o|fus[ãa]o|parceria|migra[çc][ãa]o|decis[ãa]o|aposta|escolha|abertura|inaugura[çc][ãa]o|entrada|programa|política|pol[íi]tica|investimento|relat[óo]rio|estudo) (?:[\\p{Ll}-]+ ){0,2}?d[aoe] \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      // Their company's piece of work with its topic: "o projeto de sensores que vocês apresentaram", "o estudo sobre o Tejo que publicaram".
      '(?:projetos?|projectos?|estudos?|produtos?|relat[óo]rios?|programas?|prot[óo]tipos?|pilotos?|campanhas?|pesquisas?|solu[çc](?:ão|ões)) (?:(?:d[eoa]s?|sobre|para|em) (?:[\\p{L}\\p{N}-]+ ){1,3}?)?que (?:voc[êe]s )?(?:apresentaram|lan[çc]aram|publicaram|fizeram|desenvolveram|mostraram|criaram|constru[íi]ram|anunciaram|divulgaram|testaram)',
      // "a forma como a Câmara de Braga conduziu…", "o jeito que a Natura…".
      '(?:[Aa] forma|[Oo] modo|[Aa] maneira|[Oo] jeito) (?:como|que|com que) (?:a |o |os |as )?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      // Operational first messages (theirWork is at its size limit): something of theirs in the writer's hands or path
      // ("encontrei a sua carteira", "o seu cachorro está no meu quintal", "recebi a vossa proposta"), not an order about it
      // ("envie o seu pedido"); a firm of theirs the writer's side deals with: bought from, treated at, left something at,
      // heard praised, or whose work reached us ("compra farinha à vossa empresa", "acompanhada na vossa clínica",
      // "saiu da vossa fábrica", "falaram muito bem da vossa moagem", "a vossa empresa montou os painéis").
      '(?<!(?:[Ee]nvie|[Ee]nvia|[Mm]ande|[Mm]anda|[Pp]roteja|[Pp]rotege|[Ss]egure|[Ss]egura|[Vv]enda|[Vv]ende)(?: me| -me)? (?:[Oo] |[Aa] |[Oo]s |[Aa]s )?){yourPossessiveAnyCase} {belongingNoun}(?![\\p{L}])',
      '(?:[Cc]ompr[\\p{L}]*|[Ee]ncomend[\\p{L}]*|[Cc]lientes?|[Aa]companhad[oa]s?|[Aa]tendid[oa]s?|[Tt]ratad[oa]s?|[Oo]perad[oa]s?|[Dd]eixei|[Ee]squeci|[Pp]erdi|[Ss]a[íi]u|[Ss]a[íi]ram|[Cc]hegou|[Cc]hegaram|[Vv]eio|[Vv]ieram|bem|[Tt]rabalhei|[Ee]stive|[Ee]stivemos) (?:[\\p{L}\\p{N}-]+ ){0,5}?(?:n[ao]s?|d[ao]s?|à|ao|pel[ao]|em|com [ao]) {yourPossessive} {firmNoun}(?![\\p{L}])',
      '{yourPossessiveAnyCase} {firmNoun} (?:\\S+ ){0,2}?(?:montou|montaram|instalou|instalaram|entregou|entregaram|forneceu|forneceram|imprimiu|imprimiram|reparou|repararam|consertou|construiu|pintou|vendeu|venderam|tratou|enviou|enviaram|fez|fizeram)(?:-nos|-me)?(?![\\p{L}])',
      // The writer's side is a customer of a product of theirs, in any person: "a nossa clínica usa o vosso sistema",
      // "comprei o vosso sensor na feira", "utilizamos a sua plataforma"; not an order or a pitch about it ("compre o nosso…").
      '(?:[Cc]ompr(?:ei|amos|[áa]mos|ou|aram)|[Aa]dquiri(?:mos|u|ram)?|[Ee]ncomend(?:ei|amos|[áa]mos|ou|aram)|[Uu]s(?:o|a|amos|am|ei|[áa]mos|ou|aram)|[Uu]tiliz(?:o|a|amos|am|ei|[áa]mos|ou|aram)|[Ii]nstal(?:ei|amos|[áa]mos|ou|aram)|[Tt]est(?:ei|amos|[áa]mos)|[Aa]ssin(?:o|amos|ei|[áa]mos)) (?:[\\p{L}\\p{N}-]+ ){0,3}?{yourPossessive} {productNoun}(?![\\p{L}])',
      // What they sold or did for the writer: "o casaco que me vendeu na feira".
      '(?:[Qq]ue|[Qq]uem) (?:me|nos) (?:vendeu|vendeste|venderam|forneceu|forneceram|entregou|instalou|montou|consertou|reparou|atendeu|tratou|operou)(?![\\p{L}])',
      // A record of the writer's says they were involved: "no prontuário consta que você acompanhava…".
      '[Cc]onsta(?:va)? que (?:voc[êe]|tu|o senhor|a senhora) \\S+',
    ],
  },
  {
    name: 'namedReferral',
    means: 'names who sent you or who you share',
    caseSensitive: true,
    patterns: [
      '\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\p{Ll}+ )?(?:me )?(?:indicou|sugeriu|recomendou|aconselhou|passou|deu) (?:o )?(?:seu|teu) (?:nome|contato|contacto)',
      '\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\p{Ll}+ )?(?:me indicou|me sugeriu|me recomendou|me aconselhou|sugeriu que eu|recomendou que eu|disse que eu|me disse que (?:você|tu|o senhor|a senhora)|falou (?:muito )?bem d[eo] (?:você|ti|si)|me falou d[eo] (?:você|ti))',
      '(?:[Pp]or |[Pp]or meio da |[Pp]or meio do )?(?:indicaç(?:ão|ao)|recomendaç(?:ão|ao)|sugest(?:ão|ao)) d[aoe] \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\p{Ll}+ )?(?:comentou|disse|falou|contou|mencionou) que (?:voc[êe]|tu|o senhor|a senhora)',
      '\\p{Lu}\\p{Ll}+,? que (?:me )?(?:sugeriu|indicou|recomendou|aconselhou)',
      // "a Marta Silva, que trabalhou consigo na EDP, disse que era a pessoa certa".
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}\\p{N},.-]+ ){0,8}?(?:disse|falou|comentou|garantiu|acha|achou|contou)(?:-me)? que (?:(?:voc[êe]|tu|o senhor|a senhora) )?(?:é|era|seria|és|eras) (?:a pessoa|quem|o especialista|a especialista|a refer[êe]ncia|o melhor|a melhor)',
      // "a Paula do RH da Ambev me passou seu LinkedIn".
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}\\p{N},.-]+ ){0,6}?(?:me )?(?:indicou|sugeriu|recomendou|passou|deu|enviou|mandou|partilhou|compartilhou)(?:-me)? (?:o )?(?:seu|teu) (?:nome|contato|contacto|[Ll]inked[Ii]n|perfil|e-?mail|n[úu]mero|telefone|[Ww]hats(?:[Aa]pp)?)',
      // "fomos apresentados pelo Pedro Almeida".
      '(?:[Ff]omos|[Ff]ui) apresentad[oa]s? (?:a voc[êe] |a ti |consigo )?(?:por|pel[oa]|atrav[ée]s d[oa]) (?:\\S+ )?\\p{Lu}[\\p{L}.-]*',
      // "O João Silva, meu colega na Stone, sugeriu que eu falasse com você"; "ela me indicou o seu nome".
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}\\p{N},.-]+ ){0,7}?(?:me )?(?:sugeriu|sugeriram|recomendou|recomendaram|aconselhou|aconselharam) que (?:eu |a gente |n[óo]s )?(?:falasse|convers[áa]sse|procurasse|escrevesse|entrasse|contactasse|contatasse|te |lhe |o |a |nos |(?:fal|convers|troc|encontr|contact|contat|reun)[áa]ssemos)',
      // An introduction already made between the writer and the reader: "a Dra. Teresa Lima apresentou-nos ontem",
      // "o Marcos nos apresentou semana passada"; not a thing shown to us ("nos apresentou o novo catálogo").
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}\\p{N},.-]+ ){0,6}?(?:nos apresentou|nos apresentaram|apresentou-nos|apresentaram-nos)(?! (?:o|a|os|as|um|uma|uns|umas|seu|sua|seus|suas|nosso|nossa|ao|à|aos|às)(?![\\p{L}]))',
      '(?:[Ee]le|[Ee]la|[Ee]les|[Ee]las) (?:me )?(?:sugeriu|sugeriram|indicou|indicaram|recomendou|recomendaram|aconselhou|aconselharam) (?:que eu|falar|conversar|procurar|contactar|contatar|o seu|o teu|seu|teu|voc[êe]|a voc[êe])',
      '(?:[Ss]oube|[Oo]uvi falar|[Ff]iquei sabendo|[Cc]heguei) (?:de voc[êe] |do seu trabalho |do teu trabalho |até voc[êe] |ao seu nome |ao teu nome )?(?:pel[oa]|atrav[ée]s d[oa]|por meio d[oa]|por) (?:[Dd]ra?\\.? |[Pp]rofa?\\.? )?\\p{Lu}\\p{Ll}+',
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}-]+ ){0,5}?(?:me )?(?:disse|falou|contou|comentou|mencionou|sugeriu|indicou|recomendou) (?:que )?(?:voc[êe]|tu|o senhor|a senhora|seu|teu|sua|tua|falar com|conversar com|procurar)',
      '(?:me )?(?:passou|passaram|deu|deram) (?:o )?(?:seu|teu) (?:contato|contacto|nome|e-?mail)',
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}\\p{N},.-]+ ){0,8}?(?:me )?(?:indicou|sugeriu|recomendou|aconselhou|indicaram|sugeriram|recomendaram)(?:-me)? (?:voc[êe]|o senhor|a senhora|te|ti|a ti|consigo|vocês|seu nome|teu nome|o seu nome|o teu nome)',
      '(?:[Qq]uem )?me (?:indicou|sugeriu|recomendou) (?:voc[êe]|o senhor|a senhora|o seu nome|o teu nome|seu nome|teu nome) foi (?:[oa] )?\\p{Lu}\\p{Ll}+',
      // European enclisis: "O Professor Nuno Crato aconselhou-me a falar consigo".
      '\\p{Lu}\\p{Ll}+ (?:[\\p{L}-]+ ){0,5}?(?:indicou|sugeriu|recomendou|aconselhou|disse|falou|contou|deu|passou)-me (?:o (?:seu|teu) (?:nome|contacto|contato)|que|a (?:falar|contactar|contatar|procurar|escrever)|o (?:seu|teu) nome|para)',
      // "o seu nome surgiu numa conversa com a Dra. Ana Reis", "seu nome apareceu quando conversei com o Paulo".
      '(?:seu|teu) nome (?:surgiu|apareceu|veio à tona|foi citado|foi mencionado) (?:[\\p{L}-]+ ){0,4}?(?:com|por|pel[oa]) (?:[ao] )?\\p{Lu}[\\p{L}.-]*',
      '(?:[Rr]ecebi|[Cc]onsegui|[Pp]eguei|[Tt]enho) (?:o )?(?:seu|teu) (?:contato|contacto|nome|e-?mail|n[úu]mero|linkedin) (?:d[aoe]|pel[oa]|atrav[ée]s d[aoe]|por meio d[aoe]|com [ao]|com|via) (?:[\\p{Ll}]+ ){0,2}?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:indicad[oa]|recomendad[oa]|encaminhad[oa]) (?:a você |a ti )?(?:pel[oa]|por) \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:amig[oa]|colega|contato|contacto|conhecid[oa])s? em comum,? (?:[ao] )?\\p{Lu}\\p{Ll}+',
      '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?,? (?:noss[oa]|um[a]?) (?:amig[oa]|colega|contato|contacto) em comum',
      // An office or person told the writer the matter is with them: "a secretaria disse que era com a senhora
      // que eu devia falar", "foi dito que o pedido está consigo".
      '(?:[Dd]isse|[Dd]isseram|dito|[Ii]nformou|[Ii]nformaram|[Ii]ndicou|[Ii]ndicaram|[Ee]xplicou|[Ee]xplicaram|[Gg]arantiu|[Aa]visou|[Aa]visaram)(?:-me|-nos)? que (?:\\S+ ){0,8}?(?:é|era|está|estava|seria|fica|ficou|esteve) (?:com (?:voc[êe]s?|o senhor|a senhora)|consigo|contigo|convosco)(?![\\p{L}])',
    ],
  },
  {
    name: 'howWeMet',
    means: 'says how you met or spoke before',
    patterns: [
      // A session of theirs the writer attended, thanked for: a moment shared with them.
      '(?:obrigad[oa]s?|agrade[çc]o|agradecemos|agradecer|grat[oa]) (?:(?:muito|mesmo|imenso|de novo|novamente) )?(?:pel[oa]s?|por|a|o) (?:{yourPossessive} )?(?:[\\p{L}-]+ )?{workNoun}(?![\\p{L}])',
      // They came to the writer first (a form, a request): the draft answers them.
      '(?:voc[êe]|tu|o senhor|a senhora) (?:me |nos )?(?:pediu|pediste|solicitou|solicitaste|preencheu|preencheste|requisitou|deixou|deixaste) (?:\\S+ ){0,6}?(?:demonstra[çc][ãa]o|demo|or[çc]amento|proposta|cota[çc][ãa]o|pre[çc]os?|formul[áa]rio|contato|contacto|informa[çc](?:ões|ão))',
      '(?:nos|a gente se) (?:conhecemos|falamos|vimos|cruzamos|encontramos|esbarramos) {atPlace}',
      '(?:conhecemo-nos|falámos|falamos|conversamos|convers[áa]mos|estivemos juntos|estivemos juntas|trocamos cart[õo]es|trocamos (?:umas |algumas )?(?:palavras|ideias|contatos)|sentamos juntos|partilhámos|dividimos a mesa|almoçamos juntos) (?:rapidamente |brevemente |um pouco )?{atPlace}',
      '(?:a gente|n[óo]s) (?:se |nos )?(?:conheceu|falou|viu|cruzou|encontrou|esbarrou|trombou|esbarramos|trombamos|dividiu|dividimos|sentou|sentamos|almo[çc]ou|jantou|conversou|trocou|esteve|estivemos|participou) (?:[\\p{L}-]+ ){0,3}?{atPlace}',
      '(?:te|o|a|lhe) (?:encontrei|encontramos|cruzei|cumprimentei|abordei|conheci) (?:rapidamente |brevemente |pessoalmente |rapidinho )?{atPlace}',
      '(?:encontrei-te|encontrei-o|encontrei-a|cruzei-me consigo|cruzámo-nos|cruzamo-nos|conhecemo-nos) (?:rapidamente |brevemente )?{atPlace}',
      // "fiz a pergunta sobre cadeia fria no fim da live": the writer spoke to them at their event
      '(?:fiz|deixei|mandei|coloquei) (?:a|uma|aquela) (?:pergunta|d[úu]vida|quest[ãa]o) (?:\\S+ ){0,5}?(?:no fim d[ao]|no final d[ao]|na|no|durante|depois d[ao]) (?:\\S+ ){0,2}?(?:live|palestra|webinar|webin[áa]rio|aula|evento|painel|confer[êe]ncia|mesa|sess[ãa]o|apresenta[çc][ãa]o|workshop|talk)',
      // "estivemos lado a lado no autocarro do congresso"
      '(?:estivemos|ficamos|fic[áa]mos|sentamos|sent[áa]mos|viajamos|viaj[áa]mos|fomos) (?:lado a lado|sentad[oa]s juntos|na mesma (?:mesa|fila|van|carrinha)) {atPlace}',
      '(?:sentei|fiquei|estive) (?:ao (?:seu|teu) lado|perto de (?:voc[êe]|ti)|na (?:sua|tua) mesa|no (?:seu|teu) (?:grupo|time|workshop|stand|estande))',
      '(?:foi|é) (?:um (?:grande )?prazer|[óo]timo|bom|muito bom|incr[íi]vel|legal|uma alegria) (?:te |lhe )?(?:conhecer|conhecê-l[oa]|conhecer-te|conhecer você|falar com você|conversar com você|encontrar você|rever você|rever-te|revê-l[oa]|{talkedWithYou})(?: pessoalmente)? {atPlace}',
      '(?:como|conforme) (?:prometido|prometi|combinado|combinamos|conversamos|falamos) {atPlace} \\S+',
      // "Como comentei no evento", "como te disse no jantar": said at a meeting, not in a message.
      '(?:como|conforme) (?:comentei|comentamos|mencionei|mencionamos|(?:te |lhe )?disse|(?:te |lhe )?falei) (?:ontem |semana passada )?(?:no|na|durante o|durante a) (?:evento|encontro|meetup|palestra|confer[êe]ncia|feira|congresso|workshop|jantar|almo[çc]o|caf[ée]|happy hour|semin[áa]rio|f[óo]rum|summit|cerim[ôo]nia|festa|stand|estande|intervalo|coffee break|networking|hackathon|imers[ãa]o|aula|curso|mentoria)',
      // "Adorei te conhecer na imersão", "gostei muito de conhecê-la no congresso".
      '(?:adorei|amei|gostei (?:muito |imenso )?de|foi bom|que bom|muito prazer em|prazer em|fiquei (?:muito )?feliz em|fiquei (?:muito )?contente (?:em|por)|foi (?:muito )?legal|curti) (?:te |lhe )?(?:conhecer|ter conhecido|rever|reencontrar|encontrar|conhecê-l[oa]|revê-l[oa]|reencontrá-l[oa]|encontrá-l[oa]|conversar com (?:voc[êe]|o senhor|a senhora)|falar com (?:voc[êe]|o senhor|a senhora)|{talkedWithYou})(?:-te)?(?: pessoalmente)? {atPlace}',
    ],
  },
  {
    name: 'commonGround',
    means: 'names what you have in common',
    patterns: [
      'tamb[ée]m {sharedVerb} (?:[\\p{L}\\p{N}&-]+ ){0,4}?(?:na|no|em|pela|pelo|de|do|da|com|como)',
      '(?:fui|fomos) (?:seu|sua|teu|tua) (?:alun[oa]|colega|estagi[áa]ri[oa]|orientand[oa]|mentorad[oa]|formand[oa]|alun[oa]s)',
      '(?:trabalhamos|estudamos|estudámos|trabalhámos) (?:juntos|juntas|na mesma|no mesmo)',
      '(?:trabalhamos|estudamos|estud[áa]mos|trabalh[áa]mos|crescemos|mor[áa]mos|moramos) (?:os dois|as duas|ambos|ambas|juntos|juntas) {atPlace}',
      '(?:estivemos|est[áa]vamos|participamos|particip[áa]mos|fomos|falamos|fal[áa]mos|moramos|mor[áa]mos|trabalhamos|trabalh[áa]mos|estudamos|estud[áa]mos) (?:[\\p{L}-]+ ){0,2}?(?:n[ao]|d[ao]|em) mesm[oa]',
      '(?:somos|fomos|fizemos|estivemos) (?:ambos|ambas|os dois|as duas) (?:[\\p{L}-]+ ){0,3}?(?:n[ao]|em|d[ao])',
      // Being in a group together now, not only having been: "estamos os dois na comunidade de Python", "estamos juntas no conselho".
      '(?:estamos|est[áa]vamos|ficamos) (?:ambos|ambas|os dois|as duas|juntos|juntas) (?:n[ao]s?|em|num|numa) (?:mesm[oa] )?{groupNoun}',
      '(?:a gente|n[óo]s) (?:fez|fizemos|estudou|estudamos|trabalhou|trabalhamos|participou|participamos|morou|moramos|jogou|jogamos) (?:[\\p{L}-]+ ){0,3}?(?:juntos|juntas)',
      // Same place, another year: "um ano depois de você", "duas turmas antes da senhora".
      '(?:um|uma|dois|duas|tr[êe]s|alguns|algumas|poucos|poucas) (?:anos?|semestres?|turmas?) (?:antes|depois) (?:de (?:voc[êe]|ti|si)|do senhor|da senhora)',
      '(?:somos|fomos) (?:ex-)?(?:colegas|conterr[âa]ne[oa]s|vizinh[oa]s|alun[oa]s|s[óo]ci[oa]s|membros|associad[oa]s) (?:de|d[oa]|n[oa]|em)',
      '(?:voc[êe]|tu|o senhor|a senhora) tamb[ée]m (?:estudou|estudaste|trabalhou|trabalhaste|passou|passaste|fez|fizeste|é|és|foi|foste|mora|moras|nasceu)',
      '(?:somos|fomos) (?:ex-colegas|colegas|conterr[âa]neos|vizinhos|ex-alunos|ex-alunas)',
      '(?:ambos|ambas|n[óo]s dois|n[óo]s duas) (?:estudamos|trabalhamos|somos|fomos|fizemos|participamos|passamos|estudámos|trabalhámos)',
      '(?:participamos|fazemos parte|somos membros|somos membro) (?:d[oa]|em) (?:mesm[oa] )?{groupNoun}',
      '(?:mesm[oa]) {groupNoun} (?:de|d[oa]|em) \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:colegas?|ex-alun[oa]s?|antig[oa]s alun[oa]s|alumni) (?:d[oa]|de) (?:mesm[oa] )?\\S+',
      'colegas? de (?:turma|faculdade|curso|mestrado|mba|trabalho|equipe|equipa)',
      // Someone of the writer's is theirs too: "o meu pai é seu paciente", "minha filha foi sua aluna no Objetivo".
      '(?:meu|minha) (?:pai|m[ãa]e|filh[oa]|irm[ãa]o|irm[ãa]|marido|mulher|espos[oa]|av[ôóo]|av[óo]|ti[oa]|prim[oa]|sobrinh[oa]|namorad[oa]|s[óo]ci[oa]|colega|chefe|gestor[a]?|amig[oa]|vizinh[oa]) (?:é|foi|era|est[áa]|esteve) (?:\\S+ )?(?:seu|sua|teu|tua|vosso|vossa) (?:paciente|cliente|alun[oa]|colega|orientand[oa]|mentorad[oa]|estagi[áa]ri[oa]|funcion[áa]ri[oa]|vizinh[oa]|amig[oa]|s[óo]ci[oa]|leitor[a]?)',
      // "você foi meu professor na FIA", "o senhor me deu aula em 2015".
      '(?:voc[êe]|tu|o senhor|a senhora) (?:foi|era|foste|eras) (?:o |a )?(?:meu|minha) (?:professor[a]?|chefe|gestor[a]?|mentor[a]?|orientador[a]?|colega|l[íi]der|coordenador[a]?|supervisor[a]?|tutor[a]?)',
      '(?:voc[êe]|tu|o senhor|a senhora) (?:me )?(?:deu|deste) aulas? (?:pra mim |para mim )?(?:n[ao]|em|d[ao])',
      // A school or association named, then claimed as shared: "Sou associada da ABRH-SP, como você".
      '(?:estudei|me formei|formei-me|sou formad[oa]|sou associad[oa]|sou membro|sou s[óo]ci[oa]|sou alun[oa]|sou ex-alun[oa]|fui alun[oa]|fiz (?:o )?(?:mestrado|mba|doutorado|doutoramento|curso)) (?:\\S+ ){1,5}?(?:como|assim como|tal como|igual a) (?:voc[êe]|tu|o senhor|a senhora)',
      // The same flight, warehouse or course group: "vamos no mesmo voo", "partilhamos o mesmo armazém", "caímos no mesmo grupo".
      '(?:vamos|iremos|partilhamos|compartilhamos|dividimos|ca[íi]mos|ficamos|estamos|usamos|frequentamos|pegamos|apanhamos|viajamos|embarcamos) (?:[\\p{L}-]+ ){0,2}?(?:(?:n|d)?[ao] )?mesm[oa]s? (?!(?:interesses|setor|sector|[áa]rea|ramo|mercado|ind[úu]stria|segmento|valores|objetivos|objectivos|gostos|desafios|sonhos|ideias|id[ée]ias|princ[íi]pios|vis[ãa]o|paix[ãa]o|p[áa]gina)(?![\\p{L}]))[\\p{L}]{3,}',
    ],
  },
  {
    name: 'invitation',
    means: 'invites them to speak or take part',
    patterns: [
      '(?:gostaria|gostar[íi]amos|queria|quer[íi]amos|quero|queremos|adoraria|adorar[íi]amos) (?:muito )?de (?:te |lhe |a |o |vos )?convid(?:ar|á-l[oa]|á-l[oa]s|ar-te|ar voc[êe])(?!\\() (?:\\S+ ){0,3}?(?:para|a|pra)',
      '(?:gostaria|gostar[íi]amos|adoraria|adorar[íi]amos|queria|quer[íi]amos) (?:muito )?que (?:voc[êe]|tu|o senhor|a senhora) (?:fosse|fosses|participasse|participasses|falasse|palestrasse|integrasse|moderasse|mediasse|escrevesse)',
      '(?:convite|convidar) (?:para|a) (?:voc[êe]|o senhor|a senhora|ti) (?:palestrar|falar|participar|ser|mediar)',
      '(?:pensamos|pensei|pens[áa]mos|lembramos|lembrei|lembr[áa]mos) (?:logo |imediatamente |justamente )?(?:em|de) (?:voc[êe]|ti|si|o senhor|a senhora) (?:para|pra|como)',
    ],
  },
  {
    name: 'jobApplication',
    means: 'says you applied',
    patterns: [
      '(?:me candidatei|candidatei-me|concorri)',
      '(?:apliquei|me inscrevi|inscrevi-me) (?:\\S+ ){0,2}?(?:a|à|ao|para|pra|na|no) (?:a |uma |o |um )?(?:vaga|posiç(?:ão|ao)|processo|oportunidade|sele[çc][ãa]o|programa|est[áa]gio|trainee)',
      '(?:enviei|mandei|submeti|cadastrei|(?:acabei|acabo|acabámos) de (?:enviar|mandar|submeter|cadastrar)) (?:o )?meu (?:curr[íi]culo|cv|perfil) (?:\\S+ ){0,4}?(?:para|pra|na|no) (?:a |o )?(?:vaga|processo|posiç(?:ão|ao)|oportunidade)',
      '(?:participando|participo|estou|passei para a pr[óo]xima fase) (?:d[oa]|n[oa]) (?:processo seletivo|sele[çc][ãa]o)',
      '(?:enviei|submeti|mandei|apresentei) (?:a )?minha candidatura (?:para|à|ao|a|na|no)',
      '(?:a )?minha candidatura (?:foi )?(?:enviada|submetida|registada|registrada)',
      'fiz (?:a|uma) entrevista (?:para|pra|na|no|com)',
      '(?:minha|a minha) candidatura (?:para|à|ao) (?:a )?vaga',
    ],
  },
];

/** Pseudo-context: sounds like a reason, fits anyone. What overlaps it does not count as context. */
export const pseudoContextFamilies: readonly Family[] = [
  {
    name: 'profileVisit',
    means: 'mentions a profile visit',
    patterns: [
      '(?:voc[êe]|vc|tu) (?:visitou|viu|acessou|visitaste|viste|esteve no) (?:o )?meu perfil',
      // Longest first: what is said about the profile is part of the profile visit.
      '(?:vi|encontrei|achei|olhei|visitei|analisei|li) (?:o )?(?:seu|teu) perfil,? (?:onde|em que|no qual|quando|que) (?:(?:voc[êe]|tu) )?\\S+',
      '(?:vi|encontrei|achei|olhei|visitei|analisei|conheci) (?:o )?(?:seu|teu) perfil',
      '(?:seu|teu) perfil (?:apareceu|me chamou)',
      // A compliment on the profile fits anyone: "parabéns pelo seu perfil".
      'parab[ée]ns (?:pel[oa]) (?:seu|teu|sua|tua) (?:perfil|trajet[óo]ria|curr[íi]culo|carreira|experi[êe]ncia|percurso)(?! (?:n[ao]|em|d[ao]|como|à frente))',
      // LinkedIn's own suggestion is no reason: "o LinkedIn me sugeriu seu perfil".
      '(?:o )?linkedin (?:me )?(?:sugeriu|recomendou|mostrou|indicou|apresentou)',
      // A field, not a place: "vi que você também é do RH."
      '(?:voc[êe]|tu) (?:também )?(?:é|és|trabalha|trabalhas|atua|atuas) (?:d[oa]|n[oa]|em|com) (?:rh|ti|marketing|vendas|tecnologia|finan[çc]as|jur[íi]dico|compras|log[íi]stica|sa[úu]de|educa[çc][ãa]o|[áa]rea de [\\p{L}]+)(?= *[.,!?;]|$)',
    ],
  },
  {
    name: 'vagueCommonGround',
    means: 'claims vague common ground',
    patterns: [
      'temos (?:muitas|várias|vários|muitos|algumas|alguns)? ?(?:conex(?:ões|oes)|contatos|contactos|amigos|ligaç(?:ões|oes)|rela[çc](?:ões|oes)) em comum',
      '(?:estamos|atuamos|trabalhamos|trabalho|atuo|estou) (?:no|na|em) (?:mesm[oa]) (?:setor|área|ramo|mercado|ind[úu]stria|segmento)',
      '(?:profissionais|pessoas) (?:como|iguais a) (?:voc[êe]|tu|o senhor|a senhora)',
      // Shared history denied is none: "sei que não trabalhamos juntos", "nunca nos conhecemos", "ainda não falámos".
      '(?:n[ãa]o|nunca|jamais) (?:nos |se )?(?:trabalhamos|trabalh[áa]mos|estudamos|estud[áa]mos|conhecemos|falamos|fal[áa]mos|conversamos|convers[áa]mos|estivemos|cruzamos|encontramos|vimos)(?: (?:juntos|juntas|pessoalmente|antes|ainda))?',
    ],
  },
];
