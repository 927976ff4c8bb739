// npm run bench:workflow: N simulated reviewers and editors work M claims
// through source_check, verdict and approval against a throwaway stack;
// reports claims/s and the latency of `next` and of a grade, and, in the
// same run on the same Redis, raw BullMQ take-and-complete of as many jobs
// as there were grades. The load generator shares the machine with the
// service: the figures are end-to-end.
//
// Options (environment): BENCH_REVIEWERS (default 32; a quarter of them are
// editors, who approve), BENCH_CLAIMS (default 2000), BENCH_WORKERS (separate
// worker processes; 0 = one APP_ROLE=all process), VERIFICATION_CONCURRENCY.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { claimFingerprint } from '../src/claims/claim-words.js';
import { ADMIN } from '../test/support/admin.js';
import { createTempDatabase, type TempDatabase } from '../test/support/database.js';
import { startService, stopProcesses, throwawayServiceEnv } from '../test/support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../test/support/redis.js';

const PEOPLE = Number(process.env['BENCH_REVIEWERS'] ?? 32);
const CLAIMS = Number(process.env['BENCH_CLAIMS'] ?? 2000);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 0);
const CLAIMS_PER_ARTICLE = 100;
const IDLE_MS = 100;

const tag = randomBytes(4).toString('hex');
let database: TempDatabase | undefined;
const prefix = `benchwf-${tag}`;
const rawPrefix = `benchwf-raw-${tag}`;
const children: ChildProcess[] = [];
const agent = new Agent({ keepAlive: true, maxSockets: PEOPLE * 2 });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function call(method: string, url: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string | number> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function startProcess(env: Record<string, string>, readyPath = '/health/ready'): Promise<string> {
  const { child, baseUrl } = await startService(env, `/tmp/claimtrail-benchwf-${tag}.log`, readyPath);
  children.push(child);
  return baseUrl;
}

/**
 * Analysed articles written straight into PostgreSQL, every claim citing a
 * source (so each goes through all three stages), with their routing work in
 * the outbox: the service's reconciler enqueues it, as after any restart.
 */
async function seed(db: DataSource): Promise<void> {
  for (let a = 0; a * CLAIMS_PER_ARTICLE < CLAIMS; a++) {
    const n = Math.min(CLAIMS_PER_ARTICLE, CLAIMS - a * CLAIMS_PER_ARTICLE);
    const sentences = Array.from({ length: n }, (_, i) => `Reuters reported that exports of batch ${a} rose by ${i + 1} percent.`);
    const text = sentences.join(' ');
    const [article] = await db.query<Array<{ id: string }>>(
      `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, analyzed_at)
       VALUES ('text', $1, md5($1), 'bench', 'analyzed', $2, now()) RETURNING id`,
      [text, n],
    );
    let offset = 0;
    const starts = sentences.map((s) => ((offset += s.length + 1), offset - s.length - 1));
    await db.query(
      `WITH inserted AS (
         INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, fingerprint)
         SELECT $1, o, t, s, s + length(t), 0.3 + (o % 7) / 10.0, 'direct', f
           FROM unnest($2::int[], $3::text[], $4::int[], $5::text[]) AS x(o, t, s, f)
         RETURNING id, start_offset
       )
       INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, confidence, cue_start, cue_end)
       SELECT id, $1, 0, 'Reuters', 'original', 'agency', false, 0.9, start_offset, start_offset + 7 FROM inserted`,
      [article.id, sentences.map((_, i) => i), sentences, starts, sentences.map(claimFingerprint)],
    );
    await db.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, checked_at)
       VALUES ('verification', 'route-claims', 'route-' || $1::text, jsonb_build_object('articleId', $1::text), now() - interval '1 hour')`,
      [article.id],
    );
  }
}

const GRADES: Record<string, object> = {
  source_check: { attributionVerdict: 'confirmed', evidence: [{ url: 'https://www.reuters.com/markets/exports' }] },
  verdict: { rating: 'mostly_true', note: 'Matches the agency report' },
  approval: { decision: 'approve', note: 'Checked' },
};

async function main(): Promise<void> {
  database = await createTempDatabase('benchwf');
  const env = {
    ...throwawayServiceEnv(database.url, prefix),
    NODE_ENV: 'production',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    RATE_LIMIT_LOGIN_PER_IP: '10000',
    RECONCILE_INTERVAL_MS: '200',
  };
  const base = await startProcess({ ...env, APP_ROLE: WORKERS > 0 ? 'api' : 'all' });
  for (let i = 0; i < WORKERS; i++) await startProcess({ ...env, APP_ROLE: 'worker' }, '/health/live');
  const admin = (await call('POST', `${base}/v1/auth/login`, undefined, ADMIN)).body.accessToken as string;
  const editors = Math.max(1, Math.round(PEOPLE / 4));
  const people = await Promise.all(
    Array.from({ length: PEOPLE }, async (_, i) => {
      const role = i < editors ? 'editor' : 'reviewer';
      const email = `${role}${i}@bench.example.org`;
      const password = `bench-${role}-password-${i}`;
      const created = await call('POST', `${base}/v1/users`, admin, { email, password, role });
      if (created.status !== 201) throw new Error(`create user: ${created.status} ${JSON.stringify(created.body)}`);
      const token = (await call('POST', `${base}/v1/auth/login`, undefined, { email, password })).body.accessToken as string;
      // Editors approve first and grade when there is nothing to approve.
      return { token, stages: role === 'editor' ? ['approval', 'verdict', 'source_check'] : ['verdict', 'source_check'] };
    }),
  );

  const db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  try {
    console.log(
      `workflow: ${CLAIMS} claims through source_check, verdict and approval; ${PEOPLE} people (${editors} editors); ` +
        `${WORKERS > 0 ? `api + ${WORKERS} worker process(es)` : 'one APP_ROLE=all process'}`,
    );
    await seed(db);
    const nextMs: number[] = [];
    const gradeMs: number[] = [];
    let failures = 0;
    let finished = false;
    const startedAt = performance.now();

    const published = async () =>
      (await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM claims WHERE status = 'published'`))[0].n;
    const watcher = (async () => {
      while ((await published()) < CLAIMS) await new Promise((r) => setTimeout(r, 50));
      finished = true;
    })();

    await Promise.all(
      people.map(async (person) => {
        while (!finished) {
          let took = false;
          for (const stage of person.stages) {
            const t0 = performance.now();
            const next = await call('POST', `${base}/v1/review/${stage}/next`, person.token);
            nextMs.push(performance.now() - t0);
            if (next.status === 204) continue;
            if (next.status !== 200) throw new Error(`next ${stage}: ${next.status} ${JSON.stringify(next.body)}`);
            const t1 = performance.now();
            const graded = await call('POST', `${base}/v1/claims/${next.body.claim.id}/reviews`, person.token, { stage, ...GRADES[stage] });
            gradeMs.push(performance.now() - t1);
            if (graded.status !== 201) failures++;
            took = true;
            break;
          }
          // Nothing for this person right now (all leased, being prepared, or
          // their own work under four-eyes): a person would look again later.
          if (!took) await new Promise((r) => setTimeout(r, IDLE_MS));
        }
      }),
    );
    await watcher;
    const seconds = (performance.now() - startedAt) / 1000;
    const claimsPerSec = CLAIMS / seconds;
    nextMs.sort((a, b) => a - b);
    gradeMs.sort((a, b) => a - b);

    const [check] = await db.query<Array<{ reviews: number; completed: number; outbox: number }>>(
      `SELECT (SELECT count(*)::int FROM reviews) AS reviews,
              (SELECT count(*)::int FROM articles WHERE status = 'completed') AS completed,
              (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    console.log(
      `  ${CLAIMS} claims published in ${seconds.toFixed(1)} s: ${claimsPerSec.toFixed(1)} claims/s ` +
        `(${check.reviews} grades, ${failures} refused, ${check.completed} articles completed, ${check.outbox} outbox rows left)`,
    );
    console.log(
      `  next: ${nextMs.length} calls, p50 ${percentile(nextMs, 50).toFixed(1)} ms, p99 ${percentile(nextMs, 99).toFixed(1)} ms; ` +
        `grade: ${gradeMs.length} calls, p50 ${percentile(gradeMs, 50).toFixed(1)} ms, p99 ${percentile(gradeMs, 99).toFixed(1)} ms`,
    );
    const rawJobsPerSec = await benchRawQueue(check.reviews);
    console.log(`  raw BullMQ take-and-complete of ${check.reviews} no-op jobs: ${rawJobsPerSec.toFixed(0)} jobs/s`);
    console.log(`  ratio: grades/s over raw jobs/s ${((check.reviews / seconds) / rawJobsPerSec).toFixed(4)}`);
    console.log(
      JSON.stringify({
        claimsPerSec: Number(claimsPerSec.toFixed(1)),
        nextP50Ms: Number(percentile(nextMs, 50).toFixed(1)),
        nextP99Ms: Number(percentile(nextMs, 99).toFixed(1)),
        gradeP50Ms: Number(percentile(gradeMs, 50).toFixed(1)),
        gradeP99Ms: Number(percentile(gradeMs, 99).toFixed(1)),
        rawJobsPerSec: Math.round(rawJobsPerSec),
        gradesVsRawJobs: Number(((check.reviews / seconds) / rawJobsPerSec).toFixed(4)),
        claims: CLAIMS,
        people: PEOPLE,
        grades: check.reviews,
        refused: failures,
      }),
    );
  } finally {
    await db.destroy();
  }
}

/** Jobs already waiting, taken and completed by PEOPLE-way concurrency: the queue's own ceiling. */
async function benchRawQueue(jobs: number): Promise<number> {
  const connection = { url: REDIS_URL } as never;
  const queue = new Queue('raw', { connection, prefix: rawPrefix });
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { removeOnComplete: true } })));
  }
  let processed = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const t0 = performance.now();
  const worker = new Worker('raw', async () => {
    if (++processed === jobs) resolveDone();
  }, { connection, prefix: rawPrefix, concurrency: PEOPLE });
  await done;
  const seconds = (performance.now() - t0) / 1000;
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return jobs / seconds;
}

async function cleanup(): Promise<void> {
  await stopProcesses(children);
  await database?.drop().catch(() => undefined);
  for (const pattern of [`${prefix}:*`, `${rawPrefix}:*`]) await deleteRedisKeys(REDIS_URL, pattern);
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
