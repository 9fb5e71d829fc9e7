import type { LocalizedRule } from '../../types.ts';

/** `entitled` (languages.md §5): claiming a response or a job is owed. "Aguardo seu retorno" stays quiet (see `pushy`). */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'owed',
      means: 'acts as if they owe the writer',
      patterns: [
        '(?:voc[êe]|vc|tu|o senhor|a senhora) me (?:deve|deves)(?! (?:uma|um) (?:cerveja|caf[ée]))', 'mere[çc]o (?:pelo menos |no m[íi]nimo |ao menos )?(?:uma |um )?(?:resposta|retorno|explica[çc][ãa]o|satisfa[çc][ãa]o)',
        '(?:é )?o m[íi]nimo que (?:voc[êe]|vc|tu|o senhor|a senhora|vocês) (?:pode|podes|podia|poderia|podem) fazer',
        // The subject dropped, as Portuguese does: only plural forms, since "o mínimo que podia fazer" is also the writer's own thanks.
        '(?:é )?o m[íi]nimo que (?:podem|podiam|poderiam|deviam|deveriam) fazer', 'exijo (?:uma |um )?(?:resposta|retorno|explica[çc][ãa]o|satisfa[çc][ãa]o|posicionamento)',
        '(?:voc[êe]|vc|tu|vocês) (?:deveria|devia|deve|deviam|deveriam) me contratar', '(?:tem|têm) a obriga[çc][ãa]o de (?:me )?(?:responder|retornar)', 'n[ãa]o custa nada (?:responder|retornar)',
        // Owed because of what the writer did, or a job claimed as theirs.
        '(?:depois de|com) tudo (?:o )?que (?:eu )?(?:fiz|j[áa] fiz) (?:por|pra|para) (?:voc[êe]|ti|vocês|si|a empresa)', 'n[ãa]o (?:é|e) pedir (?:muito|demais)',
        '(?:eu )?(?:mere[çc]o|merecia) (?:essa|esta|a|aquela) (?:vaga|oportunidade|promo[çc][ãa]o|posi[çc][ãa]o|chance|entrevista)', '(?:tenho|tinha) (?:o )?direito a (?:uma |um )?(?:resposta|explica[çc][ãa]o|retorno|entrevista|satisfa[çc][ãa]o)',
        '(?:a|essa|esta) vaga (?:deveria|devia|tinha que|teria que) (?:ter sido|ser) minha', 'nem (?:se dign(?:ou|aram)|te dignaste|se dignou) a (?:responder|retornar|me responder)',
        'o m[íi]nimo (?:seria|era|é) (?:responder|retornar|me responder|explicar|me explicar|dar (?:um )?(?:retorno|resposta)|uma resposta)', '(?:voc[êe]|vocês|o senhor|a senhora) (?:tem|têm|tinha|tinham) (?:que|de) me (?:responder|contratar|chamar|dar (?:uma|um) (?:resposta|retorno|chance))',
      ],
    },
  ],
};
