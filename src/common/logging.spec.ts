import { redact } from './redact-url.js';
import { requestIdOf, safeUrl } from './logging.js';

describe('log hygiene', () => {
  it('keeps a sane X-Request-Id and replaces anything else', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'trace-42' } } as never)).toBe('trace-42');
    expect(requestIdOf({ headers: { 'x-request-id': 'x'.repeat(500) } } as never)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ headers: { 'x-request-id': 'a\nb' } } as never)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs the Bull Board token or a database password', () => {
    expect(safeUrl('/admin/queues?token=eyJhbGci.secret&x=1')).toBe('/admin/queues?token=[redacted]&x=1');
    // An encoded parameter name is still the same parameter.
    expect(safeUrl('/admin/queues?%74oken=eyJhbGci.secret')).toBe('/admin/queues?%74oken=[redacted]');
    expect(safeUrl('/x?a=1&CODE=abc&key=k')).toBe('/x?a=1&CODE=[redacted]&key=[redacted]');
    // An exact list of names let the usual spellings of a credential through.
    for (const name of ['api_key', 'apiKey', 'api-key', 'client_secret', 'refresh_token', 'id_token', 'sig', 'signature', 'passwd', 'jwt', 'session']) {
      expect(safeUrl(`/v1/articles?${name}=ctk_live_secret&limit=5`)).toBe(`/v1/articles?${name}=[redacted]&limit=5`);
    }
    expect(safeUrl('/v1/articles?status=analyzed&offset=10&q=monkey')).toBe('/v1/articles?status=analyzed&offset=10&q=monkey');
    expect(redact('postgres://app:hunter2@db:5432/claimtrail')).toBe('postgres://app:***@db:5432/claimtrail');
    // pg and ioredis read a password given as a query parameter too; it was logged as it stood.
    expect(redact('postgres://app@db:5432/claimtrail?password=hunter2&sslmode=require')).toBe('postgres://app@db:5432/claimtrail?password=***&sslmode=require');
    expect(redact('redis://cache:6379?Password=hunter2')).not.toMatch(/hunter2/);
    expect(redact('postgres://app@db/claimtrail?sslpassword=hunter2')).not.toMatch(/hunter2/);
  });
});
