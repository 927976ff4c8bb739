import { Allowlist, UnsafeUrlError, addressRefusal, assertSafeUrl, type LookupAll } from './url-guard.js';

const none = new Allowlist([]);
const resolvesTo =
  (...addresses: string[]): LookupAll =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('SSRF address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    // IPv4-compatible (::/96, deprecated): ipaddr.js calls these unicast, yet a ::/96 route (a sit tunnel) carries them to the IPv4 address.
    ['::7f00:1', 'loopback'],
    ['::7f00:2', 'loopback'],
    ['::a9fe:a9fe', 'link-local'],
    ['::a00:1', 'private'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(addressRefusal(address)).toContain(reason);
  });

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:93.184.215.14', '::5db8:d70e'])('allows public %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it('allowlists hosts exactly and addresses by CIDR', () => {
    const allow = new Allowlist(['localhost', '127.0.0.1/32', '::1']);
    expect(allow.allowsHost('LOCALHOST')).toBe(true);
    expect(allow.allowsHost('localhost.evil.example')).toBe(false);
    expect(allow.allowsAddress('127.0.0.1')).toBe(true);
    expect(allow.allowsAddress('::ffff:127.0.0.1')).toBe(true);
    expect(allow.allowsAddress('127.0.0.2')).toBe(false);
    expect(allow.allowsAddress('::1')).toBe(true);
  });
});

describe('assertSafeUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', /loopback/],
    ['http://[::1]/hook', /loopback/],
    ['http://[::ffff:127.0.0.1]/hook', /loopback/],
    ['http://[::7f00:1]/hook', /loopback/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['http://10.0.0.1/', /private/],
    ['http://0.0.0.0:3000/', /unspecified/],
    // Loopback written as a probe writes it: a number, hex, a short form, NAT64 and 6to4 wrappings.
    ['http://2130706433/hook', /loopback/],
    ['http://0x7f.1/hook', /loopback/],
    ['http://127.1/hook', /loopback/],
    ['http://[64:ff9b::7f00:1]/hook', /refused/],
    ['http://[2002:7f00:1::]/hook', /refused/],
    ['ftp://example.org/', /http or https/],
    ['http://user:pass@example.org/', /credentials/],
    ['https://example.org/hook#desk-a', /fragment/],
    ['https://example.org/hook#', /fragment/],
    // A URL parser reads a backslash as "/": "https://hooks\example.org/in" was refused as "hooks does not resolve".
    ['https://hooks\\example.org/in', /backslash/],
    ['https://example.org\\in', /backslash/],
    ['not a url', /absolute/],
    // Port 0 names no service: every delivery would fail to connect, with no word at registration.
    ['https://93.184.215.14:0/hook', /port 0/],
  ])('refuses %s', async (url, reason) => {
    await expect(assertSafeUrl(url, none, resolvesTo('93.184.215.14'))).rejects.toThrow(reason);
  });

  it('refuses a name when any address it resolves to is private', async () => {
    await expect(assertSafeUrl('https://rebind.example/', none, resolvesTo('93.184.215.14', '127.0.0.1'))).rejects.toThrow(
      /rebind\.example resolves to a loopback address \(127\.0\.0\.1\)/,
    );
    await expect(assertSafeUrl('https://nx.example/', none, async () => Promise.reject(new Error('ENOTFOUND')))).rejects.toThrow(
      UnsafeUrlError,
    );
  });

  it('refuses localhost through the real resolver, unless allowlisted', async () => {
    await expect(assertSafeUrl('http://localhost:9/', none)).rejects.toThrow(/loopback/);
    await expect(assertSafeUrl('http://localhost:9/', new Allowlist(['localhost']))).resolves.toBeInstanceOf(URL);
    await expect(assertSafeUrl('http://127.0.0.1:9/', new Allowlist(['127.0.0.0/8']))).resolves.toBeInstanceOf(URL);
  });

  it('tells how a development host is let through when an address is not public', async () => {
    const hint = /an operator can exempt a development host with WEBHOOK_ALLOWLIST/;
    await expect(assertSafeUrl('http://127.0.0.1:4000/', none)).rejects.toThrow(hint);
    await expect(assertSafeUrl('http://receiver.test/', none, resolvesTo('10.0.0.7'))).rejects.toThrow(hint);
  });

  it('accepts a public name', async () => {
    await expect(assertSafeUrl('https://cms.example.org/hook', none, resolvesTo('93.184.215.14'))).resolves.toBeInstanceOf(URL);
  });
});
