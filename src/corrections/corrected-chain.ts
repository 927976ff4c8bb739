import type { OutletRegistry, OutletType } from '../analysis/index.js';
import { guessSourceType } from '../analysis/attribution/guess-type.js';
import { normalizeName } from '../analysis/registry/normalize-name.js';
import type { CorrectedSource } from '../claims/source-correction.entity.js';
import type { CorrectedSourceDto } from './dto/correct-sources.dto.js';

export interface KnownOutlet {
  id: string;
  name: string;
  type: OutletType;
}

export type Resolved = { ok: true; sources: CorrectedSource[] } | { ok: false; problem: string };

/** The registry outlets a chain names, each once. */
export function outletIdsOf(sources: ReadonlyArray<{ outletId?: string | null }>): string[] {
  return [...new Set(sources.flatMap((source) => (source.outletId ? [source.outletId] : [])))];
}

/** The key two sources are "the same" by: the outlet, or the normalised name of an unregistered one. */
export function sourceKey(source: Pick<CorrectedSource, 'outletId' | 'name'>): string {
  return source.outletId ?? `name:${normalizeName(source.name)}`;
}

/**
 * The chain a reviewer sent, resolved against the registry: an outlet id
 * becomes its outlet; a name the registry knows (name, alias or
 * abbreviation) becomes that outlet too, any other name stays unregistered
 * with a guessed type. Returns the first problem a reviewer must fix.
 */
export function resolveChain(
  input: CorrectedSourceDto[],
  outlets: ReadonlyMap<string, KnownOutlet>,
  registry: OutletRegistry,
  text: string,
): Resolved {
  const sources: CorrectedSource[] = [];
  const seen = new Set<string>();
  for (const [i, given] of input.entries()) {
    const at = `sources[${i}]`;
    const name = given.name?.trim();
    if ((given.outletId === undefined) === (name === undefined || name === '')) {
      return { ok: false, problem: `${at} needs either outletId or a non-empty name, not both` };
    }
    if (given.cue && (given.cue.start >= given.cue.end || given.cue.end > text.length)) {
      return { ok: false, problem: `${at}.cue must lie within the article text (0..${text.length}) with start < end` };
    }
    for (const [end, offset] of [['start', given.cue?.start], ['end', given.cue?.end]] as const) {
      if (offset !== undefined && splitsCharacter(text, offset)) {
        return { ok: false, problem: `${at}.cue must not ${end} inside a character (between the halves of a surrogate pair, as in an emoji)` };
      }
    }
    const source = given.outletId !== undefined ? fromOutlet(outlets.get(given.outletId)) : fromName(name!, registry);
    if (!source) return { ok: false, problem: `${at}.outletId: no outlet ${given.outletId} in the registry` };
    const key = sourceKey(source);
    if (seen.has(key)) return { ok: false, problem: `${source.name} is in the chain twice` };
    seen.add(key);
    sources.push({ ...source, role: given.role, cueStart: given.cue?.start ?? null, cueEnd: given.cue?.end ?? null });
  }
  if (sources.some((s) => s.role === 'relay') && !sources.some((s) => s.role === 'original')) {
    return { ok: false, problem: 'a relay needs an original source in the chain' };
  }
  return { ok: true, sources };
}

/**
 * Whether a UTF-16 offset falls between the two halves of one character: a
 * mark there underlines half an emoji at each of its ends, which no screen
 * shows as the character.
 */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

type Found = Omit<CorrectedSource, 'role' | 'cueStart' | 'cueEnd'>;

function fromOutlet(outlet: KnownOutlet | undefined): Found | undefined {
  return outlet && { name: outlet.name, type: outlet.type, registered: true, outletId: outlet.id };
}

function fromName(name: string, registry: OutletRegistry): Found {
  const known = registry.findByName(name) ?? registry.findByAbbreviation(name);
  if (known) return { name: known.name, type: known.type, registered: true, outletId: known.id };
  return { name, type: guessSourceType(name), registered: false, outletId: null };
}

/** Whether two chains say the same thing (a retried PUT). */
export function sameChain(a: { sources: CorrectedSource[]; anonymous: boolean }, b: { sources: CorrectedSource[]; anonymous: boolean }): boolean {
  const flat = (c: typeof a) =>
    JSON.stringify([c.anonymous, c.sources.map((s) => [sourceKey(s), s.role, s.cueStart, s.cueEnd])]);
  return flat(a) === flat(b);
}
