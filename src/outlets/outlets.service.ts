import { domainToASCII, domainToUnicode } from 'node:url';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutletRegistry, type OutletRecord } from '../analysis/outlets.js';
import { normalizeName } from '../analysis/registry/normalize-name.js';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { PG_UNIQUE_VIOLATION, pgCode } from '../common/pg-error.js';
import { returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import type { CreateOutletDto, UpdateOutletDto } from './dto/outlet.dto.js';
import { domainKey, refuseRepeatedLabels } from './outlet-names.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';
import { Outlet } from './outlet.entity.js';

/**
 * A name normalizeName may key otherwise than by its lower case without a
 * leading "the": anything beyond printable ASCII, dots, quotes, backquotes,
 * hyphens, or spaces at either end or doubled.
 */
const NOT_PLAIN_NAME = '[^ -~]|[."`-]|^ | $|  ';

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
    private readonly events: DomainEventsRepository,
  ) {}

  async list(query: OutletQuery): Promise<{ items: Outlet[]; total: number }> {
    const qb = this.dataSource.getRepository(Outlet).createQueryBuilder('o');
    if (query.q) {
      // Every name the outlet answers to, as the engine reads them: a reviewer types the name the
      // article wrote, which may be an alias, or the site it links to; an abbreviation whole, in any case.
      qb.andWhere(
        `(o.name ILIKE :q OR o.slug ILIKE :q
          OR EXISTS (SELECT 1 FROM unnest(o.aliases || o.domains) AS known(name) WHERE known.name ILIKE :q)
          OR EXISTS (SELECT 1 FROM unnest(o.abbreviations) AS known(name) WHERE lower(known.name) = lower(:exact))
          OR EXISTS (SELECT 1 FROM unnest(o.domains) AS known(name) WHERE known.name ILIKE :domain))`,
        { q: likeAnywhere(query.q), exact: query.q, domain: likeAnywhere(otherDomainSpelling(query.q)) },
      );
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
        .orderBy('track_record_count', 'DESC');
    }
    // Alphabetical whatever the database's collation: under C (the default of many clusters) "AZERTAC" came before "Accounts Chamber".
    qb.addOrderBy('lower(o.name)', 'ASC').addOrderBy('o.name', 'ASC');
    const [items, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }

  async findById(id: string): Promise<Outlet> {
    const outlet = await this.dataSource.getRepository(Outlet).findOneBy({ id });
    if (!outlet) throw new NotFoundException(`outlet ${id} not found`);
    return outlet;
  }

  async create(dto: CreateOutletDto, actor: Actor): Promise<Outlet> {
    const outlet = await this.dataSource.transaction((manager) => this.insert(manager, dto, actor));
    this.registry.invalidate();
    return outlet;
  }

  /** The outlet and its audit event, in the caller's transaction; the caller invalidates the registry once it commits. */
  async insert(manager: EntityManager, dto: CreateOutletDto, actor: Actor): Promise<Outlet> {
    const labels = { names: [dto.name, ...(dto.aliases ?? [])], abbreviations: dto.abbreviations ?? [], domains: dto.domains ?? [] };
    refuseRepeatedLabels(labels);
    await this.refuseTakenNames(manager, null, labels);
    const created = manager.create(Outlet, {
      ...dto,
      aliases: dto.aliases ?? [],
      abbreviations: dto.abbreviations ?? [],
      domains: dto.domains ?? [],
      country: dto.country ?? null,
    });
    await manager.save(created).catch((error: unknown) => this.rethrowConflict(error, dto.slug));
    await this.audit.record(manager, {
      entityType: 'outlet',
      entityId: created.id,
      action: 'outlet.created',
      actor,
      after: { ...dto },
    });
    return created;
  }

  async update(id: string, dto: UpdateOutletDto, actor: Actor): Promise<Outlet> {
    const outlet = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Outlet, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException(`outlet ${id} not found`);
      refuseRepeatedLabels(
        {
          names: [dto.name ?? current.name, ...(dto.aliases ?? current.aliases)],
          abbreviations: dto.abbreviations ?? current.abbreviations,
          domains: dto.domains ?? current.domains,
        },
        { names: [current.name, ...current.aliases], abbreviations: current.abbreviations, domains: current.domains },
      );
      const known = new Set([current.name, ...current.aliases].map(normalizeName));
      await this.refuseTakenNames(manager, id, {
        names: [dto.name ?? current.name, ...(dto.aliases ?? [])].filter((n) => !known.has(normalizeName(n))),
        abbreviations: (dto.abbreviations ?? []).filter((a) => !current.abbreviations.includes(a)),
        domains: (dto.domains ?? []).filter((d) => !holdsDomain(current.domains, d)),
      });
      const before = OutletsService.snapshot(current, dto);
      const named = { name: current.name, type: current.type };
      manager.merge(Outlet, current, dto);
      await manager.save(current);
      if (current.name !== named.name || current.type !== named.type) await OutletsService.nameSources(manager, current.id, current);
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

  /**
   * Merges a duplicate into `id`: the duplicate's name, aliases,
   * abbreviations and domains join the outlet's, the claims citing it cite
   * the outlet instead (track records follow), and the duplicate is deleted.
   * One transaction, one audit event, one domain event.
   */
  async merge(id: string, duplicateId: string, actor: Actor): Promise<{ outlet: Outlet; claimSourcesMoved: number }> {
    if (id === duplicateId) throw new BadRequestException('an outlet cannot be merged into itself');
    const merged = await this.dataSource.transaction(async (manager) => {
      // Both rows locked in id order, so two opposite merges cannot deadlock.
      const locked = await manager.find(Outlet, {
        where: [{ id }, { id: duplicateId }],
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const outlet = locked.find((o) => o.id === id);
      const duplicate = locked.find((o) => o.id === duplicateId);
      if (!outlet) throw new NotFoundException(`outlet ${id} not found`);
      if (!duplicate) throw new NotFoundException(`outlet ${duplicateId} not found`);
      const before = { outlet: OutletsService.names(outlet), duplicate: { id: duplicate.id, slug: duplicate.slug, ...OutletsService.names(duplicate) } };
      outlet.aliases = union(outlet.aliases, [duplicate.name, ...duplicate.aliases], [outlet.name]);
      outlet.abbreviations = union(outlet.abbreviations, duplicate.abbreviations);
      outlet.domains = union(outlet.domains, duplicate.domains);
      outlet.country ??= duplicate.country;
      // The sources citing the duplicate, the engine's and reviewers' corrections, cite the outlet, by its name and type.
      const moved = await OutletsService.nameSources(manager, duplicateId, outlet);
      const dropped = await OutletsService.citeOnce(manager, id);
      // A name accepted from the registry queue keeps its outlet (deleting the duplicate would unlink it).
      await manager.query(`UPDATE outlet_proposals SET outlet_id = $1 WHERE outlet_id = $2`, [id, duplicateId]);
      await manager.delete(Outlet, { id: duplicateId });
      await manager.save(outlet);
      await this.audit.record(manager, {
        entityType: 'outlet',
        entityId: id,
        action: 'outlet.merged',
        actor,
        before,
        after: { ...OutletsService.names(outlet), mergedOutletId: duplicateId, claimSourcesMoved: moved.length, claimSourcesDropped: dropped },
      });
      await this.events.append(manager, DomainEvent.OutletMerged, {
        outletId: id,
        mergedOutletId: duplicateId,
        mergedName: duplicate.name,
        claimSourcesMoved: moved.length,
        actorId: actor.id,
      });
      return { outlet, claimSourcesMoved: moved.length };
    });
    this.registry.invalidate();
    return merged;
  }

  /**
   * The sources that cite the outlet `from` (the engine's, and reviewers'
   * corrections, which name outlets by id inside their chain: src/corrections/)
   * cite `outlet` instead, by its registry name and type: after a merge or a
   * rename they kept the old name and type under the outlet's id, naming a
   * deleted or renamed outlet in ClaimReview, reports and webhooks, and counting
   * under the old type in the accuracy report. Returns the engine's sources moved.
   */
  private static async nameSources(manager: EntityManager, from: string, outlet: Pick<Outlet, 'id' | 'name' | 'type'>): Promise<Array<{ id: string }>> {
    const moved = await returning<{ id: string }>(
      manager,
      `UPDATE claim_sources SET outlet_id = $1, registered = true, name = $3, type = $4 WHERE outlet_id = $2 RETURNING id`,
      [outlet.id, from, outlet.name, outlet.type],
    );
    await OutletsService.citeInCorrections(manager, `e->>'outletId' = $4::text`, outlet, from);
    return moved;
  }

  /**
   * Each claim cites the outlet once, in the engine's sources and in each
   * correction's chain, as the engine and a corrected chain name a source
   * once: a merge turned "the duplicate, relaying the outlet" into the outlet
   * relaying itself, a relay of nothing, counted twice in its track record and
   * the accuracy report. The first citation as original stays (a relay of
   * itself adds nothing to what the outlet said first-hand), else the first
   * one; the rest of each chain keeps its order. Returns the engine's sources
   * dropped.
   */
  private static async citeOnce(manager: EntityManager, outletId: string): Promise<number> {
    const dropped = await returning<{ id: string }>(
      manager,
      `DELETE FROM claim_sources s
        WHERE s.outlet_id = $1
          AND EXISTS (SELECT 1 FROM claim_sources o
                       WHERE o.claim_id = s.claim_id AND o.outlet_id = $1 AND o.id <> s.id
                         AND ((o.role = 'original' AND s.role <> 'original') OR (o.role = s.role AND o.ordinal < s.ordinal)))
        RETURNING s.id`,
      [outletId],
    );
    await manager.query(
      `UPDATE source_corrections k
          SET sources = (SELECT jsonb_agg(e ORDER BY o)
                           FROM jsonb_array_elements(k.sources) WITH ORDINALITY AS x (e, o)
                          WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(k.sources) WITH ORDINALITY AS y (f, p)
                                             WHERE e->>'outletId' = $1::text AND f->>'outletId' = $1::text AND p <> o
                                               AND ((f->>'role' = 'original' AND e->>'role' <> 'original') OR (f->>'role' = e->>'role' AND p < o))))
        WHERE (SELECT count(*) FROM jsonb_array_elements(k.sources) e WHERE e->>'outletId' = $1::text) > 1`,
      [outletId],
    );
    return dropped.length;
  }

  /**
   * The sources that named `key` before the registry knew it (the engine's,
   * and reviewers' corrections) cite `outlet` now, by its name and type, as
   * they would have had it been registered: accepting a queued name left the
   * claims already citing it unlinked, out of the outlet's track record until
   * each article was analysed again. Both sides move together, or the
   * accuracy report would count the engine's and a reviewer's same source as
   * two. Reads every unregistered name once (an admin's occasional action);
   * only names that may differ from their key beyond case and a leading "the"
   * are compared in the service. Returns the engine's sources linked.
   */
  static async linkNamedSources(manager: EntityManager, key: string, outlet: Pick<Outlet, 'id' | 'name' | 'type'>): Promise<number> {
    const candidates = await manager.query<{ name: string }[]>(
      `SELECT DISTINCT name FROM claim_sources WHERE NOT registered AND (lower(name) IN ($1, 'the ' || $1) OR name ~ $2)
       UNION
       SELECT DISTINCT e->>'name' FROM source_corrections k CROSS JOIN LATERAL jsonb_array_elements(k.sources) e
        WHERE e->>'outletId' IS NULL AND (lower(e->>'name') IN ($1, 'the ' || $1) OR e->>'name' ~ $2)`,
      [key, NOT_PLAIN_NAME],
    );
    const names = candidates.map((c) => c.name).filter((name) => normalizeName(name) === key);
    if (names.length === 0) return 0;
    const linked = await returning<{ id: string }>(
      manager,
      `UPDATE claim_sources SET outlet_id = $1, registered = true, name = $2, type = $3 WHERE NOT registered AND name = ANY ($4::text[]) RETURNING id`,
      [outlet.id, outlet.name, outlet.type, names],
    );
    await OutletsService.citeInCorrections(manager, `e->>'outletId' IS NULL AND e->>'name' = ANY ($4::text[])`, outlet, names);
    return linked.length;
  }

  /**
   * Each correction's chain entries that `match` (a condition on an entry
   * `e`, its parameter $4 = `value`) cite `outlet` by its id, name and type;
   * the rest of each chain, and its order, stay as they were.
   */
  private static async citeInCorrections(manager: EntityManager, match: string, outlet: Pick<Outlet, 'id' | 'name' | 'type'>, value: unknown): Promise<void> {
    await manager.query(
      `UPDATE source_corrections k
          SET sources = (SELECT jsonb_agg(CASE WHEN ${match}
                                               THEN e || jsonb_build_object('outletId', $1::text, 'name', $2::text, 'type', $3::text, 'registered', true)
                                               ELSE e END
                                          ORDER BY o)
                           FROM jsonb_array_elements(k.sources) WITH ORDINALITY AS x (e, o))
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(k.sources) e WHERE ${match})`,
      [outlet.id, outlet.name, outlet.type, value],
    );
  }

  private static names(outlet: Outlet) {
    return { name: outlet.name, aliases: outlet.aliases, abbreviations: outlet.abbreviations, domains: outlet.domains, country: outlet.country };
  }

  private static snapshot(outlet: Outlet, dto: UpdateOutletDto): Record<string, unknown> {
    return Object.fromEntries(Object.keys(dto).map((key) => [key, outlet[key as keyof Outlet]]));
  }

  /**
   * A name, alias or abbreviation another outlet already answers to would be
   * ambiguous: the engine credits whichever outlet sorts first, silently. A
   * domain is one publisher's, so two outlets cannot both own it.
   * Only what the change adds is checked (the seed may hold overlapping
   * abbreviations; editing an outlet's other fields must not trip on them).
   * Outlet edits are serialised so two admins cannot add the same name at once.
   */
  private async refuseTakenNames(
    manager: EntityManager,
    outletId: string | null,
    adding: { names: string[]; abbreviations: string[]; domains: string[] },
  ): Promise<void> {
    if (adding.names.length + adding.abbreviations.length + adding.domains.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('claimtrail.outlet-names'))`);
    const others = await manager.query<(OutletRecord & { domains: string[] })[]>(
      `SELECT slug AS id, name, aliases, abbreviations, type, domains FROM outlets WHERE id IS DISTINCT FROM $1`,
      [outletId],
    );
    // The engine's own lookups, so "taken" means exactly what the engine would match.
    const registry = OutletRegistry.fromRecords(others);
    const taken = (holder: OutletRecord | undefined, shown: string, what: string) => {
      if (!holder) return;
      throw new ConflictException(
        `the ${what} "${shown}" already belongs to outlet "${holder.id}" (${holder.name}): ` +
          `merge the two outlets (POST /v1/outlets/:id/merge) or choose another ${what}`,
      );
    };
    for (const name of adding.names) taken(registry.findByName(name), name, 'name');
    for (const abbreviation of adding.abbreviations) taken(registry.findByAbbreviation(abbreviation), abbreviation, 'abbreviation');
    for (const domain of adding.domains) {
      taken(others.find((o) => holdsDomain(o.domains, domain)), domain, 'domain');
    }
  }

  private rethrowConflict(error: unknown, slug?: string): never {
    if (pgCode(error) === PG_UNIQUE_VIOLATION) {
      throw new ConflictException(`an outlet with slug "${slug}" already exists`);
    }
    throw error;
  }
}

/** `base` followed by what `extra` adds, without repeats (case-insensitive) or anything in `except`. */
function union(base: string[], extra: string[], except: string[] = []): string[] {
  const seen = new Set([...except, ...base].map((v) => v.toLowerCase()));
  const added = extra.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...base, ...added];
}

/** A LIKE pattern finding `text` anywhere, its wildcards taken as written. */
function likeAnywhere(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/**
 * The other spelling of what may be (part of) an internationalised domain:
 * "xn--bcher-kva" for "bücher", and back. A domain is stored as the admin
 * typed it, in either form, and a reviewer typing the other found nothing.
 */
function otherDomainSpelling(text: string): string {
  const ascii = domainToASCII(text);
  if (!ascii) return text;
  return ascii === text.toLowerCase() ? domainToUnicode(text) || text : ascii;
}

/** Whether `domains` holds `domain`, compared as DNS names are (domainKey). */
function holdsDomain(domains: string[], domain: string): boolean {
  const key = domainKey(domain);
  return domains.some((d) => domainKey(d) === key);
}
