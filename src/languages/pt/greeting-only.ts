import { detection } from './detection.ts';

/** `no-hello`: greetings and pleasantries that say nothing on their own ("Oi, tudo bem?", "Tudo bom?"). */
export const greetingOnly = {
  // "tudo bem" is left to the pleasantries, which read "tudo bem com você" whole.
  greetings: [...detection.greetings.filter((greeting) => greeting !== 'tudo bem'), 'oie', 'opa', 'salve', 'fala', 'bom-dia', 'boa-tarde', 'boa-noite'],
  pleasantries: [
    // Who or where it is asked of comes after: "Tudo bem com você?", "Tudo certo por aí?" (the longer reading first).
    'tudo (?:bem|bom|certo|tranquilo|joia|jóia|ótimo|em ordem)(?: (?:com (?:voc[êe]s?|o senhor|a senhora)|contigo|consigo|por a[íi]|por l[áa]|a[íi]))?', 'td (?:bem|bom)', 'blz', 'beleza', 'como (?:vai|vais|est[áa]s?|voc[êe] est[áa]|tem passado|tens passado|vai você|vão as coisas)(?: você| o senhor| a senhora)?',
    'muito prazer', 'prazer(?: em (?:te )?conhec[êe]-l[oa]| em (?:te )?conhecer| em conhecer-te)?', 'espero que (?:esteja|estejas|voc[êe] esteja|tudo esteja) bem',
    'bom dia', 'boa tarde', 'boa noite', 'bom fim de semana', 'boa semana', 'e a[íi]',
    // Address terms that say nothing either ("E aí, campeão!"); `nickname` reports them.
    '(?:meu |minha )?(?:amig[oa]|campe[ãa]o|campe[ãa]|mano|brother|bro|parceir[oa]|chefe|querid[oa]|fera|irm[ãa]o)',
  ],
};
