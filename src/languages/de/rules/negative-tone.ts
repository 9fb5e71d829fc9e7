import type { LocalizedRule } from '../../types.ts';

/**
 * Hostility and sarcasm (languages.md §5 `negative-tone`). The English rule weighs a whole message;
 * a pack can only list phrases, so each family here is already hostile on its own: a feeling said
 * of oneself ("ich bin enttäuscht"), a verdict on the reader's conduct ("das ist unverschämt"), words
 * that are never kind ("Frechheit"), sarcasm. One sad word in a warm message stays quiet.
 */
export const negativeTone: LocalizedRule = {
  lexicon: {
    feeling: ['enttäuscht', 'verärgert', 'frustriert', 'sauer', 'wütend', 'genervt', 'empört', 'fassungslos', 'entsetzt', 'stinksauer'],
    verdict: [
      'unverschämt', 'respektlos', 'unprofessionell', 'inakzeptabel', 'unzumutbar', 'lächerlich', 'peinlich', 'skandalös', 'armselig', 'erbärmlich',
      'katastrophal', 'unterirdisch', 'miserabel', 'dreist', 'unhöflich', 'eine Frechheit', 'eine Zumutung', 'ein Witz', 'ein Skandal',
      'eine Unverschämtheit', 'eine Katastrophe', 'eine Farce', 'Zeitverschwendung', 'reine Zeitverschwendung', 'enttäuschend', 'schon wieder falsch',
    ],
  },
  families: [
    {
      name: 'ownAnger',
      means: 'voices anger or disappointment',
      patterns: ['(?:ich bin|ich war|wir sind|wir waren|bin|bin ich) (?:\\S+ ){0,2}?{feeling}'],
      quiet: ['(?:nicht|kein bisschen|überhaupt nicht) {feeling}', '{feeling},? (?:dass|weil) ich (?:\\S+ ){0,4}?(?:verpasst|nicht dabei)'],
    },
    {
      name: 'verdict',
      means: 'passes a hostile verdict',
      patterns: [
        '(?:das|dies|es|Ihr Verhalten|Ihre Antwort|diese Absage|der Service|Ihr Service|Ihre Recruiterin|Ihr Recruiter|so etwas|sowas) (?:ist|war|finde ich) (?:\\S+ ){0,2}?{verdict}',
        'Frechheit', 'Unverschämtheit', 'Zumutung', 'unverschämt', 'respektlos', 'unprofessionell', 'Zeitverschwendung', 'nervig', 'Standardabsage',
        '(?:Absage|Antwort) per (?:Textbaustein|Standardmail|Formbrief)', 'Sie ignorieren (?:mich|meine)',
      ],
      quiet: ['nicht (?:\\S+ )?(?:unverschämt|respektlos|unprofessionell|nervig)', 'keine (?:Zumutung|Zeitverschwendung)'],
    },
    {
      name: 'sarcasm',
      means: 'is sarcastic',
      patterns: [
        'echt professionell', 'sehr professionell (?:von Ihnen|von dir)', 'wirklich professionell', 'toller Service', 'vielen Dank auch', 'danke für nichts',
        'herzlichen Dank für nichts', 'echt jetzt', 'na toll', 'na super', 'was für eine? (?:Frechheit|Scheiße|Scheisse|Zumutung|Unverschämtheit|Witz|Katastrophe|Farce|Sauerei|Enttäuschung)',
        'das Mindeste,? was (?:Sie|du)', 'zu wichtig, um', 'kein Respekt', 'keinerlei Respekt',
      ],
    },
  ],
};
