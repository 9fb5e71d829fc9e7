import { phraseRule } from '../../engine/phrase-rule.ts';

export default phraseRule({
  meta: {
    id: 'desperate',
    title: 'Desperate',
    severity: 'warning',
    category: 'tone',
    description: 'Flags desperation: “I’m desperate”, “please please”, “begging”, “I’ll do anything”, “you’re my last hope”.',
    why: 'Stay positive in tone: do not come across as desperate. Confidence invites help; desperation puts people in an uncomfortable position.',
  },
  groups: [
    {
      phrases: [
        "(?:I'm|I am|im|I feel|I'm getting|I am getting|I'm so|I am so|I'm really|I am really|I am realy|I'm realy|I'm truly|I'm getting) (?:really |realy |so |very |truly |quite |a bit |kind of )?desperate",
        'desperate (?:for|to find|to get) (?:a |any |some )?(?:job|work|role|position|internship|help|chance|opportunity|opportunities|interview)',
        'desperately (?:need|needing|looking|seeking|searching|want|trying)', 'please,? please', "(?:I'm|I am) begging", 'I beg (?:you|of you)', 'begging you',
        "I(?:'ll| will| would|'d) do anything", "(?:you're|you are) my (?:last|only) hope", 'my last hope', 'my only hope',
        'I (?:really really|really,? really|realy realy) need', 'I need this job', 'I have no other (?:option|choice)',
        '(?:I have )?(?:nowhere|no one|nobody) else to (?:turn|go|ask)', "(?:I'm|I am|I feel|I'm really|I am really) at (?:the )?end of my (?:rope|tether)", "(?:I'm|I am|I feel) at (?:my )?wits'? end", "(?:I'm|I am) running out of (?:time|money|options|hope|savings)",
        "I(?:'ll| will| would|'d) (?:take|accept) (?:anything|any (?:job|role|position|salary|offer))", 'any (?:job|role|position|work) (?:is fine|will do)',
        "I(?:'ll| will| can) work for free", 'my (?:whole )?family (?:depends|is depending|relies) on (?:me|this)', '(?:please|pls|plz) help me(?: out)?[!.]',
      ],
      message: (excerpt) => `“${excerpt}” sounds desperate.`,
      suggestion: 'Say what you bring and what you would like, calmly; confidence invites help.',
    },
  ],
});
