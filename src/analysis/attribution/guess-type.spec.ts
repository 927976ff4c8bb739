import { guessSourceType } from './guess-type.js';

describe('guessSourceType', () => {
  it.each([
    // a company's legal form, written with its stop or comma
    ['BlackBerry Ltd.', 'company'],
    ['Acme, Inc.', 'company'],
    ['Axiom Capital Management', 'company'],
    ['Ministry of Health', 'government'],
    ['Jane Roe', 'person'],
    // "Co-Chairs" is no company: "co" alone is no legal form (nor a person: a name opening with "The" never is, round 16)
    ['The Co-Chairs', 'unknown'],
    // round 16: a newspaper's head word, and "The" before a name
    ['The National Enquirer', 'online-outlet'],
    ['The Evening Sentinel', 'online-outlet'],
    ['The Star', 'unknown'],
    ['Twilio', 'unknown'],
    // round 23: a middle initial does not count as a word of a person's name
    ['John F. Kennedy', 'person'],
    ['Kathaleen St. J. McCormick', 'person'],
    ['J. Doe', 'unknown'],
  ])('%s -> %s', (name, type) => {
    expect(guessSourceType(name)).toBe(type);
  });
});
