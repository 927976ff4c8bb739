import type { ServerResponse } from 'node:http';
import { BadRequestException, HttpException, HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Role } from '../auth/index.js';
import { coalescing } from '../common/coalescing.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { decodeCursor, isAfter } from '../events/domain-event-reader.js';
import { DomainEvent, DomainEventReader, InvalidCursorError, type DomainEventName, type StoredDomainEvent } from '../events/index.js';
import { InboxTail } from './inbox-tail.js';
import { isReviewStage, stageNeedsEditor, type ReviewStage } from './workflow.js';

/** The events that change what an inbox shows: claims entering, leaving or being taken from a stage. */
export const INBOX_EVENTS = [
  DomainEvent.ClaimRouted,
  DomainEvent.ClaimLeased,
  DomainEvent.ClaimReleased,
  DomainEvent.ClaimGraded,
  DomainEvent.ClaimAdvanced,
  DomainEvent.ClaimEscalated,
  DomainEvent.ClaimSentBack,
  DomainEvent.ClaimPublished,
  DomainEvent.ClaimDismissed,
  DomainEvent.ClaimRestored,
  DomainEvent.ClaimWithdrawn,
] as const satisfies readonly DomainEventName[];

/** What one SSE message tells the inbox: which stages' counts changed, and which claims. Never payloads. */
export interface InboxChange {
  stages: ReviewStage[];
  claimIds: string[];
}

export interface InboxViewer {
  userId: string;
  role: Role;
}

/** A client that stops reading is dropped before its backlog grows without bound. */
const MAX_BUFFERED_BYTES = 1 << 20;
const RETRY_MS = 3_000;

/**
 * The inbox's live updates: one server-sent event stream per open inbox,
 * each following the domain event stream from its own cursor (the SSE id, so
 * a reconnecting browser resumes with Last-Event-ID and misses nothing),
 * through one shared reader per process (InboxTail).
 * Streams per person are bounded; each ends after a while so the browser
 * reconnects through authentication again (a revoked session stops there).
 */
@Injectable()
export class InboxStreamService implements OnModuleDestroy {
  private readonly logger = new Logger(InboxStreamService.name);
  private readonly openPerUser = new Map<string, number>();
  private readonly streams = new Set<InboxStream>();
  private readonly tail: InboxTail;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reader: DomainEventReader,
  ) {
    this.tail = new InboxTail(reader, INBOX_EVENTS, this.logger);
  }

  /**
   * Where a stream starts: after Last-Event-ID when the browser resumes, else
   * now. 400 on a malformed id. An id ahead of the stream (the database was
   * restored or replaced since) would hold back every event until the
   * stream caught up with it: such a stream starts now instead.
   */
  async startCursor(lastEventId: string | undefined): Promise<string> {
    const head = await this.reader.head();
    if (lastEventId === undefined || lastEventId === '') return head;
    let resumeAt: ReturnType<typeof decodeCursor>;
    try {
      resumeAt = decodeCursor(lastEventId);
    } catch (error) {
      if (error instanceof InvalidCursorError) throw new BadRequestException('Last-Event-ID is not an inbox event id');
      throw error;
    }
    if (!isAfter(resumeAt, decodeCursor(head))) return lastEventId;
    this.logger.warn({ lastEventId, head }, 'Last-Event-ID is ahead of the event stream: starting the inbox stream now');
    return head;
  }

  /** Takes one of the person's stream slots (429 when all are in use); returns its release. */
  reserve(userId: string): () => void {
    const open = this.openPerUser.get(userId) ?? 0;
    if (open >= this.config.inboxStream.perUser) {
      throw new HttpException(
        `at most ${this.config.inboxStream.perUser} live inbox streams per person; close another tab`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.openPerUser.set(userId, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.openPerUser.get(userId) ?? 1) - 1;
      if (left > 0) this.openPerUser.set(userId, left);
      else this.openPerUser.delete(userId);
    };
  }

  /**
   * Streams to `out` (headers already sent) until the client goes, the stream
   * ages out, the app stops, or `stillSignedIn` (asked at every heartbeat) says
   * the viewer signed out or lost the role the stream was opened with.
   */
  run(out: ServerResponse, viewer: InboxViewer, cursor: string, release: () => void, stillSignedIn: () => Promise<boolean>): void {
    const stream = new InboxStream(out, viewer, cursor, this.tail, this.config.inboxStream, this.logger, stillSignedIn, () => {
      this.streams.delete(stream);
      release();
    });
    this.streams.add(stream);
    stream.start();
  }

  /** Open streams of a person (for tests and metrics). */
  openStreams(userId: string): number {
    return this.openPerUser.get(userId) ?? 0;
  }

  onModuleDestroy(): void {
    for (const stream of this.streams) stream.close();
  }
}

