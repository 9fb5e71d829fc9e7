import type { DetectionCues } from '../types.ts';

export const detection: DetectionCues = {
  functionWords:
    'the and to of a in is you that it for i on with are be this your my we have at as can would could will not do was our me if so an or but about from like just am what how there they',
  letters: '',
  greetings: ['hi+', 'hello+', 'hey+', 'dear', 'good (?:morning|afternoon|evening)', 'greetings', 'hiya'],
  signOffs: ['best(?: regards| wishes)?', 'kind regards', 'regards', 'cheers', 'thanks', 'thank you', 'sincerely', 'warm(?:est)? regards'],
};
