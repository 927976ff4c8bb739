import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('forgets entries after the TTL, and caches null as a value', () => {
    let now = 1000;
    const cache = new TtlCache<string, string | null>(100, 10, () => now);
    cache.set('a', 'A');
    cache.set('none', null);
    expect(cache.get('a')).toBe('A');
    expect(cache.get('none')).toBeNull();
    now += 100;
    expect(cache.get('a')).toBeUndefined();
  });

  it('evicts the oldest entry when full', () => {
    const cache = new TtlCache<number, number>(1000, 2);
    cache.set(1, 1);
    cache.set(2, 2);
    cache.set(3, 3);
    expect(cache.get(1)).toBeUndefined();
    expect(cache.get(3)).toBe(3);
  });

  it('caches nothing when the TTL is zero', () => {
    const cache = new TtlCache<string, string>(0);
    cache.set('a', 'A');
    expect(cache.get('a')).toBeUndefined();
  });
});
