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

describe('normalizeName', () => {
  // "Reuters\u200d" (a joiner names may hold) and "Reuters\u200e" were outlets of their own beside Reuters, listed
  // exactly like it: the registry's check that no two outlets answer to one name compares by this key.
  it('leaves out the characters Unicode shows as nothing', () => {
    for (const name of ['Reu\u00adters', 'Reu\u200bters', 'Reuters\u200d', 'Reuters\u200e', '\ufeffReuters', 'Reuters\u2060', 'Reuters\ufe0f', 'Reuters\u{e0041}']) {
      expect([name, normalizeName(name)]).toEqual([name, 'reuters']);
    }
    expect(normalizeName('The Wall\u00ad Street Journal')).toBe('wall street journal');
  });
});
