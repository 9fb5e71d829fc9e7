import type { LocalizedRule } from '../../types.ts';

/**
 * `typo` (languages.md §5): curated misspellings that are not words, with fixes, and salutation–title
 * agreement ("Prezada Sr." → "Prezado Sr."). Ambiguous pairs (mas/más, agente/a gente, esta/está) stay quiet.
 */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  concerteza: 'com certeza', derrepente: 'de repente', apartir: 'a partir', porisso: 'por isso', seje: 'seja', esteje: 'esteja', poblema: 'problema',
  pobrema: 'problema', menas: 'menos', excessão: 'exceção', excessao: 'exceção', exeção: 'exceção', previlégio: 'privilégio', previlegio: 'privilégio',
  impecilho: 'empecilho', ancioso: 'ansioso', anciosa: 'ansiosa', ansiedadade: 'ansiedade', atravéz: 'através', atraves: 'através', voce: 'você', voces: 'vocês',
  nescessário: 'necessário', nescessario: 'necessário', necessáro: 'necessário', nescessidade: 'necessidade', conciderar: 'considerar', análize: 'análise',
  analize: 'análise', pesquiza: 'pesquisa', paralização: 'paralisação', reinvidicar: 'reivindicar', mendingo: 'mendigo', beneficiente: 'beneficente',
  asterístico: 'asterisco', cidadões: 'cidadãos', emfim: 'enfim', iorgute: 'iogurte', opurtunidade: 'oportunidade',
  oportunidadde: 'oportunidade', esperiência: 'experiência', experiençia: 'experiência', excelênte: 'excelente', agradeco: 'agradeço',
  profissonal: 'profissional', profisional: 'profissional', proficional: 'profissional', sombrancelha: 'sobrancelha', mortandela: 'mortadela',
  entertido: 'entretido', entreterimento: 'entretenimento', adevogado: 'advogado', adivogado: 'advogado', privilegio: 'privilégio',
  metereologia: 'meteorologia', estrupo: 'estupro', célebro: 'cérebro', conserteza: 'com certeza', derrepenti: 'de repente', tambem: 'também', infelismente: 'infelizmente',
  exelente: 'excelente', oque: 'o que', enteresse: 'interesse', interresse: 'interesse', intereçe: 'interesse', interesado: 'interessado',
};
const words = Object.keys(MISSPELLINGS);

export const typo: LocalizedRule = {
  families: [
    { name: 'misspelling', means: 'is misspelled', patterns: [words.join('|')] },
    {
      name: 'salutationAgreement',
      means: 'does not agree with the title',
      patterns: ['prezada sr\\.?', 'prezado sra\\.?', 'cara sr\\.?', 'caro sra\\.?', 'estimada sr\\.?', 'estimado sra\\.?', 'prezada senhor(?!a)', 'prezado senhora'],
    },
    { name: 'graveAccent', means: 'needs a grave accent (à)', patterns: ['(?<=\\s)á(?= (?:sua|minha|nossa|empresa|equipe|equipa|reuni[ãa]o|vaga|área|tarde|noite|disposi[çc][ãa]o|frente|procura|espera|vontade|medida|dist[âa]ncia|vista))'] },
  ],
  fixes: {
    ...Object.fromEntries(words.map((w) => [w, MISSPELLINGS[w]!])),
    'prezada sr.': 'Prezado Sr.', 'prezada sr': 'Prezado Sr', 'prezado sra.': 'Prezada Sra.', 'prezado sra': 'Prezada Sra', 'cara sr.': 'Caro Sr.', 'cara sr': 'Caro Sr',
    'caro sra.': 'Cara Sra.', 'caro sra': 'Cara Sra', 'estimada sr.': 'Estimado Sr.', 'estimada sr': 'Estimado Sr', 'estimado sra.': 'Estimada Sra.', 'estimado sra': 'Estimada Sra',
    'prezada senhor': 'Prezado senhor', 'prezado senhora': 'Prezada senhora', 'á': 'à',
  },
};
