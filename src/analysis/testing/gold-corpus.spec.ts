import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGoldDir } from './gold-corpus.js';

describe('readGoldDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-gold-'));
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify({ text: 'Reuters said so.', claims: [] }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file that is not valid JSON', () => {
    writeFileSync(join(dir, 'b-broken.json'), '{"text": "x",');
    expect(() => readGoldDir(dir)).toThrow(/^b-broken\.json: .*JSON/);
  });

  it('names the file that is not a gold article', () => {
    writeFileSync(join(dir, 'c-odd.json'), '{"text": 5}');
    expect(() => readGoldDir(dir)).toThrow('c-odd.json: not a gold article (needs text and claims)');
  });

  // Each ended the run with a TypeError ("Cannot read properties of null (reading 'text')", "... of undefined
  // (reading 'slice')") that named neither the file nor the claim.
  it('names the file and the claim the scorer cannot read', () => {
    const claims = (claim: unknown) => JSON.stringify({ text: 'Reuters said so.', claims: [{ quote: 'Reuters said so.', sources: [['Reuters']] }, claim] });
    const cases: [string, string][] = [
      ['null', 'd-odd.json: not a gold article (needs text and claims)'],
      [claims({ text: 'Reuters said so.', sources: 'Reuters' }), 'd-odd.json: claims[1] needs a quote'],
      [claims({ quote: 'Reuters said so.', sources: ['Reuters'] }), 'd-odd.json: claims[1] needs a quote'],
      [claims({ quote: 'Reuters said so.', sources: [], via: 'AP' }), 'd-odd.json: claims[1] needs a quote'],
      [claims(null), 'd-odd.json: claims[1] needs a quote'],
      [JSON.stringify({ text: 'x', claims: [], not_claims: 'x' }), 'd-odd.json: not_claims must be a list of strings'],
    ];
    for (const [json, message] of cases) {
      writeFileSync(join(dir, 'd-odd.json'), json);
      expect(() => readGoldDir(dir)).toThrow(message);
    }
    writeFileSync(join(dir, 'd-odd.json'), claims({ quote: 'Reuters said so.', sources: [], via: [['AP']], optional_sources: [] }));
    expect(readGoldDir(dir)).toHaveLength(2);
  });
});
