import type { LocalizedRule } from '../../types.ts';

/** LinkedIn's default invitations, stock openers, networking for its own sake, unaddressed salutations. */
export const templatePhrase: LocalizedRule = {
  lexicon: {
    wish: ["je souhaiterais", "je souhaite", "j'aimerais", "je voudrais", "je veux", "j'aimerai"],
    network: ['mon r[ée]seau(?: professionnel)?(?: sur linkedin| linkedin)?', 'mes relations', 'mes contacts'],
  },
  families: [
    {
      name: 'defaultInvitation',
      means: "is LinkedIn's default invitation",
      patterns: [
        "{wish} (?:vous|t') ajouter (?:[àa]|dans) {network}", "{wish} (?:vous|t') inviter [àa] (?:rejoindre|int[ée]grer) {network}",
        "(?:je souhaiterais|j'aimerais) rejoindre votre r[ée]seau(?: linkedin| sur linkedin)?", '(?:vous|tu) (?:[êe]tes|es) une personne de confiance',
        "(?:ravie?|heureux|heureuse|serais ravie?) de (?:vous|te) compter parmi mes (?:relations|contacts)",
        "(?:ravie?|heureux|heureuse|serais ravie?|j'aimerais|je souhaiterais|je voudrais|je souhaite) (?:de )?(?:faire partie de|rejoindre|int[ée]grer) (?:votre|ton) r[ée]seau",
        "je me permets de (?:vous|t') ajouter", "(?:vous|t') ajouter (?:[àa]|dans|parmi) (?:mes (?:contacts|relations)(?: professionnel(?:le)?s)?|mon r[ée]seau)",
        "(?:faire partie|rejoindre la liste) de (?:vos|tes) (?:contacts|relations)", "(?:je vous|je t') invite [àa] rejoindre mon r[ée]seau",
      ],
    },
    {
      name: 'stockOpener',
      means: 'is a stock opener',
      patterns: ["je suis tomb[ée]e? sur (?:votre|ton) profil", "(?:j'ai vu|j'ai consult[ée]|j'ai parcouru) (?:votre|ton) profil et (?:je l'ai trouv[ée]|il m'a sembl[ée]|j'ai trouv[ée])", "(?:votre|ton) profil (?:a retenu (?:mon|toute mon) attention|m'a (?:interpell[ée]e?|tap[ée] dans l'(?:œ|oe)il))", "j'ai trouv[ée] (?:votre|ton) profil (?:tr[èe]s |vraiment )?int[ée]ressant",
        "(?:votre|ton) profil(?: de [^.!?\\n,]{1,40}?)? (?:m'a (?:beaucoup |vraiment |particuli[èe]rement |tout de suite )?(?:plu|int[ée]ress[ée]e?|interpell[ée]e?|marqu[ée]e?|s[ée]duite?|attir[ée]e?|parl[ée])|a (?:retenu|attir[ée]|capt[ée]) (?:mon|toute mon) attention)"],
    },
    {
      name: 'networkingForItsOwnSake',
      means: 'networks for its own sake',
      patterns: [
        "(?:j'[ée]largis|je d[ée]veloppe|j'agrandis|j'[ée]tends|je construis|je renforce|j'[ée]toffe|je densifie) (?:actuellement |en ce moment )?(?:mon r[ée]seau|mes contacts)",
        "(?:je souhaite|je souhaiterais|je cherche [àa]|je voudrais|j'aimerais|j'ai envie d'|dans le but d'|afin d'|pour) (?:d[ée]velopper|[ée]largir|agrandir|[ée]tendre|enrichir|renforcer|[ée]toffer|densifier|consolider|nourrir) (?:mon r[ée]seau|mes contacts|mon carnet d'adresses)",
        // "Je me permets de vous envoyer une invitation à rejoindre mon réseau", "voici ma demande de connexion"
        "(?:je vous envoie|je t'envoie|je me permets de vous envoyer|je me permets de t'envoyer|voici) (?:une|cette|ma) (?:invitation|demande) (?:[àa] (?:rejoindre mon r[ée]seau|me connecter|nous connecter|entrer en relation)|de (?:connexion|mise en relation))",
        "(?:toujours|je suis toujours) (?:ouverte?|partante?|heureux|heureuse|ravie?) (?:[àa]|de) (?:l'id[ée]e de )?(?:me )?connecter avec (?:des|d'autres) (?:professionnels|personnes)",
        "je (?:cherche|souhaite) [àa] (?:me )?connecter avec (?:des|d'autres) professionnels",
        "(?:toujours|je suis toujours) (?:ouverte?|partante?) (?:[àa]|aux) (?:de )?nouve(?:aux|lles) (?:contacts|connexions|relations|rencontres)",
        "(?:[ée]toffer|[ée]largir|agrandir|d[ée]velopper|[ée]tendre|enrichir) mon cercle (?:professionnel|de contacts)",
        "(?:en qu[êe]te|[àa] la recherche|en recherche|avide|friande?) de nouve(?:aux|lles) (?:contacts|connexions|relations)",
        "j'(?:aime|adore) (?:rencontrer|d[ée]couvrir|me connecter avec|[ée]changer avec|connecter avec) (?:des|de nouveaux|de nouvelles|d'autres) (?:profils|personnes|gens|professionnels|talents)",
        // "je serais heureux d'élargir mon réseau en vous y ajoutant", "ravi de vous compter dans mon réseau"
        "(?:[ée]largir|agrandir|[ée]toffer|enrichir|d[ée]velopper|[ée]tendre) (?:mon|notre) r[ée]seau (?:en (?:vous|t')|avec (?:vous|toi)|gr[âa]ce [àa] (?:vous|toi))",
        "(?:toujours |je suis toujours )?(?:curieux|curieuse|ravie?|heureux|heureuse|content(?:e)?) (?:de|d') (?:d[ée]couvrir|rencontrer|croiser|connecter avec) (?:de nouveaux|de nouvelles|d'autres|des) (?:profils|personnes|professionnels|talents|horizons)",
        'connectons-nous', 'restons connect[ée]e?s', "(?:ajoutons|ajoute|ajoutez)-(?:nous|moi) (?:[àa] (?:vos|tes) relations|sur linkedin)",
      ],
    },
    {
      name: 'unaddressedSalutation',
      means: 'is an unaddressed salutation',
      patterns: [
        'madame,? monsieur(?= *[,\\n]| *$)', 'monsieur,? madame(?= *[,\\n]| *$)', 'madame ?/ ?monsieur', 'monsieur ?/ ?madame', 'mesdames(?:,| et) messieurs',
        "[àa] qui de droit",
        // A department instead of a person: "À l'attention du service recrutement,", "Au service des ressources humaines,"
        "^ *(?:[àa] l'attention (?:du|de la|des)|au|aux) (?:service|d[ée]partement|direction|responsables?|[ée]quipe) (?:des |du |de la |de l')?(?:recrutement|ressources humaines|RH|achats|communication|marketing|commercial|comptabilit[ée]|personnel)(?= *[,\\n]| *$)",
        "[àa] l'attention (?:du|de la) (?:service|d[ée]partement|direction|responsable) (?:des |du |de la |de l')?(?:recrutement|ressources humaines|RH|personnel)", '(?<![\\p{L}])ch[èe]re?\\(e\\)(?: \\p{L}+(?:\\(\\p{L}+\\))?)?', 'cher ?/ ?ch[èe]re', 'ch[èe]re ?/ ?cher',
        'ch[èe]re?s? (?:candidate?s?|professionnel(?:le)?s?|membres?|internaute|lecteur|lectrice|monsieur ou madame)(?= *[,\\n]| *$)',
        '^ *ch[èe]re?(?= *,)', '^ *(?:bonjour|bonsoir) madame,? monsieur',
      ],
    },
  ],
};
