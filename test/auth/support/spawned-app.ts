import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { deleteKeys } from './auth-app.js';
import { createTempDatabase } from './temp-database.js';

export interface SpawnedApp {
  baseUrl: string;
  env: Record<string, string>;
  close: () => Promise<void>;
}

/**
 * The real `main.ts` in a child process, on a fresh database and queue prefix.
 * A child rather than in-process because Bull Board's Fastify adapter
 * require()s ESM-only packages that Jest on Node 20 cannot load.
 */
export async function spawnApp(env: Record<string, string>): Promise<SpawnedApp> {
  const database = await createTempDatabase('matrix');
  const port = await freePort();
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `test-matrix-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...env,
  };
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { PATH: process.env['PATH'] ?? '', ...fullEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(child);
    await database.drop();
    await deleteKeys(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', `${fullEnv['QUEUE_PREFIX']}:*`);
  };
  try {
    await waitUntilLive(baseUrl, child, () => output);
  } catch (error) {
    await close();
    throw error;
  }
  return { baseUrl, env: fullEnv, close };
}

async function waitUntilLive(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`app did not become ready within 60 s:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
