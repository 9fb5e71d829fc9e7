import type { Family, Lexicon } from '../../engine/families.ts';

/**
 * What gives a cold French draft its reason why this person (`no-context` stays quiet), and what only
 * sounds like one (pseudo-context: "vous avez consulté mon profil", "nous avons des relations en commun").
 * Family names are the English ones so that the checklist reads them.
 */
export const lexicon: Lexicon = {
  // "votre", "ton", "ta", "tes", "vos": the reader's.
  yourPoss: ['votre', 'vos', 'ton', 'ta', 'tes'],
  // Things a person makes that can be read, watched, heard or attended.
  work: [
    'articles?', 'tribunes?', 'interventions?', 'conf[ée]rences?', 'talks?', 'keynotes?', 'podcasts?', '[ée]pisodes?', 'livres?', 'ouvrages?',
    'posts?', 'publications?', 'billets?', '[ée]tudes?', 'expos[ée]s?', 'pr[ée]sentations?', 'webinaires?', 'webinars?', 'th[èe]ses?',
    'recherches? (?:sur|en|autour|consacr[ée]es)', 'travaux (?:sur|de recherche|en|autour)', 'travail (?:sur|autour)', 'travaux', 'retours? d\'exp[ée]rience', 'interviews?', 'newsletters?', 'vid[ée]os?', 'chroniques?', 'rapports? (?:sur|annuel|d\'activit[ée]|consacr[ée])',
    'analyses?', 'masterclass', 't[ée]moignages?', 'prises? de parole', 'portraits?', 'passages? (?:[àa]|au|sur|dans)', 'citations?', 'pitch', 'cours', 'commentaires? (?:sur|sous)', 'tutoriels?', 'tutos?', 'guides?', 'slides', 'replay', 'carrousels?', 'ateliers?', 'tables? rondes?', 'papiers?', 'contributions?', 'cha[îi]ne youtube', 'blog', 'm[ée]moire',
    '[ée]missions?', 'enqu[êe]tes?', 'reportages?', 'documentaires?', 'balados?', 'capsules?', 'infolettres?', 'livres? blancs?', 'fils? (?:x|twitter|linkedin|sur|consacr[ée])',
    // Sessions they ran: "merci pour la session de questions-réponses d'hier", "ta réunion d'information".
    'sessions?', 'questions?-r[ée]ponses', 'r[ée]unions? d\'information', 'permanences?', 'lives?', 'd[ée]monstrations?', 'visioconf[ée]rences?',
    '[ée]ditos?', '[ée]ditoriaux', 'cartes? blanches?', 'lettres? ouvertes?', 'romans?', 'recueils?', 'expositions?', 'spectacles?', 'films?', 'prototypes?', 'panels?', '[ée]tudes? de cas', 'mooc',
    // What a designer or maker shows: "ta collection de manteaux vue au festival", "vos créations en wax".
    'collections?', 'cr[ée]ations?', 'monographies?', 'photoreportages?',
  ],
  // What someone did at a place: "votre parcours chez Qonto", "votre travail sur … chez Qonto".
  career: ['parcours', 'exp[ée]rience', 'travail', 'r[ôo]le', 'poste', 'mission', 'passage', 'carri[èe]re', 'alternance', 'stage', 'apprentissage', 'doctorat', 'th[èe]se', 'mandat', 'CDD', 'VIE', 'contrat',
    // "votre profil d'ingénieur essais chez Turbomeca": a role at a named firm, not the bare "votre profil".
    "profil (?:de \\p{L}+|d'\\p{L}+)"],
  // Concrete things and affairs of theirs that a practical message is about: "votre cave est inondée",
  // "votre dossier de prêt est chez moi", "votre boulangerie fournit la cantine". Not the generic
  // "votre entreprise/société/profil", which fit anyone.
  belongings: [
    'caves?', 'garages?', 'voitures?', 'v[ée]hicules?', 'camions?', 'v[ée]los?', 'colis', 'courriers?', 'dossiers?', 'demandes?', 'factures?', 'commandes?',
    'compteurs?', 'bo[îi]tes? aux lettres', 'appartements?', 'logements?', 'locaux', 'local', 'jardins?', 'haies?', 'arbres?', 'chiens?', 'chats?',
    'places? de parking', 'box', 'r[ée]servations?', 'inscriptions?', 'contrats?', 'sinistres?', 'devis', 'chantiers?', 'pr[êe]ts?', 'cl[ée]s',
    'boulangeries?', 'boucheries?', 'fromageries?', '[ée]piceries?', 'boutiques?', 'magasins?', 'restaurants?', 'cabinets?', 'g[îi]tes?', 'fermes?',
    'ateliers?', 'agences?', 'services?', 'salles?', 'stands?', 'commerces?', 'pharmacies?', 'cliniques?', 'h[ôo]tels?', 'caf[ée]s?', 'bars?', 'fils', 'filles?', 'enfants?',
  ],
  // Organisations a person speaks for: "votre ONG", "ta coopérative", "vos équipes".
  organisation: [
    'ONG', 'associations?', 'fondations?', 'entreprises?', 'soci[ée]t[ée]s?', '[ée]quipes?', 'laboratoires?', 'labos?', 'cabinets?', 'agences?', 'instituts?',
    'organisations?', 'f[ée]d[ée]rations?', 'syndicats?', 'chambres?', 'groupes?', 'collectifs?', 'r[ée]seaux', 'r[ée]seau', 'clubs?', 'coop[ée]ratives?', 'maisons?',
    'marques?', 'start-?ups?', 'scale-?ups?', 'usines?', 'ateliers?', 'mairies?', 'communes?', 'minist[èe]res?', 'universit[ée]s?', '[ée]coles?', 'centres?', 'bo[îi]tes?', 'services?', 'PME',
  ],
  // Their news.
  cheer: ['f[ée]licitations', 'bravo', 'chapeau', 'congrats', 'toutes mes f[ée]licitations', 'un grand bravo'],
  news: [
    'nomination', 'promotion', 'nouveau poste', 'nouvelle? (?:fonction|r[ôo]le|mission|aventure)', 'lev[ée]e de fonds', 'lancement',
    'prix', 'r[ée]compense', 'troph[ée]e', 'certification', 'acquisition', 'rachat', 'ouverture', 'succ[èe]s', 'parution', 'sortie',
    'arriv[ée]e', 'prise de poste', '[ée]lection', 'r[ée][ée]lection', 'distinction', 'm[ée]daille', 'introduction en bourse', 'entr[ée]e (?:au|[àa]|en|dans)', 'dipl[ôo]me', 'soutenance', 'anniversaire', 's[ée]rie [a-d]', 'tour de table',
  ],
  // What a referrer did: "m'a conseillé de vous écrire", "m'a transmis vos coordonnées".
  referred: [
    'conseill[ée]', 'sugg[ée]r[ée]', 'recommand[ée]', 'propos[ée]', 'dit de', 'donn[ée] (?:votre|ton|vos|tes) (?:nom|contact|coordonn[ée]es)', "donn[ée] l'id[ée]e",
    'transmis (?:votre|ton|vos|tes)', 'pass[ée] (?:votre|ton|vos|tes)', 'communiqu[ée] (?:votre|ton|vos|tes)', 'orient[ée]e? vers (?:vous|toi)', 'mise? en (?:contact|relation)',
    'indiqu[ée] (?:votre|ton|que vous|que tu)', 'parl[ée] de (?:vous|toi|votre|ton|ta|vos|tes)',
  ],
  // Meeting in person or online.
  met: ['rencontr[ée]e?s?', 'crois[ée]e?s?', 'parl[ée]', 'vus?', 'vues', 'connus?', 'connues', 'retrouv[ée]e?s?', 'c[ôo]toy[ée]e?s?'],
  // A named event or place: "au salon Vinexpo", "lors du meetup".
  eventWord: [
    'salon', 'meetup', 'afterwork', 'soir[ée]e', 'conf[ée]rence', 'colloque', 'congr[èe]s', 's[ée]minaire', 'forum', 'webinaire', 'atelier',
    'hackathon', 'jury', 'festival', 'sommet', 'journ[ée]e', 'd[îi]ner', 'petit-d[ée]jeuner', 'table ronde', 'masterclass', 'formation',
    '[ée]v[ée]nement', 'rencontre', 'job ?dating', 'stand',
    // Belgian, Swiss and Québec words too: "au drink de la FEB", "au 5 à 7 du Jeune Barreau".
    'drink', 'cocktail', 'ap[ée]ro', 'gala', 'assises', 'rencontres', 'matinale', 'convention', 'symposium', 'demo ?day', 'vernissage',
    'inauguration', 'portes? ouvertes?', 'remise des prix', 'brunch', 'd[ée]jeuner', '5 [àa] 7', 'cinq [àa] sept', 'summit', 'webinar',
  ],
};

