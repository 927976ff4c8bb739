import { Logger } from '@nestjs/common';
import { DomainEvent, type DomainEventReader, type StoredDomainEvent } from '../events/index.js';
import { InboxTail } from './inbox-tail.js';

/** The event stream in memory: one event per transaction, read as DomainEventReader reads it. */
class StreamInMemory {
  readonly events: { txId: number; event: StoredDomainEvent }[] = [];
  readonly reads: string[] = [];
  private wake: () => void = () => undefined;

  append(count: number): void {
    for (let i = 0; i < count; i++) {
      const txId = this.events.length + 10;
      this.events.push({ txId, event: { id: String(txId), name: DomainEvent.ClaimLeased, payload: { claimId: `c${txId}`, stage: 'verdict' } as never, articleId: null, claimId: `c${txId}`, actorId: null, occurredAt: new Date() } });
    }
    this.wake();
  }

  reader(): DomainEventReader {
    const cursorOf = (txId: number) => `v1:${txId}:${txId}`;
    // An event (t, t) lies after the cursor (T, I) when t > T, or t = T and t > I.
    const after = (t: number, cursor: string) => {
      const [, T, I] = cursor.split(':').map(Number);
      return t > T || (t === T && t > I);
    };
    return {
      head: async () => `v1:${(this.events.at(-1)?.txId ?? 9) + 1}:0`,
      readAfter: async (cursor: string, limit: number) => {
        this.reads.push(cursor);
        const page = this.events.filter((e) => after(e.txId, cursor)).slice(0, limit);
        const last = page.at(-1);
        return {
          events: page.map((e) => e.event),
          eventCursors: page.map((e) => cursorOf(e.txId)),
          cursor: last ? cursorOf(last.txId) : cursor,
        };
      },
      subscribe: (onWake: () => void) => {
        this.wake = onWake;
        return () => (this.wake = () => undefined);
      },
    } as unknown as DomainEventReader;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const claimIds = (events: StoredDomainEvent[]) => events.map((e) => e.claimId);

describe('InboxTail: one reader of the inbox events per process', () => {
  let stream: StreamInMemory;
  let tail: InboxTail;
  const stops: Array<() => void> = [];

  beforeEach(() => {
    stream = new StreamInMemory();
    stream.append(3);
    tail = new InboxTail(stream.reader(), [DomainEvent.ClaimLeased], new Logger('test'));
  });
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('reads the database once per commit however many streams follow, and hands each the events after its cursor', async () => {
    const woken: number[] = [0, 0, 0];
    woken.forEach((_, i) => stops.push(tail.follow(() => woken[i]++)));
    await settle();
    const start = `v1:13:0`; // the head when the streams opened
    stream.append(2);
    await settle();
    expect(stream.reads).toEqual([start]);
    expect(woken).toEqual([1, 1, 1]);
    for (let i = 0; i < 3; i++) {
      const page = await tail.eventsAfter(start);
      expect(claimIds(page.events)).toEqual(['c13', 'c14']);
      expect(page.more).toBe(false);
    }
    // A stream that already has the first of them gets only the second, from memory too.
    expect(claimIds((await tail.eventsAfter('v1:13:13')).events)).toEqual(['c14']);
    expect(stream.reads).toHaveLength(1);
  });

  it('sends a stream from before the tail started to the database, and one ahead of it waits', async () => {
    stops.push(tail.follow(() => undefined));
    await settle();
    const behind = await tail.eventsAfter('v1:10:10');
    expect(claimIds(behind.events)).toEqual(['c11', 'c12']);
    expect(stream.reads).toEqual(['v1:10:10']);
    const ahead = await tail.eventsAfter('v1:99:0');
    expect(ahead).toEqual({ events: [], cursor: 'v1:99:0', more: false });
  });

  it('coalesces wake-ups that arrive while it reads, and stops reading when nobody follows', async () => {
    const stop = tail.follow(() => undefined);
    await settle();
    stream.append(1);
    stream.append(1);
    stream.append(1);
    await settle();
    // The first wake reads; the two during it ask for one more read, not two.
    expect(stream.reads.length).toBeLessThanOrEqual(2);
    expect(claimIds((await tail.eventsAfter('v1:13:0')).events)).toEqual(['c13', 'c14', 'c15']);
    stop();
    const before = stream.reads.length;
    stream.append(1);
    await settle();
    expect(stream.reads).toHaveLength(before);
  });
});
