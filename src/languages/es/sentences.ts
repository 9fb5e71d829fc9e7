import type { SentenceCues } from '../../text/sentences.ts';

/** Spanish abbreviations whose full stop does not end a sentence (languages.md §4.2). */
export const sentences: SentenceCues = {
  abbreviations: [
    'Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Lic.', 'Lcdo.', 'Lcda.', 'Ing.', 'Prof.', 'Profa.', 'Mtro.', 'Mtra.', 'Arq.', 'D.', 'Dña.', 'Ud.', 'Vd.', 'Uds.', 'Vds.',
    'pág.', 'págs.', 'aprox.', 'núm.', 'n.º', 'nº.', 'S.A.', 'S.L.', 'S.A.S.', 'S.R.L.', 'Cía.', 'Avda.', 'Av.', 'C/.', 'etc.', 'p. ej.', 'p.ej.', 'tel.', 'Tel.', 'ej.',
    'EE. UU.', 'EE.UU.', 'RR. HH.', 'RR.HH.', 'admón.', 'dpto.', 'Dpto.', 'depto.', 'aprox.', 'máx.', 'mín.', 'vol.', 'cap.', 'art.', 'ref.', 'Ref.',
  ],
};
