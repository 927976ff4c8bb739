import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeName } from '../analysis/registry/normalize-name.js';
import { AuditService, type Actor } from '../audit/audit.service.js';
import type { AcceptProposalDto, OutletProposalResponse, ProposeOutletDto, RejectProposalDto } from './dto/outlet-proposal.dto.js';
import { OutletRegistryCache } from './outlet-registry.cache.js';
import type { OutletProposal } from './outlet-proposal.entity.js';
import type { Outlet } from './outlet.entity.js';
import { OutletsService } from './outlets.service.js';

const QUEUE_SIZE = 200;

/**
 * The engine's names the queue ranks besides the proposed ones: the most
 * mentioned, ten times what it shows, so that spellings of one name merged
 * later, and names the registry learnt since, cannot empty it.
 */
const ENGINE_CANDIDATES = QUEUE_SIZE * 10;

type EngineNameRow = { name: string; articles: number; mentions: number };

/** A name's key as normalizeName makes it of a plain ASCII name: lower case, no leading "the". */
const ROUGH_KEY = (name: string) => `CASE WHEN lower(${name}) LIKE 'the %' THEN substr(lower(${name}), 5) ELSE lower(${name}) END`;

/**
 * The engine's names, counted over every article by PostgreSQL in one pass,
 * of which only the candidates reach the service: every article's names
 * came back whole, merged, filtered and sorted on the main thread, which at
 * 400,000 names (any key with articles:write adds 1,500 an article) held the
 * event loop for 5 s at each look at the queue, and grew without end. The
 * candidates leave out the names the registry knows (its keys, $1) and those
 * with a proposal by their rough key (ROUGH_KEY); any other name the
 * registry knows is still filtered out by its exact key. The names proposed
 * and not decided yet come with their counts whatever their rank.
 */
const ENGINE_NAMES_SQL = `
  WITH named AS (
    SELECT u->>'name' AS name, count(DISTINCT a.id)::int AS articles, sum(coalesce((u->>'count')::int, 1))::int AS mentions
      FROM articles a CROSS JOIN LATERAL jsonb_array_elements(a.unregistered_sources) u
     GROUP BY u->>'name'
  )
  (SELECT name, articles, mentions FROM named
    WHERE ${ROUGH_KEY('name')} NOT IN (SELECT unnest($1::text[])) AND ${ROUGH_KEY('name')} NOT IN (SELECT key FROM outlet_proposals)
    ORDER BY mentions DESC, name LIMIT $2)
  UNION ALL
  SELECT name, articles, mentions FROM named WHERE ${ROUGH_KEY('name')} IN (SELECT key FROM outlet_proposals WHERE status = 'pending')`;

type ProposalRow = Pick<OutletProposal, 'id' | 'key' | 'name' | 'status' | 'proposedBy' | 'outletId'>;

const PROPOSAL_COLUMNS = `id, key, name, status, proposed_by AS "proposedBy", outlet_id AS "outletId"`;

/**
 * The queue of names that are not in the registry: reported by the engine
 * (articles.unregistered_sources, no row needed) and proposed by reviewers
 * (outlet_proposals). One entry per normalised name; a name leaves the queue
 * when the registry knows it or an admin rejects it.
 */
