import { jest } from '@jest/globals';
import type { ArticleCompletionRepository } from '../articles/article-completion.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainEventsRepository } from '../events/domain-events.repository.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import { ClaimTransitions, IllegalMoveError, StaleClaimError } from './claim-transitions.service.js';
import type { WorkflowClaim, ClaimWorkflowRepository } from './claim-workflow.repository.js';

/** `enteredRound`: the round the UPDATE returns; 'stale': none (the version moved on). */
function harness(enteredRound: number | 'stale' = 4) {
  // The move's statement builds the writes that go with it for its CTE `moved`.
  const claims = {
    enterRound: jest.fn<ClaimWorkflowRepository['enterRound']>(async (_manager, _claim, _entry, also = []) => {
      also.forEach((fragmentFor, i) => fragmentFor('moved', 10 + i));
      return enteredRound === 'stale' ? undefined : enteredRound;
    }),
  };
  const outbox = { record: jest.fn<OutboxService['record']>(async () => undefined) };
  const audit = {
    entriesFragment: jest.fn<AuditService['entriesFragment']>((_entries, from) => ({ sql: `audit of ${from}`, params: [] })),
  };
  const articles = { completeIfDone: jest.fn<ArticleCompletionRepository['completeIfDone']>(async () => false) };
  const events = {
    insertFragment: jest.fn<DomainEventsRepository['insertFragment']>((_name, _payload, from) => ({ sql: `event of ${from}`, params: [] })),
    written: jest.fn<DomainEventsRepository['written']>(),
  };
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
      expect.any(Array),
    );
    expect(h.events.insertFragment).toHaveBeenCalledWith(
      'claim.withdrawn',
      { claimId: 'c1', articleId: 'a1', from: 'published', actorId: null, revision: 2 },
      'moved',
      expect.any(Number),
    );
    expect(h.articles.completeIfDone).toHaveBeenCalled();
    await expect(
      h.transitions.move({} as never, h.claim('withdrawn'), 'withdraw', { to: 'withdrawn', actor: editor, withdrawnInRevision: 3 }),
    ).rejects.toThrow('cannot withdraw from withdrawn');
  });

  it('writes the audit event and the domain event the lifecycle names, then the prepare job', async () => {
    const h = harness();
    const jobs = await h.transitions.move({} as never, h.claim('dismissed'), 'restore', { to: 'verdict', actor: editor });
    expect(h.audit.entriesFragment).toHaveBeenCalledWith(
      [expect.objectContaining({ action: 'claim.restored', entityId: 'c1', after: expect.objectContaining({ status: 'verdict', round: 4 }) })],
      'moved',
      expect.any(Number),
    );
    expect(h.events.insertFragment).toHaveBeenCalledWith(
      'claim.restored',
      { claimId: 'c1', articleId: 'a1', stage: 'verdict', actorId: 'e1' },
      'moved',
      expect.any(Number),
    );
    expect(h.events.written).toHaveBeenCalledTimes(1);
    expect(jobs).toEqual([{ name: 'prepare-claim', payload: { claimId: 'c1', round: 4 } }]);
  });

  it('writes the move and the claim entering its prepared inbox as two audit events, in that order, in the move statement', async () => {
    const h = harness();
    const prepared = { earlierVerdicts: [], outlets: [], preparedAt: '2026-01-01T00:00:00.000Z' };
    const jobs = await h.transitions.move({} as never, h.claim('source_check'), 'advance', {
      to: 'verdict',
      actor: { type: 'system', id: null },
      attributionVerdict: 'confirmed',
      prepared,
    });
    expect(jobs).toEqual([]);
    expect(h.outbox.record).not.toHaveBeenCalled();
    expect(h.audit.entriesFragment).toHaveBeenCalledTimes(1);
    expect(h.audit.entriesFragment.mock.calls[0][0]).toEqual([
      expect.objectContaining({
        action: 'claim.advanced',
        before: { status: 'source_check', round: 3, attributionVerdict: null, rating: null },
        after: { status: 'verdict', round: 4, attributionVerdict: 'confirmed', rating: null },
      }),
      expect.objectContaining({ action: 'claim.queued', before: null, after: { stage: 'verdict', round: 4, earlierVerdicts: 0, outlets: [] } }),
    ]);
  });

  it('refuses to go on when the claim entered another round than the one after the round read', async () => {
    const h = harness(6);
    await expect(h.transitions.move({} as never, h.claim('verdict'), 'dismiss', { to: 'dismissed', actor: editor })).rejects.toThrow(
      'entered round 6, not 4',
    );
    expect(h.events.written).not.toHaveBeenCalled();
  });

  it('answers 409 when the claim changed since it was read, and writes nothing', async () => {
    const h = harness('stale');
    await expect(h.transitions.move({} as never, h.claim('verdict'), 'dismiss', { to: 'dismissed', actor: editor })).rejects.toBeInstanceOf(
      StaleClaimError,
    );
    // The audit and domain events are part of the move's statement, written only with a moved row.
    expect(h.audit.entriesFragment).toHaveBeenCalledWith(expect.anything(), 'moved', expect.any(Number));
    expect(h.events.insertFragment).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'moved', expect.any(Number));
    expect(h.events.written).not.toHaveBeenCalled();
    expect(h.articles.completeIfDone).not.toHaveBeenCalled();
  });
});
