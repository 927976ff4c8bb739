import type { Logger } from '@nestjs/common';
import { coalescing } from '../common/coalescing.js';
import { decodeCursor, isAfter, type Position } from '../events/domain-event-reader.js';
import type { DomainEventName, DomainEventReader, StoredDomainEvent } from '../events/index.js';

/** Wake-ups can be lost with the listening connection: read now and then anyway. */
const POLL_MS = 5_000;
const PAGE = 500;
/** Recent events kept for streams a little behind (a browser reconnecting after a blip). */
const KEPT = 5_000;

export interface TailPage {
  events: StoredDomainEvent[];
  cursor: string;
  /** A full page came from the database: read again for the rest. */
  more: boolean;
}

/**
 * One reader of the inbox's events per process, shared by every open inbox
 * stream. A commit wakes the tail, which reads the event stream once and
 * keeps the recent events; each stream then takes what lies after its own
 * cursor from memory. With N inboxes open, a commit costs one query, not N.
 * A stream further behind than the kept events (a browser resuming after a
 * long pause) reads the database itself, a page at a time, until it is
 * within reach.
 */
export class InboxTail {
  /** Every event after `from` up to `cursor` is in `kept`; both unset while nobody follows. */
  private from: Position | null = null;
  private cursor: string | null = null;
  private kept: { at: Position; event: StoredDomainEvent }[] = [];
  private readonly followers = new Set<() => void>();
  private unsubscribe: () => void = () => undefined;
  private poll?: NodeJS.Timeout;
  private starting: Promise<void> = Promise.resolve();
  /** Bumped when the tail stops: a read begun before belongs to no one. */
  private generation = 0;
  private readonly refresh: () => Promise<void>;

  constructor(
    private readonly reader: DomainEventReader,
    private readonly names: readonly DomainEventName[],
    private readonly logger: Logger,
  ) {
    this.refresh = coalescing(
      () => this.readNew(),
      (error) => this.logger.warn(`inbox tail read failed: ${(error as Error).message}`),
    );
  }

  /** Calls `onNew` whenever the tail has read new events; the first follower starts it, the last stops it. */
  follow(onNew: () => void): () => void {
    this.followers.add(onNew);
    if (this.followers.size === 1) this.begin();
    return () => {
      this.followers.delete(onNew);
      if (this.followers.size === 0) this.end();
    };
  }

  /** The inbox events after `cursor`: from memory when the tail holds them, else a page from the database. */
  async eventsAfter(cursor: string): Promise<TailPage> {
    await this.starting;
    const at = decodeCursor(cursor);
    if (this.from && this.cursor && !isAfter(this.from, at)) {
      // Ahead of the tail (a stream that started at "now" since its last read): nothing yet.
      if (!isAfter(decodeCursor(this.cursor), at)) return { events: [], cursor, more: false };
      const events = this.kept.filter((k) => isAfter(k.at, at)).map((k) => k.event);
      return { events, cursor: this.cursor, more: false };
    }
    const page = await this.reader.readAfter(cursor, PAGE, [...this.names]);
    return { events: page.events, cursor: page.cursor, more: page.events.length === PAGE };
  }

  private begin(): void {
    this.starting = this.locate();
    this.unsubscribe = this.reader.subscribe(() => void this.refresh());
    this.poll = setInterval(() => void this.refresh(), POLL_MS);
  }

  /** Starts the tail at "now". Until it knows where that is (or if it cannot), streams read the database themselves. */
  private async locate(): Promise<void> {
    const generation = this.generation;
    try {
      const head = await this.reader.head();
      if (generation !== this.generation) return;
      this.cursor = head;
      this.from = decodeCursor(head);
    } catch (error) {
      this.logger.warn(`inbox tail could not find the stream's head: ${(error as Error).message}`);
    }
  }

  private end(): void {
    this.generation++;
    this.unsubscribe();
    clearInterval(this.poll);
    this.from = null;
    this.cursor = null;
    this.kept = [];
  }

  /** One page after the tail's cursor; true when there may be more. */
  private async readNew(): Promise<boolean> {
    await this.starting;
    if (this.cursor === null && this.followers.size > 0) await (this.starting = this.locate());
    if (this.cursor === null) return false;
    const generation = this.generation;
    const page = await this.reader.readAfter(this.cursor, PAGE, [...this.names]);
    if (generation !== this.generation) return false; // everyone left meanwhile
    page.events.forEach((event, i) => this.kept.push({ at: decodeCursor(page.eventCursors[i]), event }));
    this.cursor = page.cursor;
    const dropped = this.kept.length - KEPT;
    if (dropped > 0) this.from = this.kept.splice(0, dropped).at(-1)!.at;
    if (page.events.length > 0) this.followers.forEach((onNew) => onNew());
    return page.events.length === PAGE;
  }
}
