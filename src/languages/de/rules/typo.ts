import type { LocalizedRule } from '../../types.ts';

/**
 * Curated misspellings that are not words (languages.md §5 `typo`), with their fixes. "das/dass" and
 * other real words are never here; Swiss "ss" is correct spelling.
 */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  standart: 'Standard', standarts: 'Standards', vorraussetzung: 'Voraussetzung', vorraussetzungen: 'Voraussetzungen', vorraus: 'voraus',
  seperat: 'separat', seperate: 'separate', seperaten: 'separaten', addresse: 'Adresse', interresiert: 'interessiert', intresse: 'Interesse', intressiert: 'interessiert',
  interressiert: 'interessiert', interresse: 'Interesse', interresant: 'interessant', interressant: 'interessant', intressant: 'interessant',
  rhytmus: 'Rhythmus', nähmlich: 'nämlich', entgeld: 'Entgelt', reperatur: 'Reparatur', wiederspiegeln: 'widerspiegeln',
  wiederspiegelt: 'widerspiegelt', wiederspruch: 'Widerspruch', wiedersprechen: 'widersprechen', agressiv: 'aggressiv', bischen: 'bisschen',
  garnicht: 'gar nicht', ausversehen: 'aus Versehen', einzigste: 'einzige', einzigsten: 'einzigen', vieleicht: 'vielleicht',
  warscheinlich: 'wahrscheinlich', entgültig: 'endgültig', sympatisch: 'sympathisch', tatsächlig: 'tatsächlich', maschiene: 'Maschine',
  vorallem: 'vor allem', zumindestens: 'zumindest', rethorik: 'Rhetorik', dilletantisch: 'dilettantisch', detailiert: 'detailliert',
  ziehmlich: 'ziemlich', wohlmöglich: 'womöglich', tolleranz: 'Toleranz', morgends: 'morgens', zuverlässlich: 'zuverlässig',
  östereich: 'Österreich', östreich: 'Österreich', deutchland: 'Deutschland', schweitz: 'Schweiz',
};

export const typo: LocalizedRule = {
  fixes: {
    ...MISSPELLINGS,
    'sehr geehrter frau': 'Sehr geehrte Frau', 'sehr geehrte herr': 'Sehr geehrter Herr', 'liebe herr': 'Lieber Herr', 'lieber frau': 'Liebe Frau',
  },
  families: [
    { name: 'misspelling', means: 'is misspelled', patterns: Object.keys(MISSPELLINGS) },
    {
      // "Sehr geehrter Frau Neumann": the salutation's ending must agree with the title.
      name: 'salutationAgreement',
      means: 'does not agree with the title',
      patterns: ['Sehr geehrter Frau', 'Sehr geehrte Herr(?!en)', 'Liebe Herr(?!en)', 'Lieber Frau'],
    },
  ],
};
