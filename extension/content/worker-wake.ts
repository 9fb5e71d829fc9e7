/**
 * Chrome stops an extension's worker after about 30 s without events, typically while someone pauses
 * mid-message; the next check would then wait for the worker to start. Two cheap remedies:
 * - while a composer has focus in a visible tab, a message every KEEP_ALIVE_MS keeps the worker up;
 * - the first keystroke of a typing burst wakes it at once, so it starts during the typing pause.
 * No timer runs while no composer is in use.
 */
export const KEEP_ALIVE_MS = 20_000;

export class WorkerWake {
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly sendKeepAlive: () => void,
    private readonly everyMs = KEEP_ALIVE_MS,
  ) {}

  /** Starts or stops keeping the worker alive. */
  keepAlive(inUse: boolean): void {
    if (inUse && this.interval === undefined) this.interval = setInterval(this.sendKeepAlive, this.everyMs);
    else if (!inUse && this.interval !== undefined) {
      clearInterval(this.interval);
      this.interval = undefined;
    }
  }

  get keepingAlive(): boolean {
    return this.interval !== undefined;
  }
}
