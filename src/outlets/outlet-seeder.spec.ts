import { readFileSync } from 'node:fs';
import { DEFAULT_SEED_FILE, parseSeed } from './outlet-seed-file.js';

describe('outlet seed', () => {
  it('reads the curated file shipped beside the module', () => {
    const records = parseSeed(JSON.parse(readFileSync(DEFAULT_SEED_FILE, 'utf8')));
    expect(records.length).toBeGreaterThan(100);
    expect(records.find((r) => r.id === 'wall-street-journal')).toEqual(
      expect.objectContaining({ name: 'The Wall Street Journal', abbreviations: expect.arrayContaining(['WSJ']) }),
    );
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('accepts { outlets: [...] } and names the bad entry', () => {
    expect(parseSeed({ outlets: [{ id: 'x', name: 'X', type: 'newspaper' }] })).toHaveLength(1);
    expect(() => parseSeed([{ id: 'x', type: 'newspaper' }])).toThrow(/entry 0 needs string id, name and type/);
    expect(() => parseSeed({})).toThrow(/must be an array/);
  });
});
