// The review workflow's rules as plain data and pure functions: the claim
// lifecycle (which event may move a claim from which status to which, and the
// domain event each move writes), what a grade must contain at each stage,
// when grades agree, and where a claim goes next. The services apply these
// inside transactions; the specs test them alone.
//
// WARNING: the string values are stored in PostgreSQL (claims.status,
// reviews.stage, audit and domain events). Do not rename them.
import { hasVisibleText } from '../common/visible-text.js';
import type { DomainEventName } from '../events/domain-events.js';

export const CLAIM_STATUSES = ['queued', 'source_check', 'verdict', 'approval', 'published', 'dismissed', 'escalated', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Stages with an inbox that people work. */
export const REVIEW_STAGES = ['source_check', 'verdict', 'approval', 'escalated'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** Stages graded by reviewers in rounds (escalated is resolved by one editor). */
export type GradedStage = Exclude<ReviewStage, 'escalated'>;

export const ATTRIBUTION_VERDICTS = ['confirmed', 'misattributed', 'distorted', 'source_not_found', 'not_applicable'] as const;
export type AttributionVerdict = (typeof ATTRIBUTION_VERDICTS)[number];

export const RATINGS = ['true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'unverifiable'] as const;
export type Rating = (typeof RATINGS)[number];

export const DECISIONS = ['approve', 'send_back'] as const;
export type Decision = (typeof DECISIONS)[number];

export const SEND_BACK_TARGETS = ['source_check', 'verdict'] as const;
export type SendBackTarget = (typeof SEND_BACK_TARGETS)[number];

export function isReviewStage(value: string): value is ReviewStage {
  return (REVIEW_STAGES as readonly string[]).includes(value);
}

/** The moves of the claim lifecycle; each may be made only along an edge of LIFECYCLE. */
export const LIFECYCLE_EVENTS = ['route', 'reroute', 'advance', 'escalate', 'send_back', 'approve', 'dismiss', 'restore', 'resolve', 'withdraw'] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export interface Edge {
  /** Statuses the move may start from. */
  readonly from: readonly ClaimStatus[];
  /** For moves out of `escalated`: the stage whose graders disagreed. */
  readonly escalatedFrom?: GradedStage;
  readonly to: ClaimStatus;
  /** The domain event written in the move's transaction (src/events/domain-events.ts has its payload). */
  readonly writes: DomainEventName;
}

const OPEN: readonly ClaimStatus[] = ['queued', 'source_check', 'verdict', 'approval', 'escalated'];
/** Every status a claim of the article's current revision can be in. */
const IN_ARTICLE: readonly ClaimStatus[] = [...OPEN, 'published', 'dismissed'];

/**
 * The claim lifecycle: for each event, where a claim may be and where it
 * goes. ClaimTransitions.move refuses anything not listed here. Every move
 * starts a new round (leases end, the new stage's reviewers start afresh),
 * writes its audit event and the domain event named here, and, when it ends
 * at a review stage, puts the claim in that stage's inbox once prepared.
 */
export const LIFECYCLE: { readonly [E in LifecycleEvent]: readonly Edge[] } = {
  // After analysis (RoutingService: as an analysis stores its claims, or the route-claims job for claims left queued): by check-worthiness and whether a source is cited (initialStatus).
  route: [
    { from: ['queued'], to: 'source_check', writes: 'claim.routed' },
    { from: ['queued'], to: 'verdict', writes: 'claim.routed' },
    { from: ['queued'], to: 'dismissed', writes: 'claim.dismissed' },
  ],
  // A new analysis (a revision, a re-analysis) finds a source where it found none, or
  // none where it found one, in a claim nobody has graded or corrected: it goes where
  // route would now send it, so no cited source skips its check.
  reroute: [
    { from: ['verdict'], to: 'source_check', writes: 'claim.routed' },
    { from: ['source_check'], to: 'verdict', writes: 'claim.routed' },
  ],
  // Enough grades of the stage agree (apply-review job).
  advance: [
    { from: ['source_check'], to: 'verdict', writes: 'claim.advanced' },
    { from: ['verdict'], to: 'approval', writes: 'claim.advanced' },
  ],
  // The stage's grades disagree (apply-review job): an editor decides.
  escalate: [{ from: ['source_check', 'verdict', 'approval'], to: 'escalated', writes: 'claim.escalated' }],
  // Approval sends the claim back, to verdict unless the grade says source_check.
  send_back: [
    { from: ['approval'], to: 'verdict', writes: 'claim.sent_back' },
    { from: ['approval'], to: 'source_check', writes: 'claim.sent_back' },
  ],
  approve: [{ from: ['approval'], to: 'published', writes: 'claim.published' }],
  // An editor, from any open status (POST /v1/claims/:id/dismiss).
  dismiss: [{ from: OPEN, to: 'dismissed', writes: 'claim.dismissed' }],
  // An editor brings a dismissed claim back to its first stage (POST /v1/claims/:id/restore).
  restore: [
    { from: ['dismissed'], to: 'source_check', writes: 'claim.restored' },
    { from: ['dismissed'], to: 'verdict', writes: 'claim.restored' },
  ],
  // An editor's grade on an escalated claim counts as the agreed grade of the stage that disagreed.
  resolve: [
    { from: ['escalated'], escalatedFrom: 'source_check', to: 'verdict', writes: 'claim.advanced' },
    { from: ['escalated'], escalatedFrom: 'verdict', to: 'approval', writes: 'claim.advanced' },
    { from: ['escalated'], escalatedFrom: 'approval', to: 'published', writes: 'claim.published' },
    { from: ['escalated'], escalatedFrom: 'approval', to: 'verdict', writes: 'claim.sent_back' },
    { from: ['escalated'], escalatedFrom: 'approval', to: 'source_check', writes: 'claim.sent_back' },
  ],
  // A revision of the article (or its re-analysis) no longer has the claim's text: from
  // wherever it is, for good. The claim keeps its grades and history; its lease ends.
  withdraw: [{ from: IN_ARTICLE, to: 'withdrawn', writes: 'claim.withdrawn' }],
};

/** Where a claim is, as far as the lifecycle cares. */
export interface LifecyclePosition {
  status: ClaimStatus;
  escalatedFrom?: GradedStage | null;
}

/** The edge `event` takes from `at` to `to`, or null when the lifecycle has none. */
export function edgeFor(event: LifecycleEvent, at: LifecyclePosition, to: ClaimStatus): Edge | null {
  return (
    LIFECYCLE[event].find(
      (e) => e.to === to && e.from.includes(at.status) && (e.escalatedFrom === undefined || e.escalatedFrom === at.escalatedFrom),
    ) ?? null
  );
}

/** Statuses `event` may start from. */
export function statusesFrom(event: LifecycleEvent): ClaimStatus[] {
  return [...new Set(LIFECYCLE[event].flatMap((e) => e.from))];
}

/** Whether `event` may start from `status` (whatever its destination). */
export function canStart(event: LifecycleEvent, status: ClaimStatus): boolean {
  return statusesFrom(event).includes(status);
}

/**
 * Moves that come from outside the review: an editor's restore, a revision
 * withdrawing the claim, a new analysis re-routing it. They do not make a
 * status open.
 */
const OUTSIDE_REVIEW: readonly LifecycleEvent[] = ['restore', 'withdraw', 'reroute'];

/**
 * End states: where no review step moves a claim on (only an editor's restore,
 * or a revision's withdrawal). The article is complete when all its claims are here.
 */
export const END_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter((s) =>
  LIFECYCLE_EVENTS.every((event) => OUTSIDE_REVIEW.includes(event) || !canStart(event, s)),
);

/** The lifecycle event an accepted grade (agreed, or an editor's resolution) makes. */
export function gradeEvent(stage: ReviewStage, grade: Grade): LifecycleEvent {
  switch (stage) {
    case 'escalated':
      return 'resolve';
    case 'source_check':
    case 'verdict':
      return 'advance';
    case 'approval':
      return grade.decision === 'approve' ? 'approve' : 'send_back';
  }
}

/** Approval and escalations are editors' work; checking and grading anyone's. */
export function stageNeedsEditor(stage: ReviewStage): boolean {
  return stage === 'approval' || stage === 'escalated';
}

/**
 * How many rounds back a person's own grade keeps them from taking a claim at
 * a stage (0: this round only, so grades are independent; 1: also the round
 * whose disagreement an escalation is about, so nobody settles their own
 * dispute); null: any round (four-eyes at approval). An escalation from
 * approval is resolved by an approval (or send-back) of its own, so
 * four-eyes holds there too: whoever graded the claim at any stage cannot
 * be the one who publishes it.
 */
export function graderLookback(stage: ReviewStage, fourEyes: boolean, escalatedFrom?: GradedStage | null): number | null {
  if (stage === 'escalated') return fourEyes && escalatedFrom === 'approval' ? null : 1;
  if (stage === 'approval' && fourEyes) return null;
  return 0;
}

/**
 * Blind grading: a grade of the claim's current round is shown to nobody but
 * its author until the round closes (the claim moves on, escalates or is
 * sent back). Grades of closed rounds are open to every reviewer.
 */
export function gradeIsBlind(grade: { round: number; reviewerId: string }, claimRound: number, viewerId: string): boolean {
  return grade.round >= claimRound && grade.reviewerId !== viewerId;
}

export interface Evidence {
  url: string;
  quote?: string;
  archivedUrl?: string;
}

/** A grade as submitted (and as stored in reviews). */
export interface Grade {
  attributionVerdict?: AttributionVerdict | null;
  rating?: Rating | null;
  decision?: Decision | null;
  returnTo?: SendBackTarget | null;
  evidence?: Evidence[];
  note?: string | null;
}

/**
 * What is wrong with a grade for a stage (escalations are graded by the rules
 * of the stage they came from), or null. The message names the field.
 */
export function gradeProblem(stage: GradedStage, grade: Grade): string | null {
  const present = (field: keyof Grade) => grade[field] !== undefined && grade[field] !== null;
  // Visible text: a note of zero-width spaces passed as given, and the approver read an empty one.
  const hasNote = typeof grade.note === 'string' && hasVisibleText(grade.note);
  switch (stage) {
    case 'source_check':
      if (!present('attributionVerdict')) return 'attributionVerdict is required at source_check';
      if (grade.attributionVerdict !== 'not_applicable' && (grade.evidence ?? []).length === 0) {
        return 'evidence must contain at least one URL unless attributionVerdict is not_applicable';
      }
      for (const field of ['rating', 'decision', 'returnTo'] as const) {
        if (present(field)) return `${field} is not part of a source_check grade`;
      }
      return null;
    case 'verdict':
      if (!present('rating')) return 'rating is required at verdict';
      if (!hasNote) return 'note is required at verdict';
      for (const field of ['attributionVerdict', 'decision', 'returnTo'] as const) {
        if (present(field)) return `${field} is not part of a verdict grade`;
      }
      return null;
    case 'approval':
      if (!present('decision')) return 'decision is required at approval (approve or send_back)';
      if (!hasNote) return 'note is required at approval';
      if (present('returnTo') && grade.decision !== 'send_back') return 'returnTo only goes with decision send_back';
      for (const field of ['attributionVerdict', 'rating'] as const) {
        if (present(field)) return `${field} is not part of an approval`;
      }
      return null;
  }
}

/** The part of a grade reviewers must agree on at a stage. */
export function consensusKey(stage: GradedStage, grade: Grade): string {
  switch (stage) {
    case 'source_check':
      return String(grade.attributionVerdict);
    case 'verdict':
      return String(grade.rating);
    case 'approval':
      return grade.decision === 'send_back' ? `send_back:${grade.returnTo ?? 'verdict'}` : String(grade.decision);
  }
}

export function agree(stage: GradedStage, grades: Grade[]): boolean {
  return new Set(grades.map((g) => consensusKey(stage, g))).size <= 1;
}

/** Where an agreed grade at a stage takes the claim. */
export function nextStatus(stage: GradedStage, grade: Grade): ClaimStatus {
  switch (stage) {
    case 'source_check':
      return 'verdict';
    case 'verdict':
      return 'approval';
    case 'approval':
      return grade.decision === 'approve' ? 'published' : (grade.returnTo ?? 'verdict');
  }
}

/** The first review stage of a claim: with nothing to check the attribution against, straight to the rating. */
export function reviewStageFor(hasSource: boolean): 'source_check' | 'verdict' {
  return hasSource ? 'source_check' : 'verdict';
}

/** Where a claim first goes after analysis. */
export function initialStatus(checkworthiness: number, hasSource: boolean, dismissBelow: number): ClaimStatus {
  if (checkworthiness < dismissBelow) return 'dismissed';
  return reviewStageFor(hasSource);
}

/** Equal grades, for "the same grade submitted twice is applied once". */
export function sameGrade(a: Grade, b: Grade): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(g: Grade): unknown[] {
  return [
    g.attributionVerdict ?? null,
    g.rating ?? null,
    g.decision ?? null,
    g.returnTo ?? null,
    (g.note ?? '').trim(),
    (g.evidence ?? []).map((e) => [e.url, e.quote ?? null, e.archivedUrl ?? null]),
  ];
}
