import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
// The example the README points to: every delivery in these tests goes through it.
import { receiverHandler } from '../../../examples/webhook-receiver/receiver.mjs';
import type { Stack } from '../../support/stack.js';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** What the receiver answered. */
  status: number;
}

/** Answer this request ourselves instead of passing it to the example receiver. */
export type Script = (n: number) => { status: number; headers?: Record<string, string>; delayMs?: number; body?: string } | null;

/**
 * A receiver on 127.0.0.1 that records every raw request, can be scripted to
 * fail, and otherwise hands the request to the example receiver, which
 * verifies the signature with `standardwebhooks` and dedupes by webhook-id.
 */
export class TestReceiver {
  readonly requests: Received[] = [];
  readonly handled: { id: string; event: any; at: number }[] = [];
  private server?: Server;
  private handler?: ReturnType<typeof receiverHandler>;
  secret?: string;

  constructor(private script: Script = () => null) {}

  static async start(script?: Script): Promise<TestReceiver> {
    const receiver = new TestReceiver(script);
    await receiver.listen();
    return receiver;
  }

  setScript(script: Script): void {
    this.script = script;
  }

  useSecret(secret: string): void {
    this.secret = secret;
    this.handler = receiverHandler({
      secret,
      onEvent: (event: unknown, id: string) => {
        this.handled.push({ id, event, at: Date.now() });
      },
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  async listen(port = 0): Promise<void> {
    this.server = createServer((req, res) => void this.respond(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
  }

  private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const record: Received = { headers: req.headers, body, at: Date.now(), status: 0 };
    this.requests.push(record);
    const scripted = this.script(this.requests.length);
    if (scripted) {
      if (scripted.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs).unref());
      record.status = scripted.status;
      if (!res.destroyed) res.writeHead(scripted.status, scripted.headers).end(scripted.body ?? 'scripted');
      return;
    }
    if (!this.handler) throw new Error('receiver has no secret yet');
    // Replay the body we already read into the example handler.
    const replay = Object.assign(
      (async function* () {
        yield Buffer.from(body, 'utf8');
      })(),
      { headers: req.headers },
    );
    const original = res.writeHead.bind(res);
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      record.status = status;
      return (original as any)(status, ...rest);
    }) as typeof res.writeHead;
    await this.handler(replay as never, res);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Verifies a recorded request with the reference library and the given secret. */
  static verifies(secret: string, request: Received): boolean {
    try {
      new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
      return true;
    } catch {
      return false;
    }
  }
}

/** Writes a domain event as a state change would (its own transaction, NOTIFY). */
export async function emit(stack: Stack, name: string, payload: Record<string, unknown>): Promise<string> {
  const [row] = await stack.sql(
    `WITH e AS (INSERT INTO domain_events (name, payload, article_id, claim_id, actor_id)
                VALUES ($1, $2, $3, $4, NULL) RETURNING id)
     SELECT e.id::text AS id, pg_notify('domain_events', '') FROM e`,
    [name, JSON.stringify(payload), payload['articleId'] ?? null, payload['claimId'] ?? null],
  );
  return row.id as string;
}
