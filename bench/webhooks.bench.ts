// npm run bench:webhooks: webhook deliveries/s and the p99 from an event's
// commit to its receipt, against a raw undici POST loop to the same receiver
// in the same run. The receiver and the event writer run in this process on
// the same machine as the service: the figures are end-to-end on shared cores.
//
// Options (environment): BENCH_EVENTS (default 10000), BENCH_ARTICLES (1000:
// events of one article are delivered in order, so this is the parallelism),
// BENCH_BATCH (events per committed transaction, 100), WEBHOOK_CONCURRENCY
// (passed to the service, and the raw loop's concurrency), BENCH_CPU=1 (the
// service's and PostgreSQL's CPU time per delivery; PostgreSQL on this machine).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { Agent, request } from 'undici';
import { claimFingerprint } from '../src/claims/claim-words.js';
import { ADMIN } from '../test/support/admin.js';
import { createTempDatabase, type TempDatabase } from '../test/support/database.js';
import { startService, stopProcesses, throwawayServiceEnv } from '../test/support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../test/support/redis.js';
import { waitFor } from '../test/support/wait-for.js';
import { cpuMeter, describeCpu, untilQuiet } from './cpu-meter.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 10_000);
const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 100);
const CONCURRENCY = Number(process.env['WEBHOOK_CONCURRENCY'] ?? 64);
const VERIFY_EVERY = 50;

const tag = randomBytes(4).toString('hex');
let database: TempDatabase | undefined;
const prefix = `bench-${tag}`;
const children: ChildProcess[] = [];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The receiver: records when each webhook-id first arrives; verifies a sample of signatures. */
class Receiver {
  readonly firstSeen = new Map<string, number>();
  requests = 0;
  verified = 0;
  badSignatures = 0;
  webhook?: Webhook;
  private readonly server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.requests++;
      const id = req.headers['webhook-id'];
      if (typeof id === 'string') {
        if (!this.firstSeen.has(id)) this.firstSeen.set(id, Date.now());
        if (this.webhook && this.requests % VERIFY_EVERY === 0) {
          try {
            this.webhook.verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
            this.verified++;
          } catch {
            this.badSignatures++;
          }
        }
      }
      res.writeHead(204).end();
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** 1,000 analysed articles of 10 sourced claims, written directly (the analysis is not what is measured). */
async function seed(db: DataSource): Promise<void> {
  const perArticle = Math.ceil(EVENTS / ARTICLES);
  const texts = Array.from({ length: perArticle }, (_, o) => `IA Fact, referring to The Wall Street Journal, said exports rose by ${o} percent.`);
  await db.query(
    `WITH a AS (
       INSERT INTO articles (input_format, input, analyzed_text, title, request_hash, submitted_by, status, claim_count, analyzed_at)
       SELECT 'text', 'Bench article ' || g, 'Bench article ' || g, 'Bench ' || g, md5('bench' || g), 'bench', 'analyzed', $2, now()
         FROM generate_series(1, $1) g RETURNING id),
     c AS (
       INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, status, attribution_verdict, rating, fingerprint)
       SELECT a.id, o, ($3::text[])[o + 1], 0, 10, 0.7, 'direct', false, 'published', 'confirmed', 'mostly_true', ($4::text[])[o + 1]
         FROM a, generate_series(0, $2 - 1) o RETURNING id, article_id)
     INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, confidence, cue_start, cue_end)
     SELECT c.id, c.article_id, s.o, s.name, s.role, 'newspaper', true, 0.9, 0, 7
       FROM c, (VALUES (0, 'IA Fact', 'relay'), (1, 'The Wall Street Journal', 'original')) AS s (o, name, role)`,
    [ARTICLES, perArticle, texts, texts.map(claimFingerprint)],
  );
}

/**
 * Writes claim.published events as the workflow would: `BATCH` per committed
 * transaction, claims interleaved across articles; returns each event's commit time.
 */
async function writeEvents(db: DataSource): Promise<Map<string, number>> {
  const committedAt = new Map<string, number>();
  const claims = await db.query<{ id: string; article_id: string }[]>(
    `SELECT id, article_id FROM claims ORDER BY ordinal, article_id LIMIT $1`,
    [EVENTS],
  );
  for (let i = 0; i < claims.length; i += BATCH) {
    const slice = claims.slice(i, i + BATCH);
    const rows = await db.query<{ id: string }[]>(
      `WITH e AS (
         INSERT INTO domain_events (name, payload, article_id, claim_id)
         SELECT 'claim.published', jsonb_build_object('articleId', a, 'claimId', c, 'actorId', NULL,
                  'attributionVerdict', 'confirmed', 'rating', 'mostly_true'), a, c
           FROM unnest($1::uuid[], $2::uuid[]) AS x (c, a) RETURNING id)
       SELECT e.id::text AS id, (SELECT pg_notify('domain_events', '')) FROM e`,
      [slice.map((c) => c.id), slice.map((c) => c.article_id)],
    );
    const now = Date.now(); // autocommit: the statement's transaction has committed
    for (const row of rows) committedAt.set(`msg_${row.id}`, now);
  }
  return committedAt;
}

async function waitForReceipts(receiver: Receiver, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (receiver.firstSeen.size < expected) {
    if (Date.now() > deadline) throw new Error(`only ${receiver.firstSeen.size} of ${expected} events received`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The same receiver, the same body size, no queue, no database: what the HTTP path alone allows. */
async function rawPostLoop(url: string, body: string, total: number): Promise<number> {
  const dispatcher = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 10_000 });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        next++;
        const res = await request(url, { method: 'POST', body, dispatcher, headers: { 'content-type': 'application/json' } });
        await res.body.dump();
      }
    }),
  );
  const perSec = total / ((performance.now() - started) / 1000);
  await dispatcher.close();
  return perSec;
}

