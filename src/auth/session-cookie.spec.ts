import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { CSRF_HEADER, SESSION_COOKIE, clearedSessionCookie, cookieValue, overTls, requestToken, sessionCookie, sessionToken } from './session-cookie.js';

const cookie = `other=1; ${SESSION_COOKIE}=tok%2Ben`;

describe('session cookie', () => {
  it('reads the token from the cookie header', () => {
    expect(cookieValue(cookie, SESSION_COOKIE)).toBe('tok+en');
    expect(cookieValue('x=1', SESSION_COOKIE)).toBeNull();
    expect(cookieValue(undefined, SESSION_COOKIE)).toBeNull();
  });

  it('lets reads through without the CSRF header', () => {
    expect(sessionToken({ method: 'GET', headers: { cookie } })).toBe('tok+en');
  });

  it('refuses a cookie-authenticated write without the CSRF header', () => {
    expect(() => sessionToken({ method: 'POST', headers: { cookie } })).toThrow(ForbiddenException);
    expect(() => sessionToken({ method: 'DELETE', headers: { cookie, [CSRF_HEADER]: '0' } })).toThrow(ForbiddenException);
  });

  it('accepts a write with the header from the same origin, refuses one from another origin', () => {
    const headers = { cookie, [CSRF_HEADER]: '1', host: 'app.example.org' };
    expect(sessionToken({ method: 'POST', headers: { ...headers, origin: 'https://app.example.org' } })).toBe('tok+en');
    expect(sessionToken({ method: 'POST', headers })).toBe('tok+en');
    expect(() => sessionToken({ method: 'POST', headers: { ...headers, origin: 'https://evil.example' } })).toThrow(ForbiddenException);
  });

  it('compares the origin with the host the browser asked for, which a trusted proxy forwards', () => {
    // Behind a proxy that sends the upstream's Host (nginx's default), Fastify's request.host is the
    // X-Forwarded-Host of a proxy TRUST_PROXY trusts; the Host header alone refused every UI write.
    const headers = { cookie, [CSRF_HEADER]: '1', host: 'claimtrail:3000', origin: 'https://app.example.org' };
    expect(sessionToken({ method: 'POST', headers, host: 'app.example.org' })).toBe('tok+en');
    expect(() => sessionToken({ method: 'POST', headers, host: 'claimtrail:3000' })).toThrow(ForbiddenException);
    expect(() => sessionToken({ method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, host: 'app.example.org' })).toThrow(ForbiddenException);
  });

  it('refuses an API key put in the session cookie (401): keys go in the Authorization header', () => {
    const key = `ctk_${'A'.repeat(43)}`;
    expect(() => requestToken({ method: 'GET', headers: { cookie: `${SESSION_COOKIE}=${key}` } })).toThrow(UnauthorizedException);
    expect(requestToken({ method: 'GET', headers: { authorization: `Bearer ${key}` } })).toBe(key);
    // Signing out still clears such a cookie: sessionToken hands it over, and it ends no session.
    expect(sessionToken({ method: 'GET', headers: { cookie: `${SESSION_COOKIE}=${key}` } })).toBe(key);
  });

  it('over TLS reads only the __Host- cookie, which no other host can set', () => {
    const planted = `${SESSION_COOKIE}=planted`;
    expect(sessionToken({ method: 'GET', headers: { cookie: planted }, protocol: 'https' })).toBeNull();
    expect(sessionToken({ method: 'GET', headers: { cookie: `${planted}; __Host-${SESSION_COOKIE}=own` }, protocol: 'https' })).toBe('own');
    // Plain HTTP (local development) cannot hold a __Host- cookie and keeps the bare name.
    expect(sessionToken({ method: 'GET', headers: { cookie: planted }, protocol: 'http' })).toBe('planted');
  });

  // A scheme is case-insensitive: a proxy writing X-Forwarded-Proto: HTTPS got the bare, plantable cookie name.
  it('takes TLS however the proxy spells the scheme', () => {
    expect([overTls({ protocol: 'https' }), overTls({ protocol: 'HTTPS' }), overTls({ protocol: 'Https' })]).toEqual([true, true, true]);
    expect([overTls({ protocol: 'http' }), overTls({}), overTls({ protocol: 'https-ish' })]).toEqual([false, false, false]);
    const planted = `${SESSION_COOKIE}=planted`;
    expect(sessionToken({ method: 'GET', headers: { cookie: planted }, protocol: 'HTTPS' })).toBeNull();
  });

  it('returns null when there is no session cookie, whatever the method', () => {
    expect(sessionToken({ method: 'POST', headers: {} })).toBeNull();
  });

  it('is HttpOnly and SameSite=Strict, Secure only over TLS', () => {
    expect(sessionCookie('t', 60, false)).toBe(`${SESSION_COOKIE}=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=60`);
    expect(sessionCookie('t', 60, true)).toBe(`__Host-${SESSION_COOKIE}=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=60; Secure`);
    expect(clearedSessionCookie(true)).toMatch(new RegExp(`^__Host-${SESSION_COOKIE}=; Path=/;.*; Secure$`));
  });
});
