import type { LocalizedRule } from '../../types.ts';

/** Sentiment and sarcasm (languages.md §5 `negative-tone`); one sorry in a kind message stays quiet. */
export const negativeTone: LocalizedRule = {
  families: [
    {
      name: 'hostileWord',
      means: 'sounds hostile',
      patterns: [
        'enttäuscht', 'enttäuschend', 'unverschämt', 'unverschämtheit', 'respektlos', 'Frechheit', 'frech', 'unprofessionell', 'inakzeptabel', 'unzumutbar',
        'lächerlich', 'peinlich', 'Zumutung', 'Skandal', 'skandalös', 'armselig', 'erbärmlich', 'katastrophal', 'nervig', 'nervt', 'genervt', 'sauer',
        'wütend', 'Witz', 'unfassbar', '(?:Absage|Antwort) per (?:Textbaustein|Standardmail|Formbrief)', 'Standardabsage', 'enttäuschende[nrs]?',
        'Zeitverschwendung', 'frustriert', 'frustrierend', 'ärgerlich', 'verärgert', 'unhöflich', 'Unverschämtheit', 'Sie ignorieren', 'unterirdisch', 'miserabel', 'dreist', 'ignorant', 'schon wieder falsch',
      ],
      quiet: ['kein Witz', 'nicht enttäuscht', 'nicht nervig'],
    },
    {
      name: 'sarcasm',
      means: 'is sarcastic',
      patterns: ['echt professionell', 'sehr professionell (?:von Ihnen|von dir)', 'wirklich professionell', 'toller Service', 'vielen Dank auch', 'danke für nichts', 'echt jetzt', 'na toll', 'herzlichen Dank für nichts', 'was für ein', 'das Mindeste,? was (?:Sie|du)', 'zu wichtig, um', 'kein Respekt', 'keinerlei Respekt'],
      quiet: ['was für ein (?:tolle|schöne|spannende|großartige|super|gute)'],
    },
  ],
};
