import { BOARD_COOKIE, boardSessionCookie, boardSessionToken } from './board-cookie.js';

describe('queue dashboard cookie', () => {
  // Over TLS it was Secure but bare-named: a page injected over plain HTTP could plant or overwrite it.
  it('is named __Secure- and Secure over TLS, kept to the board path', () => {
    expect(boardSessionCookie('s+1', 3600, true)).toBe(`__Secure-${BOARD_COOKIE}=s%2B1; Path=/admin/queues; Max-Age=3600; HttpOnly; SameSite=Strict; Secure`);
    // Plain HTTP (local development) cannot hold a __Secure- cookie and keeps the bare name.
    expect(boardSessionCookie('s+1', 60, false)).toBe(`${BOARD_COOKIE}=s%2B1; Path=/admin/queues; Max-Age=60; HttpOnly; SameSite=Strict`);
  });

  it('over TLS reads only the __Secure- cookie, which plain HTTP cannot set', () => {
    const planted = `${BOARD_COOKIE}=planted`;
    expect(boardSessionToken(planted, true)).toBeNull();
    expect(boardSessionToken(`${planted}; __Secure-${BOARD_COOKIE}=own%2B1`, true)).toBe('own+1');
    expect(boardSessionToken(`__Secure-${BOARD_COOKIE}=own; ${planted}`, false)).toBe('planted');
    expect(boardSessionToken(undefined, true)).toBeNull();
  });
});
