import type { LocalizedRule } from '../../types.ts';

/** `personal-favor` (languages.md §5): votes, likes, endorsements, reviews, money and intros asked of strangers. */
export const personalFavor: LocalizedRule = {
  coldOnlyFamilies: ['asksForIntro', 'asksForSurvey'],
  lexicon: {
    myPost: ['(?:o |a )?(?:meu|minha|nosso|nossa) (?:post|publicaç(?:ão|ao)|v[íi]deo|p[áa]gina|artigo|perfil|projeto|projecto|campanha|conte[úu]do|vaquinha)'],
    // Asking for engagement (not "segue em anexo", "comentar o andamento", "queremos divulgar").
    engageVerb: ['curtir', 'curte', 'curta', 'curtam', 'curtisse', 'seguir', 'siga', 'sigam', 'seguisse', 'compartilhar', 'compartilha', 'compartilhe', 'compartilhasse', 'partilhar', 'partilha', 'partilhe', 'divulga', 'divulgue', 'repostar', 'reposta', 'reposte'],
    boss: ['ceo', 'diretor', 'diretora', 'director', 'directora', 'chefe', 'gestor', 'gestora', 'fundador', 'fundadora', 'presidente', 'vp', 'head', 'gerente', 's[óo]ci[oa]'],
  },
  families: [
    {
      name: 'asksForVote',
      means: 'asks for a vote',
      patterns: ['(?:vot(?:e|em|a|ar)|d[áa](?:r)? (?:o )?(?:seu|teu) voto) (?:em mim|no meu|na minha|em \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}|n[oa] \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})', 'preciso do (?:seu|teu) voto', 'ajud(?:ar|a|e)(?:-me)? com (?:um |o (?:seu |teu )?|seu |teu )?voto', '(?:um|o seu|o teu|seu|teu) votinho'],
    },
    {
      name: 'asksForEngagement',
      means: 'asks for likes, shares or follows',
      patterns: [
        '(?:curt(?:ir|e|a|am|indo)|compartilh(?:ar|e|a|em|ando)|partilh(?:ar|e|a|ando)|coment(?:ar|e|a|ando)|reposta(?:r|ndo)?|divulg(?:ar|ue|a|ando)) {myPost}',
        '(?:dar|dá|dê|deixar|deixa|deixe) (?:um |o |seu |teu )?(?:like|joinha|coraç(?:ão|ao)zinho)',
        // The post named first, the ask pointing "there": "Publiquei um artigo sobre liderança. Curte e comenta lá, por favor".
        '(?<=(?:publiquei|postei|compartilhei|partilhei|gravei|lancei|(?:meu|minha) (?:post|artigo|v[íi]deo|publica[çc][ãa]o|texto))[^]{0,160}?)(?:curt|coment|compartilh|partilh)(?:e|a|am|em)(?: e (?:curt|coment|compartilh|partilh)(?:e|a|am|em))? (?:l[áa]|ali|por l[áa])(?![\\p{L}])',
        '(?:seguir|segue|siga|sigam) (?:a |o )?(?:minha|meu|nossa|nosso) (?:p[áa]gina|perfil|canal|empresa)', '(?:pode|poderia|podes) me seguir', '(?:se )?inscrev(?:e|a|er|am)(?:-se)? no (?:meu|nosso) canal', '(?:subscrever|subscreve|subscreva|subscrevas|subscreves|inscrever-te|inscreve-te|inscrever-se) (?:o |no |ao |a )?(?:meu|nosso|minha|nossa) (?:canal|newsletter|podcast|p[áa]gina)', '(?:deixar|deixa|deixe|deixes|dar|d[áa]|dê|d[êe]s) (?:um |uns )?(?:gosto|gostos|like|likes|joinha)', '(?:dar|dá|dê|deixar|deixa|deixe) (?:uma )?(?:curtida|curtidinha|moral|forcinha)', 'segue (?:lá|a gente)', '(?:me segue|me siga|segue-me|siga-me|me seguir|seguir-me) (?:no|na|l[áa]|por l[áa])',
        // The reader asked to subscribe or like, the channel named before: "será que você pode se inscrever e curtir os vídeos?".
        '(?:pode|poderia|podes|podias|consegue|conseguiria|custa) (?:me )?(?:se inscrever|inscrever-se|inscrever-te|te inscrever|curtir|seguir|assinar)(?: e (?:curtir|seguir|compartilhar|comentar|partilhar|se inscrever))? (?:os |as |o |a |no |na |nos |nas )?(?:v[íi]deos?|canal|p[áa]gina|perfil|newsletter|podcast)',
        '(?:ajudar|ajuda|ajude|me ajuda|me ajude) (?:a |na )?divulg(?:ar|a[çc][ãa]o)', '(?:dar|dá|dê|me dá|me dê) uma (?:força|forcinha|moral) (?:no|na|com|pra|para)',
        '(?:apoiar|apoie|apoia|contribuir|contribua|doar|doe) (?:com |n[oa] |para )?(?:o |a )?(?:meu|minha|nosso|nossa) (?:projeto|campanha|vaquinha|financiamento|causa)',
        '(?:assinar|assine|assina) (?:a |o )?(?:minha|meu|nossa|nosso) (?:peti[çc][ãa]o|abaixo-assinado)', '(?:endossar|endosse|endossa) (?:as )?minhas',
        // "curtir e seguir a página da minha loja", "compartilhar e comentar o post do nosso projeto"
        '{engageVerb}(?: e (?:{engageVerb}|comentar|comente|comenta))? (?!com |sobre |em |para |pra |adiante|abaixo|anexo|junto)(?:\\S+ ){0,3}?(?:meu|minha|nosso|nossa) (?:\\S+ ){0,2}?(?:post|postagem|publica[çc][ãa]o|p[áa]gina|perfil|canal|loja|v[íi]deo|artigo|conte[úu]do|projeto|projecto|empresa|marca|instagram|insta|tiktok|youtube|neg[óo]cio|newsletter|podcast|campanha)',
      ],
    },
    {
      name: 'asksForEndorsement',
      means: 'asks for an endorsement or recommendation',
      patterns: [
        'valid(?:ar|a|e)(?: as)? (?:minhas )?(?:compet[êe]ncias|habilidades|skills|aptid(?:ões|oes))',
        // "me endossa em Power BI?", "endossar-me nas competências"
        '(?:me endoss(?:a|e|ar|asse|aria|ariam|em|as)|endoss(?:a|e|ar|asse)-me)', '(?:endoss|valid|recomend)(?:ar|a|e|asse|aria)(?:-me)? (?:\\S+ ){0,2}?(?:minhas|nas minhas) (?:compet[êe]ncias|habilidades|skills|aptid(?:ões|oes))',
        // "uma recomendação sua no meu perfil", "escrever algumas linhas sobre mim"
        'uma recomenda[çc][ãa]o (?:sua|tua|do senhor|da senhora|de voc[êe]) (?:no meu|para o meu|pro meu|faria|fazia|ajudaria|ajudava|seria|valeria)', 'recomenda[çc][ãa]o no meu (?:perfil|linkedin)',
        '(?:escrever|escreve|escreva|escrevesse|deixar|deixa|deixe|deixasse) (?:\\S+ ){0,2}?(?:linhas|palavras) (?:sobre mim|a meu respeito|no meu perfil|de recomenda[çc][ãa]o)',
        '(?:escrever|escreve|escreva|deixar|deixa|deixe|fazer|faz|faça) (?:uma )?recomendaç(?:ão|ao) (?:pra mim|para mim|no meu perfil|sobre mim)',
        '(?:me recomendar|me recomenda|me recomende|recomendar-me) no linkedin',
        // "gravar um depoimento de um minuto sobre o meu trabalho"
        '(?:gravar|gravasse|grave|graves|escrever|escrevesse|escreva|deixar|deixasse|dar|desse|fazer|fizesse|fa[çc]a)(?:-me)? (?:um|uma) (?:\\S+ )?(?:depoimento|testemunho|v[íi]deo de recomenda[çc][ãa]o)(?: \\S+){0,5}? (?:sobre|de|a respeito de) (?:o |a )?(?:meu|minha|mim|meus)',
        // Quid pro quo: "acabei de validar as suas competências, pode fazer o mesmo por mim?", "endossei-te, retribuis?".
        '(?:validei|endossei|recomendei|avaliei|acabei de (?:validar|endossar|recomendar))[^]{0,160}?(?:(?:pode|poderia|podes|poderias|podia|consegue|conseguiria|puder|puderes|quiser|importa-se de|importaria de) (?:\\S+ ){0,2}?(?:fazer o mesmo|retribuir)|(?:fa[çc]a|fizesse|fizesses) o mesmo|retribu(?:a|as|[íi]sse|[íi]sses)(?![\\p{L}])|retribuis\\?|a mesma coisa (?:por|para|pra) mim)',
        '(?:escrever|escreve|escreva|fazer|faz|fa[çc]a)(?:-me)? (?:uma )?cartas? de recomenda[çc][ãa]o', '(?:escrever|escreve|escreva) uma (?:pra|para) mim', 'preciso de (?:\\d+ |algumas |umas |mais )?(?:recomenda[çc](?:ões|oes)|avalia[çc](?:ões|oes)|votos|curtidas|likes|seguidores|assinaturas)',
      ],
    },
    {
      name: 'asksForReview',
      means: 'asks for a review or rating',
      patterns: [
        'deix(?:ar|a|e) (?:uma |sua |a sua |tua )?(?:avaliaç(?:ão|ao)|review|resenha|nota|estrelas?) (?:pra|para|n[oa]|à|ao|sobre)',
        // "deixe-nos uma avaliação de 5 estrelas no Google", "uma avaliação no Google faz toda a diferença"
        'deix(?:ar|a|e|em|asse)-(?:nos|me) (?:\\S+ )?(?:avalia[çc][ãa]o|review|resenha|nota|estrelas|coment[áa]rio)', '(?:avalia[çc][ãa]o|nota|review) (?:de )?(?:5|cinco) estrelas',
        'deix(?:ar|a|e) (?:umas |umas |cinco |5 )?(?:estrelinhas|estrelas|avalia[çc][õo]es positivas|coment[áa]rio positivo) (?:pra|para|n[oa]|à|ao)',
        'avali(?:ar|a|e) (?:a )?(?:minha|nossa|meu|nosso) (?:loja|empresa|p[áa]gina|app|aplicativo|restaurante|neg[óo]cio|livro|curso)',
      ],
    },
    {
      name: 'asksForMoney',
      means: 'asks for money',
      patterns: [
        '(?:me )?emprest(?:a|e|ar)(?:-me)? (?:\\S+ )?(?:dinheiro|reais|euros|r\\$)', '(?:pode|poderia|podes|poderias|consegue|conseguiria|consegues|conseguirias|dá pra|daria pra) me emprestar', 'emprestar-me', 'me emprestar (?:\\S+ ){0,2}?(?:reais|euros|kwanzas|meticais|dinheiro|r\\$|mil|\\d)',
        '(?:me )?(?:manda|mande|envia|envie|faz|fa[çc]a) (?:um )?pix', 'contribuir (?:com|para) a (?:minha|nossa) vaquinha', 'fazer uma doaç(?:ão|ao) (?:pra|para) mim',
        '(?:estou|estamos) (?:a angariar|angariando|arrecadando|a arrecadar|juntando|a juntar) (?:fundos|dinheiro|doa[çc](?:ões|oes))', 'qualquer (?:contribui[çc][ãa]o|doa[çc][ãa]o|valor|ajuda financeira) (?:ajuda|é bem-vinda|conta|vale)',
      ],
    },
    {
      name: 'asksForSurvey',
      means: 'asks a stranger to fill in a survey',
      patterns: ['(?:responder|preencher|responda|preencha|responde|preenche) (?:a |o )?(?:minha|meu|nossa|nosso) (?:pesquisa|question[áa]rio|formul[áa]rio|enquete)'],
    },
    {
      name: 'asksForIntro',
      means: 'asks a stranger for an introduction',
      patterns: [
        '(?:me )?apresent(?:ar|a|e)(?:-me)? (?:a|ao|à|para o|para a|pro|pra) (?:seu |sua |teu |tua |vosso |vossa )(?:{boss})',
        '(?:passa|passe|passar|manda|mande|mandar) (?:o )?(?:contato|contacto|e-?mail|n[úu]mero|telefone|whats(?:app)?) d[oa] (?:seu |sua |teu |tua )?(?:{boss}|respons[áa]vel|pessoa respons[áa]vel|rh)',
        'apresent(?:ar|a|e)(?:-me)? (?:a|para) algu[ée]m (?:d[ao]|n[ao]|que)',
        // "você consegue me apresentar ao diretor de compras da Ambev?"
        '(?:consegue|conseguiria|consegues|pode|poderia|podes|podia|podias|teria como|tem como) (?:me )?apresentar(?:-me)? (?:a|ao|à|aos|às|para o|para a|pro|pra) (?:(?:seu|sua|teu|tua|vosso|vossa|o|a) )?(?:{boss}|respons[áa]vel|pessoa|algu[ée]m|equipe|equipa|time|[áa]rea)',
        '(?:me )?(?:colocar|coloca|coloque|p[ôo]r|p[õo]e|ponha|conectar|conecta|conecte)(?:-me)? em (?:contato|contacto) com (?:algu[ée]m|o (?:seu |sua )?|a (?:sua )?)',
        '(?:me )?indic(?:ar|a|e)(?:-me)? algu[ée]m (?:d[ao]|n[ao]|em) (?:sua|seu|tua|teu|vossa|vosso) (?:empresa|time|equipe|equipa|[áa]rea)',
        '(?:me )?apresent(?:ar|a|e)(?:-me)? (?:a|ao|à|para o|para a|pro|pra) (?:o |a )?(?:respons[áa]vel|pessoa respons[áa]vel|gestor[a]?|[áa]rea|time|equipe|equipa) (?:de|d[oa]|por|pel[oa])',
        '(?:conhece|conheces|conheceria) algu[ée]m (?:n[ao]|d[ao]|em) [^.?!]{0,40}?(?:que (?:me )?possa|que (?:me )?pudesse|pra me|para me) (?:apresentar|indicar|ajudar|receber)', '(?:conhece|conheces) algu[ée]m (?:n[ao]|d[ao]|em) \\S+ (?:que|pra|para) (?:me )?(?:possa|poderia|pudesse|apresentar|indicar)',
      ],
    },
    {
      name: 'passesWriterOn',
      means: 'asks them to pass the writer on',
      // Leave to forward is not a favour asked: "fique à vontade para encaminhar à sua diretora".
      quiet: ['(?:fique|fica|sinta-se|esteja) à vontade (?:para|pra) (?:\\S+ ){0,2}?(?:encaminh|repass|reencaminh)\\S*'],
      patterns: [
        // "falar com o teu chefe para me chamarem": being passed on to whoever hires
        '(?:falar|falares|fale|falasse|falasses|falarias|falaria) (?:bem de mim )?com (?:o |a )?(?:teu|tua|seu|sua|vosso|vossa) (?:chefe|gestor[a]?|diretor[a]?|director[a]?|manager|rh|recrutador[a]?|l[íi]der) (?:para|pra|sobre mim|a meu respeito)',
        '(?:encaminh(?:ar|a|e)|encaminhá-l[oa]|repass(?:ar|a|e)|reencaminh(?:ar|a|e)) (?:\\S+ ){0,3}?(?:ao|à|pro|pra|para o|para a) (?:seu |sua |teu |tua |vosso |vossa )(?:{boss}|rh|respons[áa]vel)',
        // "encaminhar meu currículo para o RH da sua empresa"
        '(?:encaminh(?:ar|a|e)|repass(?:ar|a|e)|reencaminh(?:ar|a|e)|pass(?:ar|a|e)|mand(?:ar|a|e)) (?:o )?meu (?:curr[íi]culo|cv) (?:ao|à|pro|pra|para o|para a) (?:{boss}|rh|respons[áa]vel|recrutamento|recursos humanos)',
        '(?:me )?(?:passa|passe|passar|direciona|direcione|direcionar|encaminha|encaminhe) (?:para|pra|pro|a|à|ao) (?:alguém|algu[ée]m|a pessoa) (?:mais )?(?:adequad[oa]|certa|respons[áa]vel)',
      ],
    },
  ],
};
