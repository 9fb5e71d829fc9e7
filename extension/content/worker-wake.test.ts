import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerWake } from './worker-wake.ts';

afterEach(() => vi.useRealTimers());

describe('WorkerWake', () => {
  it('pings while in use and leaves no timer running once not', () => {
    vi.useFakeTimers();
    const ping = vi.fn();
    const wake = new WorkerWake(ping, 1000);
    wake.keepAlive(true);
    wake.keepAlive(true); // idempotent: one interval
    vi.advanceTimersByTime(3500);
    expect(ping).toHaveBeenCalledTimes(3);
    wake.keepAlive(false);
    expect(wake.keepingAlive).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(ping).toHaveBeenCalledTimes(3);
  });
});
