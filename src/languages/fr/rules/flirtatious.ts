import type { LocalizedRule } from '../../types.ts';

/** Looks, pet names, dates and relationship status (salutations like "Chère Camille" and praise of work are fine). */
export const flirtatious: LocalizedRule = {
  families: [
    {
      name: 'petNames',
      means: 'uses a pet name',
      patterns: [
        '(?:ma|mon) (?:belle|ch[ée]rie?|c(?:œ|oe)ur|puce|ange|tr[ée]sor|biche|chaton|beaut[ée]|jolie|princesse|bichette|louloute?)(?= *(?:[,!?.\\n]|$))',
        "(?:bonjour|bonsoir|salut|coucou|hello) (?:ma |la )?(?:belle|beaut[ée]|jolie|ch[ée]rie|princesse|miss)(?![\\p{L}-])",
      ],
      quiet: ['ma belle-(?:m[èe]re|s(?:œ|oe)ur|fille)'],
    },
    {
      name: 'looks',
      means: 'comments on their looks',
      patterns: [
        "(?:vous [êe]tes|tu es|t'es|vous [êe]tes vraiment|tu es vraiment) (?:vraiment |tr[èe]s |trop |si |tellement |absolument )?(?:ravissante?|magnifique|canon|charmante?|mignonne?|belle|sublime|sexy|jolie|craquante?|[ée]l[ée]gante?|superbe|s[ée]duisante?)",
        '(?:votre|ton|ta) (?:beau |joli |magnifique )?(?:sourire|regard|physique|silhouette|beaut[ée]|yeux)',
      // Told with "avoir" or as an exclamation: "tu as un sourire magnifique", "vous avez de très beaux yeux", "quel sourire !"
      "(?:vous avez|tu as|t'as) (?:un|une|de|des) (?:(?:tr[èe]s|si|vraiment|tellement) )?(?:(?:beau|beaux|joli|jolis|magnifique|superbe|charmant|ravissant|sublime) )?(?:sourire|regard|yeux|visage|physique|silhouette|allure)(?! (?:sur|d'expert|critique|professionnel))",
      "quel(?:le|s)? (?:(?:beau|beaux|joli|jolis|magnifique) )?(?:sourire|regard|yeux|visage|silhouette)(?= *[!.,]| *$)",
      "(?:sourire|regard|yeux|visage|silhouette) (?:magnifique|ravageur|charmant|craquant|envo[ûu]tant|sublime|superbe|splendide|irr[ée]sistible|[àa] tomber)s?",
        '(?:jolie?|belle|superbe|magnifique|sublime) photo de profil', 'sur (?:votre|ta) photo (?:de profil )?(?:vous [êe]tes|tu es)',
      ],
      // A professional eye, feminine forms too: "ton regard d'experte", "votre regard extérieur".
      quiet: ["(?:votre|ton) regard (?:sur|d'expert(?:e|s|es)?|critique|de|d'|professionnel(?:le)?|neuf|ext[ée]rieur|avis[ée]|aff[ûu]t[ée]|technique|juridique|bienveillant)"],
    },
    {
      name: 'dates',
      means: 'proposes a date',
      patterns: [
        "(?:d[îi]ner|d[ée]jeuner|boire un verre|prendre un verre|un verre|un d[îi]ner|un caf[ée]) (?:ensemble |avec moi )?(?:en t[êe]te-[àa]-t[êe]te|tous les deux|juste (?:nous|toi et moi)|[àa] deux|en amoureux)",
        "(?:on pourrait|nous pourrions|je vous invite [àa]|je t'invite [àa]|voulez-vous|veux-tu) (?:d[îi]ner|boire un verre|prendre un verre) ensemble", '(?:d[îi]ner|diner) (?:ensemble|avec moi)',
        // An evening with no occasion named: "prendre un verre un de ces soirs", "dîner un soir".
        "(?:d[îi]ner|un verre|boire un verre|prendre un verre|un ap[ée]ro|un cocktail|sortir)(?: ensemble| avec moi)? (?:un de ces soirs|un soir|ce soir|demain soir)",
      ],
    },
    {
      name: 'single',
      means: 'asks whether they are single',
      patterns: ["(?:[êe]tes|es)-(?:vous|tu) c[ée]libataire", '(?:vous [êe]tes|tu es|t\'es) c[ée]libataire \\?', '(?:[êe]tes|es)-(?:vous|tu) (?:libre|prise?) (?:ce soir|sentimentalement)'],
    },
    { name: 'kisses', means: 'sends kisses or heart eyes', patterns: ['(?<![\\p{L}])(?:😘|😍|💋|😻|🥰|😚|😙)'] },
  ],
};
