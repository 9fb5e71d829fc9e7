import { describe, expect, it } from 'vitest';
import { lint } from './lint.ts';

const done = (text: string, id: string) => lint({ text }).checklist.find((c) => c.id === id)?.done;

describe('checklist phrasings', () => {
  it.each([
    'Hi Ines, we share a background in actuarial science, so I would value your view.',
    'We share a passion for open data; would you be open to a chat?',
  ])('common-ground: %s', (text) => expect(done(text, 'common-ground')).toBe(true));

  it.each([
    'Hi Ines, I wanted to reach out because your post on pricing changed how we run experiments.',
    'I thought I would write since your talk at PyData covered exactly our problem. Open to a call?',
  ])('states-reason: %s', (text) => expect(done(text, 'states-reason')).toBe(true));

  it.each([
    'Here at Wayfair we are rebuilding search. Could I ask about your post on ranking?',
    'I serve as treasurer of the Lagos PM guild. Would you speak at our May meetup?',
  ])('introduces-self: %s', (text) => expect(done(text, 'introduces-self')).toBe(true));

  it.each([
    'Hi, we have many mutual connections. Would you be open to a chat?',
    'Hi, I came across your profile. Would you be open to a chat?',
  ])('pseudo-context is neither common ground nor a reference to them: %s', (text) => {
    expect(done(text, 'common-ground')).toBe(false);
    expect(done(text, 'references-them')).toBe(false);
  });
});
