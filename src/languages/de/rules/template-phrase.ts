import type { LocalizedRule } from '../../types.ts';

/** Stock wording (languages.md §5 `template-phrase`): LinkedIn's default invitations, stock openers, unaddressed salutations. */
export const templatePhrase: LocalizedRule = {
  fixes: { 'sehr geehrte/r herr': 'Sehr geehrter Herr', 'sehr geehrte/r frau': 'Sehr geehrte Frau', 'sehr geehrte(r) herr': 'Sehr geehrter Herr', 'sehr geehrte(r) frau': 'Sehr geehrte Frau' },
  families: [
    {
      name: 'defaultInvitation',
      means: 'is LinkedIn’s default invitation',
      patterns: [
        '(?:ich )?(?:möchte|würde) (?:Sie|dich) (?:\\S+ )?(?:gerne |gern )?(?:zu|in) (?:meinem|mein) (?:beruflichen |berufliches )?Netzwerk (?:auf|bei|in) LinkedIn (?:hinzufügen|aufnehmen)',
        '(?:zu|in) (?:meinem|mein) (?:beruflichen |berufliches )?Netzwerk (?:auf|bei) LinkedIn (?:hinzufügen|aufnehmen)',
        '(?:Sie|dich) (?:\\S+ ){0,2}?(?:zu|in) (?:meinem|mein) (?:\\S+ )?(?:LinkedIn-Netzwerk|Netzwerk) (?:\\S+ )?(?:hinzufügen|aufnehmen)',
        '(?:möchte|würde) (?:gerne |gern )?(?:Ihrem|deinem) (?:beruflichen )?Netzwerk (?:auf|bei) LinkedIn beitreten',
        'Da Sie (?:eine Person sind|jemand sind), der ich vertraue',
      ],
    },
    {
      name: 'stockOpener',
      means: 'is a stock opener',
      patterns: [
        'ich bin (?:\\S+ )?auf (?:Ihr|dein) Profil gestoßen', 'ich bin (?:\\S+ )?auf (?:Ihr|dein) Profil gestossen',
        '(?:Ihr|dein) Profil ist mir (?:\\S+ )?aufgefallen',
        // … with the dative first: "mir ist Ihr Profil aufgefallen", "uns ist dein Profil sofort ins Auge gefallen"
        '(?:mir|uns) (?:ist|war) (?:\\S+ ){0,2}?(?:Ihr|dein) Profil (?:\\S+ ){0,2}?(?:aufgefallen|ins Auge gefallen|ins Auge gesprungen)',
        // Same opener, other verbs: "ich bin auf Ihr Profil aufmerksam geworden", "ich habe mir Ihr Profil mal etwas genauer angesehen"
        'ich bin (?:\\S+ )?auf (?:Ihr|dein) Profil aufmerksam geworden',
        // Looking at a profile is stock only with the template's vague finding after it ("… genauer angesehen und mir sind ein
        // paar Dinge aufgefallen"); saying what was seen there is a reason, not a formula.
        'ich habe mir (?:Ihr|dein) Profil (?:[^\\s,.!?]+ ){0,4}?(?:angesehen|angeschaut|durchgesehen),? und (?:mir sind|dabei sind mir|da sind mir) (?:ein paar|einige|mehrere|gleich ein paar) (?:Dinge|Punkte|Sachen) aufgefallen',
        '(?:Ihr|dein) Profil (?:hat mich|finde ich) (?:\\S+ )?(?:angesprochen|beeindruckt|interessant|spannend)',
        // The same compliment in the other order, with any intensifier: "ich finde dein Profil mega spannend"
        'ich finde (?:Ihr|dein|Dein) Profil (?:[^\\s,.!?]+ ){0,2}?(?:interessant|spannend|beeindruckend|toll|super|klasse|inspirierend)',
        // Networking for its own sake, the proverb version: "Kontakte schaden ja bekanntlich nur dem, der sie nicht hat"
        'Kontakte schaden (?:\\S+ ){0,2}?nur (?:dem|denen|demjenigen)',
        'ich (?:erweitere|vergrößere|baue) (?:gerade |derzeit |aktuell )?mein (?:berufliches )?Netzwerk (?:\\S+ )?(?:aus|auf)?',
        // … also after "und", without its own "ich": "… und baue gerade mein Netzwerk aus"
        '(?:erweitere|vergrößere|vergroessere) (?:gerade |derzeit |aktuell |momentan |stetig )?mein (?:berufliches |LinkedIn-)?Netzwerk', 'baue (?:gerade |derzeit |aktuell |momentan |stetig )?mein (?:berufliches |LinkedIn-)?Netzwerk (?:\\S+ )?(?:aus|auf)(?![\\p{L}])',
        'ich (?:erweitere|vergrößere) (?:gerade |derzeit |aktuell )?mein (?:berufliches )?Netzwerk',
        '(?:bin|ich bin) (?:\\S+ )?immer (?:\\S+ )?(?:offen für|auf der Suche nach) (?:neue|neuen|interessante|interessanten) (?:Kontakte|Kontakten|Menschen|Verbindungen)',
        // Any adjective before contacts: "immer auf der Suche nach spannenden Kontakten aus der HR-Welt"
        '(?:bin|ich bin) (?:\\S+ )?(?:immer|stets|jederzeit) (?:\\S+ )?(?:offen für|auf der Suche nach) (?:\\p{L}+ )?(?:Kontakte|Kontakten|Verbindungen|Connections)(?![\\p{L}])',
        '(?:mein|unser) Netzwerk (?:\\S+ )?(?:erweitern|ausbauen|vergrößern)',
        'vielleicht ergeben sich (?:ja )?(?:\\S+ )?Synergien',
        '(?:Sie|dich) in meinem (?:beruflichen )?Netzwerk (?:\\S+ )?(?:begrüßen|willkommen heißen|zu haben)',
        '(?:vernetze mich|mich zu vernetzen|mich vernetzen) (?:\\S+ ){0,3}?(?:gern|gerne|immer) mit (?:\\S+ ){0,3}?(?:Menschen|Leuten|Fachleuten|Profis|Kontakten|Kollegen|Gleichgesinnten|Persönlichkeiten|Köpfen|Professionals|Fachkräften|Expertinnen|Experten|Unternehmern|Unternehmerinnen)',
        '(?:stets|immer) (?:\\S+ )?(?:an|auf) (?:neuen|neue|interessanten|spannenden) (?:Kontakten|Kontakte|Verbindungen) (?:interessiert|aus|gespannt)', 'Synergien (?:zu )?(?:nutzen|entdecken|heben)',
      ],
    },
    {
      name: 'unaddressedSalutation',
      means: 'is an unaddressed salutation',
      patterns: [
        'Sehr geehrte Damen und Herren', 'Liebe Damen und Herren', 'Sehr geehrte Damen, sehr geehrte Herren', 'Sehr geehrte/r(?: (?:Herr|Frau))?', 'Sehr geehrte\\(r\\)(?: (?:Herr|Frau))?',
        'Sehr geehrte\\*r', 'Sehr geehrte:r', 'Sehr geehrte Bewerberin, sehr geehrter Bewerber', 'Sehr geehrte(?:r)? (?:Bewerber|Bewerberin|Kandidat|Kandidatin)',
        'Liebe(?:r)? (?:Bewerber|Bewerberin|Kandidat|Kandidatin)', 'Sehr geehrtes (?:Recruiting-|HR-)?Team', 'An wen es betrifft', 'An die zuständige Person',
        'Sehr geehrte(?:r)? (?:Ansprechpartner|Ansprechpartnerin|Personalverantwortliche|Personalverantwortlicher|Recruiter|Recruiterin|Personalabteilung|Leserin|Leser)',
        '(?:Sehr geehrtes|Liebes|Hallo liebes) (?:Recruiting-|HR-|Personal-|Bewerbungs-)?(?:Team|Personalteam|Recruitingteam)(?=[ \\t]*[,!\\n])', '(?:Liebe|Hallo liebe) Personalabteilung',
      ],
    },
  ],
};
