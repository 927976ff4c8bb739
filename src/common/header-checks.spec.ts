import { headerProblem, targetProblem } from './header-checks.js';

describe('headerProblem', () => {
  const host = ['Host', 'claimtrail.example'];

  it('passes one of each, whatever the case of the names, and repeated list headers', () => {
    expect(headerProblem([...host, 'authorization', 'Bearer a', 'content-type', 'application/json', 'Accept', 'a', 'Accept', 'b'], '1.1')).toBeNull();
  });

  // Node keeps the first copy and drops the others: a proxy reading another one would disagree with the service.
  it.each(['Host', 'Authorization', 'Content-Type'])('names %s sent twice', (name) => {
    expect(headerProblem([...host, name, 'one', name.toUpperCase(), 'two'], '1.1')).toBe(
      `the ${name} header is sent more than once; send it once`,
    );
  });

  it('refuses an HTTP/1.1 request without Host, not an HTTP/1.0 one', () => {
    expect(headerProblem(['Accept', '*/*'], '1.1')).toBe('an HTTP/1.1 request must send a Host header');
    expect(headerProblem(['Accept', '*/*'], '1.0')).toBeNull();
  });
});

describe('targetProblem', () => {
  it('names a fragment in the request target, wherever it sits', () => {
    for (const url of ['/v1/articles#x', '/v1/articles?page=2#top', '/#']) expect(targetProblem(url)).toMatch(/fragment/);
  });

  it('passes a target without one, an encoded # included', () => {
    for (const url of ['/v1/articles', '/v1/articles?q=%23tag', undefined]) expect(targetProblem(url)).toBeNull();
  });
});
