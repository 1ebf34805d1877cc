import type { LimiterClock } from '../../src/aws/call-limiter.js';

/** A clock that moves only when told: `advance(ms)` wakes every sleeper due by then, in order. */
export class FakeClock implements LimiterClock {
  private time = 0;
  private sleepers: { readonly due: number; readonly wake: () => void }[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.sleepers.push({ due: this.time + ms, wake: resolve }));
  }

  /** Moves time forward by `ms`, waking sleepers as their time comes and letting promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const next = this.sleepers.filter((s) => s.due <= end).sort((a, b) => a.due - b.due)[0];
      if (next === undefined) break;
      this.time = Math.max(this.time, next.due);
      this.sleepers = this.sleepers.filter((s) => s !== next);
      next.wake();
    }
    this.time = end;
    await settle();
  }
}

/** Lets every pending promise callback run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
