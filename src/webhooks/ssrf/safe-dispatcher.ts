import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { connectRefusal, type Allowlist } from './address-policy.js';
import { bareHost } from './url-guard.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type LookupFn = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** A connection refused by the SSRF rules (the address it resolved to is private). */
export class SsrfRefusedError extends Error {
  readonly code = 'ESSRF';
  constructor(message: string) {
    super(message);
    this.name = 'SsrfRefusedError';
  }
}

/**
 * The DNS lookup the socket itself uses, checked: the address connected to
 * is the address judged, so a name that resolved to a public address at
 * registration and to 127.0.0.1 now (DNS rebinding) is still refused.
 */
export function checkedLookup(allowlist: Allowlist, resolve: LookupFn = dnsLookup as unknown as LookupFn): LookupFn {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      for (const { address } of list) {
        const refusal = connectRefusal(hostname, address, allowlist);
        if (refusal) return callback(new SsrfRefusedError(`refused to connect to ${hostname}: ${refusal}`), '');
      }
      if (list.length === 0) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * An undici dispatcher that never connects to a refused address: names go
 * through the checked lookup, IP literals (which sockets never look up) are
 * judged before connecting. Redirects are not followed (undici's default).
 */
export function safeDispatcher(allowlist: Allowlist, options: { connectTimeoutMs: number; lookup?: LookupFn }): Agent {
  const connector = buildConnector({ timeout: options.connectTimeoutMs, lookup: checkedLookup(allowlist, options.lookup) } as buildConnector.BuildOptions);
  return new Agent({
    connect: (opts, callback) => {
      const host = bareHost(opts.hostname);
      if (isIP(host)) {
        const refusal = connectRefusal(host, host, allowlist);
        if (refusal) return callback(new SsrfRefusedError(`refused to connect to ${host}: ${refusal}`), null);
      }
      connector(opts, callback);
    },
    keepAliveTimeout: 10_000,
    connections: 64,
  });
}
