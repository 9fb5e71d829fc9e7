import type { LocalizedRule } from '../../types.ts';

/** `assumption` (languages.md §5): presuming what the reader wants or knows. "Imagino que esteja ocupado(a)" stays quiet. */
export const assumption: LocalizedRule = {
  lexicon: { you: ['voc[êe]', 'vc', 'tu', 'o senhor', 'a senhora'] },
  families: [
    {
      name: 'presumes',
      means: 'presumes what they want or know',
      patterns: [
        'tenho (?:a )?certeza (?:de )?que (?:{you}) (?:vai|vais|irá|ir[áa]s) (?:adorar|amar|gostar|querer|se interessar|aproveitar)',
        'como (?:{you}) (?:provavelmente|certamente|com certeza|bem|j[áa]) (?:sabe|sabes|deve saber)', 'como (?:{you}) (?:j[áa] )?deve(?:s)? saber',
        'com certeza (?:{you}) (?:est[áa]|est[áa]s) (?:procurando|buscando|precisando|à procura)', 'sei que (?:{you}) (?:quer|queres|precisa|precisas|est[áa] procurando|est[áa] buscando)',
        '(?:{you}) (?:certamente|com certeza|sem d[úu]vida) (?:vai|vais|precisa|precisas|quer|queres)', 'n[ãa]o tem como (?:{you}) n[ãa]o (?:gostar|adorar|querer)',
      ],
    },
  ],
};
