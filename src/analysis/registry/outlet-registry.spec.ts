import { seedRegistry } from '../testing/seed-registry.js';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['The Wall Street Journal', 'wall street journal'],
    ['Reuters', 'reuters'],
    ['the', 'the'],
    ['U.S.', 'us'],
    ['Secretary-General', 'secretary general'],
    ['  Wall   Street ', 'wall street'],
    ['Wall\nStreet', 'wall street'],
    ['Agence France-Presse', 'agence france presse'],
    ['Élysée', 'elysee'],
    ['“Ukrainska Pravda”', 'ukrainska pravda'],
    ['Russia’s', "russia's"],
    ['The  Hill', 'hill'],
  ])('%j -> %j', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('OutletRegistry name prefixes', () => {
  const registry = seedRegistry();

  it('knows every word-prefix of every name and alias', () => {
    const missing: string[] = [];
    for (const record of registry.records) {
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const words = normalizeName(name).split(' ');
        for (let n = 1; n <= words.length; n++) {
          const prefix = words.slice(0, n).join(' ');
          if (prefix && !registry.isNamePrefix(prefix)) missing.push(prefix);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('knows no phrase that begins no name', () => {
    expect(['wall street journalism', 'zzz', 'reuters reuters', ''].filter((p) => registry.isNamePrefix(p))).toEqual([]);
  });
});
