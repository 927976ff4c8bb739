import { jsonProblem } from './body-checks.js';

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
});
