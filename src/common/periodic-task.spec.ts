import { PeriodicTask } from './periodic-task.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicTask', () => {
  it('runs at once, then again after each interval, and keeps going after a failed run', async () => {
    const warnings: string[] = [];
    let runs = 0;
    const task = new PeriodicTask('sweep', 5, async () => {
      runs++;
      if (runs === 2) throw new Error('redis down');
    }, { warn: (message: string) => warnings.push(message), log: () => undefined });
    task.start();
    expect(runs).toBe(1);
    await tick(100);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(warnings).toEqual(['sweep failed: redis down']);
  });

  it('says a failure that repeats at every run once, not at every run, and when runs work again', async () => {
    // PostgreSQL away: four such tasks wrote two lines a second per worker for the whole outage.
    const lines: string[] = [];
    let runs = 0;
    const task = new PeriodicTask('reconcile', 1, async () => {
      runs++;
      if (runs <= 20) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    }, { warn: (message: string) => lines.push(`warn ${message}`), log: (message: string) => lines.push(`log ${message}`) });
    task.start();
    while (runs <= 21) await tick(5);
    await task.stop();
    expect(lines).toEqual([
      'warn reconcile failed: connect ECONNREFUSED 127.0.0.1:5432',
      expect.stringMatching(/^log reconcile works again after \d+ s \(20 failures\)$/),
    ]);
  });

  it('stop waits for the run in progress and schedules no other', async () => {
    let finished = false;
    let runs = 0;
    const task = new PeriodicTask('sweep', 1, async () => {
      runs++;
      await tick(30);
      finished = true;
    }, { warn: () => undefined, log: () => undefined });
    task.start();
    await task.stop();
    expect(finished).toBe(true);
    await tick(30);
    expect(runs).toBe(1);
  });
});
