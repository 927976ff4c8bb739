import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempDatabase, type TempDatabase } from '../support/database.js';
import { startService, stopProcesses, throwawayServiceEnv, type ServiceProcess } from '../support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../support/redis.js';

/** Sends a request's head and then its body a byte at a time, never finishing; resolves with what came back and when. */
function trickle(baseUrl: string): Promise<{ answer: string; elapsedMs: number }> {
  const { port, hostname } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  const started = Date.now();
  socket.write('POST /v1/articles HTTP/1.1\r\nHost: claimtrail\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{');
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