@Injectable()
export class OutletProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OutletRegistryCache,
    private readonly outlets: OutletsService,
    private readonly audit: AuditService,
  ) {}

  async queue(): Promise<OutletProposalResponse[]> {
    const registry = await this.registry.get();
    const [engine, proposals] = await Promise.all([
      this.dataSource.query<EngineNameRow[]>(ENGINE_NAMES_SQL, [registry.nameKeys(), ENGINE_CANDIDATES]),
      this.dataSource.query<Array<ProposalRow & { emails: string[] }>>(
        `SELECT ${PROPOSAL_COLUMNS}, coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM users u WHERE u.id = ANY(p.proposed_by)), '{}') AS emails
           FROM outlet_proposals p`,
      ),
    ]);
    const entries = new Map<string, OutletProposalResponse>();
    for (const p of proposals) {
      entries.set(p.key, { name: p.name, status: p.status, proposedBy: p.emails, engineArticles: 0, engineMentions: 0, outletId: p.outletId });
    }
    for (const e of engine) {
      const key = normalizeName(e.name);
      const entry = entries.get(key) ?? { name: e.name, status: 'pending', proposedBy: [], engineArticles: 0, engineMentions: 0, outletId: null };
      entry.engineArticles += e.articles;
      entry.engineMentions += e.mentions;
      entries.set(key, entry);
    }
    return [...entries.entries()]
      .filter(([key, entry]) => entry.status === 'pending' && !registry.findByKey(key))
      .map(([, entry]) => entry)
      .sort((a, b) => b.proposedBy.length - a.proposedBy.length || b.engineMentions - a.engineMentions || a.name.localeCompare(b.name))
      .slice(0, QUEUE_SIZE);
  }

  /** One click in the workspace: idempotent, a second proposer is added to the first. */
  async propose(dto: ProposeOutletDto, actor: Actor): Promise<{ proposal: OutletProposalResponse; created: boolean }> {
    const name = dto.name.trim();
    const key = normalizeName(name);
    if (!key) throw new BadRequestException('name must contain letters or digits');
    if ((await this.registry.get()).findByKey(key)) throw new ConflictException(`${name} is already in the registry`);
    return this.dataSource.transaction(async (manager) => {
      // The claim is context only, but one that does not exist is a mistake to name (and a foreign key).
      if (dto.claimId && (await manager.query(`SELECT 1 FROM claims WHERE id = $1`, [dto.claimId])).length === 0) {
        throw new NotFoundException(`claim ${dto.claimId} not found`);
      }
      const [row] = await manager.query<Array<ProposalRow & { created: boolean }>>(
        `INSERT INTO outlet_proposals (key, name, proposed_by, claim_id) VALUES ($1, $2, ARRAY[$3]::uuid[], $4)
         ON CONFLICT (key) DO UPDATE
            SET proposed_by = CASE WHEN $3 = ANY(outlet_proposals.proposed_by) THEN outlet_proposals.proposed_by
                                   ELSE outlet_proposals.proposed_by || $3::uuid END
          WHERE outlet_proposals.status = 'pending'
         RETURNING ${PROPOSAL_COLUMNS}, (xmax = 0) AS created`,
        [key, name, actor.id, dto.claimId ?? null],
      );
      if (!row) throw new ConflictException(`${name} was already decided on by an admin`);
      await this.audit.record(manager, {
        entityType: 'outlet_proposal',
        entityId: row.id,
        action: 'outlet.proposed',
        actor,
        after: { name, claimId: dto.claimId ?? null },
      });
      return { proposal: await this.view(manager, row), created: row.created };
    });
  }

  /**
   * Creates the outlet (its aliases include the queued name), links the
   * sources already citing the name to it, and closes the name's entry.
   */
  async accept(dto: AcceptProposalDto, actor: Actor): Promise<Outlet> {
    const { proposedName, ...outlet } = dto;
    const key = normalizeName(proposedName);
    const names = [outlet.name, ...(outlet.aliases ?? [])].map(normalizeName);
    const aliases = names.includes(key) ? outlet.aliases : [...(outlet.aliases ?? []), proposedName.trim()];
    const name = proposedName.trim();
    const created = await this.dataSource.transaction(async (manager) => {
      // The name's row is locked (or inserted) before the outlet is made: a second press, or a
      // second admin at once, finds it accepted and makes no duplicate outlet.
      const [open] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO outlet_proposals (key, name) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key WHERE outlet_proposals.status <> 'accepted'
         RETURNING id`,
        [key, name],
      );
      if (!open) throw new ConflictException(`${name} was already accepted into the registry`);
      const inserted = await this.outlets.insert(manager, { ...outlet, ...(aliases ? { aliases } : {}) }, actor);
      const linkedSources = await OutletsService.linkNamedSources(manager, key, inserted);
      await this.decide(manager, key, name, 'accepted', actor, { outletId: inserted.id, linkedSources });
      return inserted;
    });
    this.registry.invalidate();
    return created;
  }

  async reject(dto: RejectProposalDto, actor: Actor): Promise<void> {
    const name = dto.name.trim();
    await this.dataSource.transaction((manager) => this.decide(manager, normalizeName(name), name, 'rejected', actor, { note: dto.note ?? null }));
  }

  private async decide(
    manager: EntityManager,
    key: string,
    name: string,
    status: 'accepted' | 'rejected',
    actor: Actor,
    facts: { outletId?: string; linkedSources?: number; note?: string | null },
  ): Promise<void> {
    const [row] = await manager.query<ProposalRow[]>(
      `INSERT INTO outlet_proposals (key, name, status, outlet_id, decided_by, decided_at, note) VALUES ($1, $2, $3, $4, $5, now(), $6)
       ON CONFLICT (key) DO UPDATE SET status = $3, outlet_id = $4, decided_by = $5, decided_at = now(), note = $6
        -- An accepted name has its outlet: a later rejection would unlink it and leave the outlet standing.
        WHERE outlet_proposals.status <> 'accepted'
       RETURNING ${PROPOSAL_COLUMNS}`,
      [key, name, status, facts.outletId ?? null, actor.id, facts.note ?? null],
    );
    if (!row) throw new ConflictException(`${name} was already accepted into the registry`);
    await this.audit.record(manager, {
      entityType: 'outlet_proposal',
      entityId: row.id,
      action: `outlet.proposal_${status}`,
      actor,
      after: { name, ...facts },
    });
  }

  private async view(manager: EntityManager, row: ProposalRow): Promise<OutletProposalResponse> {
    const emails = await manager.query<Array<{ email: string }>>(`SELECT email FROM users WHERE id = ANY($1::uuid[]) ORDER BY email`, [row.proposedBy]);
    return { name: row.name, status: row.status, proposedBy: emails.map((e) => e.email), engineArticles: 0, engineMentions: 0, outletId: row.outletId };
  }
}
