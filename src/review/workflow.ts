// The review workflow's rules as plain data and pure functions: stages, what
// a grade must contain at each, when grades agree, and where a claim goes
// next. The services apply these inside transactions; the specs test them alone.
//
// WARNING: the string values are stored in PostgreSQL (claims.status,
// reviews.stage, audit events). Do not rename them.

export const CLAIM_STATUSES = ['queued', 'source_check', 'verdict', 'approval', 'published', 'dismissed', 'escalated'] as const;
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

/** Claims an editor may still dismiss: anything not yet at an end state. */
export function isOpen(status: ClaimStatus): boolean {
  return status !== 'published' && status !== 'dismissed';
}

/** Approval and escalations are editors' work; checking and grading anyone's. */
export function stageNeedsEditor(stage: ReviewStage): boolean {
  return stage === 'approval' || stage === 'escalated';
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
  const hasNote = typeof grade.note === 'string' && grade.note.trim() !== '';
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

/** Where a claim first goes after analysis. */
export function initialStatus(checkworthiness: number, hasSource: boolean, dismissBelow: number): ClaimStatus {
  if (checkworthiness < dismissBelow) return 'dismissed';
  // Nothing to check the attribution against: straight to the rating.
  return hasSource ? 'source_check' : 'verdict';
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
