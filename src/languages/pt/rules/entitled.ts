import type { LocalizedRule } from '../../types.ts';

/** `entitled` (languages.md §5): claiming a response or a job is owed. "Aguardo seu retorno" stays quiet (see `pushy`). */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'owed',
      means: 'acts as if they owe the writer',
      patterns: [
        '(?:voc[êe]|vc|tu|o senhor|a senhora) me (?:deve|deves)(?! (?:uma|um) (?:cerveja|caf[ée]))', 'mere[çc]o (?:pelo menos |no m[íi]nimo |ao menos )?(?:uma |um )?(?:resposta|retorno|explica[çc][ãa]o|satisfa[çc][ãa]o)',
        '(?:é )?o m[íi]nimo que (?:voc[êe]|vc|tu|o senhor|a senhora|vocês) (?:pode|podes|podia|poderia|podem) fazer', 'exijo (?:uma |um )?(?:resposta|retorno|explica[çc][ãa]o|satisfa[çc][ãa]o|posicionamento)',
        '(?:voc[êe]|vc|tu|vocês) (?:deveria|devia|deve|deviam|deveriam) me contratar', '(?:tem|têm) a obriga[çc][ãa]o de (?:me )?(?:responder|retornar)', 'n[ãa]o custa nada (?:responder|retornar)',
      ],
    },
  ],
};
