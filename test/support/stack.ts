import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { ADMIN } from './admin.js';
import { ADMIN_DB_URL, planTempDatabase, withConnection, type PlannedDatabase } from './database.js';
import { freePort, serviceArgs, throwawayServiceEnv, waitUntilServing } from './processes.js';
import { deleteRedisKeys } from './redis.js';
import { waitFor } from './wait-for.js';

// The e2e suites run the real main.ts in child processes: that is what lets
// a test SIGTERM or SIGKILL a worker, and it boots exactly what `npm start` does.

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Headers;
  ms: number;
}

/** One claimtrail process (api, worker or all) as a child. */
export class AppProcess {
  private output = '';
  constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  get log(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  waitUntil(path: string, timeoutMs = 60_000): Promise<void> {
    return waitUntilServing(this.child, this.baseUrl, path, () => `its output:\n${this.output.slice(-4000)}`, timeoutMs);
  }

  /** SIGTERM (graceful) by default; resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<number | null> {
    if (!this.running) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}

/**
 * A throwaway deployment: its own database and queue prefix, and as many
 * claimtrail processes as a test wants. `close()` stops them and removes both.
 */
export class Stack {
  readonly processes: AppProcess[] = [];
  private token?: Promise<string>;
  private databaseCreated?: Promise<void>;

  private constructor(
    private readonly database: PlannedDatabase,
    readonly env: Record<string, string>,
  ) {}

  /** A stack whose database is created at once. */
  static async create(label: string, env: Record<string, string> = {}): Promise<Stack> {
    const stack = Stack.plan(label, env);
    await stack.createDatabase();
    return stack;
  }

  /** A stack named now, whose database is created by its first `start()` (or `sql()`). */
  static plan(label: string, env: Record<string, string> = {}): Stack {
    const database = planTempDatabase(`test_${label}`, ADMIN_DB_URL, { migrated: true });
    return new Stack(database, {
      ...throwawayServiceEnv(database.url, `test-${label}-${randomBytes(4).toString('hex')}`),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // One engine thread, not one per core: each loads the language model at start (some 0.7 s of
      // CPU), a run starts some 150 processes, and the suites analyse a few short articles each.
      ANALYSIS_THREADS: '1',
      ...env,
    });
  }

  private createDatabase(): Promise<void> {
    this.databaseCreated ??= this.database.create();
    return this.databaseCreated;
  }

  /** The database the processes use (DATABASE_URL, which a test may point elsewhere). */
  get databaseUrl(): string {
    return this.env['DATABASE_URL'];
  }

  get queuePrefix(): string {
    return this.env['QUEUE_PREFIX'];
  }

  /** Starts main.ts; waits for /health/live (workers) or /health/ready. */
  async start(env: Record<string, string> = {}, readyPath = '/health/ready'): Promise<AppProcess> {
    await this.createDatabase();
    const port = await freePort();
    const child = spawn(process.execPath, serviceArgs(), {
      env: { PATH: process.env['PATH'] ?? '', ...this.env, PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(child, `http://127.0.0.1:${port}`);
    this.processes.push(app);
    await app.waitUntil(readyPath);
    return app;
  }

  get api(): AppProcess {
    const api = this.processes.find((p) => p.running);
    if (!api) throw new Error('no running process');
    return api;
  }

  async request<T = any>(
    method: string,
    path: string,
    options: { token?: string | null; body?: unknown; raw?: string | Buffer; headers?: Record<string, string>; via?: AppProcess } = {},
  ): Promise<Response<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const token = options.token === undefined ? await this.adminToken() : options.token;
    if (token) headers['authorization'] = `Bearer ${token}`;
    let body: string | Buffer | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const started = performance.now();
    const url = (options.via ?? this.api).baseUrl + path;
    // A server may answer an oversized body (413) and close before it has all
    // been sent; fetch then fails with EPIPE, so such bodies go through
    // node:http, which still reads the early answer.
    if (body !== undefined && Buffer.byteLength(body) > EARLY_ANSWER_BYTES) {
      const early = await sendLargeBody(url, method, headers, body);
      return { ...early, body: parseBody(early.text) as T, ms: performance.now() - started };
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (metrics, docs)
    }
    return { status: response.status, body: parsed as T, headers: response.headers, ms: performance.now() - started };
  }

  /** One login per stack, shared by concurrent callers (logins are rate-limited per IP). */
  adminToken(): Promise<string> {
    this.token ??= this.request('POST', '/v1/auth/login', { token: null, body: ADMIN }).then((response) => {
      if (response.status !== 200) {
        this.token = undefined;
        throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return response.body.accessToken as string;
    });
    return this.token;
  }

  async createApiKey(name = 'newsroom'): Promise<string> {
    const response = await this.request('POST', '/v1/api-keys', { body: { name } });
    if (response.status !== 201) throw new Error(`api key: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.key as string;
  }

  /** Waits until the article leaves received/analyzing; returns it. */
  async waitForArticle(id: string, timeoutMs = 30_000, token?: string): Promise<any> {
    let last: Response | undefined;
    try {
      return await waitFor(
        `article ${id} to be analysed`,
        async () => {
          last = await this.request('GET', `/v1/articles/${id}`, { token });
          // completed: the review workflow finished every claim (possibly at once, when all were dismissed).
          return last.status === 200 && ['analyzed', 'failed', 'completed'].includes(last.body.status) ? last.body : undefined;
        },
        timeoutMs,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}: last answer ${last?.status} ${JSON.stringify(last?.body)?.slice(0, 300)}`, { cause: error });
    }
  }

  /** Direct SQL on this stack's database, for assertions the API does not expose. */
  async sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
    await this.createDatabase();
    return withConnection(this.databaseUrl, (db) => db.query<T>(query, params));
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop('SIGTERM', 10_000)));
    if (this.databaseCreated) await this.database.drop();
    await deleteRedisKeys(this.env['REDIS_URL'], `${this.queuePrefix}:*`);
  }
}

/**
 * A suite's own stack: one process (of every role, unless `firstProcess`
 * says otherwise) is serving before the suite's first test, and the stack is
 * closed after its last.
 */
export function useStack(label: string, env: Record<string, string> = {}, firstProcess: Record<string, string> = {}): Stack {
  const stack = Stack.plan(label, env);
  beforeAll(() => stack.start(firstProcess), 90_000);
  afterAll(() => stack.close(), 30_000);
  return stack;
}

const EARLY_ANSWER_BYTES = 1024 * 1024;

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/**
 * Sends a large body the way a careful client does: headers first, and the
 * body only if the server has not answered within half a second. A server that
 * refuses the declared length answers at once (413) and closes; writing the
 * body anyway would race that close (EPIPE) and lose the answer.
 */
function sendLargeBody(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | Buffer,
): Promise<{ status: number; text: string; headers: Headers }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(url, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      answered = true;
      clearTimeout(sendBody);
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answerHeaders.set(name, value);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: answerHeaders });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.flushHeaders();
    const sendBody = setTimeout(() => req.end(body), 500);
  });
}
