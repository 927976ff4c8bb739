import { tokenLifetimeSeconds } from './token-lifetime.js';

describe('tokenLifetimeSeconds', () => {
  it.each([
    ['900', 900],
    ['45s', 45],
    ['15m', 900],
    ['12h', 43_200],
    ['7d', 604_800],
    [' 2H ', 7200],
  ])('reads %p as %p seconds', (value, seconds) => {
    expect(tokenLifetimeSeconds(value)).toBe(seconds);
  });

  it.each(['', '0', '-5m', '1.5h', '2 days', '12w', 'soon'])('rejects %p naming JWT_EXPIRES_IN', (value) => {
    expect(() => tokenLifetimeSeconds(value)).toThrow(/JWT_EXPIRES_IN/);
  });
});
