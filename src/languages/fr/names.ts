import type { NameCues } from '../types.ts';

/** Greetings, titles and words that are not names (languages.md §4.3, §7). */
export const names: NameCues = {
  // Texting forms too ("slt Kevin,"): `slang` reports them, but the name after them is still the one greeted.
  greetings: ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'slt', 'bjr', 'hey', 'ch[èe]re?s?', 'madame', 'monsieur', 'mademoiselle', 'ma[îi]tre'],
  titles: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'monsieur', 'madame', 'mademoiselle', 'maître', 'maitre', 'docteur', 'docteure', 'dr', 'professeur', 'professeure', 'pr', 'prof'],
  notNames: [
    // Openers before a comma.
    'parfait', 'super', 'merci', 'bonjour', 'bonsoir', 'salut', 'coucou', 'madame', 'monsieur', 'mesdames', 'messieurs', 'mademoiselle',
    'génial', 'top', 'ok', 'okay', "d'accord", 'franchement', 'honnêtement', 'sincèrement', 'bravo', 'félicitations', 'excellent',
    'oui', 'non', 'bien', 'alors', 'voilà', 'donc', 'enfin', 'bref', 'certes', 'effectivement', 'absolument', 'tout', 'tous', 'toutes',
    'cher', 'chère', 'chers', 'chères', 'à', 'a', 'la', 'le', 'les', "l'équipe", 'équipe', 'collègue', 'collègues', 'ami', 'amis',
    'vous', 'toi', 'désolé', 'désolée', 'pardon', 'entendu', 'noté', 'volontiers', 'avec', 'encore', 'rebonjour', 're',
    // Address terms and pet names: `nickname` / `flirtatious` report them, they are never the name greeted.
    'mec', 'frérot', 'frero', 'frère', 'boss', 'chef', 'champion', 'championne', "l'ami", 'pote', 'poto', 'gros', 'ma', 'mon',
    'belle', 'beauté', 'chérie', 'chéri', 'puce', 'cœur', 'coeur', 'bichette', 'ma belle', 'ma chérie', 'mon cœur', 'mon coeur',
  ],
  // Folded given name → familiar forms a stranger should not use (the name on the profile always counts).
  shortForms: {
    frederic: ['fred'], frederique: ['fred'], sebastien: ['seb', 'sebas'], stephane: ['steph'], stephanie: ['steph', 'stephie'],
    nicolas: ['nico'], nicole: ['nico'], catherine: ['cathy', 'cath'], caroline: ['caro'], veronique: ['vero'], emmanuel: ['manu'],
    emmanuelle: ['manu'], isabelle: ['isa', 'babeth'], benjamin: ['ben', 'benji'], alexandre: ['alex'], alexandra: ['alex'],
    christophe: ['chris', 'christo'], christine: ['chris', 'titine'], guillaume: ['guigui', 'guillo'], maximilien: ['max'],
    maxime: ['max'], jean: ['jeannot'], jeanne: ['jeannette'], philippe: ['phil', 'filou'], matthieu: ['matt'], mathieu: ['matt'],
    thomas: ['tom', 'thom'], timothee: ['tim'], valentin: ['val'], valerie: ['val', 'valou'], dominique: ['dom'], francois: ['fanfan'],
    francoise: ['fanfan'], elisabeth: ['babeth', 'lisa', 'elise'], marguerite: ['margot'], charlotte: ['cha', 'charlie'], mathilde: ['mathou'],
    anthony: ['tony'], antoine: ['toinou', 'tonio'], raphael: ['raph'], gabriel: ['gab', 'gabi'], gabrielle: ['gab', 'gaby'], jeremy: ['jerem'],
    jerome: ['jerem'], bertrand: ['bebert'], pierre: ['pierrot'], patrick: ['pat'], patricia: ['pat'], pascal: ['pascou'], sylvain: ['sylv'],
    quentin: ['quent'], florian: ['flo'], florence: ['flo'], florent: ['flo'], aurelien: ['aurel'], aurelie: ['aurel'], victoria: ['vic', 'vicky'],
    'jean-baptiste': ['jb', 'jean', 'baptiste'], 'jean-pierre': ['jp', 'jean', 'pierre'], 'jean-francois': ['jf', 'jean'], 'jean-marc': ['jm', 'jean'],
    'jean-michel': ['jm', 'jean'], 'jean-luc': ['jl', 'jean'], 'marie-claire': ['mc', 'marie'], 'anne-sophie': ['as', 'anne'],
    'marie-christine': ['mc', 'marie'], 'pierre-alexandre': ['pa', 'pierre'], 'anne-laure': ['al', 'anne'], 'marie-laure': ['ml', 'marie'],
  },
};
