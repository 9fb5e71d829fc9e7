import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

type Recipient = { name: string; headline?: string; company?: string };
const { rulesOf } = languageCases('de');
const ruleIds = (text: string, recipient?: Recipient, fromThem = 0) => rulesOf(text, { fromThem, ...(recipient ? { recipient } : {}) });

describe('German names and titles (languages.md §4.3)', () => {
  it.each([
    ['Sehr geehrte Frau Dr. Winter, danke für Ihren Vortrag.', { name: 'Johanna Winter' }],
    ['Guten Tag Herr Prof. Dr. Brandt, Ihr Artikel hat mir geholfen.', { name: 'Klaus Brandt' }],
    ['Sehr geehrte Damen und Herren, ich bewerbe mich hiermit.', { name: 'Tanja Roth' }],
    ['Hallo Frau von der Heydt, Ihr Beitrag in der FAZ hat mir geholfen.', { name: 'Cornelia von der Heydt' }],
  ])('no wrong-name on “%s”', (text, recipient) => {
    expect(ruleIds(text, recipient, 1)).not.toContain('wrong-name');
  });

  it('a wrong given name is still wrong', () => {
    expect(ruleIds('Hallo Jan, danke für Ihre Keynote auf dem Logistik-Kongress.', { name: 'Jens Albrecht' })).toContain('wrong-name');
  });
});

describe('German greeting-only drafts (no-hello)', () => {
  it.each(['Hallo!', 'Moin Jan!', 'Hi, wie geht’s?', 'Guten Tag Frau Kurz, wie geht es Ihnen?', 'Servus, alles klar bei dir?', 'Grüezi'])(
    'no-hello on “%s”',
    (text) => expect(ruleIds(text)).toContain('no-hello'),
  );
  it.each(['Hallo Frau Kurz, wie geht es Ihnen? Ich habe eine Frage zu Ihrem Vortrag über Lieferketten.', 'Moin Jan, danke für die Folien!'])(
    'no no-hello on “%s”',
    (text) => expect(ruleIds(text)).not.toContain('no-hello'),
  );
});
