import type { LocalizedRule } from '../../types.ts';
import { passingOn } from './words.ts';

// After "j'ai postulé (réf. …)", asking for a referral or to pass the file on follows up on an application
// (rules.md: a referral request after applying is fine). Either order, within a few sentences.
const APPLIED =
  "(?:(?:j'ai|je viens d'|nous avons|j'ai d[ée]j[àa]|j'ai bien) (?:d[ée]j[àa] |bien |aussi |[ée]galement |hier |ce matin )?(?:postul[ée]|candidat[ée]|d[ée]pos[ée] (?:ma|une|mon) (?:candidature|dossier)|envoy[ée] (?:ma|une|mon) (?:candidature|dossier)|soumis (?:ma|une|mon) (?:candidature|dossier)|r[ée]pondu [àa] (?:l'|votre |ton |ta )?(?:offre|annonce))|je viens de postuler|ma candidature (?:est|a [ée]t[ée]) (?:envoy[ée]e|d[ée]pos[ée]e|enregistr[ée]e|transmise))";
const REFERRAL_ASK =
  "(?:me (?:recommander|r[ée]f[ée]rer|coopter|pousser|parrainer) (?:pour|aupr[èe]s|en interne|chez|dans|au sein)|glisser un (?:petit )?mot (?:pour moi|en ma faveur)|{passOnVerb} (?:mon|ma) {cv} (?:(?:[àa]|aux|au) {hiringSide}|en interne)|(?:le |la |les |l')(?:{passOnVerb}) (?:[àa]|aux|au) {hiringSide})";
// The ask's own lead ("pourriez-vous", "tu pourrais") belongs to the match, so the quiet span starts there.
const ASK_LEAD = '(?:(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) |(?:vous|tu) (?:pouvez|pourriez|peux|pourrais|accepteriez|accepterais|voudriez|voudrais) (?:de )?)?';
const AFTER_APPLYING = [`${APPLIED}[^]{0,300}?${REFERRAL_ASK}`, `${ASK_LEAD}${REFERRAL_ASK}[^]{0,200}?${APPLIED}`];

