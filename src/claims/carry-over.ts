/** A claim the article has before a new analysis (its current revision's claims, not the withdrawn ones). */
export interface StandingClaim {
  id: string;
  /** The claims table's normalised text (lower case, punctuation and spacing folded, md5). */
  fingerprint: string;
  ordinal: number;
  /** Someone has graded it. */
  reviewed?: boolean;
}

export interface CarryOver {
  /** Each new analysed claim (by index): the standing claim it continues, or null when it is new. */
  continues: (string | null)[];
  /** Standing claims the new analysis no longer has: they are withdrawn. */
  removed: string[];
}

/**
 * Pairs the claims of a new analysis with the article's standing claims by
 * normalised text: a claim whose text is unchanged keeps its id (and so its
 * status, grades and history); a new or reworded one is new; a standing
 * claim left unpaired is gone. Repeated texts pair in reading order, the
 * standing claims someone graded first: when a revision drops one of two
 * copies of a sentence, the copy reviewers worked on (perhaps published)
 * goes on, not a fresh twin that would send the sentence back to the start.
 */
export function carryOver(standing: readonly StandingClaim[], analysed: readonly string[]): CarryOver {
  const byFingerprint = new Map<string, string[]>();
  const graded = (claim: StandingClaim) => (claim.reviewed ? 0 : 1);
  for (const claim of [...standing].sort((a, b) => graded(a) - graded(b) || a.ordinal - b.ordinal)) {
    const ids = byFingerprint.get(claim.fingerprint) ?? [];
    ids.push(claim.id);
    byFingerprint.set(claim.fingerprint, ids);
  }
  const continues = analysed.map((fingerprint) => byFingerprint.get(fingerprint)?.shift() ?? null);
  const kept = new Set(continues.filter((id): id is string => id !== null));
  return { continues, removed: standing.filter((c) => !kept.has(c.id)).sort((a, b) => a.ordinal - b.ordinal).map((c) => c.id) };
}
