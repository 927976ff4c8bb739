import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Agent } from 'undici';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { JobName, WorkerHost, type JobHandler, type JobPayloads } from '../queue/index.js';
import { postMessage } from './delivery/http-sender.js';
import { nextAttempt } from './delivery/retry-schedule.js';
import { secretKey, signatureHeader } from './delivery/signing.js';
import { SecretBox } from './secret-box.js';
import { Allowlist } from './ssrf/address-policy.js';
import { safeDispatcher } from './ssrf/safe-dispatcher.js';
import { WebhookDeliveriesRepository, type AttemptResult, type DeliveryForAttempt } from './webhook-deliveries.repository.js';
import { WebhookJobs } from './webhook-jobs.service.js';

type Payload = JobPayloads[typeof JobName.DeliverWebhook];

const KEY_CACHE_SIZE = 1000;
/** Deliveries one job sends along its ordering key before handing the rest to a new job. */
const CHAIN_RUN = 50;

/**
 * One attempt of one delivery: sign (every live secret), POST through the
 * SSRF-checking dispatcher, log the attempt, then schedule the retry or hand
 * the ordering key on to its next delivery.
 */
@Injectable()
export class DeliverWebhookProcessor implements JobHandler<typeof JobName.DeliverWebhook>, OnModuleInit, OnModuleDestroy {
  readonly jobName = JobName.DeliverWebhook;
  private readonly logger = new Logger(DeliverWebhookProcessor.name);
  private readonly box: SecretBox;
  private readonly dispatcher: Agent;
  /** Decrypted signing keys by ciphertext: AES-GCM per message would be wasted work. */
  private readonly keys = new Map<string, Buffer>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
    private readonly workers: WorkerHost,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
    this.dispatcher = safeDispatcher(new Allowlist(config.webhooks.allowlist), { connectTimeoutMs: config.webhooks.timeoutMs });
  }

  onModuleInit(): void {
    this.workers.register(this);
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher.close().catch(() => undefined);
  }

  async handle(job: Job<Payload, unknown, typeof JobName.DeliverWebhook>): Promise<string> {
    const { deliveryId, attempt } = job.data;
    let delivery = await this.deliveries.loadForAttempt(deliveryId);
    // A stale job (the attempt was made, or the delivery redelivered since) or one an
    // earlier delivery of the same article is still waiting on: the chain will come back.
    if (!delivery || delivery.status !== 'pending' || delivery.attempt_count !== attempt || delivery.blocked) return 'skipped';
    // Deliveries of one ordering key go one after the other: once one is done the job
    // goes on with the next that is due, saving a queue round trip per delivery.
    for (let sent = 1; ; sent++) {
      const { outcome, next } = await this.attempt(delivery);
      if (outcome !== 'done' || !next) return outcome;
      if (sent >= CHAIN_RUN || new Date(next.next_attempt_at).getTime() > Date.now()) {
        await this.jobs.enqueue([next]);
        return 'done';
      }
      delivery = next;
    }
  }

  /** One attempt; 'done' when the delivery is finished, with the next delivery of its key if any. */
  private async attempt(
    delivery: DeliveryForAttempt,
  ): Promise<{ outcome: 'done' | 'retry' | 'already recorded'; next?: DeliveryForAttempt | null }> {
    if (!delivery.enabled) {
      await this.deliveries.failUnsent(delivery.id, delivery.attempt_count, 'endpoint disabled');
      return { outcome: 'done', next: await this.deliveries.nextForAttempt(delivery.endpoint_id, delivery.ordering_key) };
    }
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
    const { recorded, next } = await this.deliveries.recordAttempt(delivery, startedAt, outcome, result);
    if (!recorded) return { outcome: 'already recorded' };
    if (!outcome.ok) {
      const disabled = await this.deliveries.endpointFailed(
        delivery.endpoint_id,
        startedAt,
        outcome.gone,
        outcome.error,
        this.config.webhooks.disableAfterMs,
      );
      if (disabled) this.logger.warn({ endpointId: delivery.endpoint_id, reason: disabled }, 'webhook endpoint disabled');
    }
    if (result.kind !== 'retry') return { outcome: 'done', next };
    await this.jobs.enqueue([{ id: delivery.id, attempt_count: delivery.attempt_count + 1, next_attempt_at: result.nextAttemptAt }]);
    return { outcome: 'retry' };
  }

  private decide(delivery: DeliveryForAttempt, outcome: Awaited<ReturnType<typeof postMessage>>): AttemptResult {
    if (outcome.ok) return { kind: 'succeeded' };
    if (outcome.gone) return { kind: 'failed' };
    const made = delivery.attempt_count + 1 - delivery.retry_base;
    const next = nextAttempt(made, this.config.webhooks.retryScheduleMs, outcome.retryAfterMs);
    return next.retry ? { kind: 'retry', nextAttemptAt: new Date(Date.now() + next.delayMs) } : { kind: 'failed' };
  }

  /** The current secret, and during a rotation's grace period the previous one too. */
  private signingKeys(delivery: DeliveryForAttempt, now: Date): Buffer[] {
    const keys = [this.key(delivery.secret_ciphertext)];
    const expires = delivery.previous_secret_expires_at;
    if (delivery.previous_secret_ciphertext && expires && new Date(expires) > now) {
      keys.push(this.key(delivery.previous_secret_ciphertext));
    }
    return keys;
  }

  private key(ciphertext: string): Buffer {
    let key = this.keys.get(ciphertext);
    if (!key) {
      if (this.keys.size >= KEY_CACHE_SIZE) this.keys.clear();
      key = secretKey(this.box.open(ciphertext));
      this.keys.set(ciphertext, key);
    }
    return key;
  }
}
