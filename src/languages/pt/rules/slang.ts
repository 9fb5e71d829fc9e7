import type { LocalizedRule } from '../../types.ts';

/**
 * `slang` (languages.md §3, §5): texting shorthand, the international list, and kiss sign-offs in a cold
 * conversation. "pra", "valeu", "Abs", "Att." and "RS" (the state) stay quiet. Fixes keep the register;
 * "obg" has none (obrigado/obrigada depends on the writer).
 */
export const slang: LocalizedRule = {
  coldOnlyFamilies: ['kissSignOff'],
  families: [
    {
      name: 'textingShorthand',
      means: 'is texting shorthand',
      patterns: [
        'vcs?', 'tbem', 'blz', 'vlw', 'flw', 'tmj', 'obgd?[oa]?', 'msgs?', 'hj', 'mto', 'mta', 'mtos', 'mtas', 'pfv', 'pfvr',
        'vdd', 'sdds', 'naum', 'kd', 'k{3,}', 'rsrs(?:rs)*', 'ksks(?:ks)*', 'hahaha(?:ha)*', 'hehehe(?:he)*', 'tlgd', 'pq',
      ],
      quiet: ['pq\\.? ?(?:ltda|s\\.?a)'],
    },
    {
      name: 'lowerCaseShorthand',
      means: 'is texting shorthand',
      caseSensitive: true,
      // "tb" but not "2 TB" (terabytes).
      // Shorthand that is also an acronym in capitals (DPS: Direcção Provincial de Saúde, PDC, CMG, QTO): lower case or capitalised only.
      patterns: ['[Dd]ps', '[Cc]mg', '[Cc]tg', '[Qq]do', '[Qq]nd', '[Qq]to', '[Aa]gr', '[Ss]lc', '[Mm]lk', '[Pp]dc', '[Ff]mz', '[Tt]bm?', 'TBM', '(?<=[\\p{L},]\\s)q(?= [\\p{L}])', '(?<=[\\p{L}.!]\\s)rs(?=[ \\t]*(?:[.!?]|$))', 'mt(?= [\\p{L}])', 'td(?= (?:bem|bom|certo|joia))'],
    },
    {
      name: 'international',
      means: 'is texting shorthand',
      patterns: ['pls', 'plz', 'thx', 'lol', 'omg', 'btw', 'idk', 'tbh', 'xD', 'xd'],
    },
    {
      name: 'streetGreeting',
      means: 'is a street greeting',
      patterns: ['(?<![\\s\\S])e a[íi](?= *[,!?]|$)', '(?<=[.!?]\\s)e a[íi](?= *[,!?])', 'fala (?:a[íi]|tu|mano|brother|parceiro)', 'salve,? (?:mano|galera|parceiro)'],
    },
    {
      name: 'kissSignOff',
      means: 'signs off with kisses to a stranger',
      patterns: ['(?:bjs|bjos|bj|bjo|bjss|beijos?|beijinhos?|beijão)(?= *[,.!]* *(?:\\n|$))'],
    },
  ],
  fixes: {
    vc: 'você', vcs: 'vocês', tb: 'também', tbm: 'também', tbem: 'também', msg: 'mensagem', msgs: 'mensagens', hj: 'hoje', mto: 'muito', mta: 'muita',
    mtos: 'muitos', mtas: 'muitas', dps: 'depois', cmg: 'comigo', ctg: 'contigo', qdo: 'quando', qnd: 'quando', qto: 'quanto', pfv: 'por favor', pfvr: 'por favor',
    agr: 'agora', vdd: 'verdade', sdds: 'saudades', naum: 'não', q: 'que', mt: 'muito', td: 'tudo', vlw: 'valeu', pls: 'por favor', plz: 'por favor', btw: 'aliás',
  },
};
