import { nextAttempt, parseRetryAfter } from './retry-schedule.js';

const SVIX = [0, 5000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

describe('retry schedule', () => {
  it("follows Svix's schedule with ±20% jitter and stops after the last entry", () => {
    expect(nextAttempt(1, SVIX, null, () => 0.5)).toEqual({ retry: true, delayMs: 5000 });
    expect(nextAttempt(1, SVIX, null, () => 0)).toEqual({ retry: true, delayMs: 4000 });
    expect(nextAttempt(2, SVIX, null, () => 1)).toEqual({ retry: true, delayMs: 360_000 });
    expect(nextAttempt(7, SVIX, null, () => 0.5)).toEqual({ retry: true, delayMs: 36_000_000 });
    expect(nextAttempt(8, SVIX)).toEqual({ retry: false });
  });

  it('lets Retry-After lengthen a wait, never shorten it, and caps it at a day', () => {
    expect(nextAttempt(1, SVIX, 60_000, () => 0.5)).toEqual({ retry: true, delayMs: 60_000 });
    expect(nextAttempt(2, SVIX, 1000, () => 0.5)).toEqual({ retry: true, delayMs: 300_000 });
    expect(nextAttempt(1, SVIX, 10 * 86_400_000, () => 0.5)).toEqual({ retry: true, delayMs: 86_400_000 });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});
