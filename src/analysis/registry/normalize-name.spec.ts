import fc from 'fast-check';
import { normalizeName, normalizeWord } from './normalize-name.js';

describe('normalizeWord', () => {
  it.each(['Reuters', 'The', 'NATO', 'U.S.', 'Secretary-General', 'Wiśniewski', 'Kyiv’s', '“Pravda”', 'BoE', 'x', '1.5%'])('gives %s the key normalizeName gives it', (word) => {
    expect(normalizeWord(word, word.toLowerCase())).toBe(normalizeName(word));
  });

  it('agrees with normalizeName on any word', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ.-"`’“éİ\u0301\t'), minLength: 1, maxLength: 12 }), (word) => {
        expect(normalizeWord(word, word.toLowerCase())).toBe(normalizeName(word));
      }),
      { numRuns: 2000 },
    );
  });
});
