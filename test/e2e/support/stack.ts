import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ADMIN, REDIS_URL, createDatabase, deleteRedisKeys, dropDatabase, freePort, throwawayServiceEnv } from '../../support/processes.js';

export { ADMIN, REDIS_URL, deleteRedisKeys, freePort };

// The e2e suites run the real main.ts in child processes: Bull Board's Fastify
// adapter require()s ESM-only packages that Jest on Node 20 cannot load
// in-process, and a child is also what lets us SIGTERM/SIGKILL a worker.


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

  async waitUntil(path: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`app exited with ${this.child.exitCode}:\n${this.output}`);
      try {
        if ((await fetch(this.baseUrl + path)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`app not up at ${path} within ${timeoutMs} ms:\n${this.output.slice(-4000)}`);
  }

  /** SIGTERM (graceful) by default; resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
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

  private constructor(
    readonly databaseUrl: string,
    readonly databaseName: string,
    readonly env: Record<string, string>,
  ) {}

  static async create(label: string, env: Record<string, string> = {}): Promise<Stack> {
    const name = `claimtrail_test_${label}_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(name);
    return new Stack(url, name, {
      ...throwawayServiceEnv(url, `test-${label}-${randomBytes(4).toString('hex')}`),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...env,
    });
  }

  get queuePrefix(): string {
    return this.env['QUEUE_PREFIX'];
  }

  /** Starts main.ts; waits for /health/live (workers) or /health/ready. */
  async start(env: Record<string, string> = {}, readyPath = '/health/ready'): Promise<AppProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      env: { PATH: process.env['PATH'] ?? '', ...this.env, PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(child, `http://127.0.0.1:${port}`);
    this.processes.push(app);
    await app.waitUntil(readyPath);
    return app;
  }

  get api(): AppProcess {
    const api = this.processes.find((p) => p.child.exitCode === null && p.child.signalCode === null);
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
    const response = await fetch((options.via ?? this.api).baseUrl + path, { method, headers, body });
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

  /** Polls the article until it leaves received/analyzing (no fixed sleeps). */
  async waitForArticle(id: string, timeoutMs = 30_000, token?: string): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await this.request('GET', `/v1/articles/${id}`, { token });
      // completed: the review workflow finished every claim (possibly at once, when all were dismissed).
      if (response.status === 200 && ['analyzed', 'failed', 'completed'].includes(response.body.status)) return response.body;
      if (Date.now() > deadline) throw new Error(`article ${id} still ${response.body?.status} after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** Direct SQL on this stack's database, for assertions the API does not expose. */
  async sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
    const db = await new DataSource({ type: 'postgres', url: this.databaseUrl }).initialize();
    try {
      return await db.query<T[]>(query, params);
    } finally {
      await db.destroy();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop('SIGTERM', 10_000)));
    await dropDatabase(this.databaseName);
    await deleteRedisKeys(this.env['REDIS_URL'], `${this.queuePrefix}:*`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
