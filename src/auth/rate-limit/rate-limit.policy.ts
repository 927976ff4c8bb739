import { isIPv4, isIPv6 } from 'node:net';

/** The budgets requests draw from; each has its own limit and Redis key prefix. */
export const Budget = {
  /** Users and refused credentials, per client address. */
  CallerIp: 'ip',
  /** API keys, per key wherever the requests come from. */
  ApiKey: 'key',
  /** Article submissions per key or user: smaller than reads. */
  Submit: 'submit',
  /** Login attempts per client address, whatever the outcome. */
  LoginIp: 'login-ip',
  /** Readiness probes per client address. */
  HealthIp: 'health-ip',
} as const;
export type Budget = (typeof Budget)[keyof typeof Budget];

/**
 * The address a budget is kept for. An IPv6 client usually controls a whole
 * /64 (one per home or server), so it counts as one; IPv4-mapped IPv6
 * addresses count as their IPv4 address.
 */
export function clientKey(ip: string): string {
  const bare = ip.split('%')[0];
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1];
  if (isIPv4(bare) || !isIPv6(bare)) return bare;
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(ip: string): string[] {
  const [head, tail] = ip.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  let right = groups(tail);
  // An embedded IPv4 tail (::1.2.3.4) takes two groups.
  const last = right.at(-1) ?? left.at(-1);
  if (last && isIPv4(last)) {
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
    const v4 = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    if (right.length) right = [...right.slice(0, -1), ...v4];
    else left.splice(-1, 1, ...v4);
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16).toString(16));
}

/** Lock-out after the n-th failed login beyond the allowance: 1 min, 2, 4, ... capped at an hour. */
export function lockoutSeconds(lockouts: number): number {
  return Math.min(60 * 2 ** Math.max(0, lockouts - 1), 3600);
}
