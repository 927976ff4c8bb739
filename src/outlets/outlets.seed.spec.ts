import { readFileSync } from 'node:fs';
import { OUTLET_TYPES, type OutletRecord } from '../analysis/types.js';
import { isCountryCode } from './dto/country-code.js';

const records = JSON.parse(
  readFileSync(new URL('./outlets.seed.json', import.meta.url), 'utf8'),
) as OutletRecord[];


/** Names and aliases compare case-insensitively, ignoring a leading "the" and extra spaces. */
const normName = (s: string): string =>
  s.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');

const byName = (name: string): OutletRecord | undefined =>
  records.find(
    (r) =>
      normName(r.name) === normName(name) ||
      (r.aliases ?? []).some((a) => normName(a) === normName(name)),
  );

const byAbbreviation = (abbr: string): OutletRecord | undefined =>
  records.find((r) => (r.abbreviations ?? []).includes(abbr));

describe('outlets.seed.json', () => {
  it('is an array of at least 200 records', () => {
    expect(Array.isArray(records)).toBe(true);
    expect(records.length).toBeGreaterThanOrEqual(200);
  });

  it('has unique kebab-case ids', () => {
    const ids = records.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a non-empty name and well-typed fields on every record', () => {
    for (const r of records) {
      expect(typeof r.name).toBe('string');
      expect(r.name.trim()).toBe(r.name);
      expect(r.name.length).toBeGreaterThan(0);
      for (const list of [r.aliases, r.abbreviations, r.domains]) {
        if (list === undefined) continue;
        expect(Array.isArray(list)).toBe(true);
        for (const item of list) {
          expect(typeof item).toBe('string');
          expect(item.trim()).toBe(item);
          expect(item.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('uses only valid outlet types', () => {
    const bad = records.filter((r) => !OUTLET_TYPES.includes(r.type)).map((r) => `${r.id}: ${r.type}`);
    expect(bad).toEqual([]);
  });

  it('uses the country codes the API takes', () => {
    const bad = records
      .filter((r) => !isCountryCode(r.country))
      .map((r) => `${r.id}: ${String(r.country)}`);
    expect(bad).toEqual([]);
  });

  it('has domains that look like bare hostnames', () => {
    const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
    const bad = records.flatMap((r) =>
      (r.domains ?? []).filter((d) => !hostname.test(d) || d.startsWith('www.')).map((d) => `${r.id}: ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('never maps one name, alias or abbreviation to two records', () => {
    const names = new Map<string, string>();
    const abbreviations = new Map<string, string>();
    const collisions: string[] = [];
    for (const r of records) {
      for (const n of [r.name, ...(r.aliases ?? [])]) {
        const key = normName(n);
        const owner = names.get(key);
        if (owner !== undefined && owner !== r.id) collisions.push(`name "${n}": ${owner} / ${r.id}`);
        names.set(key, r.id);
      }
      for (const a of r.abbreviations ?? []) {
        const owner = abbreviations.get(a);
        if (owner !== undefined && owner !== r.id) collisions.push(`abbreviation "${a}": ${owner} / ${r.id}`);
        abbreviations.set(a, r.id);
      }
    }
    // An abbreviation of one record must not be another record's name or alias.
    for (const [a, id] of abbreviations) {
      const owner = names.get(normName(a));
      if (owner !== undefined && owner !== id) collisions.push(`abbreviation "${a}" of ${id} is a name of ${owner}`);
    }
    expect(collisions).toEqual([]);
  });

  it('does not list bare capital cities as aliases', () => {
    const capitals = ['moscow', 'kyiv', 'kiev', 'washington', 'seoul', 'beijing', 'pyongyang', 'tokyo', 'london', 'paris', 'berlin', 'tehran', 'brussels'];
    const bad = records.flatMap((r) =>
      [r.name, ...(r.aliases ?? [])].filter((n) => capitals.includes(normName(n))).map((n) => `${r.id}: ${n}`),
    );
    expect(bad).toEqual([]);
  });

  it('has abbreviations that contain no lowercase-only words', () => {
    const bad = records.flatMap((r) =>
      (r.abbreviations ?? []).filter((a) => a === a.toLowerCase()).map((a) => `${r.id}: ${a}`),
    );
    expect(bad).toEqual([]);
  });

  describe('resolves the outlets of the example article', () => {
    it.each([
      ['The Wall Street Journal', 'Wall Street Journal', 'WSJ', 'newspaper'],
      ['Institute for the Study of War', 'Institute for the Study of War', 'ISW', 'think-tank'],
      ['Radio France Internationale', 'Radio France Internationale', 'RFI', 'broadcaster'],
    ] as const)('%s', (canonical, written, abbr, type) => {
      const rec = byName(written);
      expect(rec?.name).toBe(canonical);
      expect(rec?.type).toBe(type);
      expect(byAbbreviation(abbr)?.id).toBe(rec?.id);
    });

    it('Ukrainska Pravda, written "Ukrainian Pravda"', () => {
      const rec = byName('Ukrainian Pravda');
      expect(rec?.name).toBe('Ukrainska Pravda');
      expect(rec?.aliases).toContain('Ukrainian Pravda');
      expect(byName('Ukrayinska Pravda')?.id).toBe(rec?.id);
    });

    it.each([
      ['State Department', 'U.S. Department of State'],
      ['US State Department', 'U.S. Department of State'],
      ['Department of State', 'U.S. Department of State'],
      ['European Union', 'European Union'],
      ['European Council', 'European Council'],
      ['United Nations', 'United Nations'],
      ['North Atlantic Treaty Organization', 'NATO'],
      ['the Kremlin', 'Kremlin'],
      ['Pentagon', 'U.S. Department of Defense'],
      ["Ukraine's Defence Ministry", 'Ministry of Defence of Ukraine'],
      ['Ukrainian Ministry of Defense', 'Ministry of Defence of Ukraine'],
      ['Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeine Zeitung'],
    ])('%s -> %s', (written, canonical) => {
      expect(byName(written)?.name).toBe(canonical);
    });

    it.each([
      ['EU', 'European Union'],
      ['UN', 'United Nations'],
      ['U.N.', 'United Nations'],
      ['NATO', 'NATO'],
      ['HUR', 'Defence Intelligence of Ukraine'],
      ['GUR', 'Defence Intelligence of Ukraine'],
      ['SBU', 'Security Service of Ukraine'],
      ['AP', 'Associated Press'],
      ['AFP', 'Agence France-Presse'],
      ['FT', 'Financial Times'],
      ['NYT', 'The New York Times'],
    ])('abbreviation %s -> %s', (abbr, canonical) => {
      expect(byAbbreviation(abbr)?.name).toBe(canonical);
    });
  });
});
