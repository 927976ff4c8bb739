import fc from 'fast-check';
import { newToken, type Token } from '../text/tokenize.js';
import { isCapitalized } from './mentions.js';

const word = (text: string): Token => newToken(0, text.length, text, 'PROPN');

describe('isCapitalized', () => {
  it.each(['iSuppli', 'eBay', 'iFixit', 'Reuters', 'NATO', 'Ürümqi'])('takes %s for a name', (text) => {
    expect(isCapitalized(word(text))).toBe(true);
  });

  it.each(['mRNA', 'kW', 'eBa', 'eB', 'said', '1.5%', '', '“Pravda”'])('does not take %s for one', (text) => {
    expect(isCapitalized(word(text))).toBe(false);
  });

  // the camel-case test is read from codes: it must say what the pattern says
  it('takes a lower-case word for a name exactly when it is written in camel case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aqzAQZ@[`{1é'), minLength: 0, maxLength: 6 }), (rest) => {
        const text = `e${rest}`;
        expect(isCapitalized(word(text))).toBe(/^[a-z][A-Z][a-z]{2,}/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
