import type { LocalizedRule } from '../../types.ts';
import { reader } from './words.ts';

/** Selling to a stranger: "companies like yours", demos, free trials, discounts, services, side income. */
export const salesPitch: LocalizedRule = {
  // Pricing or a demo inside an established thread is business they asked for.
  when: 'cold',
  lexicon: {
    ...reader,
    offering: [
      'solutions?', 'plateformes?', 'agence', 'outils?', 'logiciels?', 'cabinet', 'offres?', 'applis?', 'applications?', 'services?', 'expertise',
      'technologies?', 'prestations?', 'produits?', 'studio', 'syst[èe]me', 'SaaS', 'API', 'extension', 'module', 'coaching', 'bo[îi]te', 'start-?up',
    ],
    helpVerb: [
      'aide', 'aident', 'aidons', 'accompagne', 'accompagnent', 'accompagnons', 'permet', 'permettent', 'permettons', 'fait gagner', 'font gagner',
      'r[ée]duit', 'r[ée]duisent', 'augmente', 'augmentent', 'booste', 'boostent', 'optimise', 'optimisent', 'automatise', 'automatisent', 'transforme',
      'simplifie', 'simplifient', 'd[ée]cuple', 'maximise', 'g[ée]n[èe]re', 'g[ée]n[èe]rent', 'multiplie', 'double', 'divise',
    ],
    // Buyers a seller names ("les restaurateurs", "des PME"), not people an association helps.
    // What a seller owns and offers (not "offre": a recruiter's job offer is no sale).
    product: [
      'solutions?', 'plateformes?', 'logiciels?', 'outils?', 'applis?', 'applications?', 'services?', 'prestations?', 'produits?', 'SaaS',
      'modules?', 'extensions?', 'formations?', 'accompagnements?', 'agence', 'cabinet', 'studio', 'technologies?', 'syst[èe]mes?', 'dispositifs?', 'programmes?',
    ],
    customers: ['dirigeants?', 'dirigeantes?', 'managers', 'entrepreneurs?', 'entrepreneuses', 'restaurateurs', 'commer[çc]ants', 'h[ôo]teliers', 'TPE', 'franchis[ée]s', 'cliniques', 'pharmacies', 'agents immobiliers', 'freelances', 'startups', 'entreprises', 'soci[ée]t[ée]s', 'PME', 'ETI', 'cabinets', 'marques', '[ée]quipes', 'commerces', 'start-?ups', 'clients', 'artisans', 'dirigeants', 'professionnels', 'ind[ée]pendants', 'recruteurs', 'RH', 'DRH', 'structures', 'organisations', 'collectivit[ée]s', 'agences', 'restaurants', 'e-commer[çc]ants',
      'directions? (?:financi[èe]res?|commerciales?|marketing|g[ée]n[ée]rales?|achats|RH|juridiques?|techniques?)', 'DAF', 'directeurs (?:financiers|commerciaux|marketing)', 'services (?:RH|achats|comptables?|juridiques?)', 'avocats', 'notaires', 'm[ée]decins', 'pharmaciens', 'industriels', 'distributeurs', 'enseignes', 'franchises', 'concessionnaires', 'bailleurs', 'promoteurs', 'assureurs', 'courtiers', 'coachs', 'consultants', 'th[ée]rapeutes', 'kin[ée]s', 'architectes', '[ée]tablissements', 'h[ôo]tels', 'boulangeries', 'garages', 'vignerons', 'agriculteurs', 'syndics'],
    boostVerb: ['booster', 'boostez', 'doubler', 'doublez', 'tripler', 'triplez', 'augmenter', 'augmentez', 'multiplier', 'multipliez', 'exploser', 'd[ée]velopper', 'd[ée]veloppez', 'acc[ée]l[ée]rer', 'acc[ée]l[ée]rez', 'maximiser', 'g[ée]n[ée]rer', 'g[ée]n[ée]rez', 'r[ée]duire', 'r[ée]duisez', 'diviser'],
    result: ['ventes', "chiffre d'affaires", 'CA', 'leads', 'prospects', 'conversions?', 'visibilit[ée]', 'revenus', 'taux de \\S+', 'marges?', 'rentabilit[ée]', 'clients', 'co[ûu]ts', 'd[ée]lais? de recrutement', 'demandes de devis', 'rendez-vous', 'abonn[ée]s', 'followers', 'trafic', 'notori[ée]t[ée]', 'performances? commerciales?'],
  },
  families: [
    {
      name: 'companiesLikeYours',
      means: 'pitches what the writer sells',
      patterns: [
        '(?:notre|nos) (?:[\\p{L}-]+ ){0,3}?{offering}(?: [\\p{L}\'’-]+){0,6}? {helpVerb}',
        '(?:nous|on) (?:aidons|accompagnons|aide|accompagne|permettons|[ée]quipons|[ée]quipe|formons|conseillons|outillons) (?:d[ée]j[àa] )?(?:les|des|plus de \\d+|\\d+) (?:[\\p{L}-]+ )?{customers}',
        "j'(?:aide|accompagne) (?:d[ée]j[àa] )?(?:les|des|plus de \\d+|\\d+) (?:[\\p{L}-]+ )?{customers}",
        '(?:les |des )?{customers} comme (?:la v[ôo]tre|le v[ôo]tre|la tienne|le tien)',
        '(?:les |des )?(?:entreprises|soci[ée]t[ée]s|PME|ETI|cabinets|marques|commerces|start-?ups|agences|structures|organisations|restaurants) comme (?:vous|toi)',
      ],
    },
    {
      name: 'demo',
      means: 'asks for a demo or sales meeting',
      patterns: [
        '(?:une|un) (?:courte |petite |rapide )?d[ée]mo(?:nstration)?(?: gratuite| personnalis[ée]e| en ligne)?(?! (?:de (?:votre|ton|ta|vos)|que (?:vous|tu)))',
        "(?:caler|planifier|organiser|programmer|r[ée]server|faire|proposer|montrer|fixer|voir) (?:une|la|notre|votre) (?:courte |petite |rapide )?d[ée]mo", 'd[ée]mo gratuite',
        // "Je vous montre ça en 15 minutes ?", "15 minutes pour vous montrer comment".
        "(?:je vous|je te|nous vous|on vous) (?:montre|montrons|pr[ée]sente|pr[ée]sentons|explique|expliquons|fais voir) (?:[çc]a|cela|comment|tout [çc]a|notre|nos|l'outil|la solution|le produit|la plateforme)[^.!?\\n]{0,40}? (?:en|pendant|sur) (?:\\d+|dix|quinze|vingt|trente) ?(?:min|minutes)",
        "(?:\\d+|dix|quinze|vingt|trente) ?(?:min|minutes) pour (?:vous|te) (?:montrer|pr[ée]senter|faire d[ée]couvrir|expliquer) (?:comment|ce que|notre|nos|l'outil|la solution)",
      ],
      quiet: [
        '(?:une|la) d[ée]monstration (?:de force|math[ée]matique|par l\'absurde)',
        // A demo they asked for, in person before any message: "Vous m'aviez demandé au salon Pollutec de revenir vers vous…"
        "(?:(?:vous|tu) m'(?:aviez|avez|avais|as) (?:demand[ée]|propos[ée]|sugg[ée]r[ée])|(?:suite|comme suite|pour faire suite) [àa] (?:votre|ta) demande|[àa] (?:votre|ta) demande|comme (?:vous|tu) (?:me )?l'(?:aviez|avez|avais|as) demand[ée])[^]{0,300}?d[ée]mo(?:nstration)?",
      ],
    },
    {
      name: 'freeTrial',
      means: 'offers a free trial',
      patterns: ['essai gratuit', '(?:version|mois) d\'essai(?: gratuite?)?', 'p[ée]riode d\'essai gratuite', '(?:testez|essayez|teste|essaie) (?:gratuitement|gratuit|sans frais)', '(?:premier mois|premi[èe]re s[ée]ance|audit|diagnostic) (?:gratuit|offert)e?', '(?:\\d+|un|deux|trois) (?:mois|semaines|jours) (?:gratuits?|offerts?)', '(?:appel|rendez-vous|call|entretien|atelier) d[ée]couverte (?:offert|gratuit)e?', '(?:s[ée]ance|bilan|diagnostic) d[ée]couverte(?: (?:offert|gratuit)e?)?',
      '(?:[ée]tude|audit|diagnostic|devis|bilan|estimation|consultation|installation|premier rendez-vous|mise en place|livraison)[^.!?\\n,]{0,30}? (?:offert|gratuit)e?s?'],
    },
    {
      name: 'discount',
      means: 'offers a discount',
      patterns: ['remise (?:de|exceptionnelle)', '-\\d{1,2} ?%', '\\d{1,2} ?% de (?:r[ée]duction|remise|rabais)', 'code promo', 'offre (?:sp[ée]ciale|exclusive|de lancement|limit[ée]e)', 'prix (?:pr[ée]f[ée]rentiel|sp[ée]cial|cass[ée])', 'tarif (?:pr[ée]f[ée]rentiel|sp[ée]cial|d[ée]gressif)',
      '(?:tarifs?|prix) (?:tr[èe]s |ultra[ -]|hyper )?(?:comp[ée]titifs?|attractifs?|imbattables?|avantageux|abordables?|serr[ée]s|mini)'],
    },
    {
      name: 'noCommitment',
      means: 'says there is no commitment',
      patterns: ['sans engagement', 'sans aucun engagement', 'sans obligation d\'achat'],
      // A recruiter's "un échange sans engagement" about a role is not a sale (languages.md §5 job-ask: recruiters offering roles).
      quiet: ["(?:je recrute|nous recrutons|on recrute|je cherche pour|je suis recruteu|je suis charg[ée]e? de recrutement|(?:un|le|ce) poste (?:de|d')|le r[ôo]le)[^\\n]{0,300}?sans (?:aucun )?engagement"],
    },
    {
      name: 'boostResults',
      means: 'promises business results',
      patterns: [
        "(?:vous aider [àa]|t'aider [àa]|les aider [àa]|nous pouvons|on peut|je peux|nous allons|permet(?:tent|tra)? de|permettre de|capables? de|pour|afin de) {boostVerb} (?:de \d+ ?% )?(?:vos|votre|leurs|leur|tes|ton) {result}",
        '(?:boostez|doublez|triplez|augmentez|multipliez|d[ée]veloppez|acc[ée]l[ée]rez|g[ée]n[ée]rez|r[ée]duisez) (?:de \d+ ?% )?(?:vos|votre|tes|ton) {result}',
        '(?:nos|mes) (?:clients|clientes|utilisateurs|utilisatrices|membres|abonn[ée]s|coach[ée]s|partenaires) (?:re[çc]oivent|obtiennent|gagnent|[ée]conomisent|ont (?:r[ée]duit|doubl[ée]|tripl[ée]|augment[ée]|gagn[ée]|obtenu)|g[ée]n[èe]rent|signent)',
        "(?:nous avons|on a) (?:d[ée]j[àa] )?(?:permis|aid[ée]) (?:[àa] )?(?:nos|des|plus de \\d+|\\d+) (?:clients|entreprises|soci[ée]t[ée]s|PME|marques)",
        '(?:\\d+ ?%|deux fois|trois fois) de (?:leads|ventes|clients|prospects|rendez-vous|demandes de devis|conversions?) en plus',
        // A "what if" hook and the product as its answer: "Et si vos commerciaux passaient 30 % de temps en plus… ? C'est ce que permet Vocalis, notre…"
        "et si (?:vos|votre|tes|ton|ta) (?:[\\p{L}-]+ ){0,3}?(?:passaient|passait|gagnaient|gagnait|[ée]conomisaient|[ée]conomisait|doublaient|doublait|pouvaient|pouvait|vendaient|vendait|r[ée]duisaient|r[ée]duisait|divisaient|divisait|n'avaient plus|n'avait plus|arr[êe]taient|arr[êe]tait)",
        "c'est (?:exactement )?ce que (?:permet|propose|fait|offre|apporte|garantit|permettent|proposent) (?:[\\p{L}\\p{N}-]+ ){1,3}?(?:notre|nos|mon|ma|mes)",
        "(?:je vous|je te|nous vous) (?:propose|proposons|demande|sugg[èe]re) (?:\\d+|dix|quinze|vingt|trente) ?(?:min|minutes) (?:[\\p{L}-]+ ){0,4}?pour (?:vous|te) (?:le |la |les )?(?:montrer|pr[ée]senter|faire d[ée]couvrir|expliquer)",
      ],
    },
    {
      name: 'offersServices',
      means: "offers the writer's services",
      quiet: ["(?:nous sommes|on est|notre cabinet|notre agence)[^.!?\\n]{0,60}sp[ée]cialis[ée]e? (?:en|dans|dans le) (?:recrutement|chasse de t[êe]tes|placement|approche directe|l'int[ée]rim|le recrutement)"],
      patterns: [
        "je (?:vous|te) (?:propose|soumets|offre) (?:mes|nos) (?:services|prestations|offres|comp[ée]tences)",
        '(?:je|nous) (?:propose|proposons|offre|offrons) (?:mes|nos) (?:services|prestations)',
        '(?:d[ée]couvrez|d[ée]couvre) (?:notre|nos|mon|mes) (?:solution|produit|services|nouvelle collection|gamme)',
        "(?:je vous transf[èe]re|je vous transmets|voici|ci-joint) (?:la |notre )?(?:plaquette|pr[ée]sentation de notre (?:cabinet|agence|soci[ée]t[ée]|offre)|brochure|catalogue)",
        "notre (?:cabinet|agence), sp[ée]cialis[ée]e? dans",
        "si (?:vous avez|tu as) (?:des|un|le moindre) besoins? (?:en|sur|de|d'|dans|pour|c[ôo]t[ée])",
        "(?:vous )?pr[ée]senter [\\p{L}\\p{N}-]+, (?:le|la|l'|une?|notre) (?:nouve(?:au|lle) )?(?:logiciel|plateforme|solution|outil|application|appli|agence|cabinet|service|marketplace|r[ée]seau|m[ée]thode|programme|formation)",
        "(?:je vous|nous vous|je te) (?:envoie|envoyons|adresse|adressons|joins|joignons|transmets|transmettons|fais parvenir|faisons parvenir|partage) (?:notre|nos|la|le|ma|mon) (?:plaquette|brochure|catalogue|grille tarifaire|tarifs|proposition commerciale)",
        "(?:vous )?pr[ée]senter (?:bri[èe]vement )?(?:notre|nos) (?:solution|services|plateforme|outil|agence|produit|logiciel|application|expertise)s?",
        "(?:nous sommes|on est) (?:une agence|un cabinet|une (?:start-?up|soci[ée]t[ée]|entreprise|scale-?up)|un (?:[ée]diteur|studio|collectif)) (?:[\\p{L}-]+ )?sp[ée]cialis[ée]e? (?:en|dans)",
        // The offer sent as news: "je vous envoie notre offre de formation", "je vous transmets notre proposition"
        "(?:je vous|nous vous|je te) (?:envoie|envoyons|adresse|adressons|joins|transmets|transmettons|fais parvenir|partage) (?:notre|nos|mon|ma|mes) (?:offres?|proposition|propositions|catalogue|programme|devis|solution|tarifs) (?:de|d'|pour|en|sur|commerciale?s?)",
        // Proof and a short demo: "Chez Auditia, nous récupérons en moyenne 2 %", "Quinze minutes suffisent pour vous le démontrer"
        "(?:nous|on) (?:r[ée]cup[ée]rons|[ée]conomisons|faisons gagner|faisons [ée]conomiser|g[ée]n[ée]rons|augmentons|r[ée]duisons|divisons|doublons) (?:\\S+ ){0,3}?(?:en moyenne|jusqu'[àa]|\\d+ ?%|\\d+ ?€)",
        "(?:minutes?|min) (?:suffisent|suffit|me suffisent|nous suffisent) (?:pour (?:vous|te) (?:le |la |les )?(?:d[ée]montrer|montrer|pr[ée]senter|convaincre|expliquer|prouver))",
        "(?:vous|te) faire gagner (?:du temps|de l'argent|\\d+|des heures|jusqu'[àa])",
        // A freelancer offering to take over something of theirs: "je peux prendre en charge le blog de votre site".
        "je (?:peux|pourrais|vous propose de|te propose de) (?:prendre en charge|m'occuper de|g[ée]rer|refaire|cr[ée]er|r[ée]aliser|r[ée]diger|am[ée]liorer|optimiser|moderniser|auditer|refondre|booster|animer)[^.!?\\n]{0,40}?(?:votre|vos|ton|tes) (?:site|blog|boutique|communication|r[ée]seaux|page|compte|compta|comptabilit[ée]|paie|r[ée]f[ée]rencement|SEO|logo|identit[ée]|marque|image|newsletter|contenus?|fiches? produits?|campagnes?)",
        // "Je crée des sites vitrines pour les restaurateurs": what the writer makes, for a segment of buyers.
        "(?:je|nous|on) (?:cr[ée]e|cr[ée]ons|con[çc]ois|concevons|r[ée]alise|r[ée]alisons|d[ée]veloppe|d[ée]veloppons|installe|installons|fabrique|fabriquons|propose|proposons|vends|vendons|livre|livrons|forme|formons|[ée]quipe|[ée]quipons) (?:des|les|de) [^.!?\\n]{0,60}? (?:pour|aux|chez) (?:les |des )?{customers}",
        "(?:je|nous|on) (?:propose|proposons|organise|organisons|installe|installons) (?:des|une|un|nos|mes) [^.!?\\n]{0,50}?cl[ée]s? en main",
        '(?:vous payez|tu paies|tu payes) (?:s[ûu]rement |probablement |certainement |peut-[êe]tre )?trop(?: cher)?',
        // Pointing a stranger at the shop window: "jetez un œil à mon portfolio", "si une collaboration vous tente"
        "(?:jeter|jetez|jette) un (?:[œo]e?il|coup d'[œo]e?il) (?:[àa]|sur) (?:mon|ma|mes|notre|nos) (?:portfolio|site|catalogue|book|r[ée]alisations|offres?|boutique|travaux|tarifs|prestations|services)",
        "si (?:une|cette|la|notre) (?:collaboration|collab|partenariat|prestation) (?:vous|te) (?:tente|int[ée]resse|parle|dit)",
        "merci (?:d'avoir accept[ée]|pour l'ajout|pour la connexion|d'avoir rejoint mon r[ée]seau)[^\\n]{0,80}?(?:nous proposons|nous aidons|nous accompagnons|je propose|notre (?:agence|soci[ée]t[ée]|cabinet|solution|offre|plateforme))",
        "(?:[êe]tes|seriez)-vous int[ée]ress[ée]e?s? par (?:notre (?:solution|outil|logiciel|plateforme|agence|application|produit)|nos (?:solutions|outils|services|produits)|une (?:d[ée]mo|solution)|un (?:audit|essai))",
      ],
    },
    {
      // The writer's own offering aimed at the reader: "nous proposons une solution … qui pourrait vous intéresser".
      name: 'offeringForThem',
      means: "offers the writer's product to them",
      patterns: [
        "(?:(?:notre|nos|mon|ma|mes)|(?:nous proposons|je propose|nous [ée]ditons|nous commercialisons|(?:nous avons|on a|j'ai|j’ai) (?:d[ée]velopp[ée]|cr[ée]{1,2}|con[çc]u|lanc[ée])) (?:une|un|des)) (?:[\\p{L}-]+ ){0,2}?{product}[^.!?\\n]{0,60}? (?:pourrai(?:t|ent)|devrai(?:t|ent)|peu(?:t|vent)) (?:beaucoup |vraiment |certainement |s[ûu]rement |bien )?(?:(?:vous|te|les|leur) (?:int[ée]resser|plaire|aider|servir|[êe]tre utiles?)|(?:t|l)['’](?:int[ée]resser|aider|[êe]tre utiles?)|int[ée]resser (?:votre|vos|ton|tes))",
      ],
    },
    {
      name: 'sideIncome',
      means: 'offers side income',
      patterns: [
        'revenus? compl[ée]mentaires?', 'compl[ée]ment de revenus?', '(?:soyez|sois|devenez|deviens) (?:votre|ton) propre (?:patron|boss|chef)',
        "(?:gagner|gagnez|gagne) (?:de l'argent|jusqu'[àa] \\S+ ?€|\\d+ ?€)(?: par mois)? (?:depuis|de) chez (?:vous|toi)", 'libert[ée] financi[èe]re', 'revenus? passifs?', 'opportunit[ée] unique de (?:revenus?|gagner|investir|investissement)', 'investissement (?:rentable|garanti|s[ûu]r [àa] \\d+)', 'rendement garanti',
        '(?:recherchons|recrutons|cherchons) des (?:ambassadeurs|ambassadrices|partenaires ind[ée]pendants|distributeurs)',
      ],
    },
  ],
};
