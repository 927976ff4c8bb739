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
});
