import { describe, expect, it } from 'vitest';
import { lint, MAX_CHECKED_CHARACTERS, Report, rules } from '../../src/index.ts';

const ids = (text: string, extra: object = {}) => lint({ text, ...extra }).findings.map((f) => f.ruleId);

describe('lint', () => {
  it('returns a report that matches the public schema', () => {
    const report = lint({ text: 'Hi Jessica, could you send it ASAP?', recipient: { name: 'Jessica Lee' } });
    expect(Report.parse(report)).toEqual(report);
    expect(report.language).toBe('en');
    expect(report.coverage).toEqual({ checkedCharacters: 35, totalCharacters: 35 });
  });

  it('is deterministic: the same draft always gets the same report', () => {
    const draft = { text: 'Hey bro!! u gonna hire me? 😂 Respected Sir, kindly revert ASAP.', recipient: { name: 'Ana Lima' } };
    expect(JSON.stringify(lint(draft))).toBe(JSON.stringify(lint(draft)));
  });

  it('gives every text finding a span whose excerpt is the text', () => {
    const text = 'Hi Sarah,  i recieve ur post!! Kindly do the needful ASAP 🙏';
    for (const f of lint({ text, recipient: { name: 'Jessica Lee' } }).findings) {
      if (f.start === undefined) continue;
      expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });

  it('sorts findings by field, then position', () => {
    const report = lint({ text: 'Hi, pls reply ASAP.', kind: 'inmail', subject: 'Re: hi' });
    const fields = report.findings.map((f) => f.field ?? 'document');
    expect(fields.indexOf('subject')).toBeLessThan(fields.indexOf('body'));
    const body = report.findings.filter((f) => f.field === 'body').map((f) => f.start!);
    expect(body).toEqual([...body].sort((a, b) => a - b));
  });

  it('throws a clear TypeError only for something that is not a draft', () => {
    expect(() => lint({} as never)).toThrow(/Invalid draft: text/);
    expect(() => lint({ text: 'Hi', kind: 'tweet' } as never)).toThrow(TypeError);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['emoji sequences', '👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈 🇩🇪'.repeat(20)],
    ['right-to-left', 'مرحبا أحمد، قرأت مقالك عن التصميم. هل يمكننا التحدث؟'],
    ['combining marks', 'Zoe\u0308 Mu\u0308ller, cafe\u0301 Z̴̡̛a̷l̶g̸o̵'],
    ['HTML-looking text', '<img src=x onerror=alert(1)><script>alert(1)</script> Hi [Name]'],
    ['lone surrogates', '\uD83D hello \uDC00 there'],
    ['control characters', 'Hi\u0000\u0007 there\u200B\u202E'],
  ])('reports on %s without throwing', (_name, text) => {
    const report = lint({ text, recipient: { name: '<b>Ana</b> Lima' } });
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('checks an enormous draft up to a bound and says so', () => {
    const text = 'Hi Ana, I enjoyed your talk on caching at QCon. '.repeat(2500);
    const report = lint({ text });
    expect(report.coverage.totalCharacters).toBe(text.length);
    expect(report.coverage.checkedCharacters).toBeLessThanOrEqual(MAX_CHECKED_CHARACTERS);
    expect(report.coverage.checkedCharacters).toBeGreaterThan(MAX_CHECKED_CHARACTERS * 0.8);
    expect(report.notices.join(' ')).toMatch(/too long to coach fully/);
    expect(report.findings.map((f) => f.ruleId)).toContain('too-long');
    for (const f of report.findings) if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(report.coverage.checkedCharacters);
    expect(report.stats.words).toBe(text.trim().split(/\s+/).length);
  });

  it('gives a clearly non-English draft only the language-independent checks', () => {
    const report = lint({
      text: 'Ciao Sarah, ho visto la tua presentazione sui database e sono molto colpito 😀. Avresti tempo per una breve chiamata la prossima settimana? Grazie mille!!',
      recipient: { name: 'Jessica Lee' },
    });
    expect(report.language).toBe('it');
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['emoji', 'wrong-name']);
    expect(report.notices.join(' ')).toMatch(/Coaching covers English, Spanish, Portuguese, French and German; this draft gets only the checks that work in any language/);
  });

  it('coaches Spanish, Portuguese, French and German drafts, or the language chosen in settings', () => {
    expect(lint({ text: 'Hola Lucía, ¿tienes 5 min para una call?' }).language).toBe('es');
    expect(lint({ text: 'Olá, tudo bem?' }).language).toBe('pt');
    expect(lint({ text: 'Hola, ¿qué tal?' }, { coachingLanguage: 'pt' }).language).toBe('pt');
    const de = lint({ text: 'Hallo Frau Berger, hätten Sie nächste Woche Zeit?' });
    expect(de.notices.join(' ')).not.toMatch(/Coaching covers/);
    expect(de.checklist.some((c) => c.applicable)).toBe(true);
  });

  it('quotes no English wording in the suggestions of a draft in another language', () => {
    const drafts = [
      'Hola, necesito tu respuesta hoy mismo, porfa. Tienes que enviarme tu CV.',
      'Oi, preciso da resposta hoje sem falta. Me contrata? Vc pode me indicar?',
      'Salut, j’attends votre réponse aujourd’hui, svp. Envoyez-moi votre CV.',
      'Hallo, ich brauche Ihre Antwort bis morgen. Schicken Sie mir Ihren Lebenslauf. LG',
    ];
    for (const text of drafts) {
      const report = lint({ text, thread: { fromThem: 0, unansweredFromMe: 0 } });
      expect(report.findings.length, text).toBeGreaterThan(2);
      // Quoted words may only be the draft's own ("Write “Porfa”"), never an English example.
      for (const f of report.findings) {
        for (const [, quoted] of (f.suggestion ?? '').matchAll(/“([^”]*)”/g)) expect(text, `${f.ruleId}: “${quoted}”`).toContain(quoted!);
      }
    }
  });

  it('says when a draft mixes English and the language it is coached in', () => {
    const report = lint({ text: 'Hola Marta! I really loved your post about the launch and I think it was great, me encantó. ¿Tienes tiempo esta semana para una call y hablar de growth? Gracias' });
    expect(report.language).toBe('es');
    expect(report.notices).toContain('This draft mixes Spanish and English; it is coached as Spanish.');
  });

  it('keeps English drafts with foreign names and places in English', () => {
    expect(lint({ text: 'Hi Nguyễn Văn An, I loved your talk at Université de Montréal about São Paulo’s metro.' }).language).toBe('en');
    expect(lint({ text: 'yo' }).language).toBe('en');
  });

  it('keeps coldness rules quiet when the thread could not be read', () => {
    const text = 'As discussed, here is our pricing. Can I book a demo?';
    expect(ids(text)).toEqual(expect.arrayContaining(['false-familiarity', 'sales-pitch', 'no-context']));
    const unknown = ids(text, { thread: 'unknown' });
    for (const id of ['false-familiarity', 'sales-pitch', 'no-context']) expect(unknown).not.toContain(id);
  });

  it('treats the sender’s own name as a signature, not a wrong name', () => {
    const draft = { text: 'Hi Rebecca, thanks for the advice.\n\nThanks, Rachel', recipient: { name: 'Rebecca Ford' } };
    expect(ids(draft.text, { recipient: draft.recipient, sender: { name: 'Rachel Stone' } })).not.toContain('wrong-name');
  });
});

describe('settings in lint', () => {
  it('turns a rule off and changes a severity', () => {
    expect(ids('Could you send it ASAP?', { thread: 'unknown' })).toContain('pushy');
    expect(lint({ text: 'Could you send it ASAP?' }, { rules: { pushy: { enabled: false } } }).findings.map((f) => f.ruleId)).not.toContain('pushy');
    const report = lint({ text: 'Could you send it ASAP?' }, { rules: { pushy: { severity: 'error' } } });
    expect(report.findings.find((f) => f.ruleId === 'pushy')?.severity).toBe('error');
    expect(report.verdict).toBe('needs-work');
  });

  it('reports the user’s own phrases as custom-phrase', () => {
    const report = lint({ text: 'Circling back on my synergy idea.' }, { customPhrases: [{ phrase: 'circling back', message: 'Say what is new instead.', severity: 'info' }] });
    const custom = report.findings.find((f) => f.ruleId === 'custom-phrase');
    expect(custom).toMatchObject({ severity: 'info', message: 'Say what is new instead.', excerpt: 'Circling back', start: 0, end: 13 });
  });

  it('never flags the user’s ignored words', () => {
    const text = 'We follow the BRILLIANT method and ship weekly.';
    expect(ids(text, { thread: 'unknown' })).toContain('shouting');
    expect(lint({ text, thread: 'unknown' }, { ignoredWords: ['brilliant'] }).findings.map((f) => f.ruleId)).not.toContain('shouting');
  });

  it('drops unknown rule ids with a notice and keeps the rest', () => {
    const report = lint({ text: 'Could you send it ASAP?' }, { rules: { 'from-the-future': { enabled: false }, pushy: { enabled: false } } });
    expect(report.notices.join(' ')).toMatch(/from-the-future/);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('pushy');
  });

  it('uses the length goals from settings', () => {
    const text = Array.from({ length: 80 }, () => 'word').join(' ');
    expect(ids(text)).not.toContain('too-long');
    expect(lint({ text }, { lengthGoals: { messageWords: 50 } }).findings.map((f) => f.ruleId)).toContain('too-long');
  });

  it('takes the note limit from the draft, then the settings, then free', () => {
    const note = { text: 'a'.repeat(250), kind: 'note' as const };
    expect(lint(note).findings.map((f) => f.ruleId)).toContain('note-limit');
    expect(lint(note, { account: 'premium' }).findings.map((f) => f.ruleId)).not.toContain('note-limit');
    expect(lint({ ...note, account: 'free' }, { account: 'premium' }).findings.map((f) => f.ruleId)).toContain('note-limit');
  });
});

describe('score and checklist', () => {
  const good = {
    text: 'Hi Elena, I watched your PyCon talk on async testing. I am an engineering manager at Babbel. Would you be open to a 30-minute call in May? Thank you!',
    recipient: { name: 'Elena Petrova' },
  };

  it('explains the score with factors that add up to it', () => {
    for (const draft of [good, { text: 'Hey bro, gimme a job ASAP!!' }]) {
      const report = lint(draft);
      const total = report.factors.reduce((sum, f) => sum + f.points, 0);
      expect(report.score).toBe(Math.max(0, Math.min(100, Math.round(total))));
    }
  });

  it('calls a personal, clean draft ready and a draft with an error needs-work', () => {
    const report = lint(good);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('ready');
    expect(report.score).toBeGreaterThanOrEqual(80);
    expect(lint({ ...good, text: good.text.replace('Elena', 'Sarah') }).verdict).toBe('needs-work');
  });

  it('a finding-free reply in a conversation scores full marks and is ready (revision 2)', () => {
    for (const text of ['That sounds great', 'Sounds great, see you Tuesday.', 'Thanks Priya, Thursday at 3 works for me.']) {
      const report = lint({ text, thread: { fromThem: 2, unansweredFromMe: 0 } });
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(report.score).toBe(100 - 3 * new Set(report.findings.map((f) => f.ruleId)).size);
      expect(report.verdict).toBe('ready');
      expect(report.factors.map((f) => f.label)).toContain('checklist: earned (reply in a conversation)');
    }
  });

  it('a draft in an uncoached language is judged by its language-independent findings alone', () => {
    const report = lint({ text: 'Ciao Marta, ho visto la tua presentazione sui dati aperti e vorrei molto parlarne con te. Grazie!', kind: 'note' });
    expect(report.language).not.toBe('en');
    expect(report.findings).toEqual([]);
    expect(report.checklist.every((c) => !c.applicable)).toBe(true);
    expect(report.score).toBe(100);
    expect(report.verdict).toBe('ready');
    const withPlaceholder = lint({ text: 'こんにちは [Name] さん、よろしくお願いします。', kind: 'note' });
    expect(withPlaceholder.verdict).toBe('needs-work');
  });

  it('a cold draft still earns the checklist item by item', () => {
    const report = lint({ text: 'Hi Elena, would you be open to a call?', recipient: { name: 'Elena Petrova' } });
    expect(report.factors.some((f) => f.label === 'checklist: greets-by-name')).toBe(true);
    expect(report.score).toBeLessThan(100);
  });

  it('any warning keeps a draft from ready', () => {
    expect(lint({ ...good, text: `${good.text} Reply ASAP.` }).verdict).not.toBe('ready');
  });

  it('marks first-approach items not applicable once they have written', () => {
    const report = lint({ text: 'Thanks, Ines! Thursday works.', thread: { fromThem: 2, unansweredFromMe: 0 } });
    const applicable = Object.fromEntries(report.checklist.map((c) => [c.id, c.applicable]));
    expect(applicable).toMatchObject({ 'introduces-self': false, 'states-reason': false, 'common-ground': false, 'references-them': false, 'greets-by-name': true, thanks: true });
    expect(report.factors.map((f) => f.label)).not.toContain('checklist: introduces-self');
  });

  it('ticks the checklist and gives a hint for each open item', () => {
    const report = lint(good);
    const done = Object.fromEntries(report.checklist.map((c) => [c.id, c.done]));
    expect(done).toMatchObject({ 'greets-by-name': true, 'introduces-self': true, 'references-them': true, 'clear-ask': true, thanks: true, concise: true });
    const bare = lint({ text: 'Hi' });
    for (const item of bare.checklist.filter((c) => !c.done)) expect(item.hint.length).toBeGreaterThan(10);
  });

  it('computes stats', () => {
    const { stats } = lint({ text: 'Hi Ana. How are you? I read your post on caching, and it was great.' });
    expect(stats).toMatchObject({ characters: 67, words: 15, sentences: 3, questions: 1 });
    expect(stats.readingSeconds).toBeGreaterThan(0);
    expect(stats.readingGrade).toBeGreaterThanOrEqual(0);
  });
});

describe('a failing check', () => {
  it('is skipped with a notice; the rest of the report stands', () => {
    const broken = { ...rules.find((r) => r.meta.id === 'pushy')!, check: () => { throw new Error('bug'); } };
    const report = lint({ text: 'Hi Sarah, send it ASAP.', recipient: { name: 'Jessica Lee' } }, undefined, [broken, ...rules.filter((r) => r.meta.id !== 'pushy')]);
    expect(report.notices).toContain('The pushy check failed on this draft and was skipped.');
    expect(report.findings.map((f) => f.ruleId)).toContain('wrong-name');
  });
});

describe('the rule registry', () => {
  it('rules run on a frozen context and never throw on odd input', () => {
    for (const rule of rules) expect(() => lint({ text: '\u0000[}{%%<>', kind: 'inmail', subject: '\u202E' }, undefined, [rule])).not.toThrow();
  });
});
