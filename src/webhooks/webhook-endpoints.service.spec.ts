import { jest } from '@jest/globals';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../config/index.js';
import type { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointsService, disablerOf } from './webhook-endpoints.service.js';
import type { WebhookJobs } from './webhook-jobs.service.js';

/**
 * A table of one endpoint row. Each read hands out a copy, as the database
 * does; `afterRead` runs once right after the first one, standing in for
 * another request or worker that commits between that read and the write.
 */
function table(row: WebhookEndpoint, afterRead: (stored: WebhookEndpoint) => void) {
  const stored = { ...row };
  let reads = 0;
  const repository = {
    findOneBy: async () => {
      const copy = { ...stored };
      if (reads++ === 0) afterRead(stored);
      return copy;
    },
    save: async (entity: WebhookEndpoint) => Object.assign(stored, entity),
    update: async (where: Partial<WebhookEndpoint>, changes: Partial<WebhookEndpoint>) => {
      if (where.enabled !== undefined && where.enabled !== stored.enabled) return { affected: 0 };
      Object.assign(stored, changes);
      return { affected: 1 };
    },
  };
  return { stored, repository: repository as unknown as Repository<WebhookEndpoint> };
}

describe('WebhookEndpointsService.update', () => {
  const config = { webhooks: { secretKey: Buffer.alloc(32, 1), allowlist: ['127.0.0.1/32'], rotationGraceMs: 1000 } } as unknown as AppConfig;
  const endpoint = {
    id: 'e1',
    url: 'http://127.0.0.1/h',
    events: ['claim.published'],
    description: 'CMS',
    enabled: true,
    disabledReason: null,
    disabledAt: null,
    failingSince: null,
    secretCiphertext: 'secret-0',
    previousSecrets: [],
  } as unknown as WebhookEndpoint;
  const service = (repository: Repository<WebhookEndpoint>) =>
    new WebhookEndpointsService(config, repository, {} as WebhookDeliveriesRepository, {} as WebhookJobs);

  it('names the API key that disabled an endpoint, not an admin', async () => {
    const { stored, repository } = table(endpoint, () => undefined);
    const key = { kind: 'api-key', apiKeyId: 'k1', name: 'newsroom-cms', scopes: ['webhooks:manage'], ownArticlesOnly: false } as const;
    await service(repository).update('e1', { enabled: false }, disablerOf(key));
    expect(stored.disabledReason).toBe('disabled by API key "newsroom-cms"');
    expect(disablerOf({ kind: 'user', userId: 'u1', role: 'admin' })).toBe('an admin');
  });

  it('keeps the failing window of an endpoint that is on when asked to enable it', async () => {
    const failingSince = new Date('2026-11-28T00:00:00Z');
    const { stored, repository } = table({ ...endpoint, failingSince }, () => undefined);
    await service(repository).update('e1', { url: 'http://127.0.0.1/h2', enabled: true });
    expect(stored).toEqual(expect.objectContaining({ url: 'http://127.0.0.1/h2', enabled: true, failingSince }));
  });

  it('enables a disabled endpoint and starts its failing window afresh', async () => {
    const off = { ...endpoint, enabled: false, disabledReason: 'failing for 5 days', disabledAt: new Date(), failingSince: new Date() } as WebhookEndpoint;
    const { stored, repository } = table(off, () => undefined);
    await service(repository).update('e1', { enabled: true });
    expect(stored).toEqual(expect.objectContaining({ enabled: true, disabledReason: null, disabledAt: null, failingSince: null }));
  });

  it('keeps a secret rotated while a description change was on its way', async () => {
    const rotatedOut = { ciphertext: 'secret-0', expiresAt: '2026-12-01T00:00:00.000+00:00' };
    const { stored, repository } = table(endpoint, (row) => Object.assign(row, { secretCiphertext: 'secret-1', previousSecrets: [rotatedOut] }));
    const updated = await service(repository).update('e1', { description: 'Newsroom CMS' });
    expect(stored).toEqual(expect.objectContaining({ description: 'Newsroom CMS', secretCiphertext: 'secret-1', previousSecrets: [rotatedOut] }));
    expect(updated.description).toBe('Newsroom CMS');
  });

  it('keeps an endpoint disabled by its receiver (410) while an event change was on its way', async () => {
    const disabled = { enabled: false, disabledReason: 'receiver answered 410 Gone', disabledAt: new Date() };
    const { stored, repository } = table(endpoint, (row) => Object.assign(row, disabled));
    await service(repository).update('e1', { events: ['claim.published', 'article.completed'] });
    expect(stored).toEqual(expect.objectContaining({ ...disabled, events: ['claim.published', 'article.completed'] }));
  });
});

describe('WebhookEndpointsService.deliveryPage', () => {
  it('refuses a reversed or empty window instead of answering an empty log', async () => {
    const list = jest.fn(async () => ({ items: [], total: 0 }));
    const endpoints = { findOneBy: async () => ({ id: 'e1' }) } as unknown as Repository<WebhookEndpoint>;
    const config = { webhooks: { secretKey: Buffer.alloc(32, 1), allowlist: [], rotationGraceMs: 1000 } } as unknown as AppConfig;
    const service = new WebhookEndpointsService(config, endpoints, { list } as unknown as WebhookDeliveriesRepository, {} as WebhookJobs);
    const page = { limit: 50, offset: 0 };
    await expect(service.deliveryPage('e1', { since: new Date('2026-02-01'), until: new Date('2026-01-01'), ...page })).rejects.toThrow('since must be before until');
    await expect(service.deliveryPage('e1', { since: new Date('2026-01-01'), until: new Date('2026-01-01'), ...page })).rejects.toThrow('since must be before until');
    expect(list).not.toHaveBeenCalled();
    await service.deliveryPage('e1', { since: new Date('2026-01-01'), until: new Date('2026-02-01'), ...page });
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('WebhookEndpointsService.replayFailed', () => {
  const config = { webhooks: { secretKey: Buffer.alloc(32, 1), allowlist: [], rotationGraceMs: 1000 } } as unknown as AppConfig;
  const replayed: Date[] = [];
  const endpoints = { findOneBy: async () => ({ id: 'e1', enabled: true }) } as unknown as Repository<WebhookEndpoint>;
  const deliveries = { replayFailed: async (_id: string, since: Date) => (replayed.push(since), ['d1']) } as unknown as WebhookDeliveriesRepository;
  const jobs = { wake: async () => undefined } as unknown as WebhookJobs;
  const service = new WebhookEndpointsService(config, endpoints, deliveries, jobs);

  it('refuses a since in the future, which replayed nothing and answered as if no delivery had failed', async () => {
    await expect(service.replayFailed('e1', new Date('2205-01-01T00:00:00Z'))).rejects.toThrow('since is in the future');
    expect(replayed).toEqual([]);
    // A caller's clock a few seconds ahead is no mistake.
    await expect(service.replayFailed('e1', new Date(Date.now() + 5_000))).resolves.toBe(1);
    await expect(service.replayFailed('e1', new Date('2024-01-01T00:00:00Z'))).resolves.toBe(1);
  });
});
