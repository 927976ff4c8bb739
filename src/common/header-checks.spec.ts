import { headerProblem } from './header-checks.js';

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
