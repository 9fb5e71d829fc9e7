import type { Family, Lexicon } from '../../engine/families.ts';

export const lexicon: Lexicon = {
  wouldLike: ["I'd like to", 'I would like to', "I'd love to", 'I would love to', 'I want to', 'I wanted to', 'I wish to', 'let me', "I'd be (?:glad|happy) to"],
  grow: ['expand', 'expanding', 'grow', 'growing', 'build', 'building', 'broaden', 'broadening', 'widen', 'widening', 'extend', 'extending', 'increase', 'increasing', 'strengthen', 'strengthening', 'enlarge', 'enlarging'],
  others: ['professionals', 'people', 'experts', 'individuals', 'leaders', 'minds', 'peers', 'connections', 'folks'],
  likeMinded: ['like-minded', 'like minded', 'likeminded', 'other', 'fellow', 'more', 'new', 'great', 'interesting', 'inspiring', 'successful', 'talented', 'good', 'smart', 'driven', 'motivated', 'ambitious', 'amazing', 'awesome', 'passionate', 'dynamic', 'positive', 'genuine'],
};

export const families: readonly Family[] = [
  {
    name: 'defaultInvitation',
    means: 'is one of LinkedIn’s default invitation texts',
    patterns: [
      '{wouldLike} (?:add you to|invite you to join|invite you into) my (?:professional |linkedin )*network(?: on linkedin)?',
      // Not "join your network of climate founders": a named community.
      '{wouldLike} join your (?:linkedin |professional )?network(?! of\\b)',
      // The old "person I trust" and group-member invitations.
      'since you are a person I trust',
      '(?:because|since|as) (?:we are|we\'re) both members of (?:the )?(?:\\S+ ){0,6}?group(?: on linkedin)?(?=, I)',
      // With the reason said right after ("…on LinkedIn since we met at the Leeds meetup") it is no stock text.
      '{wouldLike} connect with you on linkedin(?!,? (?:since|because|as|after|following) )',
      '{wouldLike} (?:connect|link up) (?:with you )?(?:here )?on linkedin(?!,? (?:since|because|as|after|following) )',
      'join my (?:professional )?network on linkedin',
    ],
  },
  {
    name: 'stockOpener',
    means: 'is a stock phrase that reads as mass-sent',
    patterns: [
      // Not when the way is said right after: "…your profile when you replied to my post", "…through your comment on Ana's post".
      // The subject may be dropped after "and" or at a sentence's start: "I'm a junior at USC and came across your profile", "Just came across your profile".
      '(?:(?:I|we|I just|we just) |(?<=\\band )(?:just )?|(?<=(?:^|[.!?\\n])\\s{0,3})just )(?:came|stumbled|ran) (?:across|upon) your (?:linkedin )?(?:profile|resume|cv)(?!,? (?:when|after|because|as) (?:you|we)\\b|,? (?:through|via|from|in|under) (?:your (?:comment|reply|answer|post|talk|question)|the comments|a comment|our)\\b)',
      // The same opener with another verb of finding: "I saw your profile and noticed we have some common connections"
      // (not "I saw on your profile that…", nor "…your profile in the alumni directory": the way is said).
      "(?:(?:I|we|I just|we just) |(?<=(?:^|[.!?\\n])\\s{0,3})just )(?:saw|found|noticed|viewed|checked out|looked at|was looking at|was browsing|have been looking at|'ve been looking at) your (?:linkedin )?profile(?= and\\b| *[,.;!]| *$)",
      // A salutation to a category, not a person: "Dear Valued Professional", "Dear Candidate".
      'dear (?:valued )?(?:professional|candidate|applicant|member|customer|client|user|job seeker)s?(?=\\s*[,.;:!\\n]|\\s*$)',
      'your (?:linkedin )?profile (?:caught my (?:eye|attention)|looks (?:impressive|interesting)|popped up|came up in my feed)',
      // The profile as the subject of "came across": "your profile came up while I was searching", "showed up in my results".
      'your (?:linkedin )?profile (?:came|popped|showed|turned) up(?= *[,.;!]| (?:in|on|while|when|as|during)\\b)',
      'to whom it may concern', 'dear (?:sir|madam)(?: ?(?:/|or|and) ?(?:sir|madam))?(?=\\s*[,.;:\\n]|\\s*$)', 'dear sir/madam',
      '(?:hello|hi|dear) (?:dear )?(?:linkedin )?connections?(?=\\s*[,.!;:\\n]|\\s*$)',
    ],
  },
  {
    name: 'networkingForItsOwnSake',
    means: 'says you network for its own sake, which fits anyone',
    patterns: [
      // "I'm building out my network in renewables": the particle changes nothing.
      "(?:I'm|I am) (?:always |constantly |currently |actively )?(?:looking to |trying to |keen to |eager to |excited to |hoping to |aiming to |working on |in the process of )?{grow}(?: out| up)? my (?:professional |personal |linkedin )?network",
      '(?:looking|trying|keen|eager|hoping|want|wanted|like|love) to {grow} my (?:professional |linkedin )?network',
      '(?:always|constantly) (?:looking|happy|keen|eager|open) to (?:connect|network) with (?:{likeMinded} )?{others}',
      '(?:connect|network|connecting|networking) with (?:{likeMinded} )+{others}(?! (?:who|at|from|working|building) )',
      // "like-minded" said in a clause: "connecting with people who think the way I do".
      '(?:connect|network|connecting|networking|link up|linking up) with (?:{others}|those|anyone) (?:who|that) (?:think|thinks) (?:like (?:me|us|I do)|the way (?:I|we) do|alike)',
      "{wouldLike} connect with (?:{likeMinded} )?(?:{others}|[\\p{L}-]+s)(?= (?:in|like|from) (?:your|my|the same|you)\\b)",
      // Not with a purpose of theirs after it ("have you in my network so I can keep following your tests"), nor with the
      // writer's reason said as a clause ("…in my network as I find my feet in wind energy"), unless that is networking too.
      '(?:add|have) you (?:to|in) my (?:professional )?network(?! (?:so(?: that)?|in order to|to) [^.!?\\n]{0,60}?(?:your|you)(?![\\p{L}]))(?! (?:as|while|since|because|now that|when) (?:I|I\'m|we|we\'re|you)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:network|connections|contacts)))',
      "(?:to|I'm|I am|and|hope to|looking to) {grow} (?:my|our) (?:professional |linkedin )?(?:networks?|circles?)(?: of (?:professional )?(?:contacts|connections))?(?= *(?:together|[.!,;]|$))",
      "(?:to|I'm|I am|and|hope to|looking to) {grow} (?:my|our) (?:professional |linkedin )?circles? of (?:professional )?(?:contacts|connections)",
      // Not "meet new people at the Lisbon meetup": an event named.
      '(?:meeting|meet) (?:{likeMinded} )+{others}(?! (?:at|during|in) )',
      "(?:I'd|I would) be (?:glad|happy|honou?red) to have you in (?:it|my network)",
    ],
  },
];
