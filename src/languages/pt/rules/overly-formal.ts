import type { LocalizedRule } from '../../types.ts';

/** `overly-formal` (languages.md §7): archaic and bureaucratic formulas only; "Prezado Sr.", "Exmo. Senhor", "Atenciosamente" stay quiet. */
export const overlyFormal: LocalizedRule = {
  families: [
    {
      name: 'archaicAddress',
      means: 'is an archaic form of address',
      patterns: ['ilustr[íi]ssim[oa]s?', 'ilm[oa]s?\\.? (?:sr|sra|senhor|senhora)\\.?', 'vossa senhoria', 'v\\. ?s(?:a|ª)\\.?', 'vossa excel[êe]ncia'],
    },
    {
      name: 'bureaucraticFormula',
      means: 'is a bureaucratic letter formula',
      patterns: [
        'venho,? (?:por meio d[ea]st[ea]|atrav[ée]s d[ea]st[ea]|pela presente|por est[ea] meio),?', 'pela presente,? (?:venho|informo|solicito|comunico)',
        'sem mais para o momento', 'sem mais,? (?:subscrevo|despe[çc]o|me despe[çc]o)', 'subscrevo-me', 'subscrevemo-nos', 'outrossim', 'nestes termos,? pede deferimento',
        'pede deferimento', 'firmo-me', 'apresento os (?:meus )?protestos de', 'protestos de (?:elevada )?estima e considera[çc][ãa]o', 'servimo-nos do presente',
      ],
    },
  ],
};
