import { guessSourceType } from './guess-type.js';

describe('guessSourceType', () => {
  it.each([
    // a company's legal form, written with its stop or comma
    ['BlackBerry Ltd.', 'company'],
    ['Acme, Inc.', 'company'],
    ['Axiom Capital Management', 'company'],
    ['Ministry of Health', 'government'],
    ['Jane Roe', 'person'],
    // "Co-Chairs" is no company: "co" alone is no legal form
    ['The Co-Chairs', 'person'],
    ['Twilio', 'unknown'],
  ])('%s -> %s', (name, type) => {
    expect(guessSourceType(name)).toBe(type);
  });
});