class InboxStream {
  private cursor: string;
  private closed = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private unfollow: () => void = () => undefined;
  private readonly pump: () => Promise<void>;

  constructor(
    private readonly out: ServerResponse,
    private readonly viewer: InboxViewer,
    cursor: string,
    private readonly tail: InboxTail,
    private readonly limits: AppConfig['inboxStream'],
    private readonly logger: Logger,
    private readonly stillSignedIn: () => Promise<boolean>,
    private readonly onClose: () => void,
  ) {
    this.cursor = cursor;
    this.pump = coalescing(
      () => this.catchUp(),
      (error) => logger.warn(`inbox stream read failed: ${(error as Error).message}`),
    );
  }

  start(): void {
    this.out.on('close', () => this.close());
    this.write(`retry: ${RETRY_MS}\nid: ${this.cursor}\nevent: ready\ndata: {}\n\n`);
    this.unfollow = this.tail.follow(() => void this.pump());
    this.timers.push(
      setInterval(() => this.heartbeat(), this.limits.heartbeatMs),
      setTimeout(() => this.close(), this.limits.maxAgeMs),
    );
    void this.pump();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.timers.forEach(clearTimeout);
    this.unfollow();
    if (!this.out.writableEnded) this.out.end();
    this.onClose();
  }

  /**
   * Keeps proxies from closing an idle stream, and ends it once its viewer
   * signed out (or changed password, was deactivated or given another role):
   * the browser's reconnect then meets authentication again. A failed check
   * (the database briefly away) leaves the stream open.
   */
  private heartbeat(): void {
    this.write(': heartbeat\n\n');
    this.stillSignedIn().then(
      (signedIn) => {
        if (signedIn) return;
        this.write('event: signed-out\ndata: {}\n\n');
        this.close();
      },
      (error: unknown) => this.logger.warn(`inbox stream session check failed: ${(error as Error).message}`),
    );
  }

  /** Sends what happened after the cursor; true while a database read left more to read. */
  private async catchUp(): Promise<boolean> {
    if (this.closed) return false;
    const page = await this.tail.eventsAfter(this.cursor);
    if (this.closed) return false;
    this.cursor = page.cursor;
    const change = changeFor(page.events, this.viewer);
    if (change) this.write(`id: ${this.cursor}\nevent: queues\ndata: ${JSON.stringify(change)}\n\n`);
    return page.more;
  }

  private write(chunk: string): void {
    if (this.closed) return;
    if (this.out.writableLength > MAX_BUFFERED_BYTES) {
      this.close();
      return;
    }
    this.out.write(chunk);
  }
}

/** The stages each event touches (where the claim was and where it is now). */
function stagesOf(event: StoredDomainEvent): string[] {
  const p = event.payload as { stage?: string; from?: string };
  if (event.name === DomainEvent.ClaimPublished) return ['approval', 'escalated'];
  return [p.from, p.stage].filter((s): s is string => typeof s === 'string');
}

/**
 * Only what the inbox needs, and only what the viewer may see: the stages
 * whose counts changed (every role sees every stage's counts, as in
 * GET /v1/queues), and the ids of the claims that moved in stages the viewer
 * works (a reviewer is not told which claims editors are approving).
 * Payloads (notes, verdicts, who did what) never leave the server.
 */
export function changeFor(events: StoredDomainEvent[], viewer: InboxViewer): InboxChange | undefined {
  const stages = new Set<ReviewStage>();
  const claimIds = new Set<string>();
  for (const event of events) {
    const touched = stagesOf(event).filter(isReviewStage);
    touched.forEach((s) => stages.add(s));
    const visible = touched.some((s) => viewer.role !== 'reviewer' || !stageNeedsEditor(s));
    if (visible && event.claimId) claimIds.add(event.claimId);
  }
  if (stages.size === 0) return undefined;
  return { stages: [...stages], claimIds: [...claimIds] };
}
