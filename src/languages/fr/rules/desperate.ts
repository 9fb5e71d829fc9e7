import type { LocalizedRule } from '../../types.ts';

/** Pleading ("je vous en supplie", "vous êtes mon dernier espoir"); enthusiasm ("je serais ravi") is fine. */
export const desperate: LocalizedRule = {
  families: [
    {
      name: 'pleading',
      means: 'sounds desperate',
      patterns: [
        'je suis (?:vraiment |compl[èe]tement |totalement |tellement )?d[ée]sesp[ée]r[ée]e?', '(?:je vous|je t\') en (?:supplie|conjure)', 'je (?:vous|te) (?:supplie|implore|conjure)',
        "je (?:ferai|ferais|suis pr[êe]te? [àa] faire) n'importe quoi", '(?:vous [êe]tes|tu es|c\'est) (?:mon|ma) (?:dernier|seul|derni[èe]re|seule) (?:espoir|chance)',
        "(?:s'il vous pla[îi]t|svp|s'il te pla[îi]t|stp),? (?:s'il vous pla[îi]t|svp|s'il te pla[îi]t|stp)", "je n'en peux plus", "aidez-moi,? (?:je vous en (?:prie|supplie)|s'il vous pla[îi]t|svp)",
        'question de survie', 'je suis pr[êe]te? [àa] tout', 'pr[êe]te? [àa] tout pour', "c'est (?:vital|une question de vie ou de mort) pour moi", "je n'ai plus (?:rien|aucune solution|d'autre choix)",
      ],
    },
  ],
};
