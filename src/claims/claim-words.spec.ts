import { createHash } from 'node:crypto';
import { claimFingerprint, claimWords } from './claim-words.js';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

describe('claimWords', () => {
  it.each([
    ['Russia’s foreign ministry said on Tuesday.', ['russia', 's', 'foreign', 'ministry', 'said', 'on', 'tuesday']],
    ['Pro-Russian forces fired 3.5 tonnes', ['pro', 'russian', 'forces', 'fired', '3', '5', 'tonnes']],
    ['  …  ', []],
    ['Zelensky visited Škoda’s plant in Mladá Boleslav', ['zelensky', 'visited', 'škoda', 's', 'plant', 'in', 'mladá', 'boleslav']],
  ])('%j', (text, words) => {
    expect(claimWords(text)).toEqual(words);
  });

  it('keeps a letter and its combining mark in one word (text not in NFC)', () => {
    expect(claimWords('Mlada\u0301 Boleslav')).toEqual(['mlada\u0301', 'boleslav']);
  });
});

describe('claimFingerprint', () => {
  it('is the md5 of the words joined by single spaces, as the column has always been for plain text', () => {
    // PostgreSQL's md5(btrim(regexp_replace(lower(text), '[^[:alnum:]]+', ' ', 'g'))) for this text:
    expect(claimFingerprint('  "Exports ROSE by 5%," the ministry said. ')).toBe(md5('exports rose by 5 the ministry said'));
  });

  it('is the same for texts that differ only in case, punctuation and spacing, and differs otherwise', () => {
    expect(claimFingerprint('The ministry said exports rose.')).toBe(claimFingerprint('the ministry said:  exports ROSE!'));
    expect(claimFingerprint('The ministry said exports rose.')).not.toBe(claimFingerprint('The ministry said exports fell.'));
  });
});
