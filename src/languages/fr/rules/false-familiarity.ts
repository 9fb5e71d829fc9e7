import type { LocalizedRule } from '../../types.ts';
import { lexicon as contextWords, families as contextFamilies } from '../context.ts';

// A real, named meeting right before or after makes "comme promis" true, not pretended.
const NAMED_MEETING = "notre (?:rencontre|[ée]change|discussion|conversation) (?:au|[àa]|lors|sur|pendant)";

// Any way no-context knows of telling where you met ("nous étions voisins de table au dîner des anciens…",
// "vous m'aviez parlé au salon…"), earlier in the same paragraph: then "comme promis" keeps a real promise.
const REAL_MEETING = contextFamilies.find((f) => f.name === 'howWeMet')!.patterns;
const PROMISE_AFTER_MEETING = `(?:${REAL_MEETING.join('|')})[^\\n]{1,240}?comme (?:promis|convenu)`;

/** Pretended prior contact in a cold conversation (tu/vous is not false familiarity: languages.md §6). */
export const falseFamiliarity: LocalizedRule = {
  when: 'cold',
  // The event words of no-context's "how we met" ("salon", "drink", "5 à 7"…): one list for both rules.
  lexicon: { eventWord: contextWords.eventWord!, met: contextWords.met! },
  families: [
    {
      name: 'asAgreed',
      means: 'pretends you agreed on something before',
      patterns: ['comme convenu', 'comme (?:promis|annonc[ée]|pr[ée]vu ensemble)', "comme (?:nous en avons|on en a|nous l'avons|on l'a|je vous l'ai|je te l'ai) (?:parl[ée]|discut[ée]|[ée]voqu[ée]|dit|promis|indiqu[ée]|mentionn[ée])", 'ainsi que (?:convenu|promis)', 'comme (?:[ée]voqu[ée]|discut[ée]|mentionn[ée]|dit|vu|abord[ée]) (?:ensemble|lors de (?:notre|nos) (?:dernier |derni[èe]re |derniers |derni[èe]res |r[ée]cent |r[ée]cente |pr[ée]c[ée]dent |pr[ée]c[ée]dente |bref |br[èe]ve )?(?:appel|[ée]changes?|rendez-vous|call|conversation|discussion|entretien)|par t[ée]l[ée]phone|au t[ée]l[ée]phone)', 'comme (?:[ée]voqu[ée]|discut[ée])(?= *,)'],
      // A few words may stand between the verb and where it happened ("discuté hier soir au drink de la FEB").
      quiet: [
        PROMISE_AFTER_MEETING,
        "(?:rencontr[ée]e?s?|crois[ée]e?s?|vue?s?|parl[ée]|[ée]chang[ée]|discut[ée]) (?:[^\\s.!?,;:]+ ){0,4}?(?:au|[àa] la|[àa] l'|lors d[eu']|pendant|sur (?:le|votre|ton) stand)[^\\n]{1,160}comme (?:promis|convenu)",
        `${NAMED_MEETING}[^.!?\\n]{1,120}comme (?:promis|convenu)`, `comme (?:promis|convenu|[ée]voqu[ée]|discut[ée]|annonc[ée])[^.!?\\n]{0,80}(?:suite [àa]|apr[èe]s|depuis|lors d[eu']|pendant) ${NAMED_MEETING}`,
        // Thanks for a real moment at a place before it: "Merci pour ton accueil à la soirée Ruby Nantes hier ! Comme promis…"
        "merci (?:encore |beaucoup |mille fois )?pour (?:ton|votre|ta|cet|cette|ce|l'|le|la|les|nos|notre) ?(?:accueil|[ée]changes?|discussion|conversation|moment|rencontre|caf[ée]|visite|d[ée]jeuner|d[îi]ner|temps) (?:[^\\s.!?]+ ){0,3}?(?:au|aux|[àa] la|[àa] l'|lors d[eu']|pendant|sur (?:le|votre|ton) stand)[^\\n]{1,160}comme (?:promis|convenu)",
        // Tied to a named event: "comme promis lors du gala de la CCI", "comme convenu au salon Maison & Objet".
        "comme (?:promis|convenu|[ée]voqu[ée]|discut[ée]|annonc[ée]|dit|mentionn[ée])(?: ensemble)? (?:au|aux|[àa] la|[àa] l'|lors d(?:u|e la|e l'|')|pendant(?: le| la| l')?|sur (?:le|votre|ton) stand(?: du| de la| de l')?) ?(?:\\S+ )?{eventWord}"],
    },
    {
      name: 'followingUp',
      means: 'follows up on a conversation you did not have',
      patterns: [
        '(?:suite [àa]|pour faire suite [àa]|faisant suite [àa]|pour donner suite [àa]|comme suite [àa]|en r[ée]f[ée]rence [àa]|je reviens vers vous suite [àa]) (?:notre|nos) (?:dernier |derni[èe]re |r[ée]cent |r[ée]cente |bref |br[èe]ve |sympathique )?(?:[ée]changes?|appel|conversation|entretien|discussion|rendez-vous|call|coup de fil|conversation t[ée]l[ée]phonique)(?! (?:au|aux|[àa] la|[àa] l\'|lors|pendant|sur (?:le|votre) stand))',
        // "je reviens vers vous concernant notre discussion", "ravi de notre échange de la semaine dernière"
        "je (?:reviens|reviendrai|me permets de revenir) vers (?:vous|toi) (?:\\S+ )?(?:concernant|au sujet de|[àa] propos de|suite [àa]|pour donner suite [àa]|apr[èe]s) (?:notre|nos) (?:\\S+ )?(?:[ée]changes?|appel|conversation|entretien|discussion|rendez-vous|call|[ée]change t[ée]l[ée]phonique)(?! (?:au(?! sujet)|aux|[àa] la|[àa] l'|lors|pendant|sur (?:le|votre) stand))",
        "(?:ravie?|content(?:e)?|heureux|heureuse|enchant[ée]e?) de notre (?:\\S+ )?(?:[ée]change|appel|conversation|discussion|rendez-vous|call) (?:de la semaine|d'hier|de ce matin|de lundi|de mardi|de mercredi|de jeudi|de vendredi|du \\d|t[ée]l[ée]phonique|de tout [àa] l'heure)",
        "(?:ravie?|content(?:e)?|heureux|heureuse) d'avoir (?:[ée]chang[ée]|discut[ée]|parl[ée]) avec (?:vous|toi) (?:hier|tout [àa] l'heure|la semaine derni[èe]re|ce matin)",
      ],
    },
  ],
};
