import type { AttributionVerdict, Decision, Evidence, Grade, Rating, ReviewStage, SendBackTarget } from './workflow.js';

/** A reviews row as PostgreSQL returns it. */
export interface ReviewRow {
  id: string;
  claim_id: string;
  stage: ReviewStage;
  round: number;
  reviewer_id: string;
  attribution_verdict: AttributionVerdict | null;
  rating: Rating | null;
  decision: Decision | null;
  return_to: SendBackTarget | null;
  evidence: Evidence[];
  note: string | null;
  applied_at: Date | null;
  created_at: Date;
}

/** A review with the name of who gave it. */
export interface NamedReviewRow extends ReviewRow {
  reviewer_name: string | null;
}

export function gradeOf(row: ReviewRow): Required<Grade> {
  return {
    attributionVerdict: row.attribution_verdict,
    rating: row.rating,
    decision: row.decision,
    returnTo: row.return_to,
    evidence: row.evidence,
    note: row.note,
  };
}

/** The API's view of a review. */
export function reviewView(row: ReviewRow) {
  return {
    id: row.id,
    claimId: row.claim_id,
    stage: row.stage,
    round: row.round,
    reviewerId: row.reviewer_id,
    ...gradeOf(row),
    createdAt: row.created_at,
  };
}

/** The API's view of a review with who gave it, by name. */
export function namedReviewView(row: NamedReviewRow) {
  return { ...reviewView(row), reviewerName: row.reviewer_name };
}
