import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { PG_UNIQUE_VIOLATION, pgCode } from '../common/pg-error.js';
import { returning } from '../database/sql.js';
import { TtlCache } from '../auth/ttl-cache.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { ApiKey } from './api-key.entity.js';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, isWellFormedApiKey, type GeneratedApiKey } from './api-key-secret.js';
import { ownArticlesConflict } from './api-key-scope.js';

// Same trade-off as the user cache: revocation is immediate in this process and
// reaches other API processes within this many milliseconds.
export const API_KEY_CACHE_MS = 5_000;
// lastUsedAt is informational; one write per key per minute is plenty.
export const LAST_USED_RESOLUTION_MS = 60_000;

type KeyRecord = Pick<ApiKey, 'id' | 'name' | 'keyHash' | 'revokedAt' | 'scopes' | 'ownArticlesOnly'>;
export type AuthenticatedKey = Pick<ApiKey, 'id' | 'name' | 'scopes' | 'ownArticlesOnly'>;

export interface NewApiKey {
  name: string;
  scopes: readonly string[];
  ownArticlesOnly: boolean;
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly byPrefix = new TtlCache<string, KeyRecord | null>(API_KEY_CACHE_MS);
  private readonly recentlyTouched = new TtlCache<string, true>(LAST_USED_RESOLUTION_MS);

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly events: DomainEventsRepository,
  ) {}

  async create(input: NewApiKey, createdBy: string | null): Promise<{ key: string; record: ApiKey }> {
    const { name, ownArticlesOnly } = input;
    const scopes = [...input.scopes];
    for (const scope of scopes) {
      const conflict = ownArticlesConflict(scope, ownArticlesOnly);
      if (conflict) throw new BadRequestException(conflict);
    }
    const generated = await this.withFreshSecret((fresh) =>
      this.keys.manager.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(ApiKey, { name, scopes, ownArticlesOnly, prefix: fresh.prefix, keyHash: fresh.hash, createdBy }),
        );
        await this.events.append(manager, DomainEvent.ApiKeyCreated, { apiKeyId: saved.id, name, actorId: createdBy });
        return saved;
      }),
    );
    return { key: generated.key, record: generated.stored };
  }

  async list(page: { limit: number; offset: number }): Promise<{ items: ApiKey[]; total: number }> {
    const [items, total] = await this.keys.findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items, total };
  }

  /** Revoking twice is harmless: the first revocation time is kept. `actorId`: the admin revoking it. */
  async revoke(id: string, actorId: string | null = null): Promise<ApiKey> {
    await this.keys.manager.transaction(async (manager) => {
      const { affected } = await manager.update(ApiKey, { id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      if (affected) await this.events.append(manager, DomainEvent.ApiKeyRevoked, { apiKeyId: id, actorId });
    });
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new NotFoundException('API key not found');
    this.byPrefix.delete(key.prefix);
    return key;
  }

  /**
   * A new secret for the same key, whose old secret stops working (in this
   * process at once, in the others within API_KEY_CACHE_MS). The key stays
   * the submitter of what it sent: a newsroom rotating its credential by
   * revoking and creating a key lost its articles' externalIds and
   * Idempotency-Keys (the new key made duplicates) and the right to revise
   * them (403). `actorId`: the admin rolling it.
   */
  async roll(id: string, actorId: string | null = null): Promise<{ key: string; record: ApiKey }> {
    const generated = await this.withFreshSecret((fresh) =>
      this.keys.manager.transaction(async (manager) => {
        const [rolled] = await returning<{ prefix: string }>(
          manager,
          `UPDATE api_keys k SET prefix = $2, key_hash = $3 FROM (SELECT id, prefix FROM api_keys WHERE id = $1 FOR UPDATE) old
            WHERE k.id = old.id AND k.revoked_at IS NULL RETURNING old.prefix`,
          [id, fresh.prefix, fresh.hash],
        );
        if (rolled) await this.events.append(manager, DomainEvent.ApiKeyRolled, { apiKeyId: id, actorId });
        return rolled?.prefix;
      }),
    );
    const record = await this.keys.findOneBy({ id });
    if (!record) throw new NotFoundException('API key not found');
    if (generated.stored === undefined) throw new ConflictException('the API key is revoked; create a new one');
    this.byPrefix.delete(generated.stored);
    return { key: generated.key, record };
  }

  /**
   * Runs `store` with a newly generated secret, again with another if its
   * prefix is taken: a collision (48 random bits) is astronomically rare, so
   * retry rather than fail. The new prefix is dropped from the cache, which
   * may hold it as unknown.
   */
  private async withFreshSecret<T>(store: (fresh: GeneratedApiKey) => Promise<T>): Promise<{ key: string; stored: T }> {
    for (let attempt = 1; ; attempt++) {
      const generated = generateApiKey();
      try {
        const stored = await store(generated);
        this.byPrefix.delete(generated.prefix);
        return { key: generated.key, stored };
      } catch (error) {
        if (pgCode(error) !== PG_UNIQUE_VIOLATION || attempt >= 3) throw error;
      }
    }
  }

  /** The live key matching a presented secret, or null (unknown, malformed or revoked). */
  async authenticate(presented: string): Promise<AuthenticatedKey | null> {
    if (!isWellFormedApiKey(presented)) return null;
    const record = await this.findByPrefix(apiKeyPrefix(presented));
    if (!record || !apiKeyMatches(presented, record.keyHash) || record.revokedAt) return null;
    this.touch(record.id);
    return { id: record.id, name: record.name, scopes: record.scopes, ownArticlesOnly: record.ownArticlesOnly };
  }

  private async findByPrefix(prefix: string): Promise<KeyRecord | null> {
    const cached = this.byPrefix.get(prefix);
    if (cached !== undefined) return cached;
    const record = await this.keys.findOne({
      where: { prefix },
      select: { id: true, name: true, keyHash: true, revokedAt: true, scopes: true, ownArticlesOnly: true },
    });
    this.byPrefix.set(prefix, record);
    return record;
  }

  private touch(id: string): void {
    if (this.recentlyTouched.get(id)) return;
    this.recentlyTouched.set(id, true);
    // Fire and forget: a request must not wait for, or fail on, a bookkeeping write.
    // The WHERE clause keeps it to one write a minute across processes too.
    void this.keys
      .createQueryBuilder()
      .update(ApiKey)
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere(`(last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`)
      .execute()
      .catch((error: unknown) => this.logger.warn(`Could not record lastUsedAt for API key ${id}: ${String(error)}`));
  }
}
