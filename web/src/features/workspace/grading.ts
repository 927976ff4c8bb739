import type { Stage } from '../stages';
import { hasVisibleText } from '../visible-text';

export interface Choice {
  value: string;
  label: string;
  key: string;
}

export const VERDICTS: Choice[] = [
  { value: 'confirmed', label: 'Confirmed', key: 'c' },
  { value: 'misattributed', label: 'Misattributed', key: 'm' },
  { value: 'distorted', label: 'Distorted', key: 'd' },
  { value: 'source_not_found', label: 'Source not found', key: 'f' },
  { value: 'not_applicable', label: 'Not applicable', key: 'x' },
];

export const RATINGS: Choice[] = [
  { value: 'true', label: 'True', key: '1' },
  { value: 'mostly_true', label: 'Mostly true', key: '2' },
  { value: 'mixed', label: 'Mixed', key: '3' },
  { value: 'mostly_false', label: 'Mostly false', key: '4' },
  { value: 'false', label: 'False', key: '5' },
  { value: 'unverifiable', label: 'Unverifiable', key: '6' },
];

export const DECISIONS: Choice[] = [
  { value: 'approve', label: 'Approve', key: 'a' },
  { value: 'send_back', label: 'Send back', key: 'b' },
];

const LABELS = new Map([...VERDICTS, ...RATINGS, ...DECISIONS].map((c) => [c.value, c.label]));

/** A recorded grade as the grade form names it ("Mostly true"), not the API's value ("mostly_true"). */
export function gradeLabel(value: string | null | undefined): string {
  if (!value) return '—';
  return LABELS.get(value) ?? value.replaceAll('_', ' ');
}

/** Which grading rules apply: an escalation is resolved with the fields of the stage that disagreed. */
export type Rules = 'source_check' | 'verdict' | 'approval';

export function rulesFor(stage: Stage, disagreedAt: string | undefined): Rules {
  if (stage === 'escalated') return (disagreedAt as Rules | undefined) ?? 'verdict';
  return stage;
}

export function choicesFor(rules: Rules): Choice[] {
  return rules === 'source_check' ? VERDICTS : rules === 'verdict' ? RATINGS : DECISIONS;
}

export interface Evidence {
  url: string;
  quote: string;
  archivedUrl: string;
}

/** Where a send-back returns the claim: verdict (the rating) unless the attribution itself was wrong. */
export type SendBackTarget = 'verdict' | 'source_check';
export const SEND_BACK_TARGETS: Array<{ value: SendBackTarget; label: string }> = [
  { value: 'verdict', label: 'Verdict (the rating)' },
  { value: 'source_check', label: 'Source check (the attribution)' },
];

export interface Draft {
  choice: string | null;
  note: string;
  evidence: Evidence[];
  /** Only for a send-back; the service's default, verdict, when unset. */
  returnTo?: SendBackTarget;
}

export const emptyDraft = (): Draft => ({ choice: null, note: '', evidence: [{ url: '', quote: '', archivedUrl: '' }] });

/** Whether anything was chosen or typed: what a reload would lose. */
export function draftHasContent(draft: Draft): boolean {
  return !!draft.choice || !!draft.note.trim() || draft.evidence.some((e) => e.url.trim() || e.quote.trim() || e.archivedUrl.trim());
}

/**
 * What the service would refuse in this draft, said as what to do and which
 * field to go to: its own words name API fields ("evidence must contain at
 * least one URL unless attributionVerdict is not_applicable").
 */
