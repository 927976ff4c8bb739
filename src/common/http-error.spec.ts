import { errorBody, isUnavailable } from './http-error.js';

describe('http errors', () => {
  it('builds the one error shape', () => {
    expect(errorBody(413, 'too big')).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'too big' });
  });

  it('treats lost connections to PostgreSQL or Redis as 503 material', () => {
    expect(isUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isUnavailable({ driverError: { code: '57P01' } })).toBe(true);
    expect(isUnavailable({ name: 'QueueUnavailableError' })).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable({ code: '23505' })).toBe(false);
    expect(isUnavailable(new Error('boom'))).toBe(false);
  });
});
