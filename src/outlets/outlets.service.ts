import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { PG_UNIQUE_VIOLATION, pgCode } from '../common/pg-error.js';
import type { CreateOutletDto, UpdateOutletDto } from './dto/outlet.dto.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';
import { Outlet } from './outlet.entity.js';

export interface OutletQuery {
  q?: string;
  type?: string;
  /** name, or an attribution verdict to rank by track record. */
  sort?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class OutletsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OutletRegistryCache,
    private readonly audit: AuditService,
  ) {}

  async list(query: OutletQuery): Promise<{ items: Outlet[]; total: number }> {
    const qb = this.dataSource.getRepository(Outlet).createQueryBuilder('o');
    if (query.q) {
      qb.andWhere(`(o.name ILIKE :q OR o.slug ILIKE :q OR :exact = ANY(o.abbreviations))`, {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
        exact: query.q,
      });
    }
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.sort && query.sort !== 'name') {
      // Track record (src/review/): published claims citing the outlet with this attribution verdict.
      qb.addSelect(
        `(SELECT count(DISTINCT c.id) FROM attributed_sources s JOIN claims c ON c.id = s.claim_id
           WHERE s.outlet_id = o.id AND c.status = 'published' AND c.attribution_verdict = :verdict)`,
        'track_record_count',
      )
        .setParameter('verdict', query.sort)
        .orderBy('track_record_count', 'DESC')
        .addOrderBy('o.name', 'ASC');
    } else {
      qb.orderBy('o.name', 'ASC');
    }
    const [items, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }

  async findById(id: string): Promise<Outlet> {
    const outlet = await this.dataSource.getRepository(Outlet).findOneBy({ id });
    if (!outlet) throw new NotFoundException(`outlet ${id} not found`);
    return outlet;
  }

  async create(dto: CreateOutletDto, actor: Actor): Promise<Outlet> {
    const outlet = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(Outlet, {
        ...dto,
        aliases: dto.aliases ?? [],
        abbreviations: dto.abbreviations ?? [],
        domains: dto.domains ?? [],
        country: dto.country ?? null,
      });
      await manager.save(created);
      await this.audit.record(manager, {
        entityType: 'outlet',
        entityId: created.id,
        action: 'outlet.created',
        actor,
        after: { ...dto },
      });
      return created;
    }).catch((error) => this.rethrowConflict(error, dto.slug));
    this.registry.invalidate();
    return outlet;
  }

  async update(id: string, dto: UpdateOutletDto, actor: Actor): Promise<Outlet> {
    const outlet = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Outlet, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException(`outlet ${id} not found`);
      const before = OutletsService.snapshot(current, dto);
      manager.merge(Outlet, current, dto);
      await manager.save(current);
      await this.audit.record(manager, {
        entityType: 'outlet',
        entityId: id,
        action: 'outlet.updated',
        actor,
        before,
        after: { ...dto },
      });
      return current;
    }).catch((error) => this.rethrowConflict(error, dto.slug));
    this.registry.invalidate();
    return outlet;
  }

  private static snapshot(outlet: Outlet, dto: UpdateOutletDto): Record<string, unknown> {
    return Object.fromEntries(Object.keys(dto).map((key) => [key, outlet[key as keyof Outlet]]));
  }

  private rethrowConflict(error: unknown, slug?: string): never {
    if (pgCode(error) === PG_UNIQUE_VIOLATION) {
      throw new ConflictException(`an outlet with slug "${slug}" already exists`);
    }
    throw error;
  }
}
