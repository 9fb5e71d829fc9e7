import type { LocalizedRule } from '../../types.ts';

/** `job-ask` (languages.md §5): asking a stranger for a job, a referral or to pass the CV on. */
// After "me candidatei…", asking for a referral or about the team is following up on an application.
const APPLIED = '(?:me candidatei|candidatei-me|apliquei|(?:enviei|submeti|apresentei|mandei) (?:a )?minha candidatura|(?:a )?minha candidatura (?:foi )?(?:enviada|submetida|registada|registrada)|me inscrevi|inscrevi-me|(?:estou|participo|estou a participar|estou participando) (?:n[oa]|d[oa]) (?:processo|sele[çc][ãa]o)|fiz (?:a|uma) entrevista)[^]{0,300}(?:indicar|indica|recomendar|vagas?|oportunidades?|trabalhar|fazer parte|entrar)';

export const jobAsk: LocalizedRule = {
  quietForRecipient: {
    families: ['spontaneousApplication'],
    headline: ['recrut\\p{L}*', 'talent\\p{L}*', 'talent acquisition', 'aquisi[çc][ãa]o de talentos', 'RH', 'recursos humanos', 'gest[ãa]o de pessoas', 'people', 'HR', 'human resources', 'headhunter\\p{L}*', 'recruit\\p{L}*'],
  },
  // An application said anywhere in the draft, before an ask in another paragraph ("me candidatei … (ID …)" then "se puder me indicar").
  quietWhen: [`(?<!n[ãa]o )${APPLIED}`],
  lexicon: {
    opening: ['vaga', 'vagas', 'oportunidade', 'oportunidades', 'posiç(?:ão|ao)', 'emprego', 'trabalho', 'lugar', 'est[áa]gio', 'oportunidade de emprego'],
    cv: ['(?:o )?meu (?:curr[íi]culo|cv|curriculum|portf[óo]lio)', '(?:a )?minha candidatura'],
    passVerb: ['encaminh(?:ar|a|e|á-l[oa]|á-lo|á-la)', 'pass(?:ar|a|e)', 'repass(?:ar|a|e)', 'envi(?:ar|a|e)', 'mand(?:ar|a|e)', 'entreg(?:ar|a|ue)', 'reencaminh(?:ar|a|e)'],
    decider: ['rh', 'recursos humanos', 'recrutamento', 'gestor', 'gestora', 'diretor', 'diretora', 'director', 'directora', 'chefe', 'respons[áa]vel', 'pessoa certa', 'time', 'equipe', 'equipa', 'l[íi]der', 'gerente', 'chefia', 'dire[çc][ãa]o', 'coordena[çc][ãa]o', 'recrutador', 'recrutadora'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks them for a job',
      patterns: [
        '(?:tem|teria|h[áa]|haveria|existe|existiria|tens|terias|teriam|t[êe]m) (?:alguma |uma )?(?:{opening}) (?:pra|para) mim',
        '(?:alguma|uma) (?:{opening}) (?:pra|para) mim',
        '(?:me contrat(?:a|e|ar|aria|ariam|arias|asse|assem)|contrat(?:a|e)-me|contratar-me|contratar-me-iam)',
        // "tem vaga de estágio aí pra mim?"
        '(?:tem|teria|h[áa]|haveria|existe|tens|terias|teriam|t[êe]m) (?:alguma |uma )?(?:{opening})(?: de [\\p{L}-]+)?(?: a[íi]| l[áa]| dispon[íi]vel| aberta)? (?:pra|para) mim',
        'qualquer (?:vaga|oportunidade|coisa|emprego|trabalho) (?:dispon[íi]vel|aberta|que (?:tiver|houver|aparecer))',
        // "Qualquer vaga serve", "aceito qualquer trabalho": any opening at all, asked for.
        // "qualquer vaga no seu escritório serve": where the opening is may stand between.
        'qualquer (?:vaga|oportunidade|emprego|trabalho|est[áa]gio|posi[çc][ãa]o)(?:,? [^.?!;\\n]{1,40}?)? (?:me )?(?:serve|servia|serviria|est[áa] (?:bom|[óo]timo)|t[áa] bom)',
        // The letter-style ask: "venho solicitar a V. Sa. uma oportunidade de estágio", "peço uma vaga de emprego".
        '(?:solicit(?:ar|o|amos|aria)|pedir|pe[çc]o|requeiro|requerer)(?:-lhe)?(?: (?:a|à|ao) (?:[\\p{L}.-]+ ){0,3}?| )(?:uma |um |a |o )?(?:oportunidade de (?:emprego|trabalho|est[áa]gio)|vaga de (?:emprego|trabalho|est[áa]gio)|(?:coloca[çc][ãa]o|emprego|est[áa]gio)(?! de (?:ver[ãa]o )?(?:pesquisa|inform)))',
        '(?:aceito|topo|pego|agarro|aceitaria|toparia) qualquer (?:vaga|oportunidade|emprego|trabalho|est[áa]gio|posi[çc][ãa]o)',
        '(?:me )?arruma(?:r)? (?:um|uma) (?:emprego|vaga|trabalho|est[áa]gio)',
        '(?:tem|h[áa]|teria|tens|haveria|existe) (?:alguma )?(?:{opening})(?: aberta| dispon[íi]vel)? (?:a[íi]|na (?:sua|tua|vossa)|no (?:seu|teu|vosso)|para (?:algu[ée]m com|o meu perfil|meu perfil|algu[ée]m como eu))',
        // "Vc tá contratando dev front?": the colloquial "tá" and the role asked about may come before the question mark.
        '(?:est[ãa]o|está|estás|t[áa]|t[ãa]o) (?:contratando|a contratar|recrutando|a recrutar)(?: [^.?!\\n]{1,30}?)?\\?',
        // "falar com o teu chefe para me chamarem para uma entrevista"
        'para me (?:chamarem|chamar|contratarem|contratar|entrevistarem|entrevistar|considerarem|meterem|colocarem) (?:para|pra|numa|em|no|na) (?:uma )?(?:entrevista|vaga|processo|equipa|equipe|time|empresa)',
        '(?:t[êe]m|tem|tens|teriam|h[áa]) (?:alguma |algumas )?vagas?(?: abertas?| dispon[íi]ve(?:is|l))?\\?',
        '(?:gostaria|queria|adoraria) (?:de )?(?:uma|alguma) (?:oportunidade|vaga|chance) (?:na|no|em) (?:sua|seu|tua|teu|vossa|vosso)',
        'se (?:h[áa]|tem|existe|existem|haveria|teria) (?:alguma |algumas )?(?:vagas?|oportunidades? de emprego|posiç(?:ão|ões) abertas?)',
        '(?:me )?(?:ajuda|ajude|ajudar)(?:-me)? a (?:conseguir|arrumar|encontrar|achar) (?:um |uma )?(?:emprego|trabalho|vaga|est[áa]gio|recoloca[çc][ãa]o)',
        '(?:lembr(?:a|e)-se|lembr(?:a|e)|pens(?:a|e)) (?:de|em) mim (?:se|quando|caso) (?:surgir|abrir|aparecer|houver|tiver)',
        '(?:gostaria|adoraria|quero|queria|sonho em) (?:muito )?(?:de )?(?:trabalhar|fazer parte|entrar) (?:na|no|com|d[oa]) (?:sua|seu|tua|teu|vossa|vosso) (?:empresa|time|equipe|equipa)',
        // "será que rola alguma oportunidade aí no seu time?", "gostava muito de integrar a vossa equipa".
        '(?:rola|rolaria|pinta|pintaria) (?:alguma |uma )?(?:{opening})',
        '(?:tem|teria|h[áa]|haveria|tens|terias) (?:alguma coisa|algo) (?:pra|para) mim(?= *[?!.]| a[íi]| n[ao] (?:sua|seu|tua|teu|vossa|vosso))',
        '(?:me )?ajud(?:ar|a|e)(?:-me)? com (?:uma|alguma) (?:vaga|oportunidade(?! de (?!emprego|trabalho|est[áa]gio))|coloca[çc][ãa]o|recoloca[çc][ãa]o|emprego|est[áa]gio)',
        'se (?:tiverem|tiver|houver|tiveres|existir|surgir|abrir|aparecer) (?:alguma |algumas )?(?:vagas?|posi[çc](?:ão|ões)|oportunidades?(?! de (?!emprego|trabalho|est[áa]gio)))(?: (?:em aberto|abertas?|dispon[íi]ve(?:l|is)))?[^.?!]{0,40}?(?:interesse|me avis|me lembr|lembre|pense|me considere|considerem|estou dispon)',
        '(?:me )?(?:d[áa]|d[êe]|dar|dá-me|dê-me) uma (?:chance|oportunidade)(?! de (?:conversar|falar|apresentar|mostrar))',
        '(?:aceitam|recebem|contratam|est[ãa]o aceitando) (?:estagi[áa]ri[oa]s|trainees|j[úu]niores|curr[íi]culos)',
        '(?:espa[çc]o|lugar) (?:pra|para) mim (?:n[ao]|em|a[íi]|na (?:sua|tua|vossa)|no (?:seu|teu|vosso))',
        '(?:me )?encaixar(?:-me)? (?:em |n[ao] )(?:algum|alguma|sua|seu|tua|teu|vossa|vosso)',
        '(?:quero|queria|gostaria de|gostava de|adoraria) (?:muito )?trabalhar (?:com voc[êe]|contigo|consigo|para voc[êe]|para o senhor|para a senhora)(?= *[.!?])',
        'caso (?:tenha|tenham|haja|saiba de|surja) (?:algo|alguma (?:coisa|vaga|oportunidade(?! de (?!emprego|trabalho|est[áa]gio))|posi[çc][ãa]o))[^.?!]{0,60}?(?:para mim|pra mim|no meu perfil|(?:me )?(?:avis|lembr|pens|indic)(?:a|e|ar|asse|as|es)(?:-se)?)',
        '(?:gostaria|gostava|adoraria|quero|queria|sonho em) (?:muito )?(?:de )?(?:integrar|juntar-me a|fazer parte d[ae]|entrar (?:para|n)[ao]|trabalhar (?:n|com)[ao]) (?:a |o )?(?:sua|seu|tua|teu|vossa|vosso) (?:empresa|time|equipe|equipa|grupo|laborat[óo]rio|ag[êe]ncia|escrit[óo]rio)',
        '(?:possibilidade|hip[óo]tese|chance) de (?:me )?(?:receber|contratar|integrar|acolher)(?:-me)? (?:como|na|no|em)',
        // "queria saber se a agência de vocês está precisando de alguém para estágio".
        'se (?:[\\p{L}-]+ ){0,5}?(?:est[áa]|est[ãa]o|estás) (?:precisando|a precisar|procurando|a procurar|contratando|a contratar|recrutando|a recrutar) (?:de )?(?:algu[ée]m|gente|pessoas?|estagi[áa]ri[oa]s?|profissionais?)',
        // Looking for work, then "if you hear of anything, tell me": "Tô procurando freela, se souber de algo me avisa".
        '(?:procurando|buscando|[àa] procura de|em busca de|a procurar) (?:um |uma |novos? |novas? |algum |alguma |outro |outra )?(?:emprego|trabalho|freelas?|jobs?|vagas?|est[áa]gio|recoloca[çc][ãa]o|oportunidades?|projetos? freela)[^]{0,120}?(?:se souber|caso saiba|se tiver|caso tenha|se surgir|caso surja|se aparecer|se rolar|qualquer coisa)[^.?!]{0,40}?(?:me (?:avis|fal|cham|indic|lembr)(?:a|e|ar|asse|as|es)|lembr(?:a|e|ar)(?:-se)? de mim|pens(?:a|e|ar) em mim)',
        // "se souber de alguma coisa, agradecia que pensasse em mim".
        '(?:se souber|caso saiba|se surgir|caso surja|se aparecer|se houver|se tiver) (?:de )?(?:algo|(?:alguma |qualquer )?(?:coisa|vaga|oportunidade|posi[çc][ãa]o))[^.?!]{0,80}?(?:pens(?:asse|e|a|ar|em)|lembr(?:asse|e|a|ar)(?:-se)?) (?:de |em )mim',
      ],
      // "vocês deveriam me contratar direto" claims the job as owed: entitled's, not a request.
      quiet: [APPLIED, '(?:deveria|devia|deveriam|deviam|deverias|devias|tinham que|tinha que) (?:me contratar|contratar-me)'],
    },
    {
      name: 'asksForReferral',
      means: 'asks them to refer the writer',
      patterns: [
        '(?:pode|poderia|podes|poderias|consegue|conseguiria|conseguirias|tem como|h[áa] como|d[áa] pra|daria pra|seria poss[íi]vel) (?:me indicar|indicar-me|me recomendar|recomendar-me)(?= *\\?| (?:para|pra|a|à|na|no) (?:a |uma |alguma |essa |esta )?(?:{opening}))',
        '(?:me indica|me indique|indica-me|indique-me) (?:para|pra|a|à|na|no) (?:a |uma |alguma )?(?:{opening})',
        'me (?:colocar|pôr|por) (?:pra|para) dentro',
        // "poderia falar de mim para o gestor da vaga?", "me indicar internamente".
        '(?:falar|fala|fale|falasse|dizer|diz|diga) (?:bem |uma palavra )?(?:de|sobre) mim (?:para|pra|pro|ao|à|com) (?:o |a )?(?:{decider}|gestor[a]? da vaga)',
        '(?:me indicar|indicar-me|me recomendar|recomendar-me|me indica|me indique) internamente',
        // Pulling strings: "meter uma cunha", "mexer os pauzinhos", "uma palavra sua fazia toda a diferença".
        '(?:meter|mete|meta|metesse|metias?|meteria)(?:-me)? uma cunha', 'mex(?:er|e|a|esse) (?:uns |os |alguns )?pauzinhos', 'uma palavr(?:a|inha) (?:sua|tua|do senhor|da senhora|a meu favor|por mim)', '(?:dar|d[áa]|d[êe]|desse) uma palavrinha (?:por mim|a meu favor|com)',
      ],
      quiet: [APPLIED],
    },
    {
      name: 'passesCvOn',
      means: 'asks them to pass the writer’s CV on',
      patterns: [
        '(?:{passVerb}) (?:{cv}) (?:pro|pra|para o|para a|ao|à|aos|às) (?:seu |sua |teu |tua |vosso |vossa )?(?:{decider})',
      ],
    },
    {
      name: 'spontaneousApplication',
      means: 'sends an unsolicited application to someone outside recruiting',
      patterns: ['candidatura espont[âa]nea'],
      // A spontaneous application sent to recruiting is an application, not a job-ask (languages.md §5): said in the
      // text here, or read from the recipient's headline (quietForRecipient).
      quiet: ['(?:recrutador|recrutadora|recrutamento|recursos humanos|rh|talent|talentos|aquisi[çc][ãa]o de talentos|processo seletivo)[^]{0,200}candidatura espont[âa]nea'],
    },
  ],
};
