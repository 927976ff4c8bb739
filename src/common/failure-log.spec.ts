import { FailureLog } from './failure-log.js';

describe('FailureLog', () => {
  it('says the first failure, a reminder once a minute while failures go on, and the recovery', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new FailureLog('webhook dispatch', { warn: (m) => lines.push(`warn ${m}`), log: (m) => lines.push(`log ${m}`) }, 60_000, () => now);
    for (; now < 150_000; now += 1000) log.failed(new Error('connect ECONNREFUSED'));
    log.succeeded();
    log.succeeded();
    expect(lines).toEqual([
      'warn webhook dispatch failed: connect ECONNREFUSED',
      'warn webhook dispatch still failing after 60 s (61 failures): connect ECONNREFUSED',
      'warn webhook dispatch still failing after 120 s (121 failures): connect ECONNREFUSED',
      'log webhook dispatch works again after 150 s (150 failures)',
    ]);
    // A new outage is said again from its start.
    log.failed(new Error('timeout'));
    expect(lines.at(-1)).toBe('warn webhook dispatch failed: timeout');
  });

  it('says nothing more for a single failure followed by success', () => {
    const lines: string[] = [];
    const log = new FailureLog('sweep', { warn: (m) => lines.push(m), log: (m) => lines.push(m) });
    log.failed(new Error('deadlock detected'));
    log.succeeded();
    expect(lines).toEqual(['sweep failed: deadlock detected']);
  });
});