export function draftProblem(rules: Rules, draft: Draft): DraftProblem | null {
  // Ctrl+Enter before a choice did nothing at all: no grade, no word why.
  if (!draft.choice) {
    const what = rules === 'source_check' ? 'an attribution verdict' : rules === 'verdict' ? 'a rating' : 'a decision';
    return { text: `Choose ${what} first (keys ${choicesFor(rules).map((c) => c.key).join(' ')}).`, field: 'choice' };
  }
  const over = noteOverBy(draft.note);
  if (over > 0) return { text: `The note is ${over.toLocaleString('en')} character${over === 1 ? '' : 's'} too long: shorten it to ${NOTE_MAX.toLocaleString('en')} or fewer.`, field: 'note' };
  if (rules === 'source_check') {
    const piece = evidenceProblem(draft.evidence);
    if (piece) return piece;
    const hasUrl = draft.evidence.some((e) => e.url.trim());
    if (draft.choice !== 'not_applicable' && !hasUrl) return { text: 'Add the URL of a piece of evidence, or choose Not applicable.', field: 'url', piece: 0 };
    return null;
  }
  // A note of Hangul fillers or zero-width spaces reached the service, which answered in its own words.
  if (hasVisibleText(draft.note)) return null;
  // A send-back's note is what the reviewers it goes back to read ("an approval needs one" was said of it too).
  if (draft.choice === 'send_back') return { text: 'Write a note saying what to fix: the reviewers it goes back to read it.', field: 'note' };
  return { text: `Write a note saying why: ${rules === 'verdict' ? 'a verdict' : 'an approval'} needs one.`, field: 'note' };
}

/** The longest note the service keeps ("note must be shorter than or equal to 10000 characters" otherwise). */
export const NOTE_MAX = 10_000;

/** By how many characters the note, as it is sent (trimmed), passes NOTE_MAX; 0 if it does not. Counted as the service counts: by code point. */
export function noteOverBy(note: string): number {
  return Math.max(0, [...note.trim()].length - NOTE_MAX);
}

export interface DraftProblem {
  text: string;
  field: 'choice' | 'url' | 'archivedUrl' | 'note';
  /** The evidence piece the field is in. */
  piece?: number;
}

/**
 * A piece of evidence the service would refuse or the grade would drop: an address without its
 * http(s):// (the service said "evidence[0].url must be an absolute http(s) URL"), or a quoted
 * passage or archive link with no URL, which the grade left out without a word.
 */
function evidenceProblem(evidence: Evidence[]): DraftProblem | null {
  for (const [piece, e] of evidence.entries()) {
    const name = `Evidence ${piece + 1}`;
    if (e.url.trim() && !isWebAddress(e.url)) return { text: `${name}: the URL must begin with https:// or http://.`, field: 'url', piece };
    if (e.archivedUrl.trim() && !isWebAddress(e.archivedUrl)) return { text: `${name}: the archive link must begin with https:// or http://.`, field: 'archivedUrl', piece };
    if (!e.url.trim() && (e.quote.trim() || e.archivedUrl.trim())) {
      return { text: `${name}: add the URL the passage and archive link belong to, or remove the piece.`, field: 'url', piece };
    }
  }
  return null;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What the page says once a grade is recorded: where a sent-back claim went, not only "Grade recorded". */
export function recordedMessage(draft: Draft): string {
  const sentBack = draft.choice === 'send_back' ? `: sent back to ${draft.returnTo === 'source_check' ? 'source check' : 'verdict'} with your note` : '';
  return `Grade recorded${sentBack}. Press n for the next claim.`;
}

/** The request body for POST /v1/claims/:id/reviews. */
export function gradeBody(stage: Stage, rules: Rules, draft: Draft) {
  const evidence = draft.evidence
    .filter((e) => e.url.trim())
    .map((e) => ({ url: e.url.trim(), ...(e.quote.trim() ? { quote: e.quote.trim() } : {}), ...(e.archivedUrl.trim() ? { archivedUrl: e.archivedUrl.trim() } : {}) }));
  const note = draft.note.trim() || undefined;
  const field = rules === 'source_check' ? 'attributionVerdict' : rules === 'verdict' ? 'rating' : 'decision';
  const returnTo = draft.choice === 'send_back' ? draft.returnTo : undefined;
  return { stage, [field]: draft.choice ?? undefined, ...(returnTo ? { returnTo } : {}), ...(evidence.length ? { evidence } : {}), ...(note ? { note } : {}) };
}
