import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** Cookie-authenticated writes must carry this header (the service's CSRF defence). */
export const CSRF_HEADER = 'x-claimtrail-csrf';
/** The API's largest claim page, which holds a whole article (it stores at most as many claims). */
export const WHOLE_ARTICLE = 1000;

type ExpiryListener = () => void;
const expiryListeners = new Set<ExpiryListener>();

/** Called whenever the API answers 401: the session has expired or was revoked. */
export function onSessionExpired(listener: ExpiryListener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

/**
 * From a sign-out until the next sign-in, reads are dropped: those under way are aborted and new ones
 * never sent. A refresh in flight (the inbox's) reached the service after the session ended and came
 * back 401, two errors in the console for a sign-out the person chose. Writes are left to finish:
 * dropping one would leave unknown whether it was recorded.
 */
let reads = new AbortController();
let signedOut = false;

export function dropReads(): void {
  signedOut = true;
  reads.abort();
}

export function allowReads(): void {
  if (!signedOut) return;
  signedOut = false;
  reads = new AbortController();
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set(CSRF_HEADER, '1');
    if (request.method !== 'GET') return request;
    return new Request(request, { signal: AbortSignal.any([request.signal, reads.signal]) });
  },
  onResponse({ request, response }) {
    const signingIn = request.url.endsWith('/v1/auth/session');
    // A write that ends after the person chose to sign out is not a session that expired.
    if (response.status === 401 && !signingIn && !signedOut) expiryListeners.forEach((l) => l());
    return response;
  },
  // fetch rejects with a bare TypeError ("Failed to fetch") when the service cannot be
  // reached; that was the whole message people saw. Aborts stay as they are (queries cancel).
  onError({ error }) {
    return error instanceof TypeError ? new NetworkError() : (error as Error);
  },
};

/** The service could not be reached (offline, a dropped connection, the service restarting). */
export class NetworkError extends Error {
  constructor() {
    super('Could not reach claimtrail: check your connection and try again');
  }
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(session);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the service's message in plain words. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = result.error as { message?: string | string[] } | undefined;
  const message = Array.isArray(body?.message) ? body.message.join('; ') : body?.message;
  throw new ApiError(result.response.status, plainMessage(result.response, message));
}

/**
 * What a fact-checker reads when a request fails. The service's own words for
 * what they did (a 403's "the approval stage is for editors", a 409, a 422's
 * field) stay; the answers about the service itself said "internal error; the
 * request id in the X-Request-Id header helps…", "a backing service (database
 * or queue) is unavailable", or nothing at all from a proxy's 502: those say
 * what happened and what to do, with the request id support needs.
 */
export function plainMessage(response: Response, message: string | undefined): string {
  const { status } = response;
  const retryAfter = Number(response.headers.get('retry-after'));
  const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? `in ${retryAfter} second${retryAfter === 1 ? '' : 's'}` : 'in a moment';
  if (status === 429) return `Too many requests for now: try again ${wait}.`;
  // The service counts bytes and names its setting ("… 204800 bytes (UTF-8); split the article or raise
  // ARTICLE_MAX_TEXT_BYTES"): the person who pasted the article needs the size it may be and what to do.
  if (status === 413) {
    const limit = Number(/limit of (\d+) bytes/.exec(message ?? '')?.[1]);
    return `Too large for claimtrail${limit > 0 ? ` (at most ${Math.floor(limit / 1024)} KB)` : ''}: split it into parts and send each.`;
  }
  if (status >= 502) return `claimtrail is not available for a moment: try again ${wait}.`;
  if (status >= 500) {
    const id = response.headers.get('x-request-id');
    return `Something went wrong in claimtrail: try again; if it keeps happening, give support this reference: ${id ?? `HTTP ${status}`}.`;
  }
  return message || `The request was refused (HTTP ${status}).`;
}

/** Releasing a lease while the page unloads: keepalive lets the request outlive the page. */
export function releaseOnUnload(claimId: string): void {
  void fetch(`/v1/claims/${claimId}/release`, {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers: { [CSRF_HEADER]: '1' },
  }).catch(() => undefined);
}
