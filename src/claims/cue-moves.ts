/** A span of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A carried-over claim: where it was in the text it was found in, and how far it moved in the new one. */
export interface MovedClaim {
  before: Span;
  delta: number;
}

/**
 * Where a cue marked in the earlier text stands in the new one, or null when
 * that cannot be told. A cue inside its claim moves with the claim (the claim
 * is carried over because its text is unchanged). A cue outside it (an
 * inherited source's, in the sentence before; a reviewer's mark anywhere in
 * the article) moves with the claim only when the text from the cue to the
 * claim moved with it unchanged, or stays where it was when everything up to
 * it is unchanged: shifted blindly by the claim's move, it pointed into other
 * words, or before the start of the text.
 */
export function movedCue(cue: Span, claim: MovedClaim, before: string, after: string): Span | null {
  const { start, end } = claim.before;
  const shift = (by: number): Span => ({ start: cue.start + by, end: cue.end + by });
  if (cue.start >= start && cue.end <= end) return shift(claim.delta);
  const from = Math.min(cue.start, start);
  const to = Math.max(cue.end, end);
  if (from + claim.delta >= 0 && after.slice(from + claim.delta, to + claim.delta) === before.slice(from, to)) return shift(claim.delta);
  if (after.slice(0, cue.end) === before.slice(0, cue.end)) return shift(0);
  return null;
}
