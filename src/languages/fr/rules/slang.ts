import type { LocalizedRule } from '../../types.ts';

/** Texting shorthand and strong colloquialisms; kisses as a sign-off only to a stranger. */
export const slang: LocalizedRule = {
  coldOnlyFamilies: ['kissSignOff'],
  families: [
    {
      name: 'textingShorthand',
      means: 'is texting shorthand',
      patterns: [
        'slt', 'bjr', 'bsr', 'stp', 'svp', 'mdr', 'ptdr', 'lol', 'jsp', 'tkt', 'pk', 'pcq', 'pq', 'bcp', 'dsl', 'mrc', 'tjrs', 'tjs', 'qqn', 'qqch', 'qq', 'qlq', 'jpp',
        'osef', 'stv', 'dac', "d'acc", 'koi', 'wesh', 'wsh', 'asap', 'pls', 'plz', 'thx', 'omg', 'btw', 'idk', 'tbh', 'xd', 'mtn', 'auj',
        'cdlt', 'cdt', 'b[àa]v', '(?:a|@)\\+(?= *(?:$|\\n|[!.]))', 'ouais', 'chelou', 'relou', 'kiffe?s?', 'kiffer', 'ptet', "p'tet", 'tt le monde',
      ],
      quiet: ['(?<![\\p{L}])PK\\d'],
    },
    { name: 'kissSignOff', means: 'signs off with kisses to a stranger', patterns: ['bises', 'bisous', 'grosses bises', 'gros bisous', 'bisou', 'bizz?'] },
  ],
  fixes: {
    slt: 'salut', bjr: 'bonjour', bsr: 'bonsoir', stp: "s'il te plaît", svp: "s'il vous plaît", bcp: 'beaucoup', mrc: 'merci', tjrs: 'toujours', tjs: 'toujours',
    qqn: "quelqu'un", qqch: 'quelque chose', koi: 'quoi', cdlt: 'Cordialement', cdt: 'Cordialement', bàv: 'Bien à vous', bav: 'Bien à vous',
    jsp: 'je ne sais pas', dac: "d'accord", "d'acc": "d'accord", mtn: 'maintenant', auj: "aujourd'hui", thx: 'merci', 'tt le monde': 'tout le monde', ptet: 'peut-être', "p'tet": 'peut-être',
  },
};
