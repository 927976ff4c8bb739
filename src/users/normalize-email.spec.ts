import { normalizeEmail } from './users.service.js';

describe('normalizeEmail', () => {
  it('gives one spelling to an address however its accents were typed', () => {
    const composed = 'j\u00e4ger@example.org'; // "ä" as one code point (NFC)
    const decomposed = 'ja\u0308ger@example.org'; // "a" + combining diaeresis (NFD): looks the same
    expect(normalizeEmail(decomposed)).toBe(composed);
    expect(normalizeEmail(' JA\u0308GER@Example.org ')).toBe(composed);
    expect(normalizeEmail(composed)).toBe(composed);
  });
});
