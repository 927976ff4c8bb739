import { cookieValue } from '../auth/session-cookie.js';

export const BULL_BOARD_PATH = '/admin/queues';

/** The queue dashboard's session cookie over plain HTTP (local development). */
export const BOARD_COOKIE = 'claimtrail_board';

/**
 * Its name over TLS. The __Host- prefix of the session cookie needs Path=/,
 * and this cookie is kept to the board's path; __Secure- still has browsers
 * take it only with Secure from an https page, so a page injected over plain
 * HTTP cannot plant or overwrite it.
 */
export const SECURE_BOARD_COOKIE = `__Secure-${BOARD_COOKIE}`;

function boardCookieName(secure: boolean): string {
  return secure ? SECURE_BOARD_COOKIE : BOARD_COOKIE;
}

/** Set-Cookie value for a board session; Secure and __Secure- whenever the sign-in came over TLS. */
export function boardSessionCookie(session: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = `Path=${BULL_BOARD_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  return `${boardCookieName(secure)}=${encodeURIComponent(session)}; ${attributes}`;
}

/** The board session a request carries. Over TLS only the __Secure- cookie counts: a bare-named one may have been planted over HTTP. */
export function boardSessionToken(cookieHeader: unknown, secure: boolean): string | null {
  return cookieValue(cookieHeader, boardCookieName(secure));
}
