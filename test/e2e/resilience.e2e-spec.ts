import { Queue } from 'bullmq';
import { freePort } from '../support/processes.js';
import { PrivateRedis, deleteRedisKeys } from '../support/redis.js';
import { Stack } from '../support/stack.js';
import { sleep, waitFor } from '../support/wait-for.js';

const ARTICLE = {
  text:
    'IA Fact, referring to The Wall Street Journal, already stated that arms deliveries increased. ' +
    'His decision to provide Russia with 11,000 troops changed the war.',
};

describe('resilience: PostgreSQL is the truth, Redis only dispatches', () => {
  it('accepts an article at once while Redis is down, and analyses it when Redis is back', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    const stack = await Stack.create('redisdown', { REDIS_URL: redis.url, RECONCILE_INTERVAL_MS: '300' });
    try {
      await stack.start();
      const worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      await stack.adminToken();
      const metrics = async () => (await stack.request<string>('GET', '/metrics', { token: null })).body;
      expect(await metrics()).toMatch(/^claimtrail_queue_jobs\{queue="analysis",state="waiting"\} \d+$/m);
      await redis.stop();
      // Not the counts read before Redis went away, exported as if current: no queue series at all.
      expect(await metrics()).not.toMatch(/^claimtrail_queue_jobs\{/m);

      const response = await stack.request('POST', '/v1/articles', { body: ARTICLE });
      expect(response.status).toBe(202);
      expect(response.ms).toBeLessThan(1000);
      // A process serving the API stays in the load balancer, saying what is down: it answered 503, so a
      // readiness probe took every API process out at once. A worker without Redis has nothing to do.
      const ready = await stack.request('GET', '/health/ready', { token: null });
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down', migrations: 'up' } });
      const workerReady = await stack.request('GET', '/health/ready', { token: null, via: worker });
      expect(workerReady.status).toBe(503);
      expect(workerReady.body.checks).toEqual({ database: 'up', redis: 'down', migrations: 'up' });
      const pending = await stack.sql(`SELECT status FROM articles WHERE id = $1`, [response.body.id]);
      expect(pending[0].status).toBe('received');

      await redis.start();
      const article = await stack.waitForArticle(response.body.id, 30_000);
      expect(article.status).toBe('analyzed');
      expect(article.claims.length).toBeGreaterThan(0);
    } finally {
      // An expectation that failed while Redis was down must be what the run reports, not close()'s
      // key clean-up failing against a stopped server.
      await redis.start();
      await stack.close();
      await redis.stop();
    }
  }, 90_000);

  it('rebuilds lost jobs from the outbox when Redis loses its data, with separate api and worker processes', async () => {
    const stack = await Stack.create('redisloss', { RECONCILE_INTERVAL_MS: '300' });
    try {
      const api = await stack.start({ APP_ROLE: 'api' });
      // No worker yet: the jobs wait in Redis.
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await stack.request('POST', '/v1/articles', { body: { text: `${ARTICLE.text} Number ${i}.` }, via: api });
        expect(response.status).toBe(202);
        ids.push(response.body.id);
      }
      // Redis loses everything under our prefix (a restart without persistence, a failover).
      expect(await deleteRedisKeys(stack.env['REDIS_URL'], `${stack.queuePrefix}:*`)).toBeGreaterThan(0);

      const worker = await stack.start({ APP_ROLE: 'worker', WORKER_QUEUES: 'analysis' }, '/health/live');
      // The worker serves probes and metrics, not the API.
      expect((await stack.request('GET', '/v1/articles', { via: worker })).status).toBe(404);
      expect((await stack.request('POST', '/v1/auth/login', { token: null, body: {}, via: worker })).status).toBe(404);
      expect((await stack.request('GET', '/metrics', { token: null, via: worker })).status).toBe(200);
      for (const id of ids) {
        const article = await stack.waitForArticle(id, 30_000);
        expect(article.status).toBe('analyzed');
      }
      const dupes = await stack.sql(
        `SELECT article_id FROM claims WHERE article_id = ANY($1) GROUP BY article_id, ordinal HAVING count(*) > 1`,
        [ids],
      );
      expect(dupes).toEqual([]);
      const outbox = await stack.sql(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'analyze-article'`);
      expect(outbox[0].n).toBe(0);
    } finally {
      await stack.close();
    }
  }, 90_000);

  it('refreshes the outlet registry of a separate worker process within 2 seconds of an edit', async () => {
    const stack = await Stack.create('registry');
    try {
      const api = await stack.start({ APP_ROLE: 'api' });
      await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      const text = 'The Odesa Harbour Courier reported that three grain ships left port on Sunday.';
      const first = await stack.waitForArticle((await stack.request('POST', '/v1/articles', { body: { text }, via: api })).body.id);
      expect(first.claims.flatMap((c: any) => c.sources).some((s: any) => s.registered)).toBe(false);

      const outlet = await stack.request('POST', '/v1/outlets', {
        body: { slug: 'odesa-harbour-courier', name: 'Odesa Harbour Courier', type: 'newspaper' },
        via: api,
      });
      expect(outlet.status).toBe(201);
      await sleep(2500); // the documented staleness bound of another process's registry copy

      const second = await stack.waitForArticle(
        (await stack.request('POST', '/v1/articles', { body: { text: `${text} ` }, via: api })).body.id,
      );
      const sources = second.claims.flatMap((c: any) => c.sources);
      expect(sources).toContainEqual(expect.objectContaining({ registered: true, outletId: outlet.body.id }));
    } finally {
      await stack.close();
    }
  }, 90_000);

  it('stops re-running poison work and marks the article failed with the reason', async () => {
    const stack = await Stack.create('poison', { RECONCILE_INTERVAL_MS: '300' });
    try {
      const api = await stack.start({ APP_ROLE: 'api' });
      const response = await stack.request('POST', '/v1/articles', { body: ARTICLE, via: api });
      const jobId = `analyze-${response.body.id}`;
      // Stand-in for work that kills its worker every time: a job under the
      // article's id that always fails outside the handler, already re-run MAX times.
      const queue = new Queue('analysis', { connection: { url: stack.env['REDIS_URL'] }, prefix: stack.queuePrefix });
      try {
        await (await queue.getJob(jobId))?.remove();
        await queue.add('no-such-job', { articleId: response.body.id }, { jobId, attempts: 1 });
      } finally {
        await queue.close();
      }
      await stack.sql(`UPDATE outbox SET enqueue_count = 5, checked_at = now() - interval '1 hour' WHERE job_id = $1`, [jobId]);

      await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      const article = await stack.waitForArticle(response.body.id, 30_000);
      expect(article.status).toBe('failed');
      // A stable code and a human reason for API callers; the detail ("gave up
      // after 6 runs: no handler ...") goes to the log only.
      expect(article.failureCode).toBe('analysis_abandoned');
      expect(article.failureReason).toMatch(/repeatedly stopped the worker/);
      expect(article.failureReason).not.toMatch(/no-such-job/);
      expect((await stack.sql(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'analyze-article'`))[0].n).toBe(0);
    } finally {
      await stack.close();
    }
  }, 90_000);

  it('loses nothing and duplicates nothing when a busy process is stopped and another takes over', async () => {
    const stack = await Stack.create('handover', { RECONCILE_INTERVAL_MS: '500' });
    try {
      // One job at a time, so the backlog outlives the submissions.
      const first = await stack.start({ ANALYSIS_CONCURRENCY: '1' });
      const example = (await import('node:fs')).readFileSync('src/articles/example-article.json', 'utf8');
      const text = JSON.parse(example).text as string;
      const ids = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const response = await stack.request('POST', '/v1/articles', { body: { text: `Copy ${i}.\n\n${text}` }, via: first });
          expect(response.status).toBe(202);
          return response.body.id as string;
        }),
      );
      // Stop while the backlog is being worked: running jobs finish, the rest stay queued.
      expect(await first.stop('SIGTERM')).toBe(0);
      const [{ pending }] = await stack.sql(
        `SELECT count(*)::int AS pending FROM articles WHERE id = ANY($1) AND status <> 'analyzed'`,
        [ids],
      );
      expect(pending).toBeGreaterThan(0); // the stop did interrupt a backlog
      await stack.start();
      for (const id of ids) expect((await stack.waitForArticle(id, 60_000)).status).toBe('analyzed');

      const [counts] = await stack.sql(
        `SELECT count(*)::int AS claims, count(DISTINCT (article_id, ordinal))::int AS distinct_claims,
                (SELECT count(*)::int FROM outbox WHERE job_name = 'analyze-article') AS outbox
           FROM claims WHERE article_id = ANY($1)`,
        [ids],
      );
      expect(counts.claims).toBe(counts.distinct_claims);
      expect(counts.outbox).toBe(0);
      const [{ analyzed }] = await stack.sql(
        `SELECT count(*)::int AS analyzed FROM audit_events WHERE action = 'article.analyzed' AND entity_id = ANY($1)`,
        [ids],
      );
      expect(analyzed).toBe(ids.length); // each article analysed exactly once
    } finally {
      await stack.close();
    }
  }, 120_000);

  it('lets the analyses running at a SIGTERM finish, so none is cut off and counted as a failed attempt', async () => {
    // One attempt: an analysis stopped by the shutdown would fail its article for good. The
    // engine's threads were stopped before the workers, under every analysis in flight.
    const stack = await Stack.create('sigtermengine', { ANALYSIS_ATTEMPTS: '1', ANALYSIS_CONCURRENCY: '4', RECONCILE_INTERVAL_MS: '500' });
    try {
      const first = await stack.start();
      const example = (await import('node:fs')).readFileSync('src/articles/example-article.json', 'utf8');
      const text = JSON.parse(example).text as string;
      const ids: string[] = [];
      for (let i = 0; i < 24; i++) {
        const response = await stack.request('POST', '/v1/articles', { body: { text: `Copy ${i}.\n\n${text}` }, via: first });
        expect(response.status).toBe(202);
        ids.push(response.body.id as string);
      }
      await waitFor('analyses in flight', async () => {
        const [{ n }] = await stack.sql(`SELECT count(*)::int AS n FROM articles WHERE id = ANY($1) AND status = 'analyzing'`, [ids]);
        return n > 0 ? true : undefined;
      });
      expect(await first.stop('SIGTERM')).toBe(0);
      expect(first.log).not.toMatch(/engine pool closed/);
      await stack.start();
      for (const id of ids) expect((await stack.waitForArticle(id, 60_000)).status).toBe('analyzed');
    } finally {
      await stack.close();
    }
  }, 120_000);

  it('shuts down gracefully on SIGTERM', async () => {
    const stack = await Stack.create('shutdown');
    try {
      const app = await stack.start();
      const response = await stack.request('POST', '/v1/articles', { body: ARTICLE });
      expect(response.status).toBe(202);
      expect(await app.stop('SIGTERM')).toBe(0);
      expect(app.log).not.toMatch(/Unhandled|ERR_/);
      // Whatever was not finished is still recorded as work to do.
      const rows = await stack.sql(
        `SELECT a.status, (SELECT count(*)::int FROM outbox o WHERE o.job_id = 'analyze-' || a.id) AS pending
           FROM articles a WHERE a.id = $1`,
        [response.body.id],
      );
      expect(rows[0].status === 'analyzed' || rows[0].pending === 1).toBe(true);
    } finally {
      await stack.close();
    }
  }, 60_000);
});
