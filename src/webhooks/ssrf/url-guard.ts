import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import { Allowlist, addressRefusal, connectRefusal } from './address-policy.js';

export type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

const lookupAll: LookupAll = (hostname) => promisify(dnsLookup)(hostname, { all: true, verbatim: true });

/** The URL may not be called; `message` names the reason (shown to the admin as a 400). */
export class UnsafeUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeUrlError';
  }
}

/**
 * Said with every refusal of a non-public address: a developer registering
 * their local receiver (examples/webhook-receiver) learns the one setting
 * that lets it through, instead of guessing.
 */
const ALLOWLIST_HINT = '; an operator can exempt a development host with WEBHOOK_ALLOWLIST (e.g. localhost,127.0.0.1/32)';

/** `[::1]` -> `::1`: URL keeps the brackets of an IPv6 host. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * Checks a webhook URL when it is registered: http(s), no credentials, and
 * every address its host resolves to is public (or allowlisted). The same
 * rule runs again at connect time (see safe-dispatcher.ts), which is what
 * defeats DNS rebinding; this check gives the admin an early, clear 400.
 */
export async function assertSafeUrl(raw: string, allowlist: Allowlist, lookup: LookupAll = lookupAll): Promise<URL> {
  // URL parsers read it as "/", so the host would be cut short and refused for a name nobody typed.
  if (raw.includes('\\')) throw new UnsafeUrlError('url must not contain a backslash (\\): write "/" in a path, or %5C');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('url must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UnsafeUrlError('url must use http or https');
  if (url.username || url.password) throw new UnsafeUrlError('url must not carry credentials');
  // A fragment is never sent: "https://hooks.example/in#desk-a" would be stored and shown as an address it is not.
  if (raw.includes('#')) throw new UnsafeUrlError('url must not carry a fragment (#...): it is never sent to the receiver');
  // Port 0 names no service: every delivery would fail to connect, with no word at registration.
  if (url.port === '0') throw new UnsafeUrlError('url must not use port 0');
  const host = bareHost(url.hostname);
  if (allowlist.allowsHost(host)) return url;
  if (isIP(host)) {
    const refusal = connectRefusal(host, host, allowlist);
    if (refusal) throw new UnsafeUrlError(`url refused: ${refusal}${ALLOWLIST_HINT}`);
    return url;
  }
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch {
    throw new UnsafeUrlError(`url refused: ${host} does not resolve`);
  }
  for (const { address } of addresses) {
    const refusal = connectRefusal(host, address, allowlist);
    if (refusal) throw new UnsafeUrlError(`url refused: ${host} resolves to ${refusal.replace(/^\S+ is /, '')} (${address})${ALLOWLIST_HINT}`);
  }
  return url;
}

export { addressRefusal, Allowlist };
