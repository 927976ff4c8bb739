import { OutletRegistry } from '../analysis/index.js';
import { resolveChain, sameChain, type KnownOutlet } from './corrected-chain.js';

const WSJ = { id: '00000000-0000-4000-8000-000000000001', name: 'The Wall Street Journal', type: 'newspaper' as const };
const REUTERS = { id: '00000000-0000-4000-8000-000000000002', name: 'Reuters', type: 'news-agency' as const };
const registry = OutletRegistry.fromRecords([
  { ...WSJ, aliases: ['Wall Street Journal'], abbreviations: ['WSJ'] },
  { ...REUTERS, aliases: [], abbreviations: [] },
]);
const outlets = new Map<string, KnownOutlet>([[WSJ.id, WSJ], [REUTERS.id, REUTERS]]);
const resolve = (sources: Parameters<typeof resolveChain>[0], text = 'x'.repeat(100)) => resolveChain(sources, outlets, registry, text);

describe('resolveChain: a reviewer’s corrected chain against the registry', () => {
  it('resolves outlet ids and registered names (name, alias, abbreviation) to their outlet; keeps other names unregistered', () => {
    const resolved = resolve([
      { role: 'relay', name: ' IA Fact ', cue: { start: 0, end: 7 } },
      { role: 'original', name: 'WSJ' },
      { role: 'original', outletId: REUTERS.id },
    ]);
    expect(resolved).toEqual({
      ok: true,
      sources: [
        { name: 'IA Fact', role: 'relay', type: expect.any(String), registered: false, outletId: null, cueStart: 0, cueEnd: 7 },
        { name: WSJ.name, role: 'original', type: 'newspaper', registered: true, outletId: WSJ.id, cueStart: null, cueEnd: null },
        { name: 'Reuters', role: 'original', type: 'news-agency', registered: true, outletId: REUTERS.id, cueStart: null, cueEnd: null },
      ],
    });
  });

  it.each([
    ['both outletId and name', [{ role: 'original' as const, outletId: WSJ.id, name: 'WSJ' }], /either outletId or a non-empty name/],
    ['neither', [{ role: 'original' as const }], /either outletId or a non-empty name/],
    ['an unknown outlet', [{ role: 'original' as const, outletId: '00000000-0000-4000-8000-000000000009' }], /no outlet .* in the registry/],
    ['the same outlet twice, by id and by alias', [{ role: 'original' as const, outletId: WSJ.id }, { role: 'relay' as const, name: 'Wall Street Journal' }], /twice/],
    ['a relay without an original', [{ role: 'relay' as const, name: 'IA Fact' }], /a relay needs an original/],
    ['a span past the text', [{ role: 'original' as const, name: 'IA Fact', cue: { start: 90, end: 101 } }], /cue must lie within/],
    ['an empty span', [{ role: 'original' as const, name: 'IA Fact', cue: { start: 5, end: 5 } }], /cue must lie within/],
  ])('refuses %s', (_, sources, problem) => {
    const resolved = resolve(sources);
    expect(resolved.ok ? 'accepted' : resolved.problem).toMatch(problem);
  });

  // A mark from offset 1 of '🙂🙂 The BBC ...' was stored: its ends cut both emoji in half, and the
  // workspace underlined half a character on each side (two broken glyphs).
  it('refuses a mark that starts or ends inside a character (half of a surrogate pair), and takes one around it', () => {
    const text = '🙂🙂 The BBC reported it.';
    const mark = (start: number, end: number) => resolve([{ role: 'original', name: 'BBC', cue: { start, end } }], text);
    for (const [start, end] of [[1, 3], [1, 2], [0, 1], [2, 3]]) {
      const resolved = mark(start, end);
      expect(resolved.ok ? 'accepted' : resolved.problem).toMatch(/sources\[0\]\.cue must not (start|end) inside a character/);
    }
    expect(mark(0, 4).ok).toBe(true);
    expect(mark(9, 12).ok).toBe(true);
  });

  it('accepts an empty chain (every source removed)', () => {
    expect(resolve([])).toEqual({ ok: true, sources: [] });
  });

  it('tells a retried chain from a changed one', () => {
    const chain = resolve([{ role: 'original', outletId: WSJ.id }]);
    const same = resolve([{ role: 'original', name: 'The Wall Street Journal' }]);
    const swapped = resolve([{ role: 'relay', outletId: WSJ.id }, { role: 'original', outletId: REUTERS.id }]);
    if (!chain.ok || !same.ok || !swapped.ok) throw new Error('unexpected problem');
    expect(sameChain({ sources: chain.sources, anonymous: false }, { sources: same.sources, anonymous: false })).toBe(true);
    expect(sameChain({ sources: chain.sources, anonymous: false }, { sources: chain.sources, anonymous: true })).toBe(false);
    expect(sameChain({ sources: chain.sources, anonymous: false }, { sources: swapped.sources, anonymous: false })).toBe(false);
  });
});
