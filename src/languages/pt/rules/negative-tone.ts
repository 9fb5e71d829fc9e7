import type { LocalizedRule } from '../../types.ts';

/** `negative-tone` (languages.md §5): complaint words and sarcasm markers. */
export const negativeTone: LocalizedRule = {
  families: [
    {
      name: 'complaint',
      means: 'sounds negative',
      patterns: [
        'decepcionad[oa]', 'decepç(?:ão|ao)', 'lament[áa]vel', 'p[ée]ssim[oa]', 'falta de (?:respeito|profissionalismo|considera[çc][ãa]o|educa[çc][ãa]o|bom senso)', 'desrespeito(?:so|sa)?',
        'absurdo', 'absurda', 'rid[íi]cul[oa]', 'inadmiss[íi]vel', 'inaceit[áa]vel', 'vergonhos[oa]', 'vergonha', 'descaso', 'incompet[êe]n(?:cia|te)', 'indignad[oa]', 'revoltad[oa]',
        'de saco cheio', 'cansad[oa] de (?:esperar|ser)', 'frustrad[oa]', 'frustrante', 'irritad[oa]', 'horr[íi]vel', 'uma piada', 'perda de tempo', 'e nada(?= *[.!])',
        '(?:muito|super|bem) profissional (?:da sua|da tua|de vocês) parte',
      ],
    },
  ],
};
