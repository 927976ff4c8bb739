// Paths the service answers itself: the SPA fallback must never hide their 404s, nor
// answer a client's slip there (a doubled slash from joining a base URL, /V1) with a 200 page of HTML.
// A path parameter (";x") ends the segment too: servers such as Tomcat and Spring drop it before
// routing, so a proxy in front of them reads `/v1;x/articles` as the API's.
const RESERVED = /^\/+(v1|docs|docs-json|health|metrics|admin)(\/|$|\?|;)/i;

// The API's own answers (under /v1).
const API = /^\/+v1(\/|$|\?|;)/i;

// What decoding can change: a percent sign, a backslash, a dot segment. A path without any (nearly
// every request: isApiPath runs on every answer) is read as written, without a URL parse.
const DECODABLE = /%|\\|\/\.\.?(\/|$)/;

/**
 * The path of a request target as a reader that decodes it sees it: the
 * router matches the raw path, so `/v1%2fusers` or `/x/%2e%2e/v1/users`
 * reached the UI's fallback and got its index.html, though every proxy, log
 * reader or client library that decodes the path reads an API route there.
 * Decoded until it no longer changes (a few times at most: `%252f`),
 * backslashes read as slashes and dot segments resolved, as a browser's URL
 * parser does; the query is left out. A doubled slash stays doubled.
 */
function decodedPath(url: string): string {
  let path = url.split('?')[0];
  if (!DECODABLE.test(path)) return path;
  for (let round = 0; round < 4; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  return new URL(`http://host${path.startsWith('/') || path.startsWith('\\') ? '' : '/'}${path}`).pathname;
}

export function isReservedPath(url: string): boolean {
  return isReserved(url, decodedPath(url));
}

function isReserved(url: string, path: string): boolean {
  return RESERVED.test(url) || RESERVED.test(path);
}

/** A request for the API (`/v1`), written plainly or percent-encoded: its answer is never cached. */
export function isApiPath(url: string): boolean {
  return API.test(url) || API.test(decodedPath(url));
}

// The queue dashboard: its page and JSON are the jobs' payloads and failure reasons, read with an admin's credentials.
const QUEUE_BOARD = /^\/+admin\/queues(\/|$|\?|;)/i;

/** An answer no cache may keep: the API's, and the queue dashboard's. */
export function isPrivateAnswerPath(url: string): boolean {
  return isApiPath(url) || QUEUE_BOARD.test(url) || QUEUE_BOARD.test(decodedPath(url));
}

/** A path the UI's router owns (not reserved, no file extension): answered with index.html. */
export function isClientRoute(url: string): boolean {
  const path = decodedPath(url);
  return !isReserved(url, path) && !/\.[a-z0-9]+$/i.test(path);
}
