import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { SecretBox, generateWebhookSecret } from './secret-box.js';
import { Allowlist } from './ssrf/address-policy.js';
import { UnsafeUrlError, assertSafeUrl } from './ssrf/url-guard.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookJobs } from './webhook-jobs.service.js';

// How far ahead of this clock a replay's since may be: a caller's clock running ahead.
const FUTURE_LEEWAY_MS = 60_000;

/** Rotated-out secrets that sign at most, the newest ones: each adds a signature to every message. */
const MAX_PREVIOUS_SECRETS = 5;

/** The current secret, until $3, joins the rotated-out ones still in their grace period; newest first. */
const ROTATED_OUT = `(
  SELECT coalesce(jsonb_agg(kept.p ORDER BY (kept.p->>'expiresAt')::timestamptz DESC), '[]') FROM (
    SELECT live.p FROM (
      SELECT jsonb_build_object('ciphertext', secret_ciphertext, 'expiresAt', $3::timestamptz) AS p
      UNION ALL
      SELECT e.p FROM jsonb_array_elements(previous_secrets) AS e (p) WHERE (e.p->>'expiresAt')::timestamptz > now()) live
    ORDER BY (live.p->>'expiresAt')::timestamptz DESC LIMIT ${MAX_PREVIOUS_SECRETS}) kept)`;

/**
 * Who disabled an endpoint, in its disabledReason: a newsroom system's key
 * turning its own endpoint off read "disabled by an admin", and the admins
 * went looking for a colleague who had done it.
 */
export function disablerOf(principal: Principal): string {
  return principal.kind === 'api-key' ? `API key "${principal.name}"` : 'an admin';
}

/** Endpoints, their secrets and the admin side of the delivery log (redeliver, replay). */
@Injectable()
export class WebhookEndpointsService {
  private readonly box: SecretBox;
  private readonly allowlist: Allowlist;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
    this.allowlist = new Allowlist(config.webhooks.allowlist);
  }

  async create(input: { url: string; events: string[]; description?: string }, createdBy: string) {
    const url = await this.safeUrl(input.url);
    const secret = generateWebhookSecret();
    const endpoint = await this.endpoints.save(
      this.endpoints.create({
        url,
        events: input.events,
        description: input.description ?? null,
        secretCiphertext: this.box.seal(secret),
        createdBy,
      }),
    );
    return { endpoint, secret };
  }

  async list(page: { limit: number; offset: number }) {
    const [items, total] = await this.endpoints.findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, take: page.limit, skip: page.offset });
    return { items, total };
  }

  async get(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoints.findOneBy({ id });
    if (!endpoint) throw new NotFoundException('webhook endpoint not found');
    return endpoint;
  }

  /** `by`: who turns the endpoint off, for its disabledReason (see disablerOf). */
  async update(id: string, input: { url?: string; events?: string[]; description?: string; enabled?: boolean }, by = 'an admin') {
    const endpoint = await this.get(id);
    const changes: Partial<WebhookEndpoint> = {};
    if (input.url !== undefined) changes.url = await this.safeUrl(input.url);
    if (input.events !== undefined) changes.events = input.events;
    if (input.description !== undefined) changes.description = input.description || null;
    if (input.enabled === false && endpoint.enabled) {
      Object.assign(changes, { enabled: false, disabledReason: `disabled by ${by}`, disabledAt: new Date() });
    }
    // Only the columns asked for: saving the row read above would put back a secret rotated,
    // or an endpoint disabled by a 410, since that read.
    if (Object.keys(changes).length > 0) await this.endpoints.update({ id }, changes);
    // Enabling touches a disabled endpoint only. On one that is on, it cleared failingSince: a client
    // sending enabled: true with every change (or a stray enable) restarted the failing window, so a
    // receiver down for days was never disabled and the log no longer said since when it failed.
    if (input.enabled === true) {
      await this.endpoints.update({ id, enabled: false }, { enabled: true, disabledReason: null, disabledAt: null, failingSince: null });
    }
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const result = await this.endpoints.delete({ id });
    if (!result.affected) throw new NotFoundException('webhook endpoint not found');
  }

  /**
   * A new secret; the current one keeps signing (next to it) for
   * WEBHOOK_ROTATION_GRACE_MS, as do those rotated out before it whose grace
   * has not ended: a second rotation soon after the first must not cut off
   * receivers still holding the original.
   */
  async rotateSecret(id: string) {
    const secret = generateWebhookSecret();
    const previousSecretExpiresAt = new Date(Date.now() + this.config.webhooks.rotationGraceMs);
    // The current secret is read by the UPDATE itself: of two rotations at once, the
    // second keeps the first one's secret signing, where a read before it lost that secret.
    const updated = await returning<{ id: string }>(
      this.endpoints.manager,
      `UPDATE webhook_endpoints SET secret_ciphertext = $2, previous_secrets = ${ROTATED_OUT}, updated_at = now() WHERE id = $1 RETURNING id`,
      [id, this.box.seal(secret), previousSecretExpiresAt],
    );
    if (updated.length === 0) throw new NotFoundException('webhook endpoint not found');
    return { secret, previousSecretExpiresAt };
  }

  async deliveryPage(
    endpointId: string,
    query: { status?: string; eventType?: string; articleId?: string; since?: Date; until?: Date; limit: number; offset: number },
  ) {
    // As the accuracy report: a reversed window is a mistake to name, not an empty log.
    if (query.since && query.until && query.since.getTime() >= query.until.getTime()) throw new BadRequestException('since must be before until');
    await this.get(endpointId);
    return this.deliveries.list(endpointId, query, query);
  }

  async delivery(endpointId: string, id: string) {
    const { items } = await this.deliveries.list(endpointId, { id }, { limit: 1, offset: 0 });
    if (!items[0]) throw new NotFoundException('delivery not found');
    return items[0];
  }

  /** Sends a delivery again with the same webhook-id and body. */
  async redeliver(endpointId: string, id: string) {
    const endpoint = await this.get(endpointId);
    if (!endpoint.enabled) throw new ConflictException('the endpoint is disabled; enable it before redelivering');
    const queued = await this.deliveries.redeliver(endpointId, id);
    if (queued.length === 0) {
      const status = await this.deliveries.statusOf(endpointId, id);
      if (!status) throw new NotFoundException('delivery not found');
      throw new ConflictException('the delivery is still pending');
    }
    await this.jobs.wake([endpointId]);
    return this.delivery(endpointId, id);
  }

  /** Failed deliveries created in [since, until) queued again; `until` left out: up to now. */
  async replayFailed(endpointId: string, since: Date, until?: Date): Promise<number> {
    // A since ahead of now (a mistyped year) replays nothing and answered {replayed: 0}, as if no
    // delivery had failed: a mistake to name, as a reversed window of the log is.
    if (since.getTime() > Date.now() + FUTURE_LEEWAY_MS) throw new BadRequestException('since is in the future: no delivery was created after it');
    if (until && since.getTime() >= until.getTime()) throw new BadRequestException('since must be before until');
    const endpoint = await this.get(endpointId);
    if (!endpoint.enabled) throw new ConflictException('the endpoint is disabled; enable it before replaying');
    const queued = await this.deliveries.replayFailed(endpointId, since, until);
    if (queued.length > 0) await this.jobs.wake([endpointId]);
    return queued.length;
  }

  private async safeUrl(raw: string): Promise<string> {
    try {
      return (await assertSafeUrl(raw, this.allowlist)).toString();
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
