// npm run bench:ingest: articles/s from POST to stored claims, against raw
// BullMQ and a bare HTTP endpoint measured in the same run on the same
// machine. The load generator shares the CPU with the service: the figures
// are end-to-end, not the server alone.
//
// Options (environment): BENCH_ARTICLES (default 1000), BENCH_CLIENTS (32),
// BENCH_WORKERS (separate worker processes; 0 = one APP_ROLE=all process),
// ANALYSIS_CONCURRENCY (passed to the service), BENCH_CPU=1 (CPU per article of
// the service, by thread, and of PostgreSQL, for each phase).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueName } from '../src/queue/queues.js';
import { ADMIN } from '../test/support/admin.js';
import { createTempDatabase, type TempDatabase } from '../test/support/database.js';
import { startService, stopProcesses, throwawayServiceEnv } from '../test/support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../test/support/redis.js';
import { cpuMeter, describeCpu } from './cpu-meter.js';

const N = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 32);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 0);
const example = JSON.parse(readFileSync('src/articles/example-article.json', 'utf8')) as { text: string };

const tag = randomBytes(4).toString('hex');
let database: TempDatabase | undefined;
const prefix = `bench-${tag}`;
const rawPrefix = `bench-raw-${tag}`;
const children: ChildProcess[] = [];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// node:http with keep-alive rather than fetch(): the load generator shares the
// machine with the service, so it should spend as little CPU as it can.
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

