import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { KeyObject } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Agent } from 'undici';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { JobName, OnJob, type JobOutcome, type JobPayloads } from '../queue/index.js';
import { EndpointPump, Slots, type PumpSteps, type Run } from './delivery/endpoint-pump.js';
import { postMessage, type AttemptOutcome } from './delivery/http-sender.js';
import { nextAttempt } from './delivery/retry-schedule.js';
import { secretKey, signatureHeader } from './delivery/signing.js';
import { SecretBox } from './secret-box.js';
import { Allowlist } from './ssrf/address-policy.js';
import { safeDispatcher } from './ssrf/safe-dispatcher.js';
import {
  ENDPOINT_DISABLED,
  WebhookDeliveriesRepository,
  type AttemptResult,
  type DeliveryForAttempt,
  type FinishedAttempt,
} from './webhook-deliveries.repository.js';
import { liveSecrets } from './webhook-endpoint.entity.js';
import { WebhookJobs } from './webhook-jobs.service.js';

type WakePayload = JobPayloads[typeof JobName.DeliverWebhooks];
type LegacyPayload = JobPayloads[typeof JobName.DeliverWebhook];

const KEY_CACHE_SIZE = 1000;
const OUTCOME_LABEL: Record<AttemptResult['kind'], string> = { succeeded: 'delivered', retry: 'retrying', failed: 'failed' };
/** A claim outlives the POST's own timeout by this much: time to record the attempt. */
const LEASE_MARGIN_MS = 10_000;
/** A job that starts early (clock skew between hosts) waits at most this long for its time. */
const MAX_EARLY_WAIT_MS = 1000;

/**
 * Sends an endpoint's due deliveries in batches: one statement claims (leases)
 * many, their POSTs go out concurrently (signed with every live secret,
 * through the SSRF-checking dispatcher), and the outcomes that landed while
 * the previous statement ran are recorded together in one statement. The next
 * delivery of an article is claimable only once the one before is recorded,
 * so each article's deliveries still go out one after the other. One run per
 * endpoint per process; a job for an endpoint already running just asks it
 * to look again.
 */
