import { describe, expect, it } from 'vitest';
import type { Rule } from '@core/engine/define-rule.ts';
import { WarmUp, warmUpDraft } from './warm-up.ts';

const rule = (id: string) => ({ meta: { id } }) as unknown as Rule;
const RULES = ['a', 'b', 'c'].map(rule);

/** Tasks run only when the test says so, like a worker's event loop between messages. */
function manualTasks() {
  const queue: (() => void)[] = [];
  return {
    nextTask: () => new Promise<void>((resolve) => queue.push(resolve)),
    async runOne() {
      queue.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
    get pending() {
      return queue.length;
    },
  };
}

describe('WarmUp', () => {
  it('runs the rules one per task, then is over with nothing left pending', async () => {
    const tasks = manualTasks();
    const ran: string[] = [];
    const warmUp = new WarmUp(RULES, (r) => ran.push(r.meta.id), tasks.nextTask);
    warmUp.start();
    expect(ran).toEqual([]);
    await tasks.runOne();
    expect(ran).toEqual(['a']);
    await tasks.runOne();
    await tasks.runOne();
    expect(ran).toEqual(['a', 'b', 'c']);
    await tasks.runOne();
    expect(warmUp.over).toBe(true);
    expect(tasks.pending).toBe(0);
  });

  it('gives way to a real check: stopped between two rules, it runs no more', async () => {
    const tasks = manualTasks();
    const ran: string[] = [];
    const warmUp = new WarmUp(RULES, (r) => ran.push(r.meta.id), tasks.nextTask);
    warmUp.start();
    await tasks.runOne();
    warmUp.stop();
    await tasks.runOne();
    await tasks.runOne();
    expect(ran).toEqual(['a']);
    expect(tasks.pending).toBe(0);
  });

  it('starts once, and not after a real check', async () => {
    const tasks = manualTasks();
    const ran: string[] = [];
    const warmUp = new WarmUp(RULES, (r) => ran.push(r.meta.id), tasks.nextTask);
    warmUp.stop();
    warmUp.start();
    expect(tasks.pending).toBe(0);
    const again = new WarmUp(RULES, (r) => ran.push(r.meta.id), tasks.nextTask);
    again.start();
    again.start();
    expect(tasks.pending).toBe(1);
  });

  it('goes on past a rule that throws', async () => {
    const tasks = manualTasks();
    const ran: string[] = [];
    const warmUp = new WarmUp(RULES, (r) => {
      ran.push(r.meta.id);
      if (ran.length === 1) throw new Error('bug');
    }, tasks.nextTask);
    warmUp.start();
    for (let i = 0; i < 4; i++) await tasks.runOne();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(warmUp.over).toBe(true);
  });
});

describe('warmUpDraft', () => {
  it('warms up in the language last coached in the composer, or the one fixed in settings, else English', async () => {
    const { defaultSettings } = await import('@core/contracts/settings.ts');
    const { lint } = await import('@core/engine/lint.ts');
    const auto = defaultSettings();
    for (const language of ['es', 'pt', 'fr', 'de']) {
      const { text, settings } = warmUpDraft(language, auto);
      expect(lint({ text }, settings).language).toBe(language);
    }
    expect(warmUpDraft(undefined, auto).settings.coachingLanguage).toBe('en');
    expect(warmUpDraft('it', auto).settings.coachingLanguage).toBe('en');
    expect(warmUpDraft('es', { ...auto, coachingLanguage: 'de' }).settings.coachingLanguage).toBe('de');
  });
});
