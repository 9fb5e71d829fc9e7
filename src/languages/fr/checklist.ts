import type { ChecklistCues } from '../types.ts';

/**
 * Checklist cues (languages.md §8). `referencesThem` and `commonGround` also count as context for
 * `no-context`, so they stay as precise as the context families.
 */
export const checklist: ChecklistCues = {
  introducesSelf: [
    'je suis (?!(?:s[ûu]re?|certaine?|convaincue?|ravie?|heureuse?|d[ée]sol[ée]e?|disponible|dispo|tomb[ée]e?|en train|entrain|int[ée]ress[ée]e?|curieuse?|actuellement|[àa]|de|d\'accord|tout|toujours|pas|sur|certain|persuad[ée]e?)(?![\\p{L}]))[\\p{L}-]+',
    "je m'appelle", 'je me pr[ée]sente', "(?:je travaille|je bosse) (?:chez|comme|en tant que|dans|au sein)", "je suis (?:[ée]tudiante?|[ée]l[èe]ve|stagiaire|alternante?)",
    "(?:[ée]tudiante?|[ée]l[èe]ve ing[ée]nieure?|[ée]l[èe]ve) (?:en|[àa]|de) [\\p{L}'’-]+", 'mon nom est', "moi,? c'est", 'en tant que [\\p{L}-]+', "(?:je dirige|j'ai (?:co-?)?fond[ée]|je g[èe]re|je m'occupe d[eu']|je suis [àa] la t[êe]te d[eu']|je pilote|j'anime)", "(?:fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|responsable|ing[ée]nieure?|juriste|consultante?|d[ée]veloppeur|d[ée]veloppeuse|chef de projet|charg[ée]e de \\S+|titulaire|dipl[ôo]m[ée]e?)(?: [\\p{L}-]+)? (?:chez|d'une|d'un|de|du|[àa]) [\\p{L}'’-]+",
  ],
  statesReason: [
    'je (?:vous|te) (?:contacte|[ée]cris|sollicite) (?:car|parce que|au sujet|pour|afin|concernant|suite)',
    "je me permets de (?:vous|te) (?:contacter|[ée]crire|solliciter) (?:car|parce que|au sujet|pour|afin|concernant|sur les conseils)",
    'je (?:vous|te) [ée]cris (?:au sujet|car|parce que|pour)', "(?:la raison|l'objet) de mon message", 'je reviens vers (?:vous|toi) (?:au sujet|concernant|pour)',
  ],
  commonGround: [
    "ancien(?:ne)?s? (?:[ée]l[èe]ves? )?(?:de |d'|du )[\\p{L}'’-]+", '(?:nous nous sommes|on s\'est) (?:rencontr[ée]s?|crois[ée]s?)', '(?:nous [ée]tions|on [ée]tait) tous (?:les )?deux',
    '(?:moi aussi|comme vous|comme toi) (?:ancien(?:ne)?|dipl[ôo]m[ée]e?)', "j'ai (?:moi aussi|[ée]galement) (?:[ée]tudi[ée]|travaill[ée])",
  ],
  referencesThem: [
    "(?:votre|ton|ta|vos|tes) (?:article|tribune|intervention|conf[ée]rence|talk|podcast|livre|ouvrage|post|publication|[ée]tude|expos[ée]|pr[ée]sentation|webinaire|th[èe]se|travaux|retour d'exp[ée]rience|interview)",
  ],
  clearAsk: [
    '(?:seriez|auriez|accepteriez|pourriez|voudriez|souhaiteriez|[êe]tes)-vous (?:\\S+ ){0,20}?\\S*\\s?\\?',
    '(?:serais|aurais|accepterais|pourrais|voudrais)-tu (?:\\S+ ){0,20}?\\S*\\s?\\?',
    '(?:est-ce que )?(?:vous|tu) (?:seriez|auriez|serais|aurais|pourriez|pourrais|accepteriez|accepterais) (?:\\S+ ){0,20}?\\S*\\s?\\?',
    '(?:quel|quelle|quels|quelles) (?:\\S+ ){0,10}?(?:donneriez|conseilleriez|recommanderiez|serait|seraient)(?:-vous|-tu)?(?: \\S+){0,10}? ?\\?',
    '(?:[çc]a vous dirait|[çc]a te dirait|on pourrait|pourrions-nous|pouvons-nous|peut-on|on se (?:parle|cale|voit|connecte))(?: \\S+){0,20}? ?\\?',
    '(?:vous|tu) (?:livrez|veux bien|voulez bien|[êe]tes dispo(?:nible)?|es dispo(?:nible)?)(?: \\S+){0,20}? ?\\?',
    '(?:avez|as)-(?:vous|tu) (?:\\S+ ){0,8}?\\S*\\s?\\?',
    '(?:serait-il|est-il|serait-ce) possible (?:\\S+ ){0,20}?\\S*\\s?\\?',
    '(?:dispo|disponible|disponibles|libre)s? (?:pour|cette|la semaine|demain|lundi|mardi|mercredi|jeudi|vendredi|ce|en)(?: \\S+){0,12}? ?\\?',
    "j'aimerais (?:beaucoup |bien |vraiment )?(?:vous |te |la |le |l'|en )?(?:rencontrer|prolonger|[ée]changer|discuter|parler|appeler|inviter|poser)",
    "(?:je serais|serais) (?:ravie?|heureux|heureuse|curieux|curieuse) (?:de|d') (?:[ée]changer|vous rencontrer|en discuter|en parler|vous poser)",
  ],
  thanks: ['merci', 'je vous remercie', 'je te remercie', 'mille mercis', 'un grand merci', 'remerciements?'],
};
