import type { DeliveryForAttempt, FinishedAttempt } from '../webhook-deliveries.repository.js';

/** Deliveries one claim takes at most. */
const CLAIM_MAX = 100;

/** The process-wide cap on POSTs in flight (WEBHOOK_CONCURRENCY), shared by every endpoint's run. */
export class Slots {
  private waiters: (() => void)[] = [];

  constructor(private free: number) {}

  take(max: number): number {
    const n = Math.max(0, Math.min(max, this.free));
    this.free -= n;
    return n;
  }

  give(n: number): void {
    this.free += n;
    if (n > 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves once a slot is free (it may be taken again before the caller asks). */
  freed(): Promise<void> {
    return this.free > 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** An endpoint being worked on in this process. `again`: woken meanwhile, so claim once more before stopping. */
export interface Run {
  again: boolean;
  done: Promise<void>;
}

export interface PumpSteps {
  claim(want: number): Promise<{ taken: number; send: DeliveryForAttempt[] }>;
  attempt(delivery: DeliveryForAttempt): Promise<FinishedAttempt>;
  record(finished: FinishedAttempt[]): Promise<void>;
  /** Claimed deliveries that will not be sent by this run (stopping, or held too long): free them for another. */
  release(deliveries: DeliveryForAttempt[]): void;
  stopping(): boolean;
  finished(): void;
  lost(delivery: DeliveryForAttempt, error: Error): void;
}

/** A claimed delivery waiting for a slot, and when it was claimed (its lease runs from then). */
interface Ready {
  delivery: DeliveryForAttempt;
  claimedAt: number;
}

/**
 * One endpoint's run as a state machine driven by its events (a claim or a
 * record done, a POST landed, a slot freed): at most one claim and one record
 * statement at a time, each taking whatever has piled up meanwhile. Claims
 * run ahead of the slots: up to `readyTarget` claimed deliveries wait for a
 * slot, so a POST that lands is followed at once by the next instead of by a
 * claim statement's round trip (claiming only what the free slots allowed
 * left them idle for most of each claim). A claim asks for up to twice the
 * target, at most CLAIM_MAX.
 */
export class EndpointPump {
  private readonly landed: FinishedAttempt[] = [];
  private readonly ready: Ready[] = [];
  /** Claimed and not yet recorded (waiting for a slot, in flight, or landed and waiting for the record statement). */
  private open = 0;
  private claiming = false;
  private recording = false;
  private waitingForSlot = false;
  /** Something may be claimable: at the start, after a record (the next of a key), after a claim that found some. */
  private mayClaim = true;
  private failure?: Error;
  private resolve = () => {};
  private reject: (error: Error) => void = () => {};

  constructor(
    private readonly run: Run,
    private readonly slots: Slots,
    private readonly steps: PumpSteps,
    /**
     * How many claimed deliveries may wait for a slot before claiming stops:
     * the caller shares the process's slots out among the endpoints running,
     * so that many busy endpoints do not hold more than they can send soon.
     */
    private readonly readyTarget: () => number,
    /** A delivery that waited longer than this for a slot is not sent: its lease would lapse while in flight. */
    private readonly maxWaitMs: number,
  ) {}

  start(resolve: () => void, reject: (error: Error) => void): void {
    this.resolve = resolve;
    this.reject = reject;
    this.pump();
  }

  private pump(): void {
    if (this.failure || this.steps.stopping()) this.dropReady();
    if (this.failure) return this.fail();
    if (!this.recording && this.landed.length > 0) this.recordLanded();
    this.sendReady();
    if (!this.claiming) this.claimMore();
    if (this.claiming || this.recording || this.open > 0 || this.waitingForSlot) return;
    if (this.run.again) {
      this.mayClaim = true;
      return this.pump();
    }
    this.steps.finished();
    this.resolve();
  }

  private claimMore(): void {
    if (this.run.again) this.mayClaim = true;
    const target = this.readyTarget();
    if (!this.mayClaim || this.steps.stopping() || this.ready.length >= target) return;
    this.claiming = true;
    this.mayClaim = false;
    this.run.again = false;
    this.steps
      .claim(Math.min(CLAIM_MAX, 2 * target - this.ready.length))
      .then(({ taken, send }) => {
        if (taken > 0) this.mayClaim = true;
        const claimedAt = Date.now();
        for (const delivery of send) this.ready.push({ delivery, claimedAt });
        this.open += send.length;
      }, this.failed)
      .finally(() => {
        this.claiming = false;
        this.pump();
      });
  }

  /** Sends claimed deliveries, oldest claim first, while slots are free. */
  private sendReady(): void {
    const tooOld = Date.now() - this.maxWaitMs;
    while (this.ready.length > 0) {
      if (this.ready[0].claimedAt < tooOld) {
        // In claim order: every one before the first fresh one is stale.
        const fresh = this.ready.findIndex((r) => r.claimedAt >= tooOld);
        this.unsent(this.ready.splice(0, fresh === -1 ? this.ready.length : fresh));
        continue;
      }
      if (this.slots.take(1) === 0) return this.waitForSlot();
      this.send(this.ready.shift()!.delivery);
    }
  }

  private dropReady(): void {
    if (this.ready.length > 0) this.unsent(this.ready.splice(0));
  }

  private unsent(ready: Ready[]): void {
    this.open -= ready.length;
    this.steps.release(ready.map((r) => r.delivery));
  }

  private waitForSlot(): void {
    if (this.waitingForSlot) return;
    this.waitingForSlot = true;
    void this.slots.freed().then(() => {
      this.waitingForSlot = false;
      this.pump();
    });
  }

  private send(delivery: DeliveryForAttempt): void {
    this.steps
      .attempt(delivery)
      .then(
        (finished) => this.landed.push(finished),
        // Left unrecorded: its lease lapses and it is sent again.
        (error: Error) => {
          this.open--;
          this.steps.lost(delivery, error);
        },
      )
      .finally(() => {
        this.slots.give(1);
        this.pump();
      });
  }

  private recordLanded(): void {
    const batch = this.landed.splice(0);
    this.recording = true;
    this.steps
      .record(batch)
      .then(() => {
        this.mayClaim = true;
      }, this.failed)
      .finally(() => {
        this.open -= batch.length;
        this.recording = false;
        this.pump();
      });
  }

  private readonly failed = (error: Error): void => {
    this.failure ??= error;
  };

  /** A statement failed: stop claiming, and give up once none is running (what was not recorded is sent again later). */
  private fail(): void {
    if (this.claiming || this.recording) return;
    this.reject(this.failure!);
  }
}
