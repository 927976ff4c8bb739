import { jest } from '@jest/globals';
import type { ArticleCompletionRepository } from '../articles/article-completion.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainEventsRepository } from '../events/domain-events.repository.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import { ClaimTransitions, IllegalMoveError, StaleClaimError } from './claim-transitions.service.js';
import type { WorkflowClaim, ClaimWorkflowRepository } from './claim-workflow.repository.js';

function harness(stale = false) {
  const claims = { enterRound: jest.fn<ClaimWorkflowRepository['enterRound']>(async () => (stale ? undefined : 4)) };
  const outbox = { record: jest.fn<OutboxService['record']>(async () => undefined) };
  const audit = { record: jest.fn<AuditService['record']>(async () => undefined) };
  const articles = { completeIfDone: jest.fn<ArticleCompletionRepository['completeIfDone']>(async () => false) };
  const events = { appendEvent: jest.fn<DomainEventsRepository['appendEvent']>(async () => undefined) };
  const transitions = new ClaimTransitions(
    claims as unknown as ClaimWorkflowRepository,
    outbox as unknown as OutboxService,
    audit as unknown as AuditService,
    events as unknown as DomainEventsRepository,
    articles as unknown as ArticleCompletionRepository,
  );
  const claim = (status: string, extra: Partial<WorkflowClaim> = {}) =>
    ({ id: 'c1', articleId: 'a1', status, version: 3, round: 3, attributionVerdict: null, rating: null, escalatedFrom: null, ...extra }) as WorkflowClaim;
  return { transitions, claims, outbox, audit, events, articles, claim };
}

const editor = { type: 'user' as const, id: 'e1' };

describe('ClaimTransitions.move', () => {
  it('refuses a move the lifecycle does not have, naming the event and the status', async () => {
    const h = harness();
    const refused = h.transitions.move({} as never, h.claim('published'), 'dismiss', { to: 'dismissed', actor: editor });
    await expect(refused).rejects.toBeInstanceOf(IllegalMoveError);
    await expect(refused).rejects.toThrow('claim c1 cannot dismiss from published to dismissed');
    await expect(
      h.transitions.move({} as never, h.claim('escalated', { escalatedFrom: 'verdict' }), 'resolve', { to: 'published', actor: editor }),
    ).rejects.toThrow('cannot resolve from escalated (from verdict) to published');
    expect(h.claims.enterRound).not.toHaveBeenCalled();
  });

  it('completes the article when a claim reaches an end state', async () => {
    const h = harness();
    await h.transitions.move({} as never, h.claim('approval'), 'approve', { to: 'published', actor: editor });
    expect(h.articles.completeIfDone).toHaveBeenCalledWith(expect.anything(), 'a1', ['published', 'dismissed', 'withdrawn']);
  });

  it('withdraws a claim from wherever it is: the revision that removed it on the row and in the event, the lease gone with the round', async () => {
    const h = harness();
    const jobs = await h.transitions.move({} as never, h.claim('published', { attributionVerdict: 'confirmed' }), 'withdraw', {
      to: 'withdrawn',
      actor: { type: 'system', id: null },
      withdrawnInRevision: 2,
    });
    expect(jobs).toEqual([]);
    expect(h.claims.enterRound).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ id: 'c1' }),
      expect.objectContaining({ to: 'withdrawn', withdrawnInRevision: 2, attributionVerdict: 'confirmed', prepared: null }),
    );
    expect(h.events.appendEvent).toHaveBeenCalledWith(expect.anything(), {
      name: 'claim.withdrawn',
      payload: { claimId: 'c1', articleId: 'a1', from: 'published', actorId: null, revision: 2 },
    });
    expect(h.articles.completeIfDone).toHaveBeenCalled();
    await expect(
      h.transitions.move({} as never, h.claim('withdrawn'), 'withdraw', { to: 'withdrawn', actor: editor, withdrawnInRevision: 3 }),
    ).rejects.toThrow('cannot withdraw from withdrawn');
  });

  it('writes the audit event and the domain event the lifecycle names, then the prepare job', async () => {
    const h = harness();
    const jobs = await h.transitions.move({} as never, h.claim('dismissed'), 'restore', { to: 'verdict', actor: editor });
    expect(h.audit.record).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: 'claim.restored', entityId: 'c1' }));
    expect(h.events.appendEvent).toHaveBeenCalledWith(expect.anything(), {
      name: 'claim.restored',
      payload: { claimId: 'c1', articleId: 'a1', stage: 'verdict', actorId: 'e1' },
    });
    expect(jobs).toEqual([{ name: 'prepare-claim', payload: { claimId: 'c1', round: 4 } }]);
  });

  it('answers 409 when the claim changed since it was read, and writes nothing', async () => {
    const h = harness(true);
    await expect(h.transitions.move({} as never, h.claim('verdict'), 'dismiss', { to: 'dismissed', actor: editor })).rejects.toBeInstanceOf(
      StaleClaimError,
    );
    expect(h.audit.record).not.toHaveBeenCalled();
    expect(h.events.appendEvent).not.toHaveBeenCalled();
  });
});
