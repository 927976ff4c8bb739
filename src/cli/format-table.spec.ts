import { analyze } from '../analysis/index.js';
import { seedRegistry } from '../analysis/testing/seed-registry.js';
import { formatTable, sourceChain } from './format-table.js';

const registry = seedRegistry();

describe('the analyze table', () => {
  const text =
    'IA Fact, referring to The Wall Street Journal, said 11,000 troops were sent. ' +
    'Jane Roe, an economist, said prices would rise by 4%. Kyiv said 40 drones were shot down. ' +
    'The Blue Basin Alliance reported that 140 fish died. Bloomberg reported, citing people familiar with the matter, that talks stalled.';
  const result = analyze(text, registry);
  const unregistered = new Set(result.unregisteredSources.map((u) => u.name));

  it('marks with ? exactly the names listed as unregistered sources', () => {
    const cited = result.claims.flatMap((c) => c.sources.map((s) => [c, s.name] as const));
    expect(cited.length).toBeGreaterThan(4);
    for (const [claim, name] of cited) expect([name, sourceChain(claim, unregistered).includes(`${name}?`)]).toEqual([name, unregistered.has(name)]);
    expect([...unregistered]).toEqual(expect.arrayContaining(['IA Fact', 'The Blue Basin Alliance']));
    expect(formatTable('a.txt', result)).toContain('IA Fact? -> The Wall Street Journal');
  });

  it('says "by" before a byline once, whether or not the page wrote it', () => {
    const story = 'Inflation rose to 5 percent in March, according to The Wall Street Journal.';
    const header = (byline: string) => formatTable('a.txt', { ...analyze(story, registry), byline }).split('\n')[0];
    expect(header('By Jane Roe and John Doe')).toBe('a.txt (By Jane Roe and John Doe)');
    expect(header('Jane Roe')).toBe('a.txt (by Jane Roe)');
  });

  it('counts one claim and one passage in the singular', () => {
    const one = analyze('Menu\n\nInflation rose to 5 percent in March, according to The Wall Street Journal.', registry);
    expect([one.claims.length, one.excluded.length]).toEqual([1, 1]);
    expect(formatTable('one.txt', one).split('\n')[1]).toMatch(/^1 claim, 0 unsourced .*, 1 passage set aside$/);
  });

  it('shows control characters as code points: a text file cannot send escape sequences to the terminal', () => {
    const text = 'Reuters said \u001b[2J that the ministry confirmed 12 drones were downed overnight on Monday, and \u202emore.\u0007';
    const table = formatTable('story.txt', analyze(text, registry));
    expect(table).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(table).toContain('Reuters said [U+001B][2J that the ministry');
    expect(table).toContain('and [U+202E]more.');
  });

  it("reads an HTML page's control characters as spaces", () => {
    const page =
      '<html><head><title>News&#x1b;]0;owned&#x7;</title></head><body><article>' +
      '<p>Reuters said &#x1b;[2J that the ministry confirmed 12 drones were downed overnight on Monday, and &#x202e;more.</p>' +
      '</article></body></html>';
    const table = formatTable('page.html', analyze(page, registry));
    expect(table).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(table).toContain('page.html — News ]0;owned');
    expect(table).toContain('Reuters said [2J that the ministry');
  });

  it('writes several originals as A + B, and an outlet citing unnamed sources with (+ anonymous)', () => {
    const [claim] = analyze('Russia and China said they would deepen ties.', registry).claims;
    expect(sourceChain(claim)).toBe('Russia + China');
    expect(sourceChain(result.claims[4])).toMatch(/Bloomberg.*anonymous/);
  });
});
