import type { LocalizedRule } from '../../types.ts';
import { passingOn } from './words.ts';

/** Money, votes, likes, shares, follows, endorsements, reviews, intros and CVs passed on, asked of a stranger. */
export const personalFavor: LocalizedRule = {
  coldOnlyFamilies: ['introduction'],
  lexicon: {
    ...passingOn,
    mine: ['mon', 'ma', 'mes', 'notre', 'nos', 'ce', 'cette'],
    content: ['post', 'posts', 'publication', 'publications', 'article', 'vid[ée]o', 'page', 'projet', 'campagne', 'cagnotte', 'podcast', 'cha[îi]ne', 'compte', 'newsletter', 'startup', 'start-up', 'entreprise', 'marque', 'boutique', 'sondage', 'candidature', 'pitch'],
    // Asked outright: "Likez et partagez mon post", "Soutenez notre projet".
    shareOrder: ['likez', 'like', 'likes', 'aimez', 'partagez', 'partage', 'repartagez', 'relayez', 'relaie', 'commentez', 'commente', 'diffusez', 'soutenez', 'soutiens', 'suivez', 'suis'],
    // Asked politely, with an infinitive: "pourriez-vous partager mon post", "merci de liker".
    shareVerb: ['liker', 'partager', 'repartager', 'relayer', 'commenter', 'diffuser', 'soutenir', 'suivre', 'voter pour'],
    askLead: [
      'pourriez-vous', 'pouvez-vous', 'peux-tu', 'pourrais-tu', 'merci de', "n'h[ée]sitez pas [àa]", "n'h[ée]site pas [àa]", 'je compte sur (?:vous|toi) pour',
      'ce serait (?:top|super|g[ée]nial|sympa|adorable) de', 'vous pourriez', 'tu pourrais', 'voudriez-vous', 'voudrais-tu', "j'ai besoin de (?:vous|toi) pour",
      'aidez-moi [àa]', 'aide-moi [àa]', 'je vous invite [àa]', "je t'invite [àa]",
    ],
  },
  families: [
    {
      name: 'likesAndShares',
      means: 'asks a stranger for likes, shares or follows',
      patterns: [
        '{shareOrder} (?:et (?:{shareOrder}) )?{mine} {content}',
        '{askLead} (?:bien |vite |simplement )?{shareVerb}(?: et {shareVerb})? {mine} {content}',
        '(?:like|likez|liker|likes) (?:et|&|\\+) (?:partage|partagez|partager|commente|commentez)',
        'un (?:petit )?(?:like|partage|repost|commentaire) (?:sur|de (?:votre|ta) part)', '(?:signer|signez|signe) (?:ma|notre) p[ée]tition',
        '(?:abonnez|abonne|inscrivez|inscris)-(?:vous|toi) (?:[àa] (?:ma|mon|notre|nos|mes)|sur (?:ma|mon|notre))',
        "(?:veux|voulez|voudrais|voudriez|pourrais|pourriez|peux|pouvez)(?:-tu|-vous| tu| vous)? (?:bien )?(?:le|la|les|l') (?:partager|relayer|liker|diffuser|repartager)",
      ],
    },
    {
      name: 'votes',
      means: 'asks for votes',
      patterns: ['(?:votez|vote|votes|voter) (?:pour (?:moi|nous|mon|ma|notre|nos)|en ma faveur)', '(?:votre|ton) vote (?:pour|compte)', "(?:un|ton|votre) vote (?:de (?:ta|votre) part|pour moi|m'aiderait)", 'donner (?:votre|ton) vote'],
    },
    {
      name: 'endorsements',
      means: 'asks for endorsements or a recommendation',
      patterns: [
        '(?:recommandez|recommande|recommander|validez|valide|valider|confirmez|confirmer) mes comp[ée]tences',
        "(?:[ée]crivez|[ée]cris|r[ée]digez|r[ée]dige|laissez|laisse)-moi une recommandation", "(?:m'[ée]crire|me r[ée]diger|me laisser) une recommandation",
        'une recommandation sur (?:mon profil|linkedin)',
      ],
    },
    {
      name: 'reviews',
      means: 'asks for a review or rating',
      patterns: ["(?:laissez|laisse)-(?:moi|nous) un (?:petit )?avis", "(?:laisser|mettre) un (?:petit )?avis", '(?:mettez|mets|mettre) (?:5|cinq) [ée]toiles', '(?:noter|notez|note) (?:mon|ma|notre|nos|l\'|la|le) ?(?:appli|application|app|livre|entreprise|restaurant|boutique)', "(?:la|le|les|l'|nous|me) noter sur", "si (?:tu pouvais|vous pouviez) (?:la |le |les |l')?(?:noter|partager|liker|relayer|repartager)"],
    },
    {
      name: 'money',
      means: 'asks a stranger for money',
      patterns: [
        // A donation asked for: "nous offrir un lot pour la tombola", "faire un geste pour notre association"
        "(?:nous|me) (?:offrir|donner|faire don d'|faire don de|sponsoriser|financer) (?:un|une|quelques|des) (?:\\S+ )?(?:lot|lots|bon d'achat|bons d'achat|don|dons|produits?|article|panier|dotation|contribution)",
        "(?:pr[êe]tez|pr[êe]te)-moi", "(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) me pr[êe]ter", '(?:participer|contribuer) [àa] (?:ma|notre) cagnotte', 'faire un (?:petit )?don', 'un petit virement'],
    },
    {
      name: 'introduction',
      means: 'asks a stranger for an introduction',
      patterns: [
        "(?:pr[ée]sentez|pr[ée]sente)-moi (?:[àa]|au|aux) (?:votre|ton|vos|tes)", "(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) me (?:pr[ée]senter|mettre en (?:contact|relation)) (?:[àa]|au|aux|avec) (?:votre|ton|vos|tes)",
        '(?:mettez|mets)-moi en (?:contact|relation) avec (?:votre|ton|vos|tes)',
        // Put forward to the people who hire: "pourriez-vous me recommander auprès de votre DRH ?"
        "me (?:recommander|pr[ée]senter|signaler|pousser|sugg[ée]rer|mentionner) aupr[èe]s (?:de |du |des |d')?{hiringSide}",
        // "tu pourrais me filer un contact au marketing ?", "pourriez-vous me donner le nom de votre acheteur"
        "(?:(?:vous|tu) (?:pouvez|pourriez|peux|pourrais|voudrais|voudriez)|(?:pouvez|pourriez|peux|pourrais|voudrais|voudriez)(?:-vous|-tu)) (?:bien )?me (?:filer|passer|donner|refiler|transmettre|communiquer) (?:un|le|les|des|quelques) (?:\\S+ )?(?:contacts?|noms?|num[ée]ros?|coordonn[ée]es|e-?mails?|mails?) (?:(?:au|[àa] la|[àa] l'|du|de la|de ton|de votre|chez|dans) \\S+|de (?:ton|ta|votre|vos|tes) \\S+)",
      ],
    },
    {
      name: 'passesOn',
      means: 'asks them to pass you on',
      patterns: [
        "{passOnVerb} (?:mon|ma) (?:CV|curriculum|dossier|candidature|profil|message) (?:[àa]|aux|au) (?:votre|ton|vos|tes|la bonne personne|la personne|qui|quelqu'un|l'[ée]quipe|la DRH|le DRH)",
        "(?:le |la |les |l')(?:{passOnVerb}) (?:[àa]|aux|au) {hiringSide}", '(?:transmettez|transmets|faites suivre|fais suivre|faites remonter|fais remonter|relayez)-(?:le|la|les) (?:[àa]|aux|au) {hiringSide}',
        "(?:rediriger|redirigez|orienter|orientez)(?:-moi)? (?:vers )?(?:la bonne personne|la personne (?:en charge|concern[ée]e))",
      ],
    },
  ],
};
