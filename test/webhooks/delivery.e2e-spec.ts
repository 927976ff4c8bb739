import { readFileSync } from 'node:fs';
import { useStack } from '../support/stack.js';
import { freePort } from '../support/processes.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { TestReceiver, emit } from './support/harness.js';

/**
 * Delivery end to end: the real service (API and worker in one process)
 * consumes the domain event stream and POSTs to receivers on 127.0.0.1, which
 * the allowlist opens for this test only. Every delivered message is verified
 * by the example receiver with `standardwebhooks`.
 */
describe('webhooks: delivery', () => {
  const stack = useStack('webhooks', {
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    WEBHOOK_RETRY_SCHEDULE_MS: '0,200,200,200,200',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_ROTATION_GRACE_MS: '3000',
    WEBHOOK_DISABLE_AFTER_MS: '4000',
    WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    RECONCILE_INTERVAL_MS: '500',
    PUBLIC_BASE_URL: 'https://claimtrail.example.org',
  });
  let articleId: string;
  let claim: { id: string; text: string; sources: { name: string; role: string }[] };
  const receivers: TestReceiver[] = [];
  const endpoints: string[] = [];

  beforeAll(async () => {
    const example = JSON.parse(readFileSync('src/articles/example-article.json', 'utf8'));
    const submitted = await stack.request('POST', '/v1/articles', { body: example });
    expect(submitted.status).toBe(202);
    articleId = submitted.body.id;
    const article = await stack.waitForArticle(articleId);
    claim = article.claims.find((c: any) => c.sources.length === 2);
  }, 120_000);

  afterEach(async () => {
    for (const id of endpoints.splice(0)) await stack.request('DELETE', `/v1/webhooks/${id}`);
    for (const r of receivers.splice(0)) await r.close();
  });

  async function endpoint(receiver: TestReceiver, events = ['claim.graded'], url = receiver.url) {
    const res = await stack.request('POST', '/v1/webhooks', { body: { url, events, description: 'test' } });
    expect(res.status).toBe(201);
    endpoints.push(res.body.id);
    receiver.useSecret(res.body.secret);
    return res.body as { id: string; secret: string };
  }

  async function receiver(script?: ConstructorParameters<typeof TestReceiver>[0]) {
    const r = await TestReceiver.start(script);
    receivers.push(r);
    return r;
  }

  const graded = (n = 0) =>
    emit(stack, 'claim.graded', { articleId, claimId: claim.id, stage: 'verdict', attributionVerdict: 'confirmed', rating: 'true', reviewId: `r${n}` });

  async function deliveries(endpointId: string, query = '') {
    const res = await stack.request('GET', `/v1/webhooks/${endpointId}/deliveries?limit=200${query}`);
    expect(res.status).toBe(200);
    return res.body.items as any[];
  }

  async function settled(endpointId: string, count = 1) {
    return waitFor(`${count} settled deliveries`, async () => {
      const items = await deliveries(endpointId);
      return items.length >= count && items.every((d) => d.status !== 'pending') ? items : undefined;
    });
  }

  it('sends the Standard Webhooks envelope, signed, with ids, claim text, sources relay -> original, verdicts and links', async () => {
    const r = await receiver();
    const ep = await endpoint(r, ['claim.graded', 'article.analyzed']);
    const eventId = await graded();
    await emit(stack, 'claim.published', { articleId, claimId: claim.id }); // not subscribed
    const analyzed = await emit(stack, 'article.analyzed', { articleId, claimCount: 75, unsourcedClaimCount: 66 });
    await waitFor('two handled messages', () => (r.handled.length >= 2 ? true : undefined));
    await sleep(300);
    expect(r.handled.map((h) => h.event.type)).toEqual(['claim.graded', 'article.analyzed']);
    const [message] = r.requests;
    expect(message.headers['webhook-id']).toBe(`msg_${eventId}`);
    expect(r.requests[1].headers['webhook-id']).toBe(`msg_${analyzed}`);
    expect(message.headers['content-type']).toBe('application/json');
    expect(message.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(TestReceiver.verifies(ep.secret, message)).toBe(true);

    const envelope = JSON.parse(message.body);
    expect(Object.keys(envelope)).toEqual(['type', 'timestamp', 'data']);
    expect(new Date(envelope.timestamp).toISOString()).toBe(envelope.timestamp);
    const original = claim.sources.find((s) => s.role === 'original')!;
    const relay = claim.sources.find((s) => s.role === 'relay')!;
    expect(envelope.data).toEqual(
      expect.objectContaining({
        articleId,
        claimId: claim.id,
        stage: 'verdict',
        attributionVerdict: 'confirmed',
        rating: 'true',
        link: `https://claimtrail.example.org/v1/claims/${claim.id}`,
        claim: expect.objectContaining({
          id: claim.id,
          text: claim.text,
          sources: [{ relay: expect.objectContaining({ name: relay.name }), original: expect.objectContaining({ name: original.name }) }],
        }),
        article: expect.objectContaining({ id: articleId, externalId: 'example:alliance-of-despair' }),
      }),
    );
    const log = await settled(ep.id, 2);
    expect(log.map((d) => [d.eventType, d.status, d.attempts.map((a: any) => a.statusCode)])).toEqual([
      ['article.analyzed', 'succeeded', [204]],
      ['claim.graded', 'succeeded', [204]],
    ]);
  }, 20_000);

  it('announces a real analysis from the workflow’s own event stream', async () => {
    const r = await receiver();
    await endpoint(r, ['article.analyzed']);
    const text = 'Exports rose by 3 percent in October, Reuters reported on Monday, citing customs data.';
    const submitted = await stack.request('POST', '/v1/articles', { body: { text, externalId: 'webhooks-real-1' } });
    expect(submitted.status).toBe(202);
    const handled = await waitFor('article.analyzed', () => r.handled.find((h) => h.event.data.articleId === submitted.body.id));
    expect(handled.event.type).toBe('article.analyzed');
    expect(handled.event.data.article).toEqual(
      expect.objectContaining({ id: submitted.body.id, externalId: 'webhooks-real-1', link: `https://claimtrail.example.org/v1/articles/${submitted.body.id}` }),
    );
    expect(handled.event.data.claimCount).toBeGreaterThan(0);
  }, 20_000);

  it('delivers one article’s events in order, even while one is retried', async () => {
    const r = await receiver((n) => (n === 1 ? { status: 500 } : null));
    const ep = await endpoint(r);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await graded(i));
    await waitFor('five handled', () => (r.handled.length >= 5 ? true : undefined));
    expect(r.handled.map((h) => h.id)).toEqual(ids.map((id) => `msg_${id}`));
    expect(r.requests.map((q) => q.headers['webhook-id'])).toEqual([`msg_${ids[0]}`, ...ids.map((id) => `msg_${id}`)]);
    await settled(ep.id, 5);
  }, 20_000);

  /** A sample's value on /metrics (0 when absent). */
  async function metric(sample: string): Promise<number> {
    const scraped = await stack.request('GET', '/metrics', { token: null });
    const line = (scraped.body as string).split('\n').find((l) => l.startsWith(`${sample} `));
    return line ? Number(line.slice(sample.length + 1)) : 0;
  }

  it('retries 500 three times, then succeeds: same webhook-id, a new timestamp and a valid signature each time', async () => {
    const r = await receiver((n) => (n <= 3 ? { status: 500 } : null));
    const ep = await endpoint(r);
    const [retrying, delivered] = [await metric('claimtrail_webhook_attempts_total{outcome="retrying"}'), await metric('claimtrail_webhook_attempts_total{outcome="delivered"}')];
    await graded();
    const [d] = await settled(ep.id);
    // Operators see the same on /metrics, and an empty backlog once it is through.
    expect(await metric('claimtrail_webhook_attempts_total{outcome="retrying"}')).toBe(retrying + 3);
    expect(await metric('claimtrail_webhook_attempts_total{outcome="delivered"}')).toBe(delivered + 1);
    const scraped = (await stack.request('GET', '/metrics', { token: null })).body as string;
    expect(scraped).toMatch(/^claimtrail_webhook_deliveries_pending\{state="due"\} 0$/m);
    expect(scraped).toMatch(/^claimtrail_webhook_oldest_due_seconds 0$/m);
    expect(await metric('claimtrail_webhook_attempt_duration_seconds_count')).toBeGreaterThanOrEqual(4);
    expect(d.status).toBe('succeeded');
    expect(d.attempts.map((a: any) => a.statusCode)).toEqual([500, 500, 500, 204]);
    expect(d.attempts[0].error).toBe('receiver answered 500');
    expect(d.attempts[0].responseExcerpt).toBe('scripted');
    expect(r.requests).toHaveLength(4);
    expect(new Set(r.requests.map((q) => q.headers['webhook-id']))).toEqual(new Set([d.webhookId]));
    expect(new Set(r.requests.map((q) => q.body)).size).toBe(1);
    for (const q of r.requests) expect(TestReceiver.verifies(ep.secret, q)).toBe(true);
    expect(r.handled).toHaveLength(1);
  }, 20_000);

  it("logs an answer with a NUL in it (PostgreSQL text holds none) and goes on", async () => {
    const r = await receiver((n) => (n === 1 ? { status: 500, body: 'bad\0answer' } : null));
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    expect(d.status).toBe('succeeded');
    expect(d.attempts.map((a: any) => [a.statusCode, a.responseExcerpt])).toEqual([
      [500, 'bad\uFFFDanswer'],
      [204, null],
    ]);
  }, 20_000);

  it('counts a timeout as a failed attempt and retries', async () => {
    const r = await receiver((n) => (n === 1 ? { status: 200, delayMs: 1500 } : null));
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    expect(d.status).toBe('succeeded');
    expect(d.attempts).toHaveLength(2);
    expect(d.attempts[0]).toEqual(expect.objectContaining({ statusCode: null, error: 'timed out after 1000 ms' }));
    expect(d.attempts[0].durationMs).toBeGreaterThanOrEqual(950);
  }, 20_000);

  it('disables the endpoint on 410, with the reason, sends it nothing more, and keeps what it missed for a replay', async () => {
    let gone = true;
    const r = await receiver(() => (gone ? { status: 410 } : null));
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    expect(d.status).toBe('failed');
    expect(d.attempts).toHaveLength(1);
    const view = (await stack.request('GET', `/v1/webhooks/${ep.id}`)).body;
    expect(view.enabled).toBe(false);
    expect(view.disabledReason).toMatch(/410 Gone/);

    const whileDisabled = new Date();
    await graded(1);
    const missed = await waitFor('the event to be logged for the disabled endpoint', async () => {
      const [newest, ...older] = await deliveries(ep.id);
      return older.length === 1 ? newest : undefined;
    });
    expect(missed).toEqual(expect.objectContaining({ status: 'failed', lastError: 'endpoint disabled', attempts: [] }));
    await sleep(1000);
    expect(r.requests).toHaveLength(1);

    // The receiver is back: enabled again, a replay sends what it missed, once.
    gone = false;
    expect((await stack.request('POST', `/v1/webhooks/${ep.id}/enable`)).status).toBe(200);
    const replay = await stack.request('POST', `/v1/webhooks/${ep.id}/deliveries/replay`, { body: { since: whileDisabled.toISOString() } });
    expect(replay.body).toEqual({ replayed: 1 });
    await waitFor('the missed event to arrive', () => (r.handled.length === 1 ? true : undefined));
    expect(r.handled.map((h) => h.id)).toEqual([missed.webhookId]);
  }, 30_000);

  // An integrator replays the failures of one outage (its window of the log), not also those of a later
  // one still being looked into: replay took a since only, and refused until as an unknown property.
  it('replays the failed deliveries of a window, since inclusive and until exclusive, as the log filters them', async () => {
    let gone = true;
    const r = await receiver(() => (gone ? { status: 410 } : null));
    const ep = await endpoint(r);
    for (const n of [0, 1, 2, 3]) {
      await graded(n);
      await waitFor(`delivery ${n} to fail`, async () => {
        const items = await deliveries(ep.id);
        return items.length === n + 1 && items.every((d) => d.status === 'failed') ? true : undefined;
      });
    }
    const [fourth, third, second] = await deliveries(ep.id);
    const window = { since: second.createdAt, until: fourth.createdAt };
    expect((await stack.request('POST', `/v1/webhooks/${ep.id}/deliveries/replay`, { body: { since: window.until, until: window.since } })).body).toEqual(
      expect.objectContaining({ statusCode: 400, message: 'since must be before until' }),
    );
    gone = false;
    expect((await stack.request('POST', `/v1/webhooks/${ep.id}/enable`)).status).toBe(200);
    const replay = await stack.request('POST', `/v1/webhooks/${ep.id}/deliveries/replay`, { body: window });
    expect(replay.body).toEqual({ replayed: 2 });
    await waitFor('the window to arrive', () => (r.handled.length === 2 ? true : undefined));
    await sleep(500);
    expect(r.handled.map((h) => h.id)).toEqual([second.webhookId, third.webhookId]);
    expect((await deliveries(ep.id)).map((d) => d.status)).toEqual(['failed', 'succeeded', 'succeeded', 'failed']);
  }, 30_000);

  it('honours Retry-After on 429', async () => {
    const r = await receiver((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '2' } } : null));
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    expect(d.attempts.map((a: any) => a.statusCode)).toEqual([429, 204]);
    // The schedule alone would retry after ~200 ms.
    expect(r.requests[1].at - r.requests[0].at).toBeGreaterThanOrEqual(1900);
  }, 20_000);

  it('never follows a redirect (here to another loopback receiver): it is a failed attempt', async () => {
    const target = await receiver();
    const r = await receiver(() => ({ status: 308, headers: { location: target.url } }));
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    expect(d.status).toBe('failed');
    expect(d.attempts).toHaveLength(5);
    expect(d.attempts.every((a: any) => a.statusCode === 308)).toBe(true);
    expect(d.lastError).toMatch(/redirect \(308\) to http:\/\/127\.0\.0\.1:\d+\/hook not followed/);
    expect(target.requests).toHaveLength(0);
  }, 20_000);

  it('logs a refused connection, fails after the schedule, and replays failures once the receiver is back', async () => {
    const port = await freePort();
    const r = new TestReceiver();
    receivers.push(r);
    const res = await stack.request('POST', '/v1/webhooks', { body: { url: `http://127.0.0.1:${port}/hook`, events: ['claim.graded'] } });
    expect(res.status).toBe(201);
    endpoints.push(res.body.id);
    const before = new Date();
    await graded();
    const [d] = await settled(res.body.id);
    expect(d.status).toBe('failed');
    expect(d.attempts).toHaveLength(5);
    expect(d.attempts[0]).toEqual(expect.objectContaining({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) }));
    expect((await deliveries(res.body.id, '&status=failed&eventType=claim.graded')).map((x) => x.id)).toEqual([d.id]);
    expect(await deliveries(res.body.id, '&status=succeeded')).toEqual([]);

    await r.listen(port);
    r.useSecret(res.body.secret);
    const replay = await stack.request('POST', `/v1/webhooks/${res.body.id}/deliveries/replay`, { body: { since: before.toISOString() } });
    expect(replay.body).toEqual({ replayed: 1 });
    const [again] = await settled(res.body.id);
    expect(again.status).toBe('succeeded');
    expect(again.webhookId).toBe(d.webhookId);
    expect(r.handled.map((h) => h.id)).toEqual([d.webhookId]);
  }, 20_000);

  it('redelivers one delivery with the same webhook-id (the receiver dedupes it)', async () => {
    const r = await receiver();
    const ep = await endpoint(r);
    await graded();
    const [d] = await settled(ep.id);
    const res = await stack.request('POST', `/v1/webhooks/${ep.id}/deliveries/${d.id}/redeliver`);
    expect(res.status).toBe(202);
    await waitFor('the redelivery', () => (r.requests.length === 2 ? true : undefined));
    const [again] = await settled(ep.id);
    expect(again.attempts.map((a: any) => a.statusCode)).toEqual([204, 200]);
    expect(r.requests.map((q) => q.headers['webhook-id'])).toEqual([d.webhookId, d.webhookId]);
    expect(r.handled).toHaveLength(1);
  }, 20_000);

  it('signs with both secrets during a rotation’s grace period, then with the new one only', async () => {
    const r = await receiver();
    const ep = await endpoint(r);
    // The route takes no body: fields sent anyway are refused, not dropped unsaid, and nothing rotates.
    const withBody = await stack.request('POST', `/v1/webhooks/${ep.id}/rotate-secret`, { body: { graceSeconds: 0 } });
    expect([withBody.status, withBody.body.message]).toEqual([400, 'this route takes no body: property graceSeconds should not exist']);
    const rotated = await stack.request('POST', `/v1/webhooks/${ep.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    await graded(1);
    await waitFor('a message', () => (r.requests.length === 1 ? true : undefined));
    expect(r.requests[0].headers['webhook-signature']!.toString().split(' ')).toHaveLength(2);
    expect(TestReceiver.verifies(ep.secret, r.requests[0])).toBe(true);
    expect(TestReceiver.verifies(rotated.body.secret, r.requests[0])).toBe(true);

    await sleep(Math.max(0, new Date(rotated.body.previousSecretExpiresAt).getTime() - Date.now()) + 100);
    r.useSecret(rotated.body.secret);
    await graded(2);
    await waitFor('a second message', () => (r.requests.length === 2 ? true : undefined));
    expect(TestReceiver.verifies(rotated.body.secret, r.requests[1])).toBe(true);
    expect(TestReceiver.verifies(ep.secret, r.requests[1])).toBe(false);
  }, 20_000);

  it('loses no secret to two rotations at once: the original and both new secrets sign the next message', async () => {
    const r = await receiver();
    const ep = await endpoint(r);
    const rotations = await Promise.all([1, 2].map(() => stack.request('POST', `/v1/webhooks/${ep.id}/rotate-secret`)));
    expect(rotations.map((res) => res.status)).toEqual([200, 200]);
    r.useSecret(rotations[0].body.secret);
    await graded(3);
    await waitFor('a message', () => (r.requests.length === 1 ? true : undefined));
    // Whichever came second, the first one's secret is in its grace period, and so is the original.
    expect(rotations.map((res) => TestReceiver.verifies(res.body.secret, r.requests[0]))).toEqual([true, true]);
    expect(TestReceiver.verifies(ep.secret, r.requests[0])).toBe(true);
    expect(r.requests[0].headers['webhook-signature']!.toString().split(' ')).toHaveLength(3);
  }, 20_000);

  it('keeps the original secret signing through a second rotation in its grace period, until that grace ends', async () => {
    const r = await receiver();
    const ep = await endpoint(r);
    const first = await stack.request('POST', `/v1/webhooks/${ep.id}/rotate-secret`);
    await sleep(500);
    const second = await stack.request('POST', `/v1/webhooks/${ep.id}/rotate-secret`);
    r.useSecret(second.body.secret);
    await graded(4);
    await waitFor('a message', () => (r.requests.length === 1 ? true : undefined));
    expect([ep.secret, first.body.secret, second.body.secret].map((secret) => TestReceiver.verifies(secret, r.requests[0]))).toEqual([true, true, true]);
    // The endpoint says when the last old secret stops signing.
    const view = (await stack.request('GET', `/v1/webhooks/${ep.id}`)).body;
    expect(view.previousSecretExpiresAt).toBe(second.body.previousSecretExpiresAt);

    // The original stops signing when its own grace ends, the first rotation's.
    await sleep(Math.max(0, new Date(first.body.previousSecretExpiresAt).getTime() - Date.now()) + 100);
    await graded(5);
    await waitFor('a second message', () => (r.requests.length === 2 ? true : undefined));
    expect(TestReceiver.verifies(ep.secret, r.requests[1])).toBe(false);
    expect(TestReceiver.verifies(second.body.secret, r.requests[1])).toBe(true);
  }, 20_000);

  it('disables an endpoint that keeps failing for the configured window, and says why', async () => {
    const r = await receiver(() => ({ status: 503 }));
    const ep = await endpoint(r);
    await graded(1);
    await settled(ep.id);
    expect((await stack.request('GET', `/v1/webhooks/${ep.id}`)).body.failingSince).not.toBeNull();
    await sleep(4200);
    await graded(2);
    const view = await waitFor('the endpoint to be disabled', async () => {
      const body = (await stack.request('GET', `/v1/webhooks/${ep.id}`)).body;
      return body.enabled ? undefined : body;
    });
    expect(view.disabledReason).toMatch(/^failing since .* without a success; last error: receiver answered 503$/);
    const enabled = await stack.request('POST', `/v1/webhooks/${ep.id}/enable`);
    expect(enabled.body).toEqual(expect.objectContaining({ enabled: true, disabledReason: null, failingSince: null }));
  }, 30_000);
});
