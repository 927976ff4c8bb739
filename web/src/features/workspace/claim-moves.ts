import { api, unwrap, type Schemas } from '../../api/client';
import { STAGE_LABELS, isStage, type Stage } from '../stages';

export type ClaimStatus = Schemas['ClaimResponse']['status'];

/** What the screen says when the service refuses a claim it no longer leases to us (a 409, a lapsed lease). */
export const noLongerYours = (reason: string) =>
  `This claim is no longer yours (${reason}). Your draft is kept: take the next claim, and if this one is still first in line it comes back with your draft.`;

/**
 * What became of a claim someone else moved out of the stage while it was on screen (an editor dismissed
 * it, a revision withdrew it): said as it is, not as a lease that may come back with the draft.
 */
export function movedAway(status: ClaimStatus, stage: Stage): string | null {
  if (status === stage) return null;
  if (status === 'dismissed') return 'An editor dismissed this claim while you were on it: it needs no grade now. Take the next claim.';
  if (status === 'withdrawn') return 'A revision of the article no longer has this claim, so it was withdrawn: it needs no grade now. Take the next claim.';
  const where = isStage(status) ? `is at ${STAGE_LABELS[status]} now` : `was ${status.replaceAll('_', ' ')}`;
  return `This claim ${where}, moved there while you were on it: your grade is no longer asked for here. Take the next claim.`;
}

/** The claim's status now; null when it cannot be asked (the service out of reach a moment). */
export async function statusOf(claimId: string): Promise<ClaimStatus | null> {
  try {
    return unwrap(await api.GET('/v1/claims/{id}', { params: { path: { id: claimId } } })).status;
  } catch {
    return null;
  }
}
