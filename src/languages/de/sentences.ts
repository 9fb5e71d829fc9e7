import type { SentenceCues } from '../../text/sentences.ts';

/** Abbreviations whose full stop does not end a German sentence, and ordinals ("am 3. Oktober"): languages.md §4.2. */
export const sentences: SentenceCues = {
  abbreviations: [
    'z. B.', 'z.B.', 'd. h.', 'd.h.', 'u. a.', 'u.a.', 'bzw.', 'ggf.', 'usw.', 'evtl.', 'inkl.', 'vgl.', 'Nr.', 'ca.', 'Mio.', 'Mrd.', 'Hr.', 'Fr.',
    'Prof.', 'Dr.', 'Dipl.-Ing.', 'Mag.', 'e. V.', 'e.V.', 'Str.', 'St.', 'Co.', 'bzgl.', 'zzgl.', 'sog.', 'ggü.', 'u. U.', 'o. Ä.', 'z. T.', 'Abt.',
    'Tel.', 'Ref.-Nr.', 'Ref.', 'Stellv.', 'stellv.', 'Dipl.', 'Ing.', 'akad.', 'i. A.', 'i. V.', 'Jh.', 'Jhd.', 'bspw.', 'etc.', 'max.', 'min.', 'mind.',
  ],
  ordinalDots: true,
};
