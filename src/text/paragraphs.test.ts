import { expect, it } from 'vitest';
import { findInParagraphs, matchesInParagraphs, matchesRemembered, paragraphsOf } from './paragraphs.ts';
import { findAll, phrasePattern } from './patterns.ts';

it('splits at blank lines (white space allowed on them), each distinct paragraph once, with its offsets', () => {
  expect(paragraphsOf('One.\n \t\nTwo\nlines.\n\nOne.\n\n\n\nThree.').map(({ text, starts }) => ({ text, starts }))).toEqual([
    { text: 'One.', starts: [0, 20] },
    { text: 'Two\nlines.', starts: [8] },
    { text: 'Three.', starts: [28] },
  ]);
});

it('finds what the whole text gives when no match spans a blank line, offsets into the text', () => {
  const pattern = phrasePattern(['do the needful', 'kindly']);
  const text = 'Kindly do the needful.\n\nThen, kindly,\ndo the\nneedful.';
  expect(findInParagraphs(pattern, text)).toEqual(findAll(pattern, text));
  expect(findInParagraphs(/[!?]{2,}/g, 'Why??\n\nNow!!')).toEqual(findAll(/[!?]{2,}/g, 'Why??\n\nNow!!'));
  const repeated = 'Kindly reply.\n\nKindly do the needful.\n\nKindly reply.';
  expect(findInParagraphs(pattern, repeated)).toEqual(findAll(pattern, repeated));
});

it('never matches across a blank line: a phrase broken by one is two phrases', () => {
  expect(findInParagraphs(phrasePattern(['do the needful']), 'Please do the\n\nneedful.')).toEqual([]);
  expect(matchesInParagraphs(phrasePattern(['do the needful']), 'Please do the\n\nneedful.')).toBe(false);
  expect(matchesInParagraphs(phrasePattern(['needful']), 'Please do the\n\nneedful.')).toBe(true);
});

it('remembers each paragraph: an unchanged paragraph is not matched again', () => {
  let scanned = 0;
  const counting = phrasePattern(() => {
    scanned++;
    return ['zz'];
  });
  // The pattern compiles once; count scans through a global RegExp's exec instead.
  const regex = counting.regexes[0]!;
  const exec = regex.exec.bind(regex);
  let execs = 0;
  regex.exec = (s: string) => {
    execs++;
    return exec(s);
  };
  const text = 'First paragraph zz.\n\nSecond paragraph.';
  findInParagraphs(counting, text);
  const first = execs;
  findInParagraphs(counting, 'First paragraph zz.\n\nSecond paragraph, edited.');
  expect(execs - first).toBe(1); // only the edited paragraph (one exec: no match)
  expect(scanned).toBe(1);
});

it('remembers a test per text', () => {
  const regex = /^stop\b/i;
  expect(matchesRemembered(regex, 'Stop it.')).toBe(true);
  expect(matchesRemembered(regex, 'Please stop.')).toBe(false);
});
