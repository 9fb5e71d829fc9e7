import type { SentenceCues } from '../../text/sentences.ts';

/** Abbreviations whose full stop does not end a sentence (languages.md §4.2). */
export const sentences: SentenceCues = {
  abbreviations: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'Eng.', 'Enga.', 'Exmo.', 'Exma.', 'Ilmo.', 'Ilma.', 'V. Sa.', 'V.Sa.', 'Av.', 'pág.', 'págs.', 'aprox.', 'n.º', 'nº.', 'núm.', 'Ltda.', 'S.A.', 'Lda.', 'Cia.', 'etc.', 'ex.', 'p. ex.', 'tel.', 'cel.', 'Att.', 'Arq.', 'Me.', 'Dª.', 'D.'],
};
