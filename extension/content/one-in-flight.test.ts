import { describe, expect, it } from 'vitest';
import { OneInFlight } from './one-in-flight.ts';

/** A fake slow lint: each run waits until the test finishes it. */
function slowRuns() {
  const started: string[] = [];
  const finishers: ((ok: boolean) => void)[] = [];
  const task = (name: string) => () => {
    started.push(name);
    return new Promise<void>((resolve, reject) => finishers.push((ok) => (ok ? resolve() : reject(new Error(name)))));
  };
  return { started, finish: (i: number, ok = true) => finishers[i]!(ok), task };
}

describe('OneInFlight', () => {
  it('runs one task at a time and collapses the requests made meanwhile into one run of the latest', async () => {
    const runs = slowRuns();
    const queue = new OneInFlight();
    const first = queue.request(runs.task('a'));
    const followUps = ['b', 'c', 'd'].map((name) => queue.request(runs.task(name)));
    expect(runs.started).toEqual(['a']);
    expect(queue.hasFollowUp).toBe(true);
    runs.finish(0);
    await first;
    await Promise.resolve();
    expect(runs.started).toEqual(['a', 'd']);
    expect(queue.hasFollowUp).toBe(false);
    runs.finish(1);
    await Promise.all(followUps);
    // Idle again: the next request starts at once.
    void queue.request(runs.task('e'));
    expect(runs.started).toEqual(['a', 'd', 'e']);
  });

  it('still runs the follow-up when the running task fails', async () => {
    const runs = slowRuns();
    const queue = new OneInFlight();
    const first = queue.request(runs.task('a'));
    const next = queue.request(runs.task('b'));
    runs.finish(0, false);
    await expect(first).rejects.toThrow('a');
    await Promise.resolve();
    expect(runs.started).toEqual(['a', 'b']);
    runs.finish(1);
    await next;
  });
});
