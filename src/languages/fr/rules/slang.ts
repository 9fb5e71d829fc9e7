import type { LocalizedRule } from '../../types.ts';

/** Texting shorthand and strong colloquialisms; kisses as a sign-off only to a stranger. */
export const slang: LocalizedRule = {
  coldOnlyFamilies: ['kissSignOff'],
  families: [
    {
      name: 'textingShorthand',
      means: 'is texting shorthand',
      patterns: [
        'slt', 'bjr', 'bsr', 'stp', 'svp', 'mdr', 'ptdr', 'lol', 'jsp', 'tkt', 'pcq', 'bcp', 'dsl', 'mrc', 'tjrs', 'tjs', 'qqn', 'qqch', 'qlq', 'jpp',
        'osef', 'stv', "d'acc", 'koi', 'wesh', 'wsh', 'asap', 'pls', 'plz', 'thx', 'omg', 'btw', 'idk', 'tbh', 'xd', 'auj', 'tqt', 'chui', 'jsuis', 'jpense', 'jvais', 'askip', 'oklm', 'vrmt', 'tjr', 'psk', 'ajd', 'qd', 'tlm', "merci d'av", 'de ouf', '[çc]a dit quoi', '^ *cc(?= *[,!])',
        'cdlt', 'cdt', 'b[àa]v', '(?:a|@)\\+(?= *(?:$|\\n|[!.]))', 'ouais', 'chelou', 'relou', 'kiffe?s?', 'kiffer', 'ptet', "p'tet", 'tt le monde',
      ],
    },
    // Letters that are also acronyms in capitals (PK, DAC, QQ): only as typed in a chat.
    { name: 'ambiguousShorthand', means: 'is texting shorthand', caseSensitive: true, patterns: ['[Pp]k', '[Pp]q', '[Qq]q', '[Dd]ac', '[Tt]t', '[Mm]tn'] },
    { name: 'kissSignOff', means: 'signs off with kisses to a stranger', patterns: ['(?:grosses |grosse )?bises?(?= *[!.]* *(?:\\n|$))', '(?:gros )?bisou(?:s|x)?(?= *[!.]* *(?:\\n|$))', '(?:gros )?bisou(?:s|x)?(?=,? *[!.]* *\\p{L}[\\p{L}-]{1,20} *[!.]* *(?:\\n|$))', '(?:grosses |grosse )?bises?(?=,? *[!.]* *\\p{L}[\\p{L}-]{1,20} *[!.]* *(?:\\n|$))', 'bizz?(?= *[!.]* *(?:\\n|$))'] },
  ],
  fixes: {
    slt: 'salut', bjr: 'bonjour', bsr: 'bonsoir', stp: "s'il te plaît", svp: "s'il vous plaît", bcp: 'beaucoup', mrc: 'merci', tjrs: 'toujours', tjs: 'toujours',
    qqn: "quelqu'un", qqch: 'quelque chose', koi: 'quoi', cdlt: 'Cordialement', cdt: 'Cordialement', bàv: 'Bien à vous', bav: 'Bien à vous',
    jsp: 'je ne sais pas', dac: "d'accord", "d'acc": "d'accord", mtn: 'maintenant', vrmt: 'vraiment', tjr: 'toujours', ajd: "aujourd'hui", qd: 'quand', tlm: 'tout le monde', psk: 'parce que', chui: 'je suis', jsuis: 'je suis', "merci d'av": "merci d'avance", cc: 'coucou', auj: "aujourd'hui", thx: 'merci', 'tt le monde': 'tout le monde', ptet: 'peut-être', "p'tet": 'peut-être',
  },
};
