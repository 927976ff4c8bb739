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

  // "aliases": "WSJ" stopped the service's first start with "QueryFailedError: cannot extract elements from a
  // scalar" and a stack trace (the CLI read it as the aliases W, S and J); [null] gave "Cannot read properties of
  // null (reading 'id')"; a blank name was seeded as an outlet called nothing.
  it('names an entry that is no object, has a blank name, or a list of names that is not one', () => {
    const entry = { id: 'x', name: 'X News', type: 'newspaper' };
    expect(() => parseSeed([entry, null])).toThrow('outlet seed entry 1 must be an object');
    expect(() => parseSeed([['x']])).toThrow('outlet seed entry 0 must be an object');
    expect(() => parseSeed([{ ...entry, name: ' ' }])).toThrow(/entry 0 needs string id, name and type, none of them blank/);
    expect(() => parseSeed([{ ...entry, aliases: 'X' }])).toThrow('outlet seed entry 0 (x): aliases must be a list of non-blank strings');
    expect(() => parseSeed([{ ...entry, abbreviations: ['XN', 7] }])).toThrow(/\(x\): abbreviations must be a list/);
    expect(() => parseSeed([{ ...entry, domains: [''] }])).toThrow(/\(x\): domains must be a list/);
    expect(() => parseSeed([{ ...entry, country: 840 }])).toThrow(/\(x\): country must be a string/);
    expect(parseSeed([{ ...entry, aliases: ['X'], abbreviations: [], country: 'US', domains: ['x.example'] }])).toHaveLength(1);
  });
});
