import type { Dispatcher } from 'undici';
import { parseRetryAfter } from './retry-schedule.js';

/** What one POST to a receiver came to. */
export interface AttemptOutcome {
  /** 2xx */
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** The first bytes of the receiver's answer, for the delivery log. */
  responseExcerpt: string | null;
  retryAfterMs: number | null;
  /** 410 Gone: the receiver asks never to be called again. */
  gone: boolean;
}

type Headers = Record<string, string | string[] | undefined>;

const EXCERPT_CHARS = 1000;

/** Where a URL's requests go, parsed once per URL: endpoints are few, their messages many. */
const targets = new Map<string, { origin: string; path: string }>();
const TARGETS_MAX = 1000;

function target(url: string): { origin: string; path: string } {
  let found = targets.get(url);
  if (!found) {
    const parsed = new URL(url);
    found = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size >= TARGETS_MAX) targets.clear();
    targets.set(url, found);
  }
  return found;
}

/**
 * POSTs one message. Never throws: network errors, the timeout, SSRF
 * refusals and redirects (never followed) are outcomes like any status. At
 * most `maxBytes` of the answer are read, then the connection is dropped.
 *
 * Dispatched with a handler of its own rather than through undici's
 * `request()`: the answer (mostly an empty 204) is collected as it arrives,
 * with no response stream, and the timeout is a plain timer rather than an
 * AbortSignal per POST, which made up a good part of the service's CPU per
 * delivery. undici follows no redirect unless given its redirect
 * interceptor: a 3xx is an outcome.
 */
export function postMessage(
  dispatcher: Dispatcher,
  url: string,
  headers: Record<string, string>,
  body: string,
  limits: { timeoutMs: number; maxBytes: number },
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<AttemptOutcome>((resolve) => {
    let controller: Dispatcher.DispatchController | undefined;
    let timedOut = false;
    let settled = false;
    let statusCode = 0;
    let answerHeaders: Headers = {};
    const chunks: Buffer[] = [];
    let size = 0;
    const timeout = () => new Error(`timed out after ${limits.timeoutMs} ms`);
    let timer: NodeJS.Timeout | undefined = undefined;
    const settle = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    timer = setTimeout(() => {
      timedOut = true;
      if (controller) return controller.abort(timeout());
      // Still looking up or connecting: the attempt ends now, and the request is
      // aborted as soon as it reaches a connection, before anything is written.
      settle(failure(timeout(), true, limits.timeoutMs, elapsed()));
    }, limits.timeoutMs);
    const answered = () => settle(answerOutcome(statusCode, answerHeaders, chunks, elapsed()));
    let to: { origin: string; path: string };
    try {
      to = target(url);
    } catch (error) {
      return settle(failure(error, false, limits.timeoutMs, elapsed()));
    }
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (timedOut) c.abort(timeout());
      },
      onResponseStart(_c, code, responseHeaders) {
        if (code < 200) return; // informational: the answer follows
        statusCode = code;
        answerHeaders = responseHeaders;
      },
      onResponseData(c, chunk) {
        if (statusCode === 0) return;
        const room = limits.maxBytes - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (size >= limits.maxBytes) {
          // Enough read: record what came and drop the connection.
          answered();
          c.abort(new Error('answer cut off at the read cap'));
        }
      },
      onResponseEnd() {
        answered();
      },
      onResponseError(_c, error) {
        // The status arrived before the answer broke off (timed out, reset): the
        // receiver has answered, and a 2xx is a delivery; a retry would repeat it.
        if (statusCode !== 0) {
          const why = timedOut ? `timed out after ${limits.timeoutMs} ms` : describe(error);
          return settle(answerOutcome(statusCode, answerHeaders, chunks, elapsed(), `(the rest of the answer did not arrive: ${why})`));
        }
        settle(failure(error, timedOut, limits.timeoutMs, elapsed()));
      },
    };
    try {
      dispatcher.dispatch({ origin: to.origin, path: to.path, method: 'POST', headers, body }, handler);
    } catch (error) {
      settle(failure(error, false, limits.timeoutMs, elapsed()));
    }
  });
}

function answerOutcome(statusCode: number, headers: Headers, chunks: Buffer[], durationMs: number, cutOff?: string): AttemptOutcome {
  // PostgreSQL text holds no NUL, and a receiver's answer may: one would fail the whole batch's record.
  const read = excerptOf(headers, chunks);
  const text = cutOff ? `${read.slice(0, EXCERPT_CHARS - cutOff.length - 1)} ${cutOff}`.trimStart() : read;
  const redirect = statusCode >= 300 && statusCode < 400;
  const location = headers['location'];
  return {
    ok: statusCode >= 200 && statusCode < 300,
    statusCode,
    durationMs,
    error: redirect
      ? `redirect (${statusCode}) to ${String(location ?? 'nowhere')} not followed: configure the final URL`
      : statusCode >= 300
        ? `receiver answered ${statusCode}`
        : null,
    responseExcerpt: text ? text.slice(0, EXCERPT_CHARS) : null,
    retryAfterMs: statusCode === 429 || statusCode === 503 ? parseRetryAfter(headers['retry-after']) : null,
    gone: statusCode === 410,
  };
}

/**
 * The answer as text. A compressed one (a receiver may gzip whatever it is
 * asked) would read as mojibake in the delivery log, so it is named, not shown.
 */
function excerptOf(headers: Headers, chunks: Buffer[]): string {
  if (chunks.length === 0) return '';
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    return `(a ${encoding}-encoded answer, ${bytes} bytes read, not shown)`;
  }
  return Buffer.concat(chunks).toString('utf8').replaceAll('\0', '\uFFFD');
}

function failure(error: unknown, timedOut: boolean, timeoutMs: number, durationMs: number): AttemptOutcome {
  return {
    ok: false,
    statusCode: null,
    durationMs,
    error: timedOut ? `timed out after ${timeoutMs} ms` : describe(error),
    responseExcerpt: null,
    retryAfterMs: null,
    gone: false,
  };
}

function describe(error: unknown): string {
  const err = error as Error & { code?: string; cause?: Error & { code?: string } };
  const inner = err.cause ?? err;
  if (inner.name === 'SsrfRefusedError') return inner.message;
  const code = inner.code ?? err.code;
  return code ? `${code}: ${inner.message}` : inner.message;
}
