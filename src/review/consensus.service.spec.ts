import { jest } from '@jest/globals';
import type { AppConfig } from '../config/index.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import type { ClaimContextService } from './claim-context.service.js';
import type { ClaimTransitions } from './claim-transitions.service.js';
import type { WorkflowClaim, ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { ConsensusService } from './consensus.service.js';
import type { ReviewRow } from './review-row.js';

// Consensus against typed mocks of its collaborators: the SQL is the
// repository's (exercised end to end in test/review).
function harness(options: { review?: Partial<ReviewRow> | null; required?: number; roundGrades?: Partial<ReviewRow>[]; claim?: Partial<WorkflowClaim> }) {
  const review = (options.review === undefined
    ? { id: 'r1', claim_id: 'c1', stage: 'verdict', round: 2, reviewer_id: 'u1', rating: 'true', note: 'ok', evidence: [] }
    : options.review) as ReviewRow | null;
  const claim = { id: 'c1', articleId: 'a1', status: 'verdict', version: 7, round: 2, escalatedFrom: null, ...options.claim } as WorkflowClaim;
  const manager = {};
  const claims = {
    takeReviewToApply: jest.fn<ClaimWorkflowRepository['takeReviewToApply']>(async () => review ?? undefined),
    lock: jest.fn<ClaimWorkflowRepository['lock']>(async () => claim),
    roundGrades: jest.fn<ClaimWorkflowRepository['roundGrades']>(async () => (options.roundGrades ?? [review]) as ReviewRow[]),
    requeue: jest.fn<ClaimWorkflowRepository['requeue']>(async () => undefined),
    recordConsensus: jest.fn<ClaimWorkflowRepository['recordConsensus']>(async () => undefined),
  };
  const transitions = {
    move: jest.fn<ClaimTransitions['move']>(async () => []),
    record: jest.fn<ClaimTransitions['record']>(async () => undefined),
    dispatch: jest.fn<ClaimTransitions['dispatch']>(async () => undefined),
  };
  const context = { gather: jest.fn<ClaimContextService['gather']>(async () => ({ earlierVerdicts: [], outlets: [], preparedAt: 'now' })) };
  const outbox = { completeFragment: jest.fn<OutboxService['completeFragment']>(() => ({ sql: 'DELETE', params: ['apply-r1'] })) };
  const config = { review: { reviewsRequired: { source_check: 1, verdict: options.required ?? 1, approval: 1 } } } as AppConfig;
  const dataSource = { transaction: async (work: (m: unknown) => unknown) => work(manager) };
  const service = new ConsensusService(
    config,
    dataSource as never,
    claims as unknown as ClaimWorkflowRepository,
    transitions as unknown as ClaimTransitions,
    context as unknown as ClaimContextService,
    outbox as unknown as OutboxService,
  );
  return { service, claims, transitions, context, outbox, manager };
}

describe('ConsensusService', () => {
  it('advances an agreed verdict to approval, prepared in the same transaction that clears its outbox row', async () => {
    const h = harness({});
    await expect(h.service.applyReview('r1')).resolves.toBe('advanced');
    expect(h.outbox.completeFragment).toHaveBeenCalledWith('apply-review', { reviewId: 'r1' }, 2);
    expect(h.claims.takeReviewToApply).toHaveBeenCalledWith(h.manager, 'r1', { sql: 'DELETE', params: ['apply-r1'] });
    expect(h.transitions.move).toHaveBeenCalledWith(
      h.manager,
      expect.objectContaining({ id: 'c1' }),
      'advance',
      expect.objectContaining({ to: 'approval', rating: 'true', prepared: expect.objectContaining({ outlets: [] }) }),
    );
  });

  it('does nothing for a grade already applied (a redelivered job)', async () => {
    const h = harness({ review: null });
    await expect(h.service.applyReview('r1')).resolves.toBe('skipped');
    expect(h.claims.lock).not.toHaveBeenCalled();
    expect(h.transitions.move).not.toHaveBeenCalled();
  });

  it('does nothing when the claim has left the grade\'s round (dismissed meanwhile)', async () => {
    const h = harness({ claim: { status: 'dismissed', round: 3 } });
    await expect(h.service.applyReview('r1')).resolves.toBe('skipped');
    expect(h.transitions.move).not.toHaveBeenCalled();
  });

  it('puts the claim back in its inbox while the stage needs another independent grade', async () => {
    const h = harness({ required: 2 });
    await expect(h.service.applyReview('r1')).resolves.toBe('awaiting-review');
    expect(h.claims.requeue).toHaveBeenCalledTimes(1);
    expect(h.transitions.record).toHaveBeenCalledWith(h.manager, 'c1', 'claim.awaiting_review', expect.anything(), null, expect.anything());
    expect(h.transitions.move).not.toHaveBeenCalled();
  });

  it('escalates when two grades disagree, and counts the round', async () => {
    const h = harness({ required: 2, roundGrades: [{ id: 'r0', rating: 'false', reviewer_id: 'u0' }, { id: 'r1', rating: 'true', reviewer_id: 'u1' }] });
    await expect(h.service.applyReview('r1')).resolves.toBe('escalated');
    expect(h.claims.recordConsensus).toHaveBeenCalledWith(h.manager, expect.objectContaining({ id: 'c1' }), 'verdict', false);
    expect(h.transitions.move).toHaveBeenCalledWith(
      h.manager,
      expect.anything(),
      'escalate',
      expect.objectContaining({ to: 'escalated', escalatedFrom: 'verdict' }),
    );
  });

  it('resolves an escalation with the editor\'s grade by the rules of the stage that disagreed', async () => {
    const h = harness({
      review: { id: 'r9', claim_id: 'c1', stage: 'escalated', round: 2, reviewer_id: 'e1', decision: 'send_back', return_to: 'source_check', note: 'n' },
      claim: { status: 'escalated', escalatedFrom: 'approval' },
      required: 2,
    });
    await expect(h.service.applyReview('r9')).resolves.toBe('advanced');
    expect(h.claims.roundGrades).not.toHaveBeenCalled();
    expect(h.transitions.move).toHaveBeenCalledWith(h.manager, expect.anything(), 'resolve', expect.objectContaining({ to: 'source_check', note: 'n' }));
  });
});
