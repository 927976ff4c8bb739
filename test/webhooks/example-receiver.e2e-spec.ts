import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { receiverHandler } from '../../examples/webhook-receiver/receiver.mjs';
import { waitFor } from '../support/wait-for.js';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

/**
 * The example receiver the README points newsrooms to, on its own: a retry
 * can arrive while the handler still runs the first attempt (claimtrail gives
 * up on an answer after 15 s and tries again 5 s later), and the example is
 * what newsrooms copy to handle each webhook-id once.
 */
describe('the example webhook receiver', () => {
  let server: Server;
  let url: string;
  const handled: string[] = [];
  const waiting: (() => void)[] = [];
  const releaseAll = () => waiting.splice(0).forEach((resolve) => resolve());

  beforeAll(async () => {
    const handler = receiverHandler({
      secret: SECRET,
      onEvent: async (_event: unknown, id: string) => {
        handled.push(id);
        await new Promise<void>((resolve) => waiting.push(resolve));
      },
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    releaseAll();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** One signed attempt, as claimtrail sends it (a new timestamp each time). */
  function send(id: string, body: string): Promise<Response> {
    const timestamp = new Date();
    const signature = new Webhook(SECRET).sign(id, timestamp, body);
    const headers = { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature };
    return fetch(url, { method: 'POST', headers, body });
  }

  it('handles a message once when its retry arrives while the first attempt is still being handled', async () => {
    const id = `msg_${randomUUID()}`;
    const body = JSON.stringify({ type: 'claim.published', timestamp: new Date().toISOString(), data: { claimId: 'c1' } });
    const first = send(id, body);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const retry = send(id, body);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handled).toEqual([id]);
    releaseAll();
    expect([(await first).status, (await retry).status]).toEqual([204, 409]);
    expect((await send(id, body)).status).toBe(200);
    expect(handled).toEqual([id]);
  });
  // The README's local trial leaves SECRET saying "undefined" when the registration was refused: the
  // receiver said "listening" and then answered every message 401 in silence (an empty one: a stack).
  it('refuses to start, in one line, without a signing secret, and says where it listens with one', () => {
    const start = (secret: string, port = '1') =>
      spawnSync(process.execPath, ['examples/webhook-receiver/receiver.mjs'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', WEBHOOK_SECRET: secret, PORT: port },
        timeout: 3000,
      });
    for (const secret of ['undefined', '']) {
      const run = start(secret);
      expect([run.status, run.stdout]).toEqual([2, '']);
      expect(run.stderr.trim().split('\n')).toEqual([
        "WEBHOOK_SECRET must be the endpoint's signing secret (whsec_..., shown once when the endpoint was registered)",
      ]);
    }
    const listening = start(SECRET, '0');
    expect(listening.stdout).toMatch(/^listening on http:\/\/localhost:\d+\/\n/);
  });

  it('says why it refuses a message signed with another secret, rather than only answering 401', async () => {
    const receiver = spawn(process.execPath, ['examples/webhook-receiver/receiver.mjs'], {
      env: { ...process.env, NODE_OPTIONS: '', WEBHOOK_SECRET: `whsec_${Buffer.alloc(32, 9).toString('base64')}`, PORT: '0' },
    });
    try {
      let stdout = '';
      let stderr = '';
      receiver.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const port = await new Promise<string>((resolve) =>
        receiver.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const found = /localhost:(\d+)/.exec(stdout);
          if (found) resolve(found[1]);
        }),
      );
      const body = '{"type":"claim.published","timestamp":"2026-11-30T00:00:00Z","data":{}}';
      const timestamp = new Date();
      const answer = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        body,
        headers: {
          'webhook-id': 'msg_wrong',
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': new Webhook(SECRET).sign('msg_wrong', timestamp, body),
        },
      });
      expect(answer.status).toBe(401);
      await waitFor('the rejection said', async () => (stderr.includes('msg_wrong rejected') ? true : undefined), 3000);
      expect(stderr).toMatch(/^msg_wrong rejected: .*; is WEBHOOK_SECRET this endpoint's current secret\?\n$/);
    } finally {
      receiver.kill();
    }
  });
});
