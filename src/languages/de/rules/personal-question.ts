import type { LocalizedRule } from '../../types.ts';

/** Private questions (languages.md §5 `personal-question`); tenure, salary expectations and notice periods stay quiet. */
export const personalQuestion: LocalizedRule = {
  families: [
    {
      name: 'age',
      means: 'asks their age',
      patterns: ['wie alt (?:sind Sie|bist du|Sie sind|du bist)', '(?:Ihr|dein) Alter', 'in welchem Jahr (?:sind Sie|bist du) geboren', 'Jahrgang (?:sind Sie|bist du)'],
    },
    {
      name: 'relationship',
      means: 'asks about their relationship',
      patterns: [
        '(?:sind Sie|bist du) (?:\\S+ )?(?:verheiratet|single|ledig|vergeben|geschieden|in einer Beziehung|liiert|solo)',
        'ob (?:Sie|du) (?:\\S+ )?(?:verheiratet|single|ledig|vergeben|geschieden|in einer Beziehung) (?:sind|bist)',
        '(?:haben Sie|hast du) (?:\\S+ )?(?:einen Freund|eine Freundin|einen Mann|eine Frau|einen Lebenspartner|eine Lebenspartnerin)(?=[ \\t]*\\?)',
      ],
    },
    {
      name: 'familyPlans',
      means: 'asks about family plans',
      patterns: [
        '(?:planen|möchten|wollen|wünschen) (?:Sie|du) (?:\\S+ ){0,5}?Kinder', '(?:planst|möchtest|willst) du (?:\\S+ ){0,5}?Kinder',
        '(?:haben Sie|hast du) (?:\\S+ )?Kinder(?=[^.!\\n]{0,30}\\?)',
        // Indirect: "(fragen,) ob Sie Kinder haben", "ob du Kinder planst"
        'ob (?:Sie|du) (?:\\S+ ){0,2}?Kinder (?:haben|hast|planen|planst|möchten|möchtest|wollen|willst)(?![\\p{L}])', '(?:sind Sie|bist du) schwanger', '(?:wie sieht|wie steht es um) (?:es mit )?(?:Ihre|deine|Ihrer|deiner) Familienplanung',
      ],
    },
    {
      name: 'beliefsHealth',
      means: 'asks about beliefs or health',
      patterns: [
        '(?:wen|welche Partei) (?:haben Sie|hast du) gewählt', '(?:welche|welcher) (?:Religion|Konfession|Partei) (?:\\S+ )?(?:haben Sie|hast du|gehören Sie|gehörst du)',
        '(?:sind Sie|bist du) (?:\\S+ )?(?:gläubig|religiös|katholisch|evangelisch|muslimisch|jüdisch|krank|behindert|schwerbehindert)',
        '(?:haben Sie|hast du) (?:\\S+ )?(?:eine Behinderung|eine Krankheit|Vorerkrankungen)',
      ],
    },
    {
      name: 'homeAndMoney',
      means: 'asks where they live or what they earn',
      patterns: [
        'wo (?:wohnen Sie|wohnst du|Sie wohnen|du wohnst)', '(?:Ihre|deine) (?:Wohnadresse|Privatadresse|Wohnanschrift)',
        'was (?:verdienen Sie|verdienst du|Sie verdienen|du verdienst)', 'wie viel (?:verdienen Sie|verdienst du)', 'wieviel (?:verdienen Sie|verdienst du)',
        // The indirect question, verb last: "darf ich fragen, wie viel Sie jetzt bei McKinsey verdienen"
        '(?:was|wie viel|wieviel) (?:Sie|du) (?:[^\\s,.!?]+ ){0,4}?(?:verdienen|verdienst)(?![\\p{L}])',
        '(?:Ihr|dein) (?:aktuelles |jetziges |derzeitiges )?(?:Gehalt|Einkommen)',
      ],
      quiet: ['(?:Ihre|deine) Gehaltsvorstellung', 'Gehaltsvorstellung', 'Gehaltswunsch'],
    },
  ],
};
