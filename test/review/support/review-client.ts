import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sleep, type Response, type Stack } from '../../e2e/support/stack.js';

export interface Person {
  id: string;
  email: string;
  role: 'reviewer' | 'editor' | 'admin';
  token: string;
}

let counter = 0;

/** A user of the given role, signed in. */
export async function createPerson(stack: Stack, role: Person['role'], label = role): Promise<Person> {
  const email = `${label}-${++counter}-${Date.now()}@example.org`;
  const password = `${role}-password-for-e2e-${counter}`;
  const created = await stack.request('POST', '/v1/users', { body: { email, password, role } });
  if (created.status !== 201) throw new Error(`create ${email}: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email, password } });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  return { id: created.body.id, email, role, token: login.body.accessToken };
}

export function next(stack: Stack, who: Person, stage: string): Promise<Response> {
  return stack.request('POST', `/v1/review/${stage}/next`, { token: who.token });
}

export function grade(stack: Stack, who: Person, claimId: string, body: Record<string, unknown>): Promise<Response> {
  return stack.request('POST', `/v1/claims/${claimId}/reviews`, { token: who.token, body });
}

/** A valid grade for each stage. */
export function gradeFor(stage: string, overrides: Record<string, unknown> = {}, escalatedFrom?: string): Record<string, unknown> {
  const rules = stage === 'escalated' ? escalatedFrom : stage;
  const base: Record<string, unknown> =
    rules === 'source_check'
      ? { attributionVerdict: 'confirmed', evidence: [{ url: 'https://www.wsj.com/articles/original-report', quote: 'as reported' }] }
      : rules === 'verdict'
        ? { rating: 'mostly_true', note: 'Matches the cited report' }
        : { decision: 'approve', note: 'Checked' };
  return { stage, ...base, ...overrides };
}

/** Polls until `check` returns a value (not undefined); no fixed sleeps. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Submits an article and waits until analysis has stored it and every claim is routed and prepared. */
export async function submitAndRoute(stack: Stack, text: string): Promise<any> {
  const submitted = await stack.request('POST', '/v1/articles', { body: { text } });
  if (submitted.status !== 202) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  await stack.waitForArticle(submitted.body.id, 30_000);
  await waitUntilSettled(stack, submitted.body.id);
  return (await stack.request('GET', `/v1/articles/${submitted.body.id}`)).body;
}

/** No claim of the article is waiting for a machine step (routing or prepare or apply). */
export async function waitUntilSettled(stack: Stack, articleId: string, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    `claims of ${articleId} to settle`,
    async () => {
      const [row] = await stack.sql(
        `SELECT count(*) FILTER (WHERE status = 'queued' OR (status IN ('source_check','verdict','approval','escalated') AND queued_at IS NULL))::int AS busy
           FROM claims WHERE article_id = $1`,
        [articleId],
      );
      return row.busy === 0 ? true : undefined;
    },
    timeoutMs,
  );
}

/** A private redis-server we may FLUSHALL or stop without touching anyone else's data. */
export class PrivateRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitFor('private redis', async () => {
      const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      redis.on('error', () => undefined);
      try {
        await redis.connect();
        return (await redis.ping()) === 'PONG' ? true : undefined;
      } catch {
        return undefined;
      } finally {
        redis.disconnect();
      }
    }, 10_000);
  }

  async flushAll(): Promise<void> {
    const redis = new Redis(this.url);
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * An analysed article with `count` claims written straight into PostgreSQL,
 * and its routing work in the outbox: the reconciler hands it to the
 * verification queue, as after a crash between analysis and enqueue.
 */
export async function seedArticle(
  stack: Stack,
  count: number,
  options: { checkworthiness?: number; label?: string } = {},
): Promise<{ articleId: string; claimIds: string[] }> {
  const label = options.label ?? 'seeded';
  const sentences = Array.from({ length: count }, (_, i) => `Claim ${i} of ${label}: exports rose by ${i + 1} percent in the quarter.`);
  const text = sentences.join(' ');
  const [article] = await stack.sql(
    `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, unsourced_claim_count, analyzed_at)
     VALUES ('text', $1, md5($1), 'seed', 'analyzed', $2, $2, now()) RETURNING id`,
    [text, count],
  );
  let offset = 0;
  const starts = sentences.map((s) => {
    const start = offset;
    offset += s.length + 1;
    return start;
  });
  const claims = await stack.sql(
    `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced)
     SELECT $1, o, t, s, s + length(t), $5, 'none', true FROM unnest($2::int[], $3::text[], $4::int[]) AS x(o, t, s)
     RETURNING id`,
    [article.id, sentences.map((_, i) => i), sentences, starts, options.checkworthiness ?? 0.5],
  );
  await stack.sql(
    `INSERT INTO outbox (queue, job_name, job_id, payload, checked_at)
     VALUES ('verification', 'route-claims', 'route-' || $1::text, jsonb_build_object('articleId', $1::text), now() - interval '1 hour')`,
    [article.id],
  );
  return { articleId: article.id, claimIds: claims.map((c: any) => c.id) };
}

/**
 * A private PostgreSQL cluster (initdb in a temporary directory, its own
 * port) that a test may stop and start without touching the shared server.
 * `available` is false where the binaries are missing or may not run.
 */
export class PrivatePostgres {
  private dir?: string;
  constructor(readonly port: number) {}

  static binDir(): string | undefined {
    const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    const candidates = [
      fromPgConfig.status === 0 ? fromPgConfig.stdout.trim() : '',
      ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`) : []),
    ];
    return candidates.find((dir) => dir && existsSync(`${dir}/initdb`) && existsSync(`${dir}/pg_ctl`));
  }

  /** initdb refuses to run as root: run the cluster as the postgres account then. */
  private static asOwner(command: string, args: string[]): ReturnType<typeof spawnSync> {
    const root = process.getuid?.() === 0;
    return root
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/claimtrail_private`;
  }

  /** Creates and starts the cluster; false (and nothing left behind) when that is not possible here. */
  init(): boolean {
    const bin = PrivatePostgres.binDir();
    if (!bin) return false;
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-pg-'));
    if (process.getuid?.() === 0) spawnSync('chown', ['postgres', dir]);
    const init = PrivatePostgres.asOwner(`${bin}/initdb`, ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    if (init.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return false;
    }
    this.dir = dir;
    return this.start();
  }

  start(): boolean {
    const bin = PrivatePostgres.binDir()!;
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    return PrivatePostgres.asOwner(`${bin}/pg_ctl`, ['-D', `${this.dir}/data`, '-o', options, '-l', `${this.dir}/log`, '-w', 'start']).status === 0;
  }

  stop(): void {
    if (!this.dir) return;
    PrivatePostgres.asOwner(`${PrivatePostgres.binDir()!}/pg_ctl`, ['-D', `${this.dir}/data`, '-m', 'fast', '-w', 'stop']);
  }

  destroy(): void {
    this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