@Injectable()
export class DeliverWebhookProcessor implements OnModuleDestroy {
  private readonly logger = new Logger(DeliverWebhookProcessor.name);
  private readonly box: SecretBox;
  private readonly dispatcher: Agent;
  /** Signing keys by ciphertext, decrypted and imported once: AES-GCM and a key import per message would be wasted work. */
  private readonly keys = new Map<string, KeyObject>();
  private readonly runs = new Map<string, Run>();
  private readonly slots: Slots;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
    private readonly metrics: MetricsService,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
    this.dispatcher = safeDispatcher(new Allowlist(config.webhooks.allowlist), { connectTimeoutMs: config.webhooks.timeoutMs });
    this.slots = new Slots(config.webhooks.concurrency);
  }

  /** Stop claiming, let the POSTs in flight land and be recorded, then close the connections. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.runs.values()].map((r) => r.done));
    await this.dispatcher.close().catch(() => undefined);
  }

  @OnJob(JobName.DeliverWebhooks)
  async deliver(job: Job<WakePayload, unknown, typeof JobName.DeliverWebhooks>): Promise<JobOutcome> {
    const early = job.data.at - Date.now();
    if (early > 0) await sleep(Math.min(early, MAX_EARLY_WAIT_MS));
    return this.work(job.data.endpointId);
  }

  /** A job queued before deliveries were batched: wakes the delivery's endpoint. */
  @OnJob(JobName.DeliverWebhook)
  async deliverOne(job: Job<LegacyPayload, unknown, typeof JobName.DeliverWebhook>): Promise<JobOutcome> {
    const endpointId = await this.deliveries.endpointOf(job.data.deliveryId);
    return endpointId ? this.work(endpointId) : 'skipped';
  }

  private async work(endpointId: string): Promise<JobOutcome> {
    const running = this.runs.get(endpointId);
    if (running) {
      running.again = true;
      return 'skipped';
    }
    const run: Run = { again: false, done: Promise.resolve() };
    this.runs.set(endpointId, run);
    run.done = this.run(endpointId, run).finally(() => {
      if (this.runs.get(endpointId) === run) this.runs.delete(endpointId);
    });
    await run.done;
    return 'done';
  }

  /**
   * Claims, sends and records until nothing of the endpoint may be sent now,
   * then asks for a job when its next retry is due. Claiming and recording
   * overlap (one statement of each at a time): while one batch's outcomes are
   * written, the next batch is claimed and sent.
   */
  private async run(endpointId: string, run: Run): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const steps: PumpSteps = {
        claim: (want) => this.claim(endpointId, want),
        attempt: (delivery) => this.attempt(delivery),
        record: (finished) => this.record(endpointId, finished),
        stopping: () => this.stopping,
        // Synchronously after the last look: a job arriving from here on starts a new run.
        finished: () => this.runs.delete(endpointId),
        lost: (delivery, error) => this.logger.warn({ deliveryId: delivery.id, err: error.message }, 'webhook attempt failed'),
        release: (deliveries) => void this.deliveries.releaseLeases(deliveries).catch(() => undefined),
      };
      new EndpointPump(run, this.slots, steps, () => this.readyTarget(), LEASE_MARGIN_MS / 2).start(resolve, reject);
    });
    await this.wakeForRetry(endpointId);
  }

  /** Claimed deliveries an endpoint's run may keep waiting for a slot: the process's slots shared among the runs. */
  private readyTarget(): number {
    return Math.max(1, Math.ceil(this.config.webhooks.concurrency / Math.max(1, this.runs.size)));
  }

  /**
   * Claims up to `want` deliveries: `taken` claimed, `send` to be sent. Those
   * of a disabled endpoint fail unsent at once (replay them once it is
   * enabled again); the caller claims the ones behind them.
   */
  private async claim(endpointId: string, want: number): Promise<{ taken: number; send: DeliveryForAttempt[] }> {
    const claimed = await this.deliveries.claim(endpointId, want, this.config.webhooks.timeoutMs + LEASE_MARGIN_MS);
    if (claimed.length === 0 || claimed[0].enabled) return { taken: claimed.length, send: claimed };
    await this.deliveries.failUnsent(claimed, ENDPOINT_DISABLED);
    return { taken: claimed.length, send: [] };
  }

  /**
   * Records attempts that landed; failures start (or run on) the endpoint's failure clock. A batch with a
   * failure commits with what it does to the endpoint: a delivery read as failed on a 410 had its endpoint
   * still enabled until a second statement committed (and stayed so had the process died between them).
   */
  private async record(endpointId: string, finished: FinishedAttempt[]): Promise<void> {
    if (finished.every((f) => f.outcome.ok)) {
      await this.deliveries.recordAttempts(finished);
      return;
    }
    const disabled = await this.deliveries.inTransaction(async (manager) => {
      const recorded = await this.deliveries.recordAttempts(finished, manager);
      const failures = finished.filter((f) => !f.outcome.ok && recorded.has(f.delivery.id));
      if (failures.length === 0) return null;
      const gone = failures.find((f) => f.outcome.gone);
      return this.deliveries.endpointFailed(
        endpointId,
        (gone ?? failures[0]).startedAt,
        gone !== undefined,
        (gone ?? failures[failures.length - 1]).outcome.error,
        this.config.webhooks.disableAfterMs,
        manager,
      );
    });
    if (disabled) this.logger.warn({ endpointId, reason: disabled }, 'webhook endpoint disabled');
  }

  /** A job for when the endpoint's next retry is due; the sweeper covers a lost one. */
  private async wakeForRetry(endpointId: string): Promise<void> {
    const next = await this.deliveries.nextDue(endpointId).catch(() => null);
    if (next) await this.jobs.wake([endpointId], next);
  }

  /** One POST of one delivery and what it leads to. */
  private async attempt(delivery: DeliveryForAttempt): Promise<FinishedAttempt> {
    const startedAt = new Date();
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'claimtrail-webhooks/1',
      'webhook-id': delivery.message_id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader(this.signingKeys(delivery, startedAt), delivery.message_id, timestamp, delivery.body),
    };
    const outcome = await postMessage(this.dispatcher, delivery.url, headers, delivery.body, {
      timeoutMs: this.config.webhooks.timeoutMs,
      maxBytes: this.config.webhooks.responseMaxBytes,
    });
    const result = this.decide(delivery, outcome);
    this.metrics.webhookAttempts.inc({ outcome: OUTCOME_LABEL[result.kind] });
    this.metrics.webhookAttemptDuration.observe(outcome.durationMs / 1000);
    return { delivery, startedAt, outcome, result };
  }

  private decide(delivery: DeliveryForAttempt, outcome: AttemptOutcome): AttemptResult {
    if (outcome.ok) return { kind: 'succeeded' };
    if (outcome.gone) return { kind: 'failed' };
    const made = delivery.attempt_count + 1 - delivery.retry_base;
    const next = nextAttempt(made, this.config.webhooks.retryScheduleMs, outcome.retryAfterMs);
    return next.retry ? { kind: 'retry', nextAttemptAt: new Date(Date.now() + next.delayMs) } : { kind: 'failed' };
  }

  /** The current secret, and those rotated out whose grace period has not ended. */
  private signingKeys(delivery: DeliveryForAttempt, now: Date): KeyObject[] {
    const previous = delivery.previous_secrets.length === 0 ? [] : liveSecrets(delivery.previous_secrets, now);
    return [this.key(delivery.secret_ciphertext), ...previous.map((p) => this.key(p.ciphertext))];
  }

  private key(ciphertext: string): KeyObject {
    let key = this.keys.get(ciphertext);
    if (!key) {
      if (this.keys.size >= KEY_CACHE_SIZE) this.keys.clear();
      key = secretKey(this.box.open(ciphertext));
      this.keys.set(ciphertext, key);
    }
    return key;
  }
}
