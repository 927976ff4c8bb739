import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTempDatabase, type TempDatabase } from '../support/database.js';
import { serviceArgs, startService, stopProcesses, throwawayServiceEnv, type ServiceProcess } from '../support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../support/redis.js';
import { waitFor } from '../support/wait-for.js';

/** Sends a request's head and then its body a byte at a time, never finishing; resolves with what came back and when. */
function trickle(baseUrl: string): Promise<{ answer: string; elapsedMs: number }> {
  const { port, hostname } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  const started = Date.now();
  // The sign-in, open to anyone: a closed route answers a caller without credentials 401 before reading any body.
  socket.write('POST /v1/auth/login HTTP/1.1\r\nHost: claimtrail\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{');
  const drip = setInterval(() => socket.write(' '), 200);
  return new Promise((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const done = () => {
      clearInterval(drip);
      resolve({ answer, elapsedMs: Date.now() - started });
    };
    socket.on('close', done);
    socket.on('error', done);
  });
}

/** The service as its own process, as operators run it: what it prints at start-up, and how it treats slow clients. */
describe('the service process', () => {
  let database: TempDatabase;
  let service: ServiceProcess;
  const prefix = `test-process-${randomBytes(4).toString('hex')}`;
  const logFile = join(tmpdir(), `${prefix}.log`);

  beforeAll(async () => {
    database = await createTempDatabase('service-process');
    service = await startService(
      // NODE_OPTIONS: Jest's carries --no-warnings, which would hide what an operator sees.
      { ...throwawayServiceEnv(database.url, prefix), APP_ROLE: 'api', HTTP_REQUEST_TIMEOUT_MS: '1500', NODE_OPTIONS: '' },
      logFile,
    );
  }, 60_000);

  afterAll(async () => {
    if (service) await stopProcesses([service.child]);
    await deleteRedisKeys(REDIS_URL, `${prefix}:*`);
    await database?.drop();
    await rm(logFile, { force: true });
  }, 30_000);

  it('starts without a runtime or deprecation warning', async () => {
    // Fastify 5 warned (FSTDEP022) at every start while a router option sat at the top level.
    const log = await readFile(logFile, 'utf8');
    expect(log.split('\n').filter((line) => /Warning|FSTDEP|DEP0\d+/.test(line))).toEqual([]);
  });

  it('logs nothing for health probes and metrics scrapes that pass', async () => {
    // Each readiness probe wrote 17 lines: one per migration (TypeORM's showMigrations) and the request's.
    const before = (await readFile(logFile, 'utf8')).length;
    for (const path of ['/health/live', '/health/ready', '/health/ready', '/metrics']) {
      expect([path, (await fetch(`${service.baseUrl}${path}`)).status]).toEqual([path, 200]);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const written = (await readFile(logFile, 'utf8')).slice(before);
    expect(written.split('\n').filter(Boolean)).toEqual([]);
  });

  it('is not ready while a migration is pending, and logs which one', async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const [last] = (await db.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING *`)).rows as Array<{ id: number; timestamp: string; name: string }>;
      try {
        const res = await fetch(`${service.baseUrl}/health/ready`);
        expect(res.status).toBe(503);
        expect(((await res.json()) as { checks: unknown }).checks).toMatchObject({ database: 'up', redis: 'up', migrations: 'down' });
        // The child's log reaches the file through a pipe, sometimes after the answer reached us.
        const expected = `readiness check migrations failed: pending migrations: ${last.name}`;
        const inLog = async () => ((await readFile(logFile, 'utf8')).includes(expected) ? true : undefined);
        await expect(waitFor(`'${expected}' in ${logFile}`, inLog, 5_000)).resolves.toBe(true);
      } finally {
        await db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
      }
      expect((await fetch(`${service.baseUrl}/health/ready`)).status).toBe(200);
    } finally {
      await db.end();
    }
  });

  it('says in one line, without a stack, that it cannot listen on a port another process holds', async () => {
    const { port } = new URL(service.baseUrl);
    const second = spawn(process.execPath, serviceArgs(), {
      env: { ...process.env, ...throwawayServiceEnv(database.url, prefix), APP_ROLE: 'api', PORT: port, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    let logged = '';
    second.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    second.stdout.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(errors).toContain(`claimtrail failed to start: cannot listen on 127.0.0.1:${port}: another process is listening on that port (EADDRINUSE)`);
    expect(errors).not.toMatch(/^\s+at /m);
    // Nest logged the bare "Error: listen EADDRINUSE" as well, a second account of the same fault.
    expect(logged.split('\n').filter((line) => line.includes('EADDRINUSE'))).toEqual([]);
  }, 60_000);

  // PORT=0 lets the system choose (several workers on one host); the line said "listening on 127.0.0.1:0".
  it('names the port the system chose when PORT=0, and answers probes there', async () => {
    const worker = spawn(process.execPath, serviceArgs(), {
      env: { ...process.env, ...throwawayServiceEnv(database.url, prefix), APP_ROLE: 'worker', PORT: '0', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve) => {
        let out = '';
        worker.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const listening = out.split('\n').find((l) => l.includes('listening on'));
          if (listening) resolve(listening);
        });
        worker.once('exit', () => resolve(out));
      });
      const port = Number(/listening on 127\.0\.0\.1:(\d+)/.exec(line)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    } finally {
      worker.kill('SIGKILL');
    }
  }, 60_000);

  // Node's default printed the stack over many plain-text lines to stderr, outside the JSON logs a shipper reads.
  it('logs an uncaught exception or unhandled rejection as one fatal JSON line, and exits 1', async () => {
    // A fault planted before the service loads, set off by SIGUSR2 once it listens.
    const plant = `process.once('SIGUSR2', () => process.env.FAULT === 'throw' ? setImmediate(() => { throw new Error('planted fault'); }) : Promise.reject(new Error('planted fault')));`;
    for (const [fault, kind] of [['throw', 'uncaught exception'], ['reject', 'unhandled promise rejection']]) {
      const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(plant)}`, ...serviceArgs()], {
        env: { ...process.env, ...throwawayServiceEnv(database.url, prefix), APP_ROLE: 'worker', PORT: '0', NODE_OPTIONS: '', FAULT: fault },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('listening on')) resolve();
        });
        void exited.then(() => resolve());
      });
      const before = out.length;
      child.kill('SIGUSR2');
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exited, new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), 10_000)))]);
      clearTimeout(timer);
      child.kill('SIGKILL');
      expect([fault, code, errors]).toEqual([fault, 1, '']);
      const lines = out.slice(before).split('\n').filter(Boolean);
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
        expect.objectContaining({ level: 60, service: 'claimtrail', context: 'Process', msg: `${kind}: planted fault`, err: expect.objectContaining({ stack: expect.stringContaining('planted fault') }) }),
      ]);
    }
  }, 60_000);

  it('logs its wait for an unreachable PostgreSQL as the JSON lines it logs everything else in', async () => {
    const waiting = spawn(process.execPath, serviceArgs(), {
      // Port 1: nothing listens there, so the connection is refused and retried.
      env: { ...process.env, ...throwawayServiceEnv('postgres://postgres@127.0.0.1:1/none', prefix), APP_ROLE: 'api', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const firstLine = await new Promise<string>((resolve) => {
      let out = '';
      waiting.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      waiting.once('exit', () => resolve(out));
    });
    waiting.kill('SIGKILL');
    expect(JSON.parse(firstLine)).toEqual(
      expect.objectContaining({ level: 40, service: 'claimtrail', role: 'api', context: 'Main', msg: expect.stringMatching(/^PostgreSQL at .* is not reachable yet/) }),
    );
  }, 60_000);

  // HTTP_REQUEST_TIMEOUT_MS is the time a request has to arrive whole. Node
  // enforces it only when it checks its connections (every 30 s by default),
  // so a slow client held its socket up to 30 s longer than configured.
  it('answers a client trickling its body 408 once HTTP_REQUEST_TIMEOUT_MS has passed, not up to a check interval later', async () => {
    const { answer, elapsedMs } = await trickle(service.baseUrl);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsedMs).toBeGreaterThanOrEqual(1400);
    expect(elapsedMs).toBeLessThan(3500);
  }, 20_000);
});