export const families: readonly Family[] = [
  {
    name: 'theirWork',
    means: 'refers to their work',
    patterns: [
      '{yourPoss} (?:dernier |derni[èe]re |derniers |derni[èe]res |r[ée]cent |r[ée]cente |excellent |excellente |beau |belle |passionnant |passionnante )?{work}',
      "(?:j'ai|je viens d'|nous avons) (?:lu|vu|[ée]cout[ée]|regard[ée]|suivi|d[ée]couvert|termin[ée]|d[ée]vor[ée]|appr[ée]ci[ée]) (?:avec (?:int[ée]r[êe]t|attention|plaisir) )?(?:votre|ton|ta|vos|tes)",
      "j'ai (?:assist[ée]|particip[ée]) (?:[àa]|au) (?:votre|ta|ton|vos)",
      // Also as a relative, the way a question asks it: "c'est bien vous qui avez écrit le guide… ?"
      'vous (?:qui )?(?:avez|aviez) (?:mont[ée]|cr[ée][ée]|lanc[ée]|fond[ée]|d[ée]velopp[ée]|pilot[ée]|publi[ée]|[ée]crit|dirig[ée])',
      '(?:tu|toi qui) (?:as|avais) (?:mont[ée]|cr[ée][ée]|lanc[ée]|fond[ée]|d[ée]velopp[ée]|pilot[ée]|publi[ée]|[ée]crit)',
      'que vous dirigez', 'que tu diriges',
      "merci (?:beaucoup |encore |mille fois )?pour (?:le|la|l'|les|ce|cette|ces|votre|ton|ta|vos|tes) ?(?:super |excellent |excellente |beau |belle |chouette |g[ée]nial |passionnant |passionnante )?{work}",
      "cit[ée]e?s? en exemple", "(?:m'a|m'ont|nous a|nous ont) [ée]t[ée] (?:signal[ée]e?s?|recommand[ée]e?s?|conseill[ée]e?s?|indiqu[ée]e?s?) par",
      "(?:super|excellent|excellente|beau|belle|g[ée]nial|g[ée]niale|passionnant|passionnante|chouette|top|tr[èe]s bon|tr[èe]s bonne|bravo pour (?:le|la|l'|ce|cette)) ?{work} (?:d'hier|de ce matin|hier|ce matin|au|[àa]|lors|sur|de (?:jeudi|lundi|mardi|mercredi|vendredi|samedi|la semaine))",
      "(?:le|la|l'|les) ?{work} (?:que vous avez|que tu as) (?:donn|publi|[ée]crit|anim|partag|pr[ée]sent|sign|r[ée]alis)",
      "je (?:vous|t') ai (?:[ée]cout[ée]e?|entendue?|vue? (?:intervenir|parler|pitcher|pr[ée]senter)) (?:[àa]|au|sur|lors|dans|pendant|hier|ce matin)",
      "j'(?:[ée]tais|ai [ée]t[ée]) (?:pr[ée]sente? )?(?:[àa]|au|dans le public de) (?:votre|ta|ton)",
      "(?:je suis|je lis|je suis avec (?:attention|int[ée]r[êe]t)) (?:vos|tes) (?:publications|posts|[ée]crits|travaux|chroniques) depuis", 'dont vous (?:[êe]tes|avez [ée]t[ée]) (?:l\'auteure?|le fondateur|la fondatrice)',
      // Something they made, named through a relative clause: "le livre blanc que vous avez coordonné".
      "(?:que|dont) (?:vous avez|tu as|(?:votre|ton|ta) [\\p{L}-]+ a) (?:r[ée]cemment |derni[èe]rement )?(?:publi|[ée]crit|co-?[ée]crit|coordonn|sign|r[ée]alis|r[ée]dig|lanc|cr[ée][ée]|con[çc]u|pr[ée]sent|anim|donn|partag|men[ée]|dirig|produit|tourn|organis|mise?s? en ligne|sorti|d[ée]velopp|fond|mont|pilot|initi|orchestr)\\p{L}*",
      "(?:quand|lorsque|pendant que) (?:vous avez|tu as|vous|tu) (?:pr[ée]sent|parl|pitch|expos|d[ée]fendu|d[ée]montr|t[ée]moign|racont|interv|d[ée]taill)\\p{L}*",
      'vous (?:qui )?(?:avez|aviez) (?:pr[ée]sent[ée]|coordonn[ée]|r[ée]alis[ée]|r[ée]dig[ée]|sign[ée]|organis[ée]|anim[ée]|con[çc]u|initi[ée]|men[ée]|produit|tourn[ée]|co-?[ée]crit|cit[ée]|d[ée]fendu|expliqu[ée]|racont[ée]|montr[ée]|soulign[ée]|plaid[ée]|d[ée]crit|d[ée]taill[ée])',
      // What they said, in a clause after the event: "…aux Rencontres d'Aix, où vous avez défendu le prêt participatif"
      "o[ùu] (?:vous avez|tu as|vous aviez|tu avais|vous|tu) (?:pr[ée]sent|parl|pitch|expos|d[ée]fendu|d[ée]montr|t[ée]moign|racont|interv|d[ée]taill|cit|expliqu|plaid|soulign|d[ée]crit|anim|mod[ée]r)\\p{L}*",
      // In the audience: "J'étais dans la salle lors de la table ronde", "j'étais parmi les participants du colloque"
      "j'(?:[ée]tais|ai [ée]t[ée]) (?:dans la salle|dans le public|dans l'auditoire|parmi les (?:participants|participantes|auditeurs|auditrices|spectateurs)|pr[ée]sente? dans la salle) (?:lors|au|[àa]|pendant|de|du|pour)",
      // A programme or call of their organisation: "l'appel à projets de votre fondation", "le prix de ton association"
      "(?:appel [àa] (?:projets|candidatures|manifestation d'int[ée]r[êe]t)|programme|prix|concours|bourse|incubateur|acc[ée]l[ée]rateur|chaire|troph[ée]es?|label|fonds|initiative|campagne) (?:de |d'|du )?(?:votre|ta|ton|vos|tes) (?:fondation|association|entreprise|soci[ée]t[ée]|r[ée]seau|f[ée]d[ée]ration|collectivit[ée]|r[ée]gion|ville|mairie|[ée]cole|universit[ée]|laboratoire|labo|cabinet|groupe|banque|mutuelle|chambre|institut|agence|structure|club|organisation|ONG)",
      "(?:j'ai|je les ai) (?:lu|vu|[ée]cout[ée]|regard[ée]|suivi) (?:tous|toutes|chacun|chacune|l'ensemble) (?:les |des )?(?:[ée]pisodes|articles|posts|chroniques|vid[ée]os|livres|podcasts|conf[ée]rences|[ée]missions) (?:de|d') (?:votre|ton|ta|vos|tes)",
      "je (?:vous|t') (?:lis|[ée]coute|regarde|suis) (?:chaque|tous les|toutes les|depuis|r[ée]guli[èe]rement|avec (?:int[ée]r[êe]t|attention|plaisir)|fid[èe]lement)",
      "je (?:lis|suis|[ée]coute|regarde) (?:vos|tes) {work} (?:dans|sur|depuis|chaque|tous les)",
      // Their answer or advice at a named moment: "votre réponse à ma question pendant le webinaire".
      "{yourPoss} (?:r[ée]ponse|remarque|question|conseils?|retours?|aide|explications?)[^.!?\\n]{0,30}? (?:(?:pendant|durant) (?:le|la|l'|les|ce|cette|votre|ton|ta)|(?:lors|au cours) (?:de|du|d'))",
      "j'[ée]tais (?:membre du|dans le|au) jury",
      // Their role at an event: "vous étiez intervenante au Forum Emploi Handicap", "tu as été jurée au hackathon"
      "(?:vous [ée]tiez|tu [ée]tais|vous avez [ée]t[ée]|tu as [ée]t[ée]|vous serez|tu seras) (?:l'une? des |parmi les |notre |le |la |l')?(?:intervenante?s?|speakers?|conf[ée]renci(?:er|[èe]re)s?|pan[ée]listes?|jur[ée]e?s?|membre du jury|animat(?:eur|rice)s?|mod[ée]rat(?:eur|rice)s?|invit[ée]e?s? d'honneur|exposante?s?|organisat(?:eur|rice)s?|marraine|parrain|keynote speaker|t[ée]moins?) (?:au|aux|[àa] la|[àa] l'|lors d[eu']|pendant|de la|du|de l')",
      // Their answer to the writer's own question: "votre réponse à ma question, à la toute fin du webinaire"
      "{yourPoss} (?:r[ée]ponse|r[ée]action|remarque|retour|conseil) [àa] (?:ma|mes|notre|nos) (?:\\S+ )?(?:question|questions|interrogation|remarque|commentaire|objection)",
      // What they were the one to say: "vous avez été la seule à parler du coût réel"
      "(?:vous avez|tu as) [ée]t[ée] (?:le seul|la seule|l'une? des seule?s|le premier|la premi[èe]re|l'une? des rares|l'une? des premi[èe]re?s) [àa] (?:parler|[ée]voquer|aborder|soulever|rappeler|mentionner|poser|dire|d[ée]fendre|souligner|pointer|expliquer|citer)",
      // What they did for or near the writer: "vous avez présidé le jury de mon école", "tu as encadré mon stage"
      "(?:vous avez|tu as|vous aviez|tu avais) (?:pr[ée]sid[ée]|encadr[ée]|[ée]valu[ée]|corrig[ée]|accompagn[ée]|form[ée]|coach[ée]|mentor[ée]|accueilli|re[çc]u|interview[ée]|recrut[ée]|jug[ée]|not[ée]|relu|parrain[ée]|tutor[ée]) (?:[^\\s.!?]+ ){0,5}?(?:mon|ma|mes|notre|nos|moi|nous)(?![\\p{L}])",
      // A thing or affair of theirs, in what it is or does: "votre cave est inondée", "votre boulangerie fournit
      // le pain de la cantine", "votre gîte nous a hébergé trois musiciens", "vos camions manœuvrent devant notre portail".
      "{yourPoss} (?:\\p{L}+ )?{belongings}(?: (?:de|d'|du|des) [^\\s.!?,;:]+){0,2}(?: [^\\s.!?,;:]+)?,? (?:est|sont|[ée]tait|[ée]taient|a|ont|avait|avaient|se trouve|se trouvent|reste|restent|nous|m'|me|fournit|fournissent|livre|livrent|approvisionne|approvisionnent|h[ée]berge|accueille|man[œo]e?uvrent|man[œo]e?uvre|bloque|bloquent|d[ée]borde|d[ée]bordent|g[êe]ne|g[êe]nent)(?![\\p{L}])",
      // Someone of mine in their care: "ma mère a été hospitalisée dans votre service", "suivie dans ton cabinet"
      "(?:hospitalis|soign|op[ée]r|accueilli|pris(?:e)? en charge|suivi|scolaris|inscrit|h[ée]berg|vaccin|examin)\\p{L}* (?:\\S+ ){0,2}?(?:dans|par|chez|[àa]|au sein de) (?:votre|ton|ta|vos|tes)(?![\\p{L}])",
      // Thanks again for what they did for me: "merci encore d'avoir recommandé mon cabinet à votre sœur"
      "merci (?:encore|de nouveau|[àa] nouveau) (?:de |d')(?:m'|nous |l'|les )?avoir (?!accept)\\p{L}+",
      "merci (?:beaucoup |mille fois )?(?:de |d')(?:m'|nous )?avoir (?:recommand|accueilli|aid|d[ée]pann|soign|r[ée]par|livr|h[ée]berg|orient|pr[êe]t|rapport|retrouv|gard|signal)\\p{L}*",
      // Their question or remark at a named event: "votre question sur les délais à la table ronde de la CPME"
      "{yourPoss} (?:r[ée]ponse|remarque|question|conseils?|retours?|explications?|anecdote|intervention)[^.!?\\n]{0,40}? (?:au|aux|[àa] la|[àa] l') ?(?:\\S+ )?{eventWord}",
      // The writer uses what they make: "mon cabinet utilise votre application de tournées depuis deux ans"
      // What the writer bought, ordered or rented from them: "nous avons commandé en mai vos kits", "acheté deux de vos tracteurs".
      "(?:ai|avons|a|avions|avait|avais) (?:d[ée]j[àa] |bien |r[ée]cemment )?(?:achet[ée]|command[ée]|acquis|lou[ée]|install[ée]|adopt[ée]) (?:[^\\s.!?]+ ){0,5}?(?:votre|ton|ta|vos|tes) \\p{L}+",
      // A paper of their organisation: "le rapport de votre ONG sur le foncier", "la note de ton association".
      "(?:rapports?|notes?|{work}) (?:de |d')(?:votre|ton|ta|vos|tes) {organisation}",
      // Their organisation's work for us, told as done: "votre start-up a équipé notre cordée", "votre agence a refait notre site".
      "{yourPoss} {organisation}(?: (?:de|d'|du|des) ?[^\\s.!?,;:]+){0,2}(?: [^\\s.!?,;:]+)?,? (?:a|ont|avait|avaient) (?:d[ée]j[àa] |bien |aussi )?\\p{L}+(?:[ée]e?s?|i|is|it|u|ert|int) (?:notre|nos|mon|ma|mes)(?![\\p{L}])",
      "(?:utilise|utilisons|utilisent|utilisez|emploie|employons|emploient) (?:[^\\s.!?]+ ){0,4}?(?:votre|ton|ta|vos|tes) (?:\\S+ )?(?:application|appli|app|logiciel|outil|plateforme|solution|produit|machine|m[ée]thode|mod[èe]le|biblioth[èe]que|framework|API|service|gamme|mat[ée]riel|technologie|librairie|plugin|extension|site)",
    ],
  },
  {
    // Case matters here: what follows "chez"/"à" must be a name ("votre parcours chez Qonto").
    name: 'companyWork',
    means: 'refers to their work at a named place',
    caseSensitive: true,
    patterns: [
      "(?:[Vv]otre|[Tt]on|[Tt]a) (?:[ée]quipe|soci[ée]t[ée]|entreprise|groupe|agence|cabinet|start-?up|scale-?up|bo[îi]te|labo|laboratoire|association|fondation|ONG|collectif|maison|marque|r[ée]seau|usine|ferme|brasserie|mairie|commune|r[ée]gion|[ée]cole|universit[ée]) (?:vient d[e'] ?|venait d[e'] ?|a r[ée]cemment |a )(?:gagn|remport|lev|lanc|publi|obtenu|obtenir|ouvr|inaugur|annonc|rachet|sign|d[ée]croch|f[êe]t|c[ée]l[ée]br|franchi|atteint|rejoint|int[ée]gr|[ée]t[ée] (?:[ée]lu|nomm|class|prim|r[ée]compens|s[ée]lectionn|distingu|choisi|labellis|certifi))\\p{L}*",
      "(?:[Vv]otre|[Tt]on|[Tt]a) {career}(?: \\S+){0,8}? (?:chez|[àa]|au sein de|au sein d'|aupr[èe]s de|pour) (?:l'|la |le |les )?\\p{Lu}[\\p{L}\\p{N}-]*",
      "(?:[Ll]a|[Uu]ne) d[ée]mo(?:nstration)? (?:de|d') (?:votre|ton|ta|vos|tes)",
      // Where they work, named: "j'ai vu que tu bossais chez L'Oréal", "vous travaillez au sein de Renault"
      "(?:[Vv]ous|[Tt]u) (?:travaillez|travailles|travailliez|travaillais|bossez|bosses|bossiez|bossais|officiez|officies|exercez|exerces) (?:\\S+ )?(?:chez|au sein de|au sein d'|pour|[àa]) (?:l'|la |le |les )?\\p{Lu}[\\p{L}\\p{N}'’-]*",
      "(?:[Jj]'utilise|[Nn]ous utilisons|[Oo]n utilise|[Jj]e suis (?:client|cliente|fan|utilisateur|utilisatrice)|[Nn]ous sommes clients) (?:de |d')?(?:votre|ton|ta|vos|tes|\\p{Lu}[\\p{L}-]*)",
      "(?:[Vv]otre|[Tt]on|[Tt]a) (?:(?:nouvelle?|nouvel|premi[èe]re?|deuxi[èe]me|troisi[èe]me|quatri[èe]me|\\p{Ll}+i[èe]me|seconde?|derni[èe]re?|future?|jeune|petite?|grande?) )?(?:usine|boutique|restaurant|magasin|atelier|laboratoire|labo|cabinet|agence|[ée]quipe|appli|application|marque|start-up|startup|entreprise|soci[ée]t[ée]|ferme|exploitation|domaine|librairie|h[ôo]tel|clinique|[ée]cole|association|fondation|maison|brasserie|cave|galerie|studio|salle) ?(?:,|de|d'|[àa]|du) ?\\p{Lu}[\\p{L}-]*",
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on their news',
    patterns: [
      "(?:vous avez|tu as|vous venez d'|tu viens d') (?:r[ée]cemment )?(?:rejoint|rejoindre|pris (?:la t[êe]te|vos fonctions|tes fonctions|la direction)|prendre (?:la t[êe]te|vos fonctions|la direction)|[ée]t[ée] nomm[ée]e?|[êe]tre nomm[ée]e?|[ée]t[ée] promue?|[êe]tre promue?|lev[ée]|lever|remport[ée]|remporter|obtenu|obtenir|inaugur[ée]|inaugurer|publi[ée]|publier|lanc[ée]|lancer)",
      "j'ai (?:vu|appris|lu) (?:passer )?(?:l'annonce de |la nouvelle de )?(?:votre|ta|ton)",
      // Their move told in the present: "je vois que vous rejoignez l'Inserm", "j'apprends que tu prends la tête du pôle"
      "(?:je vois|j'ai vu|j'apprends|j'ai appris|je d[ée]couvre|je lis) que (?:vous|tu) (?:rejoignez|rejoins|prenez (?:la t[êe]te|la direction|vos fonctions|la pr[ée]sidence)|prends (?:la t[êe]te|la direction|tes fonctions|la pr[ée]sidence)|quittez|quittes|lancez|lances|ouvrez|ouvres|partez [àa] la retraite|pars [àa] la retraite|[êe]tes (?:nomm[ée]e?|promue?|[ée]lue?)|es (?:nomm[ée]e?|promue?|[ée]lue?))",
      '{cheer} (?:pour|[àa]|a) (?:votre|ton|ta|tes|vos|la|le|l\'|les|cette|ce|ces|sa|son|ses)', '{cheer} (?:et )?(?:pour|[àa]) (?:votre|ta|ton) {news}', '(?:votre|ta|ton) {news} (?:chez|[àa]|au sein de)',
      '(?:belle|bonne|excellente|super|grande|magnifique) nouvelle,? (?:que |pour |cette )?(?:votre|ta|ton) {news}',
      '(?:votre|ta|ton) (?:r[ée]cente? )?(?:[ée]lection|r[ée][ée]lection|nomination|promotion|prise de fonctions?|arriv[ée]e (?:chez|[àa]|au))',
      // "avec l'ouverture de votre troisième boutique", "la sortie de ton premier album"
      "(?:l'ouverture|l'inauguration|le lancement|la sortie|la parution|l'arriv[ée]e|l'installation|le d[ée]m[ée]nagement|l'agrandissement|la r[ée]ouverture) (?:de|du|d') ?(?:votre|ta|ton|vos|tes)(?= \\p{L})"],
    quiet: ['bravo pour (?:le|la) professionnalisme', 'bravo pour (?:votre|ton) (?:professionnalisme|r[ée]activit[ée])'],
  },
  {
    name: 'namedReferral',
    means: 'names who suggested writing',
    caseSensitive: true,
    patterns: [
      "(?:[Ss]ur (?:les )?conseils? d[e'] ?|[Dd]e la part d[e'] ?|(?:[Rr]ecommand[ée]e?|[ÉéEe]voqu[ée]e?|[Mm]entionn[ée]e?|[Ss]ugg[ée]r[ée]e?) par (?:M\\. |Mme |Monsieur |Madame |Me |Dr )?|[Oo]rient[ée]e? (?:vers vous |vers toi )?par |[Ss]ur la recommandation d[e'] ?)\\p{Lu}[\\p{L}-]*",
      "\\p{Lu}[\\p{Ll}-]+(?: \\p{Lu}[\\p{Ll}-]+)?(?:,[^,]{1,40},)? (?:m'a|m’a|nous a) (?:conseill[ée]|sugg[ée]r[ée]|recommand[ée]|propos[ée]|dit|donn[ée] (?:votre|ton) (?:nom|contact))",
      "\\p{Lu}[\\p{Ll}-]+(?: \\p{Lu}[\\p{Ll}-]+)? (?:m'a|m’a) parl[ée] de (?:vous|toi)",
      // A name, maybe an apposition or relative clause, then what they did: "Julie Marchand, qui travaille avec vous sur …, m'a donné l'idée".
      "\\p{Lu}[\\p{Ll}-]+(?: \\p{Lu}[\\p{Ll}-]+)?,? (?:[^,.!?\\n]{1,90}, )?(?:m'a|m’a|nous a|m'avait|nous avait) {referred}",
      "[Cc]'est \\p{Lu}[\\p{Ll}-]+(?: \\p{Lu}[\\p{Ll}-]+)?(?:, [^,.!?\\n]{1,60},)? qui (?:m'a|m’a|nous a) {referred}",
      "(?:ami|amie|contact|relation|coll[èe]gue)s? (?:en )?commune?s?,? \\p{Lu}[\\p{Ll}-]+",
      // A named colleague I cover or whose clients I take over: "je remplace Mme Lefèvre", "je reprends le portefeuille de Mme Dubois".
      "(?:[Jj]e remplace|[Jj]e reprends|[Jj]'ai repris|[Jj]e succ[èe]de [àa]|[Jj]'assure l'int[ée]rim de|[Jj]e prends (?:le relais|la suite|la rel[èe]ve) de|[Jj]e suis (?:la |le )?rempla[çc]ante? de)(?: [^.!?\\n]{0,50}? (?:de|d'|des))? ?(?:M\\.|Mme|Mlle|Monsieur|Madame|Me|Dr|ma coll[èe]gue|mon coll[èe]gue|\\p{Lu}[\\p{Ll}-]+ \\p{Lu}[\\p{Ll}-]+)",
      // An office or service that told me it is them: "la régie m'a indiqué que c'est vous qui gardez les clés"
      // ("on m'a dit que vous étiez…" names nobody: no reason.)
      "(?<![Oo]n )(?:m'a|m’a|m'ont|nous a|nous ont|m'avait|nous avait) (?:indiqu[ée]|dit|signal[ée]|appris|expliqu[ée]|pr[ée]cis[ée]|confirm[ée]) que (?:c'est (?:vous|toi) qui|(?:vous|tu) (?:g[ée]r|g[èe]r|vous occup|t'occup|tenez|tiens|gardez|gardes|coordonn|organis|dirig|supervis|suiv|cherch)\\p{L}*)",

    ],
  },
  {
    name: 'howWeMet',
    means: 'says where you met',
    patterns: [
      '(?:nous nous sommes|on s\'est|nous sommes|on est) (?:d[ée]j[àa] )?{met}',
      // A talk with a place or time somewhere after it: "nous avons discuté devant la machine à café pendant la matinale RH"
      "(?:nous avons|on a|nous avions|on avait|j'ai (?:\\S+ )?(?:[ée]chang[ée]|discut[ée]|parl[ée]) avec (?:vous|toi)) (?:bri[èe]vement |rapidement |longuement |un peu )?(?:[ée]chang[ée]|discut[ée]|parl[ée]|papot[ée]|bavard[ée]|sympathis[ée])? ?(?:[^\\s.!?]+ ){0,6}?(?:devant|autour d'|autour du|autour de|en marge|pendant|lors|au|aux|[àa] la|[àa] l'|apr[èe]s|avant|dans la file|dans le train|dans le taxi|sur (?:le|votre|ton) stand)(?![\\p{L}])",
      // Neighbours at a table, a stand or a seat: "nous étions voisines de table", "on était assis côte à côte"
      "(?:nous [ée]tions|on [ée]tait|vous [ée]tiez|tu [ée]tais) (?:\\S+ )?(?:voisine?s?|assise?s? (?:c[ôo]te [àa] c[ôo]te|[àa] la m[êe]me table|l'une? [àa] c[ôo]t[ée])|c[ôo]te [àa] c[ôo]te|[àa] la m[êe]me table|dans le m[êe]me (?:atelier|groupe|train|avion|bus|taxi))",
      "voisine?s? (?:de table|de stand|de si[èe]ge|de place|de rang|de chambre|de bureau)",
      // A ride or a table shared: "nous avons partagé un taxi depuis la gare"
      "(?:nous avons|on a|nous avions|on avait) (?:partag[ée]|pris|fait) (?:un|une|le|la|le m[êe]me|la m[êe]me) (?:taxi|VTC|uber|trajet|covoiturage|table|stand|panel|sc[èe]ne|bureau|train|vol|navette|caf[ée]|d[ée]jeuner|repas)",
      "(?:nous avons|on a|j'ai) (?:bri[èe]vement |rapidement )?(?:[ée]chang[ée]|discut[ée]|parl[ée]) (?:ensemble )?(?:hier|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|le mois|lors|au|[àa] la|[àa] l'|pendant|apr[èe]s|sur (?:le|votre|ton) stand)",
      '(?:suite [àa]|apr[èe]s|depuis|lors de|pendant) notre (?:bref |br[èe]ve |courte? )?(?:rencontre|[ée]change|discussion|conversation|rendez-vous) (?:au|[àa]|lors|pendant|sur|de)',
      // What was said at a named event: "Comme évoqué au Salon des Entrepreneurs mercredi", "comme promis lors du drink de la FEB".
      "comme (?:convenu|promis|[ée]voqu[ée]|discut[ée]|dit|mentionn[ée]|annonc[ée]|abord[ée])(?: ensemble)? (?:au|aux|[àa] la|[àa] l'|lors d(?:u|e la|e l'|')|pendant(?: le| la| l')?|sur (?:le|votre|ton) stand(?: du| de la| de l')?) ?(?:\\S+ )?{eventWord}",
      // Asked as a question: "étiez-vous bien à l'atelier sur l'IA aux Assises du journalisme ?"
      "(?:[ée]tiez|[ée]tais)-(?:vous|tu) (?:bien |aussi |[ée]galement |pas )?(?:(?:pr[ée]sente?s? )?(?:[àa]|au|aux|parmi|dans la salle|dans le public))",
      "ravie? (?:d'avoir|de vous avoir|de t'avoir) (?:rencontr[ée]e?|crois[ée]e?|[ée]chang[ée]|parl[ée]|discut[ée])",
      // Recognised in person; an earlier contact with its time: "nous avons été en contact en 2022 lorsque…"
      // What they asked or told the writer at an event: "Vous m'aviez demandé au salon Préventica de…",
      // "comme tu me l'avais conseillé lors du meetup".
      "(?:vous|tu) (?:m'|m’|me l'|me l’)(?:aviez|avez|avais|as) (?:demand[ée]|conseill[ée]|sugg[ée]r[ée]|propos[ée]|dit|parl[ée]|recommand[ée]|indiqu[ée]|montr[ée]|expliqu[ée]) [^.!?\\n]{0,60}?(?:au|aux|[àa] la|[àa] l'|lors d[eu']|pendant(?: le| la| l')?|sur (?:le|votre|ton) stand(?: du| de la| de l')?) ?(?:\\S+ )?{eventWord}",
      "je (?:vous|t') ai reconnue?s?",
      "(?:nous avons|on a|nous avions|on avait) (?:[ée]t[ée]|[ée]chang[ée]|travaill[ée]) (?:en contact|en relation|en lien|ensemble) (?:en (?:19|20)\\d\\d|lorsque|quand|[àa] l'[ée]poque|il y a|pendant|lors d[eu'])",
      "(?:nous [ée]tions|on [ée]tait) (?:en contact|en relation|en lien) (?:en (?:19|20)\\d\\d|lorsque|quand|[àa] l'[ée]poque|il y a|pendant|lors d[eu'])",
      '(?:nous [ée]tions|on [ée]tait) (?:tous (?:les )?deux|toutes (?:les )?deux|ensemble) (?:au|[àa]|dans|sur|lors)',
      '(?:au|lors du|lors de la|pendant le|pendant la|[àa] la) {eventWord} (?:de |d\'|du )?(?:\\S+ )?(?:o[ùu]|quand) (?:nous|on) (?:nous )?(?:sommes|avons|s\'est|a)',
    ],
  },
  {
    name: 'commonGround',
    means: 'names what you share',
    patterns: [
      "ancien(?:ne)?s? (?:[ée]l[èe]ves? |[ée]tudiante?s? |coll[èe]gues? )?(?:de |d'|du |des )[\\p{L}'’-]+",
      "(?:moi aussi|comme vous|comme toi) (?:ancien(?:ne)?|dipl[ôo]m[ée]e?|pass[ée]e?|pass[ée]e? par)",
      // "Comme vous, je suis passé par le lycée Kléber", "comme toi, j'ai fait mes études à Lille"
      "comme (?:vous|toi),? (?:je suis|j'ai|moi aussi|j'[ée]tais) (?:aussi |[ée]galement |moi aussi )?(?:pass[ée]e?|[ée]tudi[ée]|fait|travaill[ée]|grandi|[ée]t[ée]|dipl[ôo]m[ée]e?|form[ée]e?|n[ée]e?|originaire|issue?|ancien(?:ne)?|membre|b[ée]n[ée]vole|adh[ée]rente?)",
      '(?:m[êe]me|m[êe]mes) (?:promo|promotion|[ée]cole|master|programme|association|club|r[ée]seau d\'anciens|s[ée]minaire|classe|cohorte|incubateur|acc[ée]l[ée]rateur|pr[ée]pa|laboratoire|labo|chorale|[ée]quipe de|jury|comit[ée]|groupe de travail|mentorat|programme)',
      "(?:nous avons|on a) (?:tous (?:les )?deux|toutes (?:les )?deux) (?:[ée]tudi[ée]|travaill[ée]|fait)",
      "j'ai (?:moi aussi|[ée]galement|aussi) (?:[ée]tudi[ée]|travaill[ée]|fait mes [ée]tudes|fait mon (?:master|stage|alternance)) (?:[àa]|chez|au|dans)",
      '(?:nous sommes|on est) (?:tous (?:les )?deux|toutes (?:les )?deux) (?:membres?|dipl[ôo]m[ée]e?s|pass[ée]e?s)',
      'alumni',
      // Neighbours and premises: "la maison juste derrière la vôtre", "le local voisin du vôtre", "nos deux entreprises sont voisines"
      "(?:derri[èe]re|devant|[àa] c[ôo]t[ée] de|en face de|au-dessus de|au-dessous de|en dessous de|juste (?:avant|apr[èe]s)|voisine?s? (?:de|du|des|d')) ?(?:la v[ôo]tre|le v[ôo]tre|les v[ôo]tres|la tienne|le tien|les tiennes|les tiens|chez vous|chez toi|v[ôo]tre|(?:votre|ton|ta|vos|tes) (?:maison|immeuble|boutique|magasin|commerce|local|terrain|parcelle|jardin|atelier|restaurant|cabinet|bureau|garage|appartement|entreprise|ferme|stand|place))",
      "(?:nous sommes|on est|vous [êe]tes|tu es|(?:nos|vos) (?:deux )?\\p{L}+ (?:sont|[ée]taient)) (?:\\S+ )?voisine?s",
      "(?:de|dans|sous|au-dessus de) (?:votre|ton|ta) (?:immeuble|maison|b[âa]timent|r[ée]sidence|propri[ée]t[ée]|copropri[ée]t[ée])(?![\\p{L}])",
      "(?:dont|o[ùu]) (?:vous [ée]tiez|tu [ée]tais|vous avez [ée]t[ée]|tu as [ée]t[ée]) (?:la |le |l')?(?:locataire|propri[ée]taire|occupante?|g[ée]rante?)",
      // Who they are to someone I deal with: "vous êtes la maman de Awa", "tu es le propriétaire du local"
      "(?:vous [êe]tes|tu es|vous [ée]tiez|tu [ée]tais) (?:la |le |l')?(?:maman|papa|m[èe]re|p[èe]re|parent|tutrice|tuteur|grand-m[èe]re|grand-p[èe]re|fils|fille|s[œo]e?ur|fr[èe]re|propri[ée]taire|locataire|g[ée]rante?|syndic) (?:de|du|d'|des) ?\\p{L}+",
      // A role we share, in either order: "je suis comme vous relectrice bénévole pour la revue…"
      "(?:je suis|j'[ée]tais|je fais|j'ai [ée]t[ée]|je travaille) (?:moi aussi |aussi |[ée]galement )?comme (?:vous|toi),? (?:\\p{L}+)",
      // A tie with their family: "la beurrerie de votre famille", "des lettres de votre grand-père".
      "(?:de|d'|chez) ?(?:votre|ta) famille(?![\\p{L}])",
      "(?:de|d') ?(?:votre|ton|ta|vos|tes) (?:p[èe]re|m[èe]re|grands?-p[èe]res?|grands?-m[èe]res?|arri[èe]re-grands?-(?:p[èe]res?|m[èe]res?|parents)|grands?-parents|a[ïi]eux|anc[êe]tres|oncle|tante|d[ée]funte?s?)(?![\\p{L}])",
      // Neighbours: "nous habitons le même quartier", "dans le même immeuble"
      "(?:m[êe]me|m[êe]mes) (?:quartier|immeuble|r[ée]sidence|village|rue|lotissement|coworking|plateau|[ée]tage|palier|b[âa]timent|campus|open ?space|couloir|p[ée]pini[èe]re|hangar|espace de coworking|salle de sport|club de (?:sport|foot|football|tennis|rugby|running|course|voile|golf|lecture))",
      // "diplômé de Polytech Nantes comme vous".
      "(?:dipl[ôo]m[ée]e?|ancien(?:ne)?|pass[ée]e? par|form[ée]e? [àa]|issue? (?:de|d'|du))[^.!?\\n,]{1,50}? comme (?:vous|toi)",
      "(?:nous avons|on a) (?:tous|toutes) (?:les )?deux (?:[ée]t[ée]|[ée]tudi[ée]|travaill[ée]|fait|milit[ée]|jou[ée]|enseign[ée]|grandi|particip[ée]|si[ée]g[ée])",
      "(?:nous avons|on a) (?:[ée]t[ée]|[ée]tudi[ée]|travaill[ée]|milit[ée]|jou[ée]|enseign[ée]|grandi|particip[ée]|si[ée]g[ée]|concouru|expos[ée]|b[ée]n[ée]vol[ée]) (?:tous|toutes) (?:les )?deux",
      "(?:nous sommes|on est) (?:tous|toutes) (?:les )?deux (?:b[ée]n[ée]voles|adh[ée]rente?s|issue?s|originaires|anciens|anciennes)",
      "(?:nous avons|on a) (?:travaill[ée]|[ée]tudi[ée]|fait nos classes|fait (?:nos|notre) (?:[ée]tudes|stage|master|MBA|pr[ée]pa|th[èe]se)|collabor[ée]|milit[ée]|jou[ée]|si[ée]g[ée]|enseign[ée]) ensemble",
      // A tie of teaching or managing: "vous étiez mon enseignant", "j'étais votre stagiaire".
      "(?:vous [ée]tiez|tu [ée]tais|vous avez [ée]t[ée]|tu as [ée]t[ée]) (?:mon|ma) (?:professeure?|prof|enseignante?|manager|responsable|tutrice|tuteur|ma[îi]tre de stage|mentor|mentore|coach|encadrante?|directeur|directrice|directrice de th[èe]se|directeur de th[èe]se|coll[èe]gue|bin[ôo]me|formatrice|formateur|jur[ée]e?|cheffe?)",
      "j'[ée]tais (?:votre|ton|ta) (?:stagiaire|[ée]l[èe]ve|[ée]tudiante?|alternante?|apprentie?|coll[èe]gue|doctorante?|bin[ôo]me)",
      "\\p{L}+ (?:nous a|nous avait) (?:r[ée]uni(?:e?s)?|fait (?:nous )?(?:rencontrer|travailler)|pr[ée]sent[ée]e?s)",
      "merci (?:encore |beaucoup |mille fois )?pour (?:vos|tes|votre|ton|ta) \\p{L}+ (?:(?:pendant|durant) (?:le|la|l'|les|ce|cette|votre|ton|ta)|(?:lors|au cours) (?:de|du|d'))",
      "(?:nous faisons|on fait) (?:tous (?:les )?deux |toutes (?:les )?deux )?partie (?:de |du |des |d')[\\p{L}'’-]+",
      "(?:je suis|moi aussi) (?:moi aussi |aussi |[ée]galement )?(?:membre|b[ée]n[ée]vole|adh[ée]rente?) (?:de|du|des) (?:l'|la )?(?:association|r[ée]seau|club|collectif|communaut[ée]|bureau)",
    ],
  },
  {
    name: 'jobApplication',
    means: 'mentions an application',
    patterns: [
      "(?:j'ai|je viens de|nous avons) (?:postul[ée]|candidat[ée]|d[ée]pos[ée] (?:ma|une|notre) candidature|envoy[ée] (?:ma|une) candidature|soumis (?:ma|une) candidature|r[ée]pondu [àa] (?:l'|votre )?(?:offre|annonce))",
      'je viens de postuler', 'je candidate (?:cette ann[ée]e |actuellement )?(?:au|[àa]|pour)',
      'ma candidature (?:au|pour le|pour la|[àa] l\'offre|sur le) (?:poste|offre|stage|master|programme)',
      'ma candidature spontan[ée]e (?:pour|au|[àa]|chez|aupr[èe]s)',
      "j'ai (?:d[ée]j[àa] )?(?:envoy[ée]|transmis|d[ée]pos[ée]|adress[ée]|soumis|fait parvenir) (?:mon|ma) (?:dossier|candidature|CV) (?:pour|au|[àa]|sur|via|concernant)",
      "j'ai vu (?:que vous|que tu|que votre (?:entreprise|[ée]quipe|soci[ée]t[ée]|cabinet|agence|service)) (?:recrut|cherch|ouvr|embauch)\\p{L}*",
      "(?:votre|ton|l') (?:offre|annonce) (?:d'emploi |de stage |d'alternance )?(?:de|d'|pour|sur|publi[ée]e)", "(?:au sujet|[àa] propos) (?:de l'offre|du poste|de l'annonce|de votre offre|de votre annonce)",
      "j'ai (?:vu|lu|trouv[ée]|rep[ée]r[ée]) (?:votre|ton|l') (?:offre|annonce)",
      "(?:suite [àa]|concernant|au sujet de|merci pour|j'ai bien re[çc]u) (?:votre|ta) candidature", '(?:vous avez|tu as) postul[ée]',
    ],
  },
  {
    name: 'invitation',
    means: 'invites them to something specific',
    patterns: [
      "(?:accepteriez|seriez|voudriez|pourriez)-vous (?:d'|de |partant(?:e)? pour )?(?:intervenir|venir (?:parler|t[ée]moigner|pr[ée]senter)|[êe]tre (?:notre |l'|un |une )?(?:invit[ée]e?|intervenante?|jur[ée]e?|speaker|marraine|parrain)|animer|t[ée]moigner|participer [àa] (?:notre|une|un))",
      "(?:accepterais|serais|voudrais)-tu (?:d'|de )?(?:intervenir|venir (?:parler|t[ée]moigner)|[êe]tre (?:notre )?invit[ée]e?|t[ée]moigner)",
      "je (?:souhaiterais|voudrais|aimerais) (?:vous|t') inviter (?:en tant qu|(?:[àa]|au) (?:intervenir|t[ée]moigner|participer|prendre la parole|notre|nos|un|une|la|le|l'|animer))",
      "(?:je vous|je t'|nous vous|on t') invit(?:e|ons) (?:[àa]|au) (?:intervenir|t[ée]moigner|participer|prendre la parole|notre|nos|un|une|la|le|l'|animer)",
      'accepteriez-vous de r[ée]pondre [àa] (?:mes|nos|quelques) questions',
      "(?:seriez|serais)-(?:vous|tu) (?:disponible|partante?|d'accord|int[ée]ress[ée]e?|tent[ée]e?) pour (?:y )?(?:intervenir|t[ée]moigner|animer|participer [àa] (?:notre|la|cette|une|un|ce))",
      "(?:intervenir|t[ée]moigner|prendre la parole) (?:[àa]|lors de|pendant) (?:notre|cette|la|une|un|ce) (?:table ronde|conf[ée]rence|[ée]v[ée]nement|s[ée]minaire|webinaire|soir[ée]e|journ[ée]e|matinale|meetup|podcast|[ée]mission|colloque|congr[èe]s|salon|forum)",
    ],
  },
];

/** Sounds like a reason, is not one. What overlaps these does not count as context. */
export const pseudo: readonly Family[] = [
  {
    name: 'viewedProfile',
    means: 'mentions a profile visit',
    patterns: [
      "(?:j'ai vu que )?(?:vous avez|tu as) (?:consult[ée]|visit[ée]|regard[ée]|vu) mon profil",
      // Their profile or photo seen: anyone's (a photo is no work of theirs).
      "(?:j'ai|je suis) (?:vu|consult[ée]|parcouru|regard[ée]|tomb[ée]e? sur|d[ée]couvert|remarqu[ée]|aper[çc]u|admir[ée]) (?:votre|ton|ta) (?:profil|photo(?: de profil)?|page linkedin)",
      '(?:votre|ton) (?:profil|parcours) (?:est |m\'a )?(?:tr[èe]s |vraiment )?(?:impressionnant|inspirant|remarquable|int[ée]ressant|riche|atypique)',
    ],
  },
  {
    name: 'vagueCommonGround',
    means: 'names nothing you share',
    patterns: [
      '(?:nous avons|on a) (?:de nombreuses|beaucoup de|plusieurs|pas mal de|des) (?:relations|contacts|connexions|amis) en commun',
      '(?:nous sommes|on est) dans (?:le m[êe]me|la m[êe]me) (?:secteur|domaine|industrie|branche|milieu)',
      '(?:je bosse|je travaille|moi aussi je travaille) aussi dans (?:la|le|l\')',
      'des professionnels comme (?:vous|toi)',
    ],
  },
];
