/** A claim as the article view needs it. */
export interface Span {
  id: string;
  start: number;
  end: number;
  status: string;
}

export type Piece =
  | { kind: 'text'; text: string; cue: boolean }
  | { kind: 'claim'; claim: Span; parts: Array<{ text: string; cue: boolean }> };

/**
 * Cuts the article text into plain runs and claim runs, in one pass over the
 * claims sorted by offset (150 claims on a long article stay well under a
 * millisecond). Cue spans are underlined wherever they fall, inside a claim
 * or before it ("according to X" often precedes the claim's own sentence).
 */
export function pieces(text: string, claims: Span[], cues: Array<{ start: number; end: number }>): Piece[] {
  const sorted = [...claims].filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length).sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const claim of sorted) {
    if (claim.start < at) continue; // overlapping claim: the earlier one wins
    if (claim.start > at) pushText(out, text, at, claim.start, cues);
    out.push({ kind: 'claim', claim, parts: cutByCues(text, claim.start, claim.end, cues) });
    at = claim.end;
  }
  if (at < text.length) pushText(out, text, at, text.length, cues);
  return out;
}

function pushText(out: Piece[], text: string, from: number, to: number, cues: Array<{ start: number; end: number }>) {
  for (const part of cutByCues(text, from, to, cues)) out.push({ kind: 'text', ...part });
}

function cutByCues(text: string, from: number, to: number, cues: Array<{ start: number; end: number }>) {
  const parts: Array<{ text: string; cue: boolean }> = [];
  let at = from;
  for (const cue of cues) {
    const start = Math.max(cue.start, from);
    const end = Math.min(cue.end, to);
    if (end <= start || start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), cue: false });
    parts.push({ text: text.slice(start, end), cue: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), cue: false });
  return parts;
}
