import { waitFor } from '../../support/wait-for.js';

/** One server-sent event as the browser's EventSource would see it; comments kept for heartbeat checks. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** An open event stream read frame by frame, as a test client. */
export class SseClient {
  readonly frames: SseFrame[] = [];
  private buffer = '';
  private ended = false;

  private constructor(
    readonly status: number,
    private readonly controller: AbortController,
    readonly headers: Headers,
  ) {}

  static async open(baseUrl: string, token: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/v1/queues/events`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    const client = new SseClient(response.status, controller, response.headers);
    if (response.status === 200 && response.body) void client.read(response.body);
    else await response.text();
    return client;
  }

  get closedByServer(): boolean {
    return this.ended;
  }

  /** The first frame after `from` (an index into frames) matching `match`. */
  async waitForFrame(match: (frame: SseFrame) => boolean, timeoutMs = 15_000, from = 0): Promise<SseFrame> {
    return waitFor('an event-stream frame', async () => this.frames.slice(from).find(match), timeoutMs);
  }

  /** The queues events received, their data parsed. */
  changes(): Array<{ id: string; data: { stages: string[]; claimIds: string[] } }> {
    return this.frames.filter((f) => f.event === 'queues').map((f) => ({ id: f.id!, data: JSON.parse(f.data!) }));
  }

  lastId(): string | undefined {
    return this.frames.filter((f) => f.id !== undefined).at(-1)?.id;
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.frames.push(parseFrame(this.buffer.slice(0, end)));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
    this.ended = true;
  }
}

function parseFrame(text: string): SseFrame {
  const frame: SseFrame = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    else {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id' || field === 'event' || field === 'data') frame[field] = value;
    }
  }
  return frame;
}
