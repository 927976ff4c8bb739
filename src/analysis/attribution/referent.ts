import type { ClaimSource } from '../types.js';

/** A source named in a sentence, before its role is decided. */
export interface NamedSource {
  name: string;
  type: ClaimSource['type'];
  registered: boolean;
  outletId?: string;
  person?: string;
  state?: boolean;
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