/** User + system CPU time of a process, all threads, in ms (0 once it has gone); Linux only. */
async function main(): Promise<void> {
  const receiver = new Receiver();
  const url = await receiver.listen();
  database = await createTempDatabase('benchwh');
  const databaseUrl = database.url;
  const db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  try {
    const { child, baseUrl } = await startService(
      {
        ...throwawayServiceEnv(databaseUrl, prefix),
        NODE_ENV: 'production',
        APP_ROLE: 'all',
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
        WEBHOOK_ALLOWLIST: '127.0.0.1/32',
        WEBHOOK_CONCURRENCY: String(CONCURRENCY),
      },
      `/tmp/claimtrail-bench-${tag}.log`,
    );
    children.push(child);
    const login = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${baseUrl}/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url, events: ['claim.published'], description: 'bench' }),
    });
    if (created.status !== 201) throw new Error(`POST /v1/webhooks: ${created.status} ${await created.text()}`);
    receiver.webhook = new Webhook(((await created.json()) as { secret: string }).secret);
    await seed(db);
    const settled = await untilQuiet(child.pid!);

    console.log(
      `webhooks: ${EVENTS} claim.published events over ${ARTICLES} articles, ${BATCH} per transaction; one APP_ROLE=all process ` +
        `(quiet after ${settled.toFixed(1)} s)`,
    );
    const meter = process.env['BENCH_CPU'] ? await cpuMeter(db, child.pid!) : undefined;
    const started = Date.now();
    const committedAt = await writeEvents(db);
    const writtenIn = (Date.now() - started) / 1000;
    await waitForReceipts(receiver, committedAt.size, 600_000);
    const lastReceipt = Math.max(...receiver.firstSeen.values());
    const cpu = await meter?.();
    if (cpu) {
      console.log(`  CPU per delivery: ${describeCpu(cpu, committedAt.size, 'µs')} (load average ${loadavg()[0].toFixed(1)})`);
    }
    const deliveriesPerSec = committedAt.size / ((lastReceipt - started) / 1000);
    const latencies = [...committedAt].map(([id, at]) => receiver.firstSeen.get(id)! - at).sort((a, b) => a - b);
    // The receiver has every message; the service records the last batch's attempts a moment later.
    await waitFor('the last attempts to be recorded', async () => {
      const [left] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending'`);
      return left.n === 0 ? true : undefined;
    }).catch(() => undefined); // still pending after 30 s: reported as such below
    const [sample] = await db.query<{ body: string }[]>(`SELECT body FROM webhook_deliveries LIMIT 1`);
    const [counts] = await db.query<{ succeeded: number; total: number; attempts: number; post_ms: number; gap_ms: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded, count(*)::int AS total,
              (SELECT count(*)::int FROM webhook_attempts) AS attempts,
              (SELECT round(avg(duration_ms))::int FROM webhook_attempts) AS post_ms,
              (SELECT round(avg(gap))::int FROM (
                 SELECT extract(epoch FROM delivered_at - lag(delivered_at) OVER (PARTITION BY ordering_key ORDER BY seq)) * 1000 AS gap
                   FROM webhook_deliveries) g) AS gap_ms
         FROM webhook_deliveries`,
    );
    // created_at is each dispatcher transaction's start: how fast the fan-out went, against the deliveries.
    const [fanOut] = await db.query<{ transactions: number; span_ms: number; tail_ms: number }[]>(
      `SELECT count(DISTINCT created_at)::int AS transactions,
              round(extract(epoch FROM max(created_at) - min(created_at)) * 1000)::int AS span_ms,
              round(extract(epoch FROM max(delivered_at) - max(created_at)) * 1000)::int AS tail_ms
         FROM webhook_deliveries`,
    );
    console.log(
      `  events written in ${writtenIn.toFixed(1)} s; all ${committedAt.size} delivered at ${deliveriesPerSec.toFixed(0)} deliveries/s ` +
        `(${counts.succeeded}/${counts.total} succeeded, ${counts.attempts} attempts, ${receiver.requests} requests received; ` +
        `a POST took ${counts.post_ms} ms on average, consecutive deliveries of one article ${counts.gap_ms} ms apart)`,
    );
    console.log(
      `  the dispatcher created them in ${fanOut.transactions} transactions over ${fanOut.span_ms} ms; ` +
        `the last delivered ${fanOut.tail_ms} ms after the last transaction began`,
    );
    console.log(
      `  commit -> receipt: p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms ` +
        `(signatures checked on every ${VERIFY_EVERY}th request: ${receiver.verified} good, ${receiver.badSignatures} bad)`,
    );
    const rawPostsPerSec = await rawPostLoop(url, sample.body, EVENTS);
    console.log(`  raw undici POST loop (${CONCURRENCY} at once, ${sample.body.length}-byte body): ${rawPostsPerSec.toFixed(0)} posts/s`);
    console.log(`  ratio deliveries/raw posts: ${(deliveriesPerSec / rawPostsPerSec).toFixed(3)}`);
    console.log(
      JSON.stringify({
        deliveriesPerSec: Math.round(deliveriesPerSec),
        rawPostsPerSec: Math.round(rawPostsPerSec),
        ratio: Number((deliveriesPerSec / rawPostsPerSec).toFixed(3)),
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        events: committedAt.size,
        articles: ARTICLES,
        concurrency: CONCURRENCY,
        badSignatures: receiver.badSignatures,
      }),
    );
  } finally {
    await db.destroy();
    await receiver.close();
  }
}

main()
  .catch((error) => {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopProcesses(children);
    await database?.drop().catch(() => undefined);
    await deleteRedisKeys(REDIS_URL, `${prefix}:*`);
  });
