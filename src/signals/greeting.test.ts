import { describe, expect, it } from 'vitest';
import { lint } from '../engine/lint.ts';
import { parseGreeting } from './greeting.ts';

describe('parseGreeting', () => {
  it.each(['Hello gorgeous, I saw your talk.', 'hey Sweetheart! how are you', 'Hi darling,'])('a pet name is not a name: %s', (text) => {
    expect(parseGreeting(text)?.names).toEqual([]);
  });

  it('so a pet name is flirtatious, not a wrong name', () => {
    const ids = lint({ text: 'Hello gorgeous, I saw your talk at Web Summit.', recipient: { name: 'Marisa Costa' } }).findings.map((f) => f.ruleId);
    expect(ids).toContain('flirtatious');
    expect(ids).not.toContain('wrong-name');
  });

  it.each([
    ["Hi there Daniela hope your week's going well", 'Daniela'],
    ['hello again Marco hope all is well', 'Marco'],
  ])('a name after "there" or "again" is greeted: %s', (text, name) => {
    expect(parseGreeting(text)?.names.map((n) => n.text)).toEqual([name]);
  });

  it.each(['Hi there, I saw your talk.', 'Hello there! How are you?', 'Hi again, quick follow-up.'])('"there" or "again" alone names nobody: %s', (text) => {
    expect(parseGreeting(text)?.names).toEqual([]);
  });

  it('real names still are', () => {
    expect(parseGreeting('Hi Angela, thanks!')?.names.map((n) => n.text)).toEqual(['Angela']);
  });
});
