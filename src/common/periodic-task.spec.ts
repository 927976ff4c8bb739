import { PeriodicTask } from './periodic-task.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicTask', () => {
  it('runs at once, then again after each interval, and keeps going after a failed run', async () => {
    const warnings: string[] = [];
    let runs = 0;
    const task = new PeriodicTask('sweep', 5, async () => {
      runs++;
      if (runs === 2) throw new Error('redis down');
    }, { warn: (message: string) => warnings.push(message) });
    task.start();
    expect(runs).toBe(1);
    await tick(100);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(warnings).toEqual(['sweep failed: redis down']);
  });

  it('stop waits for the run in progress and schedules no other', async () => {
    let finished = false;
    let runs = 0;
    const task = new PeriodicTask('sweep', 1, async () => {
      runs++;
      await tick(30);
      finished = true;
    }, { warn: () => undefined });
    task.start();
    await task.stop();
    expect(finished).toBe(true);
    await tick(30);
    expect(runs).toBe(1);
  });
});
