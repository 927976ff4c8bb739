import { jsonProblem, queryEncodingProblem } from './body-checks.js';

describe('jsonProblem', () => {
  it('finds NUL in any string, however deep, and names the field', () => {
    expect(jsonProblem({ evidence: [{ url: 'https://x', quote: 'a\u0000b' }] })).toBe('body.evidence[0].quote contains a NUL character');
    expect(jsonProblem({ note: 'ok', reason: 'fine' })).toBeNull();
    expect(jsonProblem({ 'k\u0000': 1 })).toBe('body key contains a NUL character');
  });

  it('refuses lone surrogates and accepts paired ones', () => {
    expect(jsonProblem({ text: 'abc \ud800 def' })).toMatch(/body.text contains an unpaired UTF-16 surrogate/);
    expect(jsonProblem({ text: 'abc \udc00' })).toMatch(/unpaired/);
    expect(jsonProblem({ text: 'emoji \ud83d\ude00 ok' })).toBeNull();
  });

  it('refuses nesting deeper than 32 levels without recursing further', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonProblem({ text: deep })).toMatch(/nested more than 32 levels deep/);
    let ok: unknown = 'leaf';
    for (let i = 0; i < 30; i++) ok = { a: ok };
    expect(jsonProblem(ok)).toBeNull();
  });

  // class-transformer's plainToInstance is quadratic in an object's keys: POST /v1/auth/login with
  // 100,000 unknown members (1.5 MB, no credentials needed) held the event loop for 8 s and answered 3.4 MB.
  it('refuses a body with more than 1,000 object members in all, counted across nested objects', () => {
    const members = (n: number, prefix = 'k') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]));
    expect(jsonProblem({ email: 'a@example.org', ...members(100_000) })).toBe('body has more than 1000 members in its objects');
    expect(jsonProblem({ evidence: Array.from({ length: 20 }, (_, i) => members(60, `e${i}-`)) })).toBe('body has more than 1000 members in its objects');
    expect(jsonProblem({ sources: Array.from({ length: 10 }, () => ({ role: 'original', name: 'X', cue: { start: 0, end: 1 } })) })).toBeNull();
    expect(jsonProblem({ aliases: Array.from({ length: 5000 }, (_, i) => `alias ${i}`) })).toBeNull();
    expect(jsonProblem(members(1000))).toBeNull();
  });

  // class-transformer copies every element of a list before validation says the field takes none: a signed-in
  // caller's {"text": [0, 0, ...]} (a million numbers in 2 MB) cost a third of a second of CPU for "text must be a string".
  it('refuses a body with more than 10,000 list elements in all, counted across nested lists', () => {
    const numbers = Array.from({ length: 1_000_000 }, () => 0);
    expect(jsonProblem({ text: numbers })).toBe('body has more than 10000 elements in its lists');
    expect(jsonProblem({ text: numbers.slice(0, 9_999), aliases: [1, 2] })).toBe('body has more than 10000 elements in its lists');
    expect(jsonProblem({ aliases: numbers.slice(0, 10_000) })).toBeNull();
  });

  it('names where a problem is deep inside lists and objects', () => {
    const strings: unknown[] = Array.from({ length: 1_000 }, () => 'ok');
    strings[999] = { quotes: ['fine', 'bad\u0000'] };
    expect(jsonProblem({ evidence: strings })).toBe('body.evidence[999].quotes[1] contains a NUL character');
    expect(jsonProblem({ evidence: [{ 'k\u0000': 1 }] })).toBe('body.evidence[0] key contains a NUL character');
  });

  // class-transformer drops these without a word: they were answered as if absent, where any other
  // unknown member is refused by the validation pipe.
  it('refuses members named like built-ins of JavaScript objects, however deep', () => {
    const query = Object.assign(Object.create(null) as object, { q: 'Wall', toString: '1' });
    expect(jsonProblem(query, 'query')).toBe('property query.toString should not exist');
    const proto = Object.create(null) as Record<string, unknown>;
    proto['__proto__'] = '1';
    expect(jsonProblem(proto, 'query')).toBe('property query.__proto__ should not exist');
    expect(jsonProblem(JSON.parse('{"name":"x","constructor":1}'))).toBe('property body.constructor should not exist');
    expect(jsonProblem(JSON.parse('{"evidence":[{"url":"https://x.org","hasOwnProperty":1}]}'))).toBe('property body.evidence[0].hasOwnProperty should not exist');
    expect(jsonProblem({ names: ['constructor', 'toString'], note: 'the constructor said' })).toBeNull();
  });
});

describe('queryEncodingProblem', () => {
  // The query parser kept a broken escape as written: ?q=%ZZWall searched for "%ZZWall".
  it('refuses broken percent-escapes and escapes that are not UTF-8', () => {
    for (const url of ['/v1/outlets?q=%ZZWall', '/v1/outlets?q=Wall%', '/v1/outlets?q=%E0%A4%A', '/v1/outlets?q=%ED%A0%80', '/v1/outlets?%C3=1']) {
      expect(queryEncodingProblem(url)).toMatch(/^the query string is malformed/);
    }
  });

  it('accepts well-formed escapes, plus signs and URLs without a query', () => {
    for (const url of ['/v1/outlets?q=Wall+Street%20Journal', '/v1/outlets?q=%F0%9F%98%80%D7%A9', '/v1/outlets?q=100%25', '/v1/outlets', '/v1/a%20b']) {
      expect(queryEncodingProblem(url)).toBeNull();
    }
  });
});
