import type { LocalizedRule } from '../../types.ts';

/** Presuming what the reader knows, wants or will love ("j'imagine que vous êtes très occupé" is fine). */
export const assumption: LocalizedRule = {
  families: [
    {
      name: 'presumes',
      means: 'presumes what the reader thinks or wants',
      patterns: [
        "je suis (?:s[ûu]re?|certaine?|convaincue?|persuad[ée]e?) que (?:vous|tu) (?:allez|vas|serez|seras|adorerez|adoreras|aimerez|voudrez|cherchez|cherches|avez besoin|as besoin|serez int[ée]ress[ée]e?)",
        'comme (?:vous le savez|tu le sais)(?: (?:sans doute|s[ûu]rement|certainement|d[ée]j[àa]|probablement|tr[èe]s bien))?', 'comme chacun sait',
        "je suis (?:s[ûu]re?|certaine?|convaincue?|persuad[ée]e?) que [^.!?\\n]{0,40}(?:va|vont|devrait|devraient|saura|sauront) (?:vous|te) (?:plaire|int[ée]resser|s[ée]duire|convaincre|parler|aider)",
        '(?:vous|tu) (?:cherchez|cherches|recherchez|souhaitez|voulez|veux|r[êe]vez|r[êe]ves) (?:forc[ée]ment|s[ûu]rement|certainement|sans doute|[ée]videmment)',
        '(?:vous avez|tu as) (?:forc[ée]ment|s[ûu]rement|certainement|[ée]videmment) besoin', '(?:vous|tu) (?:allez|vas) (?:forc[ée]ment |s[ûu]rement |certainement )?adorer',
        "(?:vous|tu) (?:allez|vas|serez|seras) (?:forc[ée]ment|s[ûu]rement|certainement|[ée]videmment|obligatoirement) (?:[êe]tre )?(?:int[ée]ress[ée]e?|adorer|aimer|convaincue?|s[ée]duite?|ravie?)",
        "je sais (?:bien )?que (?:vous|tu) (?:cherchez|cherches|voulez|veux|avez besoin|as besoin|r[êe]vez|r[êe]ves|souhaitez)",
        '(?:vous ne pouvez pas|tu ne peux pas) (?:refuser|passer [àa] c[ôo]t[ée]|dire non)', '(?:comme|car) (?:tous les|tout) (?:dirigeants?|recruteurs?|managers?) (?:de votre|comme vous)',
      ],
    },
  ],
};
