import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ADMIN } from './admin.js';
import { REDIS_URL } from './redis.js';
import { waitFor } from './wait-for.js';

// Starting the real src/main.ts as a child process: the e2e stack and the
// benchmarks both do it.

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

/**
 * Node's on-disk cache of compiled code, shared by every process a run starts:
 * a run boots some 150 service processes, and each spent about half a second
 * of CPU compiling the same modules again. The npm test scripts set it for
 * Jest and the CLI processes the unit tests start.
 */
const NODE_COMPILE_CACHE = process.env['NODE_COMPILE_CACHE'] ?? fileURLToPath(new URL('../../node_modules/.cache/node-compile', import.meta.url));

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
    RATE_LIMIT_SUBMIT_PER_CALLER: '10000000',
    RATE_LIMIT_HEALTH_PER_IP: '10000000',
    NODE_COMPILE_CACHE,
  };
}

/**
 * Node's options to run a TypeScript file through SWC. --disable-warning:
 * @swc-node/register still hooks in with module.register(), deprecated on
 * Node 26 (DEP0205); the npm scripts pass the same flag.
 */
export const TS_LOADER_ARGS = ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register'];

/**
 * The command line of a service process: the build Jest's globalSetup
 * compiled for this run (test/support/global-setup.mjs), else src/main.ts
 * through SWC (the benchmarks). BENCH_CPU_PROF=<dir> writes a V8 CPU profile
 * of the process when it exits.
 */
export function serviceArgs(): string[] {
  const profile = process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [];
  const built = process.env['CLAIMTRAIL_SERVICE_BUILD'];
  return built ? [...profile, built] : [...profile, ...TS_LOADER_ARGS, 'src/main.ts'];
}

/** Resolves once `baseUrl + path` answers 2xx; throws at once if `child` exits. */
export async function waitUntilServing(child: ChildProcess, baseUrl: string, path: string, describe: () => string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    `${baseUrl}${path} to answer`,
    async () => {
      // a crash by signal (a native module's segfault) leaves exitCode null
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`service exited (${child.exitCode ?? child.signalCode})`);
      try {
        return (await fetch(baseUrl + path)).ok ? true : undefined;
      } catch {
        return undefined; // not listening yet
      }
    },
    timeoutMs,
    100,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}; ${describe()}`, { cause: error });
  });
}

export interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
}

/** Starts src/main.ts with `env` on a free port, its output appended to `logFile`, and waits until `readyPath` answers. */
export async function startService(env: Record<string, string>, logFile: string, readyPath = '/health/ready'): Promise<ServiceProcess> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, serviceArgs(), {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(child, baseUrl, readyPath, () => `see ${logFile}`);
  return { child, baseUrl };
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
