/**
 * At most one check in flight for a composer. A request made while one runs does not start another:
 * requests collapse into one follow-up that starts when the running one ends (so it reads the latest
 * draft). A slow check of an old draft (an enormous paste) never leaves a queue of older drafts behind it.
 */
export class OneInFlight {
  private running: Promise<void> | null = null;
  private followUp: { task: () => Promise<void>; done: Promise<void> } | null = null;

  /** True while a newer request waits: whatever the running check finds is already out of date. */
  get hasFollowUp(): boolean {
    return this.followUp !== null;
  }

  /** Runs `task` now, or once after the running one (the latest task requested wins). Settles when that run ends. */
  request(task: () => Promise<void>): Promise<void> {
    if (!this.running) return this.start(task);
    if (this.followUp) {
      this.followUp.task = task;
      return this.followUp.done;
    }
    const followUp: { task: () => Promise<void>; done: Promise<void> } = { task, done: Promise.resolve() };
    const next = () => {
      this.followUp = null;
      return this.start(followUp.task);
    };
    followUp.done = this.running.then(next, next);
    this.followUp = followUp;
    return followUp.done;
  }

  private start(task: () => Promise<void>): Promise<void> {
    const run: Promise<void> = task().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
