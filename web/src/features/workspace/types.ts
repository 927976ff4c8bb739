import type { Schemas } from '../../api/client';

export type Leased = Schemas['NextClaimResponse'];
export type LeasedClaim = Schemas['LeasedClaimResponse'];
export type ClaimSource = Schemas['ClaimSourceResponse'];
export type Review = Schemas['ReviewResponse'];
/** A grade with who gave it (earlier stages, an escalation's disagreement). */
export type Grade = Schemas['GradeResponse'];

interface RoleRecord {
  claims: number;
  attributionVerdicts: Record<string, number>;
  ratings: Record<string, number>;
}

/** `claim.context`, gathered by the service's prepare step (typed loosely in OpenAPI). */
export interface ClaimContext {
  earlierVerdicts: Array<{ claimId: string; text: string; attributionVerdict: string | null; rating: string | null; publishedAt: string }>;
  outlets: Array<{ role: string; outletId: string; name: string; asOriginal: RoleRecord; asRelay: RoleRecord }>;
}

export function contextOf(claim: LeasedClaim): ClaimContext {
  const context = (claim.context ?? {}) as Partial<ClaimContext>;
  return { earlierVerdicts: context.earlierVerdicts ?? [], outlets: context.outlets ?? [] };
}
