import { DataSource } from 'typeorm';
import { DomainEventReader } from '../../src/events/domain-event-reader.js';
import type { StoredDomainEvent } from '../../src/events/domain-events.js';
import { Stack } from '../support/stack.js';
import { createPerson, grade, gradeFor, next, submitAndRoute, waitUntilSettled, type Person } from '../support/review.js';
import { waitFor } from '../support/wait-for.js';

// The running service writes one domain event per state change, in the
// transaction of the change, and the reader hands them out in commit order.

const TEXT =
  'The port of Odesa reopened on Monday after three days of repairs, Reuters reported. ' +
  'Grain exports through the port rose by 12 percent in March compared with February, according to the Financial Times. ' +
  'The ministry said the new terminal would handle twice as many ships by the end of the year.';

describe('domain events written by the service', () => {
  let stack: Stack;
  let db: DataSource;
  let reader: DomainEventReader;
  let reviewer: Person;
  let editor: Person;

  beforeAll(async () => {
    stack = await Stack.create('events', { RATE_LIMIT_LOGIN_PER_IP: '1000', REVIEW_DISMISS_BELOW: '0' });
    await stack.start();
    db = await new DataSource({ type: 'postgres', url: stack.databaseUrl }).initialize();
    reader = new DomainEventReader(db);
    reviewer = await createPerson(stack, 'reviewer');
    editor = await createPerson(stack, 'editor');
  }, 90_000);

  afterAll(async () => {
    await db?.destroy();
    await stack?.close();
  }, 30_000);

  async function allEvents(): Promise<StoredDomainEvent[]> {
    const events: StoredDomainEvent[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await reader.readAfter(cursor, 100);
      events.push(...page.events);
      cursor = page.cursor;
      if (page.events.length === 0) return events;
    }
  }

  it('writes the lifecycle of an article and its claims, one event per change, matching the audit trail', async () => {
    const article = await submitAndRoute(stack, TEXT);
    const stage: string = article.claims.some((c: any) => c.status === 'source_check') ? 'source_check' : 'verdict';

    // lease, release, lease again, grade: the claim advances.
    const first = await next(stack, reviewer, stage);
    const claim = first.body.claim;
    const other = article.claims.find((c: any) => c.id !== claim.id);
    expect((await stack.request('POST', `/v1/claims/${claim.id}/release`, { token: reviewer.token })).status).toBe(204);
    expect((await next(stack, reviewer, stage)).body.claim.id).toBe(claim.id);
    expect((await grade(stack, reviewer, claim.id, gradeFor(stage))).status).toBe(201);
    await waitUntilSettled(stack, article.id);

    // An editor dismisses another claim, restores it, and dismisses it again.
    const dismiss = () => stack.request('POST', `/v1/claims/${other.id}/dismiss`, { token: editor.token, body: { reason: 'Opinion' } });
    expect((await dismiss()).status).toBe(204);
    expect((await stack.request('POST', `/v1/claims/${other.id}/restore`, { token: editor.token })).status).toBe(204);
    await waitUntilSettled(stack, article.id);
    expect((await dismiss()).status).toBe(204);

    const events = await waitFor('the dismissal to be readable', async () => {
      const all = await allEvents();
      return all.filter((e) => e.claimId === other.id && e.name === 'claim.dismissed').length === 2 ? all : undefined;
    });
    const of = (claimId: string) => events.filter((e) => e.claimId === claimId).map((e) => e.name);
    expect(of(claim.id)).toEqual(['claim.routed', 'claim.leased', 'claim.released', 'claim.leased', 'claim.graded', 'claim.advanced']);
    expect(of(other.id)).toEqual(['claim.routed', 'claim.dismissed', 'claim.restored', 'claim.dismissed']);
    const articleEvents = events.filter((e) => e.articleId === article.id && e.claimId === null).map((e) => e.name);
    expect(articleEvents).toEqual(['article.received', 'article.analyzed']);

    const graded = events.find((e) => e.name === 'claim.graded')!;
    expect(graded).toMatchObject({ actorId: reviewer.id, articleId: article.id, claimId: claim.id });
    expect(graded.payload).toMatchObject({ stage, claimId: claim.id, articleId: article.id, reviewId: expect.any(String) });
    const advanced = events.find((e) => e.name === 'claim.advanced')!;
    expect(advanced.payload).toMatchObject({ from: stage, stage: stage === 'source_check' ? 'verdict' : 'approval' });

    // Every lifecycle action in the audit trail has its domain event, and nothing else does.
    const audit = await stack.sql<{ action: string; n: number }>(
      `SELECT CASE action WHEN 'review.submitted' THEN 'claim.graded' ELSE action END AS action, count(*)::int AS n
         FROM audit_events
        WHERE action IN ('claim.routed', 'claim.leased', 'claim.released', 'review.submitted', 'claim.advanced', 'claim.escalated',
                         'claim.sent_back', 'claim.published', 'claim.dismissed', 'claim.restored', 'article.analyzed', 'article.completed')
        GROUP BY 1 ORDER BY 1`,
    );
    const counted = new Map<string, number>();
    for (const e of events) if (e.claimId || e.name.startsWith('article.')) counted.set(e.name, (counted.get(e.name) ?? 0) + 1);
    for (const row of audit) expect([row.action, counted.get(row.action)]).toEqual([row.action, row.n]);
  }, 120_000);

  it('writes account events with the acting admin', async () => {
    const [admin] = await stack.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
    const person = await createPerson(stack, 'reviewer');
    expect((await stack.request('PATCH', `/v1/users/${person.id}`, { body: { role: 'editor' } })).status).toBe(200);
    // The role it already has: nothing changes, nothing is written.
    expect((await stack.request('PATCH', `/v1/users/${person.id}`, { body: { role: 'editor' } })).status).toBe(200);
    expect((await stack.request('POST', `/v1/users/${person.id}/deactivate`)).status).toBe(200);
    expect((await stack.request('POST', `/v1/users/${person.id}/deactivate`)).status).toBe(200);
    expect((await stack.request('POST', `/v1/users/${person.id}/reactivate`)).status).toBe(200);
    expect((await stack.request('POST', `/v1/users/${person.id}/reactivate`)).status).toBe(200);
    const key = await stack.request('POST', '/v1/api-keys', { body: { name: 'events-test' } });
    expect((await stack.request('POST', `/v1/api-keys/${key.body.id}/revoke`)).status).toBe(200);
    expect((await stack.request('DELETE', `/v1/api-keys/${key.body.id}`)).status).toBe(200);

    // The reader shows a transaction once every older one on the server has ended (other
    // databases' too): wait for the last change; everything before it is visible then.
    const events = await waitFor('the key revocation in the event stream', async () => {
      const all = await allEvents();
      return all.some((e) => e.name === 'api_key.revoked' && (e.payload as Record<string, unknown>)['apiKeyId'] === key.body.id) ? all : undefined;
    });
    const about = (field: string, id: string) => events.filter((e) => (e.payload as Record<string, unknown>)[field] === id);
    expect(about('userId', person.id).map((e) => [e.name, e.actorId])).toEqual([
      ['user.created', admin.id],
      ['user.role_changed', admin.id],
      ['user.deactivated', admin.id],
      ['user.reactivated', admin.id],
    ]);
    expect(about('userId', person.id)[1].payload).toMatchObject({ from: 'reviewer', to: 'editor' });
    expect(about('apiKeyId', key.body.id).map((e) => [e.name, e.actorId])).toEqual([
      ['api_key.created', admin.id],
      ['api_key.revoked', admin.id],
    ]);
  }, 60_000);
});
