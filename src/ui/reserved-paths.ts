// Paths the service answers itself: the SPA fallback must never hide their 404s, nor
// answer a client's slip there (a doubled slash from joining a base URL, /V1) with a 200 page of HTML.
const RESERVED = /^\/+(v1|docs|docs-json|health|metrics|admin)(\/|$|\?)/i;

export function isReservedPath(url: string): boolean {
  return RESERVED.test(url);
}

/** A path the UI's router owns (not reserved, no file extension): answered with index.html. */
export function isClientRoute(url: string): boolean {
  const path = url.split('?')[0];
  return !isReservedPath(url) && !/\.[a-z0-9]+$/i.test(path);
}
