import type { LocalizedRule } from '../../types.ts';

/**
 * `template-phrase` (languages.md §5, §7): LinkedIn's localized default invitations, stock openers,
 * networking for its own sake, and unaddressed salutations ("A quem possa interessar", "Prezado(a)").
 */
export const templatePhrase: LocalizedRule = {
  lexicon: {
    addYou: ['adicion[áa]-l[oa](?:\\(a\\))?', 'adicion[áa]-l[oa]s', 'adicionar-te', 'adicionar-l[oa]', 'te adicionar', 'adicionar (?:voc[êe]|o senhor|a senhora)', 'incluí-l[oa]', 'te incluir', 'convid[áa]-l[oa] (?:a|para) (?:fazer parte|participar|entrar)'],
    myNetwork: ['(?:à|a|na|para a) (?:minha )?rede(?: profissional| de contatos| de contactos)?(?: (?:no|do|de|n[oa]) linkedin)?'],
    profile: ['(?:o )?(?:seu|teu) perfil'],
  },
  families: [
    {
      name: 'defaultInvitation',
      means: 'is LinkedIn’s default invitation text',
      patterns: [
        '(?:gostaria|gostava|queria|quero) de (?:{addYou}) (?:{myNetwork})',
        '(?:gostaria|gostava|queria) de (?:fazer parte|participar) da (?:sua|tua) rede(?: profissional| de contatos| de contactos)?',
        'convite para (?:fazer parte da|entrar na|participar da) (?:minha )?rede',
        '(?:como|j[áa] que) (?:voc[êe] )?(?:é|és) (?:uma pessoa|algu[ée]m) em quem (?:eu )?confio',
        'gostaria de me juntar [àa] (?:sua|tua) rede',
        '(?:convido-(?:o|a|te)|convido (?:voc[êe]|o senhor|a senhora)) a (?:fazer parte|participar|entrar) da minha rede',
      ],
    },
    {
      name: 'stockOpener',
      means: 'is a stock opener that fits anyone',
      patterns: [
        '(?:vi|encontrei|achei|analisei|olhei|conheci) (?:{profile}) (?:aqui |por aqui |no linkedin |aqui no linkedin )?e (?:achei|fiquei|gostei|me interessei|resolvi|decidi|pensei|quis)',
        '(?:me deparei|deparei-me|esbarrei) com (?:{profile})', '(?:{profile}) (?:é|me pareceu|parece) (?:muito |bastante |super )?(?:interessante|impressionante|incr[íi]vel)',
        '(?:{profile}) (?:me )?chamou (?:a )?(?:minha )?aten[çc][ãa]o',
      ],
    },
    {
      name: 'networkingForItsOwnSake',
      means: 'networks for its own sake',
      patterns: [
        '(?:estou|estamos) (?:expandindo|ampliando|aumentando|fortalecendo|a expandir|a alargar|a ampliar|a aumentar) (?:a )?(?:minha|nossa) rede',
        '(?:busco|procuro|quero|gosto de|gostaria de|pretendo) (?:ampliar|expandir|aumentar|alargar|fortalecer) (?:a )?(?:minha )?rede',
        '(?:sempre )?em busca de (?:me )?conectar com (?:outros |novos |bons )?profissionais', 'sempre (?:aberto|aberta|buscando|procurando) (?:a |para |por )?(?:novas |novos )?(?:conex(?:ões|oes)|contatos|contactos)',
        // "Sempre busco me conectar com profissionais de destaque da área": people of a kind, not this person.
        '(?:busco|procuro|gosto de|adoro|costumo|tento|estou sempre a|estou sempre|estou) (?:sempre )?(?:buscando |procurando |tentando )?(?:me )?(?:conectar|ligar)(?:-me)? (?:a|com) (?:outros |outras |novos |novas |bons |boas |grandes )?(?:profissionais|pessoas|l[íi]deres|gestores|especialistas) (?:de destaque|da [áa]rea|do setor|do mercado|como voc[êe]|como tu|inspirador(?:a|es|as)|incr[íi]veis|interessantes|talentos[oa]s|qualificad[oa]s|de sucesso|experientes|relevantes|de alto n[íi]vel|de refer[êe]ncia)',
      ],
    },
    {
      name: 'unaddressedSalutation',
      means: 'is an unaddressed salutation (you can see whom you write to)',
      patterns: [
        'a quem (?:possa interessar|interessar possa|interessar|possa|de direito)',
        'prezad[oa] ?\\(a\\)(?: senhor ?\\(a\\))?', 'prezad[oa]/[oa]', 'prezad[oa] senhor ?\\(a\\)', 'prezad@', 'car[oa] ?\\(a\\)', 'car[oa]/[oa]', 'estimad[oa] ?\\(a\\)',
        'prezad[oa]s? (?:candidat[oa]s?|profissional|colaborador|senhores|senhoras)', 'prezad[oa] senhor(?:a)?(?= *[,:])',
        '(?<![\\s\\S])(?:prezad[oa]|car[oa]|estimad[oa]) *[,:]',
      ],
    },
  ],
};
