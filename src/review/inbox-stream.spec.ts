import { DomainEvent, type DomainEventName, type StoredDomainEvent } from '../events/index.js';
import { INBOX_EVENTS, changeFor } from './inbox-stream.service.js';

function event(name: DomainEventName, payload: Record<string, unknown>, claimId: string | null = 'c1'): StoredDomainEvent {
  return { id: '1', name, payload: payload as never, articleId: 'a1', claimId, actorId: 'u1', occurredAt: new Date(0) };
}

const reviewer = { userId: 'r1', role: 'reviewer' as const };
const editor = { userId: 'e1', role: 'editor' as const };

describe('inbox stream: what each viewer is told', () => {
  it('names the stages a move touched, and the claim', () => {
    const change = changeFor([event(DomainEvent.ClaimAdvanced, { from: 'source_check', stage: 'verdict', actorId: null })], reviewer);
    expect(change).toEqual({ stages: ['source_check', 'verdict'], claimIds: ['c1'] });
  });

  it('tells a reviewer that editors’ stages changed, but not which claims', () => {
    const events = [
      event(DomainEvent.ClaimLeased, { stage: 'approval', actorId: 'e1', expiresAt: 'x' }, 'c-approval'),
      event(DomainEvent.ClaimEscalated, { from: 'verdict', stage: 'escalated' }, 'c-escalated'),
    ];
    expect(changeFor(events, reviewer)).toEqual({ stages: ['approval', 'verdict', 'escalated'], claimIds: ['c-escalated'] });
    expect(changeFor(events, editor)?.claimIds).toEqual(['c-approval', 'c-escalated']);
  });

  it('never carries a payload: no notes, verdicts or people', () => {
    const change = changeFor([event(DomainEvent.ClaimSentBack, { from: 'approval', stage: 'verdict', actorId: 'e1', note: 'secret note' })], editor);
    expect(JSON.stringify(change)).not.toMatch(/secret note|e1/);
  });

  it('says nothing about events that do not change an inbox', () => {
    expect(changeFor([event(DomainEvent.UserCreated, { userId: 'u2', role: 'admin', actorId: 'u1' }, null)], editor)).toBeUndefined();
    expect(changeFor([event(DomainEvent.ClaimDismissed, { from: 'queued', actorId: null, reason: null })], editor)).toBeUndefined();
    expect(INBOX_EVENTS).not.toContain(DomainEvent.UserCreated);
  });
});
