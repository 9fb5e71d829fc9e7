import { familyRule } from '../../engine/family-rule.ts';
import { families, lexicon } from './families.ts';

export default familyRule({
  meta: {
    id: 'template-phrase',
    title: 'Template phrase',
    severity: 'warning',
    category: 'personalization',
    description: 'Flags stock, mass-sent phrases such as LinkedIn’s default invitation or “I came across your profile”.',
    why: 'Personalized messages have a much higher chance of getting a response than generic templates: make it clear you are reaching out to them specifically.',
  },
  families,
  lexicon,
  message: (m, excerpt) => `“${excerpt}” ${m.means}.`,
  suggestion: 'Say something only this person could receive: why them, what of theirs you noticed.',
});
