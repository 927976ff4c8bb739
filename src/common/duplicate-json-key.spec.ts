import { duplicateJsonKey } from './duplicate-json-key.js';

describe('duplicateJsonKey', () => {
  it('finds a key named twice in one object and the path of that object', () => {
    expect(duplicateJsonKey('{"role":"relay","role":"original"}')).toEqual({ key: 'role', path: 'body' });
    expect(duplicateJsonKey('{"sources":[{"role":"x"},{"name":"A","role":"relay","role":"original"}]}')).toEqual({
      key: 'role',
      path: 'body.sources[1]',
    });
    expect(duplicateJsonKey('{"a":{"b":[1,2,{"c":{"d":1,"d":2}}]}}')).toEqual({ key: 'd', path: 'body.a.b[2].c' });
  });

  it('compares keys as decoded text', () => {
    expect(duplicateJsonKey('{"role":1,"\\u0072ole":2}')).toEqual({ key: 'role', path: 'body' });
    expect(duplicateJsonKey('{"a\\"b":1,"a\\u0022b":2}')).toEqual({ key: 'a"b', path: 'body' });
  });

  it('lets the same key appear in different objects, and keys spelled in string values', () => {
    expect(duplicateJsonKey('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeNull();
    expect(duplicateJsonKey('{"text":"\\"text\\": 1, {\\"x\\":1,\\"x\\":2}","note":"a\\\\","x":"{,"}')).toBeNull();
    expect(duplicateJsonKey('[{"a":1},{"a":1}]')).toBeNull();
    expect(duplicateJsonKey('"just a string"')).toBeNull();
  });

  it('stays linear on an object with 100,000 keys', () => {
    // Four times the keys, about four times the time (a quadratic scan: sixteen); the fastest of three
    // runs each, so that a busy machine slows both sizes alike rather than failing a wall-clock bound.
    const timed = (keys: number) => {
      const wide = JSON.stringify(Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i])));
      const body = `${wide.slice(0, -1)},"k${keys - 1}":0}`;
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        expect(duplicateJsonKey(body)).toEqual({ key: `k${keys - 1}`, path: 'body' });
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    const small = timed(25_000);
    expect(timed(100_000) / small).toBeLessThan(8);
  });

  it('does not look deeper than it is told to', () => {
    expect(duplicateJsonKey('{"a":{"b":{"c":1,"c":2}}}', 'body', 2)).toBeNull();
    expect(duplicateJsonKey('{"a":{"b":{"c":1,"c":2}}}', 'body', 3)).toEqual({ key: 'c', path: 'body.a.b' });
  });
});
