import { searchQuery, searchVector } from '../../src/claims/claim-search.js';
import { ADMIN_DB_URL, withConnection } from '../support/database.js';

// The inbox's search entries and queries are built by the service
// (src/claims/claim-search.ts); PostgreSQL must take them as they are and
// match them as the unit spec means. No table: literals only.
describe('claim search entries and queries in PostgreSQL', () => {
  const TEXT = 'North Korea supplied Russia with more than one million artillery shells last year, the ministry said.';

  it.each([
    ['artillery shell', true],
    ['"artillery shells"', true],
    ['"shells artillery"', false],
    ['"million artillery" ministry', true],
    ['"supplied with Russia"', false],
    ['"supplied Russia with more"', true],
    ['Korea -ministry', false],
    ['zeppelin or ministries', true],
    ['zeppelin', false],
    ['supplies', true],
  ])('%j matches: %s', async (typed, matches) => {
    const query = searchQuery(typed);
    expect(query).toBeDefined();
    const [row] = await withConnection(ADMIN_DB_URL, (db) => db.query(`SELECT $1::tsvector @@ $2::tsquery AS matched`, [searchVector(TEXT), query]));
    expect(row.matched).toBe(matches);
  });

  it.each([
    ['istanbul', 'İstanbul’s mayor said the ferry was late.'],
    ['"istanbul’s mayor"', 'İstanbul’s mayor said the ferry was late.'],
    ['Krakow', 'Kraków'],
    ['kraków', 'Krakow'],
    ['Mladá', 'Mlada\u0301 Boleslav'],
  ])('%j matches %j, diacritics aside', async (typed, text) => {
    const [row] = await withConnection(ADMIN_DB_URL, (db) => db.query(`SELECT $1::tsvector @@ $2::tsquery AS matched`, [searchVector(text), searchQuery(typed)]));
    expect(row.matched).toBe(true);
  });

  it('takes an entry as written and within its limits, even for a pathological text', async () => {
    const texts = [TEXT, 'It was what it was.', Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`).join(' '), 'today '.repeat(2_000)];
    const vectors = texts.map(searchVector);
    const rows = await withConnection(ADMIN_DB_URL, (db) => db.query(`SELECT v::tsvector::text AS stored FROM unnest($1::text[]) WITH ORDINALITY AS x(v, i) ORDER BY i`, [vectors]));
    expect(rows[0].stored).toBe(searchVector(TEXT).split(' ').sort().join(' '));
    expect(rows[1].stored).toBe('');
    expect(rows).toHaveLength(4);
  });
});
