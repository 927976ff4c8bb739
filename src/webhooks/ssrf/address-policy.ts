import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Why an address may not be called, or null when it is an ordinary public
 * unicast address. IPv4-mapped IPv6 (::ffff:127.0.0.1) and IPv4-compatible
 * IPv6 (::7f00:1) are judged as the IPv4 address they carry. ipaddr.js names
 * the ranges; anything but plain unicast (loopback, private, link-local with
 * the cloud metadata service, unspecified, carrier-grade NAT, multicast,
 * reserved, ...) is refused.
 */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() === 'ipv6') parsed = ipv4Compatible(parsed as ipaddr.IPv6) ?? parsed;
  const range = parsed.range();
  if (range === 'unicast') return null;
  const named: Record<string, string> = {
    loopback: 'loopback',
    private: 'private',
    uniqueLocal: 'private',
    linkLocal: 'link-local (cloud metadata)',
    unspecified: 'unspecified',
    carrierGradeNat: 'carrier-grade NAT',
  };
  const name = named[range] ?? range;
  return `${address} is ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} address`;
}

/**
 * The IPv4 address an IPv4-compatible IPv6 address (::a.b.c.d, ::/96 but for
 * :: and ::1; deprecated by RFC 4291) carries, or null. ipaddr.js calls these
 * unicast, but a host with a ::/96 route (a sit tunnel) sends them to that
 * IPv4 address, so ::7f00:1 could reach loopback: judged as that address, as
 * ipaddr.js already does for the dotted form (::127.0.0.1 parses as mapped).
 */
function ipv4Compatible(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  if (parts.slice(0, 6).some((part) => part !== 0) || (parts[6] === 0 && parts[7] <= 1)) return null;
  return ipaddr.fromByteArray(address.toByteArray().slice(12)) as ipaddr.IPv4;
}

/** WEBHOOK_ALLOWLIST: host names matched exactly (case-insensitive), IPs and CIDRs by range. */
export class Allowlist {
  private readonly hosts = new Set<string>();
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      if (entry.includes('/')) this.ranges.push(ipaddr.parseCIDR(entry));
      else if (isIP(entry)) this.ranges.push([ipaddr.parse(entry), isIP(entry) === 4 ? 32 : 128]);
      else this.hosts.add(entry.toLowerCase());
    }
  }

  get empty(): boolean {
    return this.hosts.size === 0 && this.ranges.length === 0;
  }

  allowsHost(hostname: string): boolean {
    return this.hosts.has(hostname.toLowerCase().replace(/\.$/, ''));
  }

  allowsAddress(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    const parsed = ipaddr.process(address); // unwraps IPv4-mapped IPv6
    return this.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits));
  }
}

/** Why `address`, reached for `hostname`, is refused under the allowlist; null to allow. */
export function connectRefusal(hostname: string, address: string, allowlist: Allowlist): string | null {
  if (allowlist.allowsHost(hostname) || allowlist.allowsAddress(address)) return null;
  return addressRefusal(address);
}
