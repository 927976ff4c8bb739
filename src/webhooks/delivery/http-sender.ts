import { request, type Dispatcher } from 'undici';
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

const EXCERPT_CHARS = 1000;

/**
 * POSTs one message. Never throws: network errors, the timeout, SSRF
 * refusals and redirects (never followed) are outcomes like any status. At
 * most `maxBytes` of the answer are read, then the connection is dropped.
 */
export async function postMessage(
  dispatcher: Dispatcher,
  url: string,
  headers: Record<string, string>,
  body: string,
  limits: { timeoutMs: number; maxBytes: number },
): Promise<AttemptOutcome> {
  const started = performance.now();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // undici follows no redirect unless given its redirect interceptor: a 3xx is an outcome.
    const response = await request(url, { method: 'POST', headers, body, dispatcher, signal });
    const text = await readAnswer(response, limits.maxBytes);
    const statusCode = response.statusCode;
    const redirect = statusCode >= 300 && statusCode < 400;
    const location = response.headers['location'];
    return {
      ok: statusCode >= 200 && statusCode < 300,
      statusCode,
      durationMs: elapsed(),
      error: redirect
        ? `redirect (${statusCode}) to ${String(location ?? 'nowhere')} not followed: configure the final URL`
        : statusCode >= 300
          ? `receiver answered ${statusCode}`
          : null,
      responseExcerpt: text ? text.slice(0, EXCERPT_CHARS) : null,
      retryAfterMs: statusCode === 429 || statusCode === 503 ? parseRetryAfter(response.headers['retry-after']) : null,
      gone: statusCode === 410,
    };
  } catch (error) {
    return {
      ok: false,
      statusCode: null,
      durationMs: elapsed(),
      error: describe(error, signal, limits.timeoutMs),
      responseExcerpt: null,
      retryAfterMs: null,
      gone: false,
    };
  }
}

/**
 * The answer's body, at most `maxBytes` of it. One that declares its length
 * within the cap (most answers: empty, or a short "ok") is read whole in one
 * go; any other is read chunk by chunk and cut off at the cap.
 */
function readAnswer(response: Dispatcher.ResponseData, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (response.statusCode === 204 || response.statusCode === 304 || (Number.isInteger(declared) && declared <= maxBytes)) {
    return response.body.text();
  }
  return readCapped(response.body, maxBytes);
}

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = maxBytes - size;
    chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
    size += Math.min(chunk.length, room);
    if (size >= maxBytes) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `timed out after ${timeoutMs} ms`;
  const err = error as Error & { code?: string; cause?: Error & { code?: string } };
  const inner = err.cause ?? err;
  if (inner.name === 'SsrfRefusedError') return inner.message;
  const code = inner.code ?? err.code;
  return code ? `${code}: ${inner.message}` : inner.message;
}
