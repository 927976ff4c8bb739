import { searchQuery, searchVector } from './claim-search.js';

describe('searchVector', () => {
  it('indexes stems by word position, stop words left out but counted', () => {
    expect(searchVector('The exports rose, and exports rose today.')).toBe("'export':2,5 'rose':3,6 'today':7");
  });

  it('stems with Porter2 and keeps numbers and non-English words as written', () => {
    expect(searchVector('Artillery shelling of Kharkiv’s 2nd district: 3.5 km')).toBe(
      "'artilleri':1 'shell':2 'kharkiv':4 '2nd':6 'district':7 '3':8 '5':9 'km':10",
    );
    expect(searchVector('Мирні жителі в Харкові')).toBe("'мирні':1 'жителі':2 'в':3 'харкові':4");
  });

  it('keeps a run of letters longer than any English word as written, in the query too', () => {
    const madeUp = `${'e'.repeat(70)}ing`;
    expect(searchVector(`${madeUp} rising`)).toBe(`'${madeUp}':1 'rise':2`);
    expect(searchQuery(madeUp)).toBe(`'${madeUp}'`);
    expect(searchVector('pneumonoultramicroscopicsilicovolcanoconiosis')).toBe("'pneumonoultramicroscopicsilicovolcanoconiosi':1");
  });

  it('indexes an article’s worth of long made-up words without holding the event loop', () => {
    // Distinct words, so that no lexeme comes from the cache; the stemmer took about 0.7 s for these.
    const words = Array.from({ length: 780 }, (_, i) => `${'e'.repeat(240)}q${i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)])}`);
    const started = performance.now();
    searchVector(words.join(' '));
    expect(performance.now() - started).toBeLessThan(150);
  });

  it('indexes a letter with a diacritic as the letter without it, as the query reads it', () => {
    // Lower case, Turkish 'İ' is 'i' and a combining dot above: "İstanbul" was not found by "istanbul".
    expect(searchVector('İstanbul’s mayor')).toBe("'istanbul':1 'mayor':3");
    expect(searchVector('Mladá Boleslav, Mlada\u0301 Boleslav, Kraków, Ёлки')).toBe("'mlada':1,3 'boleslav':2,4 'krakow':5 'елки':6");
    expect(searchQuery('istanbul')).toBe("'istanbul'");
    expect(searchQuery('İSTANBUL')).toBe("'istanbul'");
    expect(searchQuery('Krakow')).toBe(searchQuery('Kraków'));
  });

  it('keeps marks that are not diacritics, and leaves out a word of diacritics alone', () => {
    expect(searchVector('किताब मिली')).toBe("'किताब':1 'मिली':2");
    expect(searchVector('x \u0301\u0307 rose')).toBe("'x':1 'rose':3");
  });

  it('is empty for a text of stop words and punctuation', () => {
    expect(searchVector('It was what it was!')).toBe('');
  });

  it('is the same for two texts with one fingerprint (a carried-over claim keeps its entry)', () => {
    expect(searchVector('Pro-Russian forces, the ministry said.')).toBe(searchVector('pro russian Forces — the Ministry said'));
  });

  it('stays within PostgreSQL’s limits on a pathological text', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
    const vector = searchVector([...words, ...Array(300).fill('today')].join(' '));
    expect(vector.length).toBeLessThan(1_000_000);
    expect(vector).not.toMatch(/:\d{6,}/);
    expect(searchVector('today '.repeat(1000)).split(',')).toHaveLength(256);
    expect(searchVector(`${'x'.repeat(300)} ok`)).toBe("'ok':2");
  });
});

describe('searchQuery', () => {
  it.each([
    ['artillery shells', "'artilleri' & 'shell'"],
    ['"exports rose" filters', "('export' <-> 'rose') & 'filter'"],
    ['"rule of law"', "('rule' <2> 'law')"],
    ['pro-Russian', "('pro' <-> 'russian')"],
    ['sanctions or tariffs', "'sanction' | 'tariff'"],
    ['sanctions -tariffs', "'sanction' & !'tariff'"],
    ['-"exports rose"', "!('export' <-> 'rose')"],
    ['or sanctions or', "'sanction'"],
    ['"unterminated phrase', "('untermin' <-> 'phrase')"],
    ['the sanctions', "'sanction'"],
    ["'; DROP TABLE claims; --", "'drop' & 'tabl' & 'claim'"],
  ])('%j is %j', (typed, query) => {
    expect(searchQuery(typed)).toBe(query);
  });

  it.each(['the', 'more than', '!!!', '', '  -  ', '"of the"'])('%j has nothing to look up', (typed) => {
    expect(searchQuery(typed)).toBeUndefined();
  });
});