function call(method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, agent, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function startProcess(env: Record<string, string>, readyPath: string): Promise<string> {
  const { child, baseUrl } = await startService(env, `/tmp/claimtrail-bench-${tag}-${children.length}.log`, readyPath);
  children.push(child);
  return baseUrl;
}

/** With BENCH_CPU=1, the CPU per article of the service (the first process) and PostgreSQL over `phase`. */
async function metered<T>(db: DataSource, phase: () => Promise<T>): Promise<T> {
  const meter = process.env['BENCH_CPU'] ? await cpuMeter(db, children[0].pid!) : undefined;
  const result = await phase();
  const cpu = await meter?.();
  if (cpu) console.log(`  CPU per article: ${describeCpu(cpu, N, 'ms')} (load average ${loadavg()[0].toFixed(1)})`);
  return result;
}

/** Runs `total` tasks on `clients` concurrent loops; returns each task's latency in ms. */
async function load(total: number, clients: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

function poster(base: string, key: string) {
  return async (text: string): Promise<string> => {
    const response = await call('POST', `${base}/v1/articles`, JSON.stringify({ text }), {
      authorization: `Bearer ${key}`,
      'content-type': 'application/json',
    });
    if (response.status !== 202) throw new Error(`POST /v1/articles: ${response.status} ${response.body}`);
    return (JSON.parse(response.body) as { id: string }).id;
  };
}

/**
 * Watches PostgreSQL for finished articles and wakes the client waiting on
 * each. The time is the client's own clock when it sees the committed row
 * (analyzed_at is stamped by the first statement of the storing transaction,
 * before the claims insert and the commit): a poll of 5 ms can only make the
 * figures slower, never faster.
 */
class CompletionWatcher {
  private readonly waiting = new Map<string, (done: { doneMs: number; failed: boolean }) => void>();
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(private readonly db: DataSource) {
    this.loop = this.run();
  }

  /** Resolves with the client's time when the article is seen analysed or failed, and which. */
  wait(id: string): Promise<{ doneMs: number; failed: boolean }> {
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.waiting.size > 0) {
        const rows = await this.db.query<Array<{ id: string; status: string }>>(
          `SELECT id, status FROM articles WHERE id = ANY($1) AND status IN ('analyzed', 'completed', 'failed')`,
          [[...this.waiting.keys()]],
        );
        const seenAt = Date.now();
        for (const row of rows) {
          this.waiting.get(row.id)?.({ doneMs: seenAt, failed: row.status === 'failed' });
          this.waiting.delete(row.id);
        }
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/**
 * The headline figure: each of the CLIENTS submits an article, waits until
 * its claims are stored, then submits the next, as a newsroom system that
 * needs the analysis would.
 */
async function benchPipeline(base: string, db: DataSource, key: string) {
  const post = poster(base, key);
  const watcher = new CompletionWatcher(db);
  const latencies: number[] = [];
  const startedAt = Date.now();
  let lastDone = startedAt;
  try {
    await load(N, CLIENTS, async (i) => {
      const t0 = Date.now();
      const id = await post(`Bench article ${i}.\n\n${example.text}`);
      const { doneMs } = await watcher.wait(id);
      latencies.push(doneMs - t0);
      lastDone = Math.max(lastDone, doneMs);
    });
  } finally {
    await watcher.stop();
  }
  latencies.sort((a, b) => a - b);
  const [{ failed, claims }] = await db.query<Array<{ failed: number; claims: number }>>(
    `SELECT count(*) FILTER (WHERE status = 'failed')::int AS failed, coalesce(sum(claim_count), 0)::int AS claims FROM articles`,
  );
  return {
    articlesPerSec: N / ((lastDone - startedAt) / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    failed,
    claimsStored: claims,
  };
}

/**
 * For reference: every client POSTs as fast as it can without waiting for
 * the analysis, so the queue fills faster than the workers drain it. Shows
 * the acceptance rate and how long the backlog takes to clear.
 */
async function benchBurst(base: string, db: DataSource, key: string) {
  const post = poster(base, key);
  const startedAt = performance.now();
  const postLatencies = await load(N, CLIENTS, async (i) => {
    await post(`Burst article ${i}.\n\n${example.text}`);
  });
  const acceptedIn = (performance.now() - startedAt) / 1000;
  await waitForAll(db, N);
  const drainedIn = (performance.now() - startedAt) / 1000;
  const [{ failed }] = await db.query<Array<{ failed: number }>>(`SELECT count(*)::int AS failed FROM articles WHERE status = 'failed'`);
  return {
    failed,
    acceptPerSec: N / acceptedIn,
    postP99Ms: percentile(postLatencies.sort((a, b) => a - b), 99),
    articlesPerSec: N / drainedIn,
  };
}

async function waitForAll(db: DataSource, n: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const [{ done }] = await db.query<Array<{ done: number }>>(
      `SELECT count(*)::int AS done FROM articles WHERE status IN ('analyzed', 'completed', 'failed')`,
    );
    if (done >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${done}/${n} articles finished`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Waits until the service's queues are empty (the review workflow keeps
 * working on claims after their articles are stored), so each phase starts
 * on an idle service instead of competing with the previous one's backlog.
 */
async function waitForIdleService(): Promise<number> {
  const started = performance.now();
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection: { url: REDIS_URL }, prefix }));
  try {
    for (;;) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
      if (counts.every((c) => Object.values(c).every((n) => n === 0))) break;
      if (performance.now() - started > 600_000) throw new Error('service queues did not drain within 10 minutes');
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
  return (performance.now() - started) / 1000;
}

async function benchRawQueue(): Promise<number> {
  const connection = { url: REDIS_URL } as never;
  const queue = new Queue('raw', { connection, prefix: rawPrefix });
  let processed = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const worker = new Worker(
    'raw',
    async () => {
      if (++processed === N) resolveDone();
    },
    { connection, prefix: rawPrefix, concurrency: CLIENTS, removeOnComplete: { count: 0 } },
  );
  await worker.waitUntilReady();
  const t0 = performance.now();
  await load(N, CLIENTS, async (i) => {
    await queue.add('noop', { i }, { removeOnComplete: true });
  });
  await done;
  const seconds = (performance.now() - t0) / 1000;
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return N / seconds;
}

async function benchBareHttp(base: string): Promise<{ perSec: number; p99Ms: number }> {
  const total = Math.max(N * 5, 5000);
  const t0 = performance.now();
  const latencies = await load(total, CLIENTS, async () => {
    const response = await call('GET', `${base}/health/live`);
    if (response.status !== 200) throw new Error(`GET /health/live: ${response.status}`);
  });
  return { perSec: total / ((performance.now() - t0) / 1000), p99Ms: percentile(latencies.sort((a, b) => a - b), 99) };
}

async function cleanup(): Promise<void> {
  await stopProcesses(children);
  await database?.drop().catch(() => undefined);
  for (const pattern of [`${prefix}:*`, `${rawPrefix}:*`]) await deleteRedisKeys(REDIS_URL, pattern);
}

async function main(): Promise<void> {
  database = await createTempDatabase('bench');
  const env = {
    ...throwawayServiceEnv(database.url, prefix),
    NODE_ENV: 'production',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
  };
  const base = await startProcess({ ...env, APP_ROLE: WORKERS > 0 ? 'api' : 'all' }, '/health/ready');
  for (let i = 0; i < WORKERS; i++) await startProcess({ ...env, APP_ROLE: 'worker' }, '/health/live');

  const login = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await fetch(`${base}/v1/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { key } = (await created.json()) as { key: string };

  const db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  try {
    console.log(
      `ingest: ${N} articles of ${example.text.length} characters, ${CLIENTS} concurrent clients, ` +
        `${WORKERS > 0 ? `api + ${WORKERS} worker process(es)` : 'one APP_ROLE=all process'}`,
    );
    // Warm-up: JIT, connection pools, the outlet registry cache.
    const post = poster(base, key);
    await Promise.all(Array.from({ length: 50 }, (_, i) => post(`Warm-up ${i}.\n\n${example.text}`)));
    await waitForAll(db, 50);
    await waitForIdleService();
    await db.query(`DELETE FROM articles`);

    const articles = await metered(db, () => benchPipeline(base, db, key));
    console.log(
      `  POST -> stored claims, each client waiting for its article: ${articles.articlesPerSec.toFixed(1)} articles/s, ` +
        `p50 ${articles.p50Ms.toFixed(0)} ms, p99 ${articles.p99Ms.toFixed(0)} ms ` +
        `(${articles.claimsStored} claims stored, ${articles.failed} failed)`,
    );
    const drain1 = await waitForIdleService();
    console.log(`  (the review workflow's follow-up jobs took another ${drain1.toFixed(1)} s to drain)`);
    await db.query(`DELETE FROM articles`);
    const burst = await metered(db, () => benchBurst(base, db, key));
    console.log(
      `  burst, clients not waiting: POSTs accepted at ${burst.acceptPerSec.toFixed(0)}/s (POST p99 ${burst.postP99Ms.toFixed(0)} ms), ` +
        `all ${N} done at ${burst.articlesPerSec.toFixed(1)} articles/s (${burst.failed} failed)`,
    );
    const drain2 = await waitForIdleService();
    console.log(`  (the review workflow's follow-up jobs took another ${drain2.toFixed(1)} s to drain)`);
    const rawQueueJobsPerSec = await benchRawQueue();
    console.log(`  raw BullMQ add+process (no-op): ${rawQueueJobsPerSec.toFixed(0)} jobs/s`);
    const http = await benchBareHttp(base);
    console.log(`  bare GET /health/live: ${http.perSec.toFixed(0)} req/s, p99 ${http.p99Ms.toFixed(1)} ms`);
    console.log(
      `  ratios: articles/raw queue ${(articles.articlesPerSec / rawQueueJobsPerSec).toFixed(3)}, ` +
        `articles/bare HTTP ${(articles.articlesPerSec / http.perSec).toFixed(3)}`,
    );
    console.log(
      JSON.stringify({
        articlesPerSec: Number(articles.articlesPerSec.toFixed(1)),
        p50Ms: Math.round(articles.p50Ms),
        p99Ms: Math.round(articles.p99Ms),
        rawQueueJobsPerSec: Math.round(rawQueueJobsPerSec),
        bareHttpReqPerSec: Math.round(http.perSec),
        articlesVsRawQueue: Number((articles.articlesPerSec / rawQueueJobsPerSec).toFixed(4)),
        articlesVsBareHttp: Number((articles.articlesPerSec / http.perSec).toFixed(4)),
        burstAcceptPerSec: Math.round(burst.acceptPerSec),
        burstArticlesPerSec: Number(burst.articlesPerSec.toFixed(1)),
        articles: N,
        clients: CLIENTS,
        failed: articles.failed,
        burstFailed: burst.failed,
      }),
    );
    // A failed article is not throughput: the figures above would flatter a broken run.
    if (articles.failed + burst.failed > 0) {
      throw new Error(`${articles.failed} article(s) failed while clients waited and ${burst.failed} in the burst; see the service log`);
    }
  } finally {
    await db.destroy();
  }
}

main()
  .catch((error) => {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => {
    agent.destroy();
    return cleanup();
  });
