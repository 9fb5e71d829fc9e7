import { phraseRule } from '../../engine/phrase-rule.ts';

export default phraseRule({
  meta: {
    id: 'assumption',
    title: 'Assumption',
    severity: 'info',
    category: 'tone',
    description: 'Flags presuming about the reader: “I’m sure you’d love”, “you must be looking for”, “as you probably know”.',
    why: 'Avoid assumptions: telling people what they want or know reads as presumptuous.',
  },
  groups: [
    {
      phrases: [
        "(?:I'm|I am) (?:sure|certain|confident) (?:that )?(?:you'd|you would|you will|you'll|you want|you need|you're looking|you are looking)",
        "you must be (?:looking|searching|hoping|keen|eager|interested|struggling|tired|frustrated|sick)",
        'as you (?:probably|surely|certainly|undoubtedly|no doubt|already|obviously) (?:know|realize|realise|are aware)',
        "obviously (?:you're|you are|your|you)", "I know (?:you|that you) (?:want|need|would|'d|will|are looking)",
        'you (?:probably|surely) (?:want|need|have|agree)', "(?:I bet|no doubt) (?:you|you're|you'd)",
        "(?:you'd|you would) (?:definitely|certainly) (?:love|want|like|agree)",
      ],
      message: (excerpt) => `“${excerpt}” presumes what they think or want.`,
      suggestion: 'Ask rather than assume: “Would it be useful if…?”',
    },
  ],
});
