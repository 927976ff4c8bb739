import { RedisOutageLog } from './redis-outage-log.js';

function outageLog() {
  const lines: string[] = [];
  let now = 0;
  const log = new RedisOutageLog('redis://:hunter2@cache.internal:6390/0', { warn: (l) => lines.push(`warn ${l}`), log: (l) => lines.push(`log ${l}`) }, 60_000, () => now);
  return { log, lines, at: (ms: number) => (now = ms) };
}

const refused = new Error('connect ECONNREFUSED 10.0.0.7:6390');

describe('RedisOutageLog', () => {
  it('says once where Redis was expected and which variable sets it, hiding the password', () => {
    const { log, lines } = outageLog();
    for (let i = 0; i < 30; i++) expect(log.failed(refused)).toBe(true);
    expect(lines).toEqual([
      'warn Redis at redis://:***@cache.internal:6390/0 (REDIS_URL) is unreachable: connect ECONNREFUSED 10.0.0.7:6390; workers take no jobs until it is back',
    ]);
    expect(log.isDown()).toBe(true);
  });

  it('reminds once a minute while the outage lasts, and says when Redis is back', () => {
    const { log, lines, at } = outageLog();
    log.failed(refused);
    at(59_000);
    log.failed(refused);
    at(61_000);
    log.failed(refused);
    at(75_000);
    log.ready();
    log.ready();
    expect(lines.slice(1)).toEqual([
      'warn Redis at redis://:***@cache.internal:6390/0 (REDIS_URL) still unreachable after 61 s: connect ECONNREFUSED 10.0.0.7:6390',
      'log Redis at redis://:***@cache.internal:6390/0 is reachable again after 75 s',
    ]);
    expect(log.isDown()).toBe(false);
  });

  it('leaves errors that are not an outage to the caller', () => {
    const { log, lines } = outageLog();
    expect(log.failed(new Error('Missing lock for job 42. moveToFinished'))).toBe(false);
    log.ready();
    expect(lines).toEqual([]);
  });
});
