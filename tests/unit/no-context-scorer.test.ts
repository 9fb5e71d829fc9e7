import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/read-corpus.ts';
import { lint } from '../../src/index.ts';
import { scorerFeatures, scorerTokens } from '../../src/rules/no-context/scorer/features.ts';
import { renderWeights } from '../../src/rules/no-context/scorer/render-weights.ts';
import { noReasonProbability, scorersHearAReason } from '../../src/rules/no-context/scorer/scorer.ts';
import { trainScorers, trainingDrafts, type CorpusLine } from '../../src/rules/no-context/scorer/train.ts';
import { NO_CONTEXT_MODELS } from '../../src/rules/no-context/scorer/weights.ts';
import { readFileSync } from 'node:fs';

const noContext = (text: string, extra: Record<string, unknown> = {}) => lint({ text, kind: 'message', ...extra }).findings.some((f) => f.ruleId === 'no-context');

describe('no-context scorers', () => {
  it('ship the weights that training on the wild tune half gives (run `npm run train:no-context` after changing tune)', () => {
    const drafts = trainingDrafts(readCorpus('tests/corpus/wild/tune.jsonl') as unknown as CorpusLine[]);
    const models = trainScorers(drafts);
    expect(renderWeights(models, drafts.length)).toBe(readFileSync('src/rules/no-context/scorer/weights.ts', 'utf8'));
  }, 60_000);

  it('stay a few kilobytes: at most 800 weights each', () => {
    expect(Object.keys(NO_CONTEXT_MODELS.sum.weights).length).toBeLessThanOrEqual(800);
    expect(Object.keys(NO_CONTEXT_MODELS.root.weights).length).toBeLessThanOrEqual(800);
  });

  it('read names as <cap> and numbers as <num>, but not the first word of a sentence', () => {
    expect(scorerTokens('Great talk at PyCon 2024. Sam said hi!')).toEqual(['great', 'talk', 'at', '<cap>', '<num>', 'sam', 'said', 'hi', '!']);
    expect(scorerTokens('I’m sure I\'ll go')).toEqual(["i'm", 'sure', "i'll", 'go']);
  });

  it('leave out function words alone and in pairs, and keep them next to a meaning word', () => {
    const features = scorerFeatures('We met at the Berlin meetup.');
    expect(features).toContain('met at');
    expect(features).toContain('the <cap>');
    expect(features).not.toContain('at');
    expect(features).not.toContain('at the');
  });

  it('read the InMail subject with the body', () => {
    expect(scorerFeatures('Hello', 'Your talk')).toContain('your talk');
  });

  it('give a probability for any input, linear in its length (100 000 characters, marks, no words)', () => {
    for (const text of ['', '!!!!', 'constructor toString valueOf __proto__ hasOwnProperty', 'a'.repeat(100_000), 'Hi, '.repeat(25_000), '\u0301'.repeat(50_000), 'é '.repeat(50_000)]) {
      for (const model of [NO_CONTEXT_MODELS.sum, NO_CONTEXT_MODELS.root]) {
        const p = noReasonProbability(model, scorerFeatures(text));
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  // Reasons told in words no family knows, written for this test (not corpus drafts): the families alone flag them.
  it.each([
    'Hi Grace, we were outbid by you on the Harbour Street unit at the Savills auction in June. If you ever want to let the upstairs office, we would be keen.',
    'Hi Ruth, we came second to your bakery in the sourdough category at the Royal Bath & West show. Could I ask which flour you used for the rye?',
    'Hi Anders, our bid for the Gothenburg depot lost to yours in the spring tender round, fair and square. If you ever need overflow capacity, we would be glad to talk.',
  ])('hear a reason the families miss: %s', (text) => {
    expect(scorersHearAReason(text)).toBe(true);
    expect(noContext(text)).toBe(false);
  });

  // No reason why this person, however long: the writer's own story and an ask.
  it.each([
    'Hello Mark, I work as an account executive at a logistics software company and I spend most of my days talking to operations leaders about the problems they face. I would love to connect and share notes on the trends we are seeing in the market this year. Let me know if you are up for a chat.',
    'Hey Sara, you seem like someone with a lot of experience in marketing, and I would value your thoughts on a career question I have. Would you mind if I sent it over?',
    'Hi Ben, I saw that you work in cybersecurity. I am moving into the field after eight years as a network administrator at a university and would love to hear what skills you look for. Any chance of a quick call?',
  ])('do not silence a draft with no reason: %s', (text) => {
    expect(noContext(text)).toBe(true);
  });

  it('speak only for English: a German draft is left to its families', () => {
    const german = 'Hallo Herr Weber, ich bin Werkstudent in München und interessiere mich sehr für Logistik. Hätten Sie zehn Minuten für ein kurzes Gespräch?';
    expect(noContext(german)).toBe(true);
  });
});
