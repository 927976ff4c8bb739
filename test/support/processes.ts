import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

// Shared by the end-to-end stack and the benchmarks: both run the real
// src/main.ts as child processes on a throwaway database.

export const ADMIN_DB_URL =
  process.env['TEST_POSTGRES_URL'] ?? process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** The admin every throwaway service process bootstraps. */
export const ADMIN = { email: 'admin@example.org', password: 'admin-password-e2e' };

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs `work` on the maintenance database (to create or drop throwaway ones). */
export async function withAdminDb<T>(work: (db: DataSource) => Promise<T>, url = ADMIN_DB_URL): Promise<T> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Creates database `name` on the server of ADMIN_DB_URL; returns its URL. */
export async function createDatabase(name: string): Promise<string> {
  await withAdminDb((db) => db.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_DB_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminDb((db) => db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * What every throwaway service process needs: its own database and queue
 * prefix, the shared Redis, a fresh JWT secret, the bootstrap admin and rate
 * limits no test or benchmark load reaches.
 */
export function throwawayServiceEnv(databaseUrl: string, queuePrefix: string): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_IP: '10000000',
    RATE_LIMIT_PER_API_KEY: '10000000',
  };
}

export interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
}

/**
 * Starts src/main.ts with `env` on a free port, its output appended to
 * `logFile`, and waits until `readyPath` answers 200. BENCH_CPU_PROF=<dir>
 * writes a V8 CPU profile of the process when it exits.
 */
export async function startService(env: Record<string, string>, logFile: string, readyPath = '/health/ready'): Promise<ServiceProcess> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const profile = process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [];
  // --disable-warning: @swc-node/register still hooks in with module.register(),
  // deprecated on Node 26 (DEP0205); the npm scripts pass the same flag.
  const child = spawn(process.execPath, [...profile, '--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(baseUrl + readyPath)).ok) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`service did not start within 60 s; see ${logFile}`);
}

/** SIGTERM to every child still running; resolves when all have exited. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Deletes the Redis keys matching `pattern` (a run's queue prefix); returns how many. */
export async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<number> {
  const redis = new Redis(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
