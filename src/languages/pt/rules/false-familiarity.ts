import type { LocalizedRule } from '../../types.ts';

/** `false-familiarity` (languages.md §5): pretended prior contact in a cold conversation; a named real meeting stays quiet. */
export const falseFamiliarity: LocalizedRule = {
  // Like the English rule: quiet when the draft names a real meeting anywhere, not only right after the phrase.
  when: 'stranger',
  families: [
    {
      name: 'pretendsPriorContact',
      means: 'pretends an earlier conversation',
      patterns: [
        // European Portuguese past "we" keeps its accent (combinámos, acordámos, alinhámos); "acordado"/"falado" are the participles.
        '(?:conforme|como) (?:conversamos|convers[áa]mos|combinado|combin[áa]mos|falamos|fal[áa]mos|prometido|prometi|discutimos|alinh[áa]mos|alinhado|acordado|acord[áa]mos|falado|conversado)',
        '(?:dando|dar) (?:continuidade|seguimento|sequ[êe]ncia) (?:à|a) (?:nossa|noss[oa]) (?:conversa|reuni[ãa]o|liga[çc][ãa]o|call|papo)',
        'foi (?:[óo]timo|muito bom|bom|um prazer) (?:falar|conversar) com (?:voc[êe]|vc|o senhor|a senhora)', 'retomando (?:a )?(?:nossa|noss[oa]) (?:conversa|liga[çc][ãa]o|reuni[ãa]o|call)',
        '(?:na|em) sequ[êe]ncia (?:da|à) (?:nossa) (?:conversa|reuni[ãa]o|liga[çc][ãa]o)', 'em seguimento (?:à|a) (?:nossa) (?:conversa|reuni[ãa]o|liga[çc][ãa]o)',
        'como (?:te|lhe) (?:prometi|disse|falei)',
      ],
      quiet: [
        '(?:conforme|como) (?:conversamos|convers[áa]mos|combinado|combin[áa]mos|falamos|fal[áa]mos|prometido|prometi|discutimos|alinh[áa]mos|alinhado|acordado|acord[áa]mos|falado|conversado) (?:ontem |hoje |semana passada )?(?:no|na|em|durante|ap[óo]s|depois d[oa]) \\S+',
        'foi (?:[óo]timo|muito bom|bom|um prazer) (?:falar|conversar) com (?:voc[êe]|vc|o senhor|a senhora) (?:ontem |hoje |semana passada )?(?:no|na|em|durante) \\S+',
      ],
    },
  ],
};