/** Asking a stranger to be hired, referred or to pass on a CV (an application already made is not one). */
export const jobAsk: LocalizedRule = {
  // A spontaneous application is an application when it goes to recruiting or HR (languages.md §5).
  quietForRecipient: {
    families: ['spontaneousApplication'],
    headline: ['recrut\\p{L}*', 'talents?', 'talent acquisition', 'RH', 'DRH', 'ressources humaines', 'HR', 'human resources', 'people', 'chasseu\\p{L}*', 'recruit\\p{L}*'],
  },
  lexicon: {
    ...passingOn,
    job: ['poste', 'emploi', 'job', 'taf', 'boulot', 'travail', 'stage', 'CDI', 'CDD', 'alternance', 'place', 'ouverture', 'opportunit[ée]', 'mission', 'contrat'],
    cv: ['CV', 'curriculum(?: vitae)?', 'dossier', 'profil', 'candidature'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks to be given a job',
      patterns: [
        "(?:avez|auriez|as|aurais)-(?:vous|tu) (?:un|une|des) (?:petit |petite )?{job}s? (?:pour moi|[àa] me proposer|disponibles? pour moi|libres? pour moi|chez vous|dans (?:votre|ton) (?:service|entreprise|[ée]quipe|soci[ée]t[ée]|agence|cabinet|magasin|usine))",
        "(?:y a-t-il|est-ce qu'il y a|il y a) (?:un|une) {job} (?:pour moi|libre chez vous|disponible chez vous)",
        "(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) m'(?:embaucher|engager|recruter|employer|prendre (?:en stage|dans (?:votre|ton) [ée]quipe))",
        "(?:embauchez|engagez|recrutez|embauche|engage|recrute|prenez|prends)-moi",
        '(?:n\'importe quel|le moindre|tout) (?:poste|job|emploi|stage)(?: disponible| vacant)? (?:chez vous|dans votre (?:entreprise|soci[ée]t[ée]|[ée]quipe)|m\'int[ée]resse)',
        "je (?:suis pr[êe]te? [àa]|peux) (?:prendre|accepter) n'importe quel (?:poste|job|emploi)",
        "(?:au cas o[ùu]|si) (?:un|une) (?:poste|place|opportunit[ée]|ouverture) (?:se lib[èe]re|se lib[ée]rait|se lib[ée]rerait|s'ouvre|s'ouvrait|se pr[ée]sente|se pr[ée]sentait|venait [àa] se lib[ée]rer)",
        "pensez [àa] moi (?:pour|si|en cas|d[èe]s)", "(?:pour|[àa]) tout poste (?:disponible|vacant|en lien)",
        "(?:auriez|avez)-vous besoin d'(?:un|une) (?:stagiaire|alternante?|d[ée]veloppeur|d[ée]veloppeuse|commerciale?|assistante?|comptable|renfort|ing[ée]nieure?|juriste|graphiste|vendeur|vendeuse)",
        "je (?:souhaiterais|voudrais|aimerais|souhaite|veux) (?:vivement |beaucoup |tellement )?(?:int[ée]grer|rejoindre|travailler (?:dans|pour|chez)) (?:votre|ton|vos) (?:entreprise|[ée]quipe|soci[ée]t[ée]|cabinet|agence|service|groupe|structure)",
        "(?:vous avez|avez-vous|auriez-vous|tu as|t'as|as-tu|aurais-tu) (?:quelque chose|qqch|un truc|un plan|des pistes|une piste) (?:pour moi|\\?)",
        "je (?:cherche|recherche) (?:du|un|une) (?:taf|boulot|job|travail|emploi|poste|stage|CDI|alternance)[^.!?\\n]{0,60}(?:vous avez|avez-vous|auriez-vous|tu as|t'as|as-tu|aurais-tu) (?:quelque chose|qqch|un truc|des pistes|un plan|un poste|une place)",
        "(?:avez|auriez|as|aurais)-(?:vous|tu) des (?:opportunit[ée]s|postes|offres|ouvertures|missions) (?:pour moi|[àa] me proposer|chez vous|dans (?:votre|ton) (?:entreprise|[ée]quipe|soci[ée]t[ée]|service))",
        "(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) m'aider [àa] trouver (?:un|une|du) (?:poste|emploi|job|travail|stage|alternance|CDI)",
        "si (?:vous|tu) (?:entendez|entends) parler d'(?:un|une) (?:poste|offre|opportunit[ée]|ouverture)", "(?:recrutez|embauchez)-vous (?:en ce moment|actuellement|des (?:stagiaires|alternants|alternantes|juniors))",
        "(?:si|est-ce que) (?:jamais )?(?:vous recrutez|vous embauchez|tu recrutes|tu embauches|(?:votre|ta|ton) (?:entreprise|soci[ée]t[ée]|[ée]quipe|service|bo[îi]te|bo[îi]te|agence|cabinet|start-?up|structure) (?:recrute|embauche|cherche (?:du monde|quelqu'un|des (?:profils|renforts|bras))|a besoin (?:de monde|de renfort|de quelqu'un)))",
        // Asked straight out, as the whole question: "tu recrutes ?", "Vous embauchez en ce moment ?", "recrutez-vous toujours ?"
        "(?<![\\p{L}] )(?:vous recrutez|vous embauchez|tu recrutes|tu embauches|recrutez-vous|embauchez-vous|recrutes-tu|embauches-tu|(?:votre|ta|ton) (?:entreprise|soci[ée]t[ée]|[ée]quipe|bo[îi]te|agence|cabinet|start-?up|structure) (?:recrute|embauche))(?: (?:en ce moment|actuellement|toujours|encore|bient[ôo]t))? ?\\?",
        // "une place pour moi", "un stage pour un profil comme le mien".
        "(?:un|une) (?:petit |petite )?{job} (?:disponible |libre )?pour (?:moi|un profil comme le mien|quelqu'un comme moi)",
        "(?:y aurait-il|y a-t-il|il y aurait|est-ce qu'il y aurait) (?:moyen|une possibilit[ée]) de (?:rejoindre|int[ée]grer|travailler (?:dans|pour|chez)) (?:votre|ton|ta|vos)",
        // Ready for any work at their place: "prête à accepter toute mission dans votre cabinet".
        "(?:je suis|je serais|serais) (?:pr[êe]te?|dispos[ée]e?|partante?|ouverte?) (?:[àa] (?:accepter|prendre|faire) |pour |[àa] )(?:n'importe quel(?:le)?|tout|toute|toute sorte de|tout type de) (?:poste|job|emploi|mission|stage|travail|contrat|boulot)s? (?:dans|chez|au sein de|pour) (?:votre|ton|ta|vos)",
      ],
    },
    {
      name: 'asksForReferral',
      means: 'asks to be referred or recommended for a job',
      patterns: [
        "(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) me (?:recommander|r[ée]f[ée]rer|coopter|pistonner|pousser) (?:pour|aupr[èe]s|en interne|chez|dans)",
        // Without inversion: "Tu pourrais me recommander en interne ?", "est-ce que vous pourriez me coopter chez …"
        "(?:vous|tu) (?:pouvez|pourriez|peux|pourrais|accepteriez|accepterais|voudriez|voudrais) (?:de )?me (?:recommander|r[ée]f[ée]rer|coopter|pistonner|pousser|parrainer) (?:pour|aupr[èe]s|en interne|chez|dans|au sein)",
        "(?:me|m'aider [àa] me) (?:coopter|pistonner)", 'glisser un (?:petit )?mot (?:pour moi|en ma faveur)', 'un coup de pouce pour (?:entrer|rentrer|int[ée]grer|[êe]tre embauch[ée])',
        'me faire entrer chez',
      ],
      quiet: AFTER_APPLYING,
    },
    {
      // "Je vous adresse ma candidature spontanée" to someone who does not hire.
      name: 'spontaneousApplication',
      means: 'sends an unsolicited application to someone who does not recruit',
      patterns: ['(?:ma|une|mon) (?:candidature|dossier de candidature) spontan[ée]e?', 'candidature libre', 'je (?:vous|te) (?:propose|soumets|envoie|adresse) (?:spontan[ée]ment|d\'office) (?:ma|mon) (?:candidature|CV)'],
    },
    {
      name: 'passesCvOn',
      means: 'asks them to pass your CV on',
      patterns: [
        '{passOnVerb} (?:mon|ma) {cv} (?:(?:[àa]|aux|au) {hiringSide}|en interne)',
        // "N'hésitez pas à le transmettre à votre service RH": the CV as a pronoun, the hiring side named.
        "(?:le |la |les |l')(?:{passOnVerb}) (?:[àa]|aux|au) {hiringSide}", '(?:transmettez|transmets|faites suivre|fais suivre|faites remonter|fais remonter|relayez)-(?:le|la|les) (?:[àa]|aux|au) {hiringSide}',
      ],
      quiet: AFTER_APPLYING,
    },
  ],
};
