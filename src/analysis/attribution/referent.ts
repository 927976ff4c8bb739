import type { ClaimSource } from '../types.js';

/** A source named in a sentence, before its role is decided. */
export interface NamedSource {
  name: string;
  type: ClaimSource['type'];
  registered: boolean;
  outletId?: string;
  person?: string;
  state?: boolean;
  /** An outlet speaking through its own unnamed sources ("Kommersant's sources said", "according to RBC sources"). */
  ownSources?: boolean;
  /** Token range of the name, for the cue span. */
  first: number;
  end: number;
  confidence: number;
}

/** What a cue points at: named sources, unnamed ones, or the subject of the previous verb. */
export type Referent = { kind: 'named'; sources: NamedSource[] } | { kind: 'anonymous' } | { kind: 'coordinated' };

export function named(referent: Referent | undefined): NamedSource[] {
  return referent?.kind === 'named' ? referent.sources : [];
}

/** The confidence of a person named in the words of the sentence itself. */
export const NAMED_PERSON_CONFIDENCE = 0.7;

/** A person named at tokens [first, end): people are never in the outlet registry. */
export function personSource(name: string, first: number, end: number, confidence = NAMED_PERSON_CONFIDENCE): NamedSource {
  return { name, type: 'person', registered: false, first, end, confidence };
}

/** The confidence of a source found by what points back to it ("he", "the ministry", "the report"), not by its name. */
export const POINTED_CONFIDENCE = 0.6;

/** A source named before, at the words that point back to it ([first, end)), no surer than `cap`. */
export function pointedAt(source: NamedSource, first: number, end: number, cap = POINTED_CONFIDENCE): NamedSource {
  return { ...source, first, end, confidence: Math.min(source.confidence, cap) };
}

/** A body that speaks as itself: neither a person nor a country's state. */
export function isNonStateBody(source: NamedSource): boolean {
  return !source.state && source.type !== 'person';
}

/** `source` when it is a body (see isNonStateBody): what a description, a short name or an owner recalls. */
export function bodyOnly(source: NamedSource | undefined): NamedSource | undefined {
  return source && isNonStateBody(source) ? source : undefined;
}
