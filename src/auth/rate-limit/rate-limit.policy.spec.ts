import { clientKey, lockoutSeconds } from './rate-limit.policy.js';

describe('clientKey', () => {
  it('groups IPv6 addresses by /64, however they are written', () => {
    expect(clientKey('2001:db8:abcd:12::1')).toBe('2001:db8:abcd:12::/64');
    expect(clientKey('2001:db8:abcd:12:ffff:ffff:ffff:fffe')).toBe('2001:db8:abcd:12::/64');
    expect(clientKey('2001:0db8:abcd:0012:0000:0000:0000:0001')).toBe('2001:db8:abcd:12::/64');
    expect(clientKey('2001:db8:abcd:13::1')).not.toBe(clientKey('2001:db8:abcd:12::1'));
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps IPv4 addresses, including IPv4-mapped IPv6 ones, as they are', () => {
    expect(clientKey('10.0.0.1')).toBe('10.0.0.1');
    expect(clientKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(clientKey('unknown')).toBe('unknown');
  });
});

describe('lockoutSeconds', () => {
  it('doubles with every lock-out, up to an hour', () => {
    expect([1, 2, 3, 4, 7, 20].map(lockoutSeconds)).toEqual([60, 120, 240, 480, 3600, 3600]);
  });
});
