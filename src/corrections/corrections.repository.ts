import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { claimsTextSql } from '../articles/analysed-text.js';
import type { Claim } from '../claims/claim.entity.js';
import type { CorrectedSource, SourceCorrection } from '../claims/source-correction.entity.js';
import { correctionVisibleSql } from '../claims/visible-correction.sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { outletIdsOf, type KnownOutlet } from './corrected-chain.js';

/** What a correction needs to know of its claim: the entity's lease columns, a live lease, the article text's length. */
export type CorrectableClaim = Pick<Claim, 'id' | 'status' | 'version' | 'leaseHolder'> & { leaseLive: boolean; text: string };

/** A stored correction, as the API shows it. */
export type CorrectionRow = Pick<SourceCorrection, 'id' | 'claimId' | 'actorId' | 'anonymous' | 'sources' | 'note' | 'createdAt'>;

const CORRECTION_COLUMNS = `id, claim_id AS "claimId", actor_id AS "actorId", anonymous, sources, note, created_at AS "createdAt"`;

export interface NewCorrection {
  id: string;
  actorId: string;
  anonymous: boolean;
  sources: CorrectedSource[];
  note: string | null;
  /** The chain it replaces (for the audit event). */
  before: { anonymous: boolean; sources: unknown[] };
  requestId: string | null;
}

/** SQL of source_corrections; the engine's claim_sources are never written here. */
@Injectable()
export class CorrectionsRepository {
  constructor(
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
  ) {}

  async claim(manager: EntityManager, claimId: string): Promise<CorrectableClaim | undefined> {
    const [row] = await manager.query<CorrectableClaim[]>(
      `SELECT c.id, c.status, c.version, c.lease_holder AS "leaseHolder", coalesce(c.lease_expires_at > now(), false) AS "leaseLive",
              coalesce(t.text, '') AS text
         FROM claims c JOIN articles a ON a.id = c.article_id
        CROSS JOIN LATERAL (SELECT ${claimsTextSql('a')} AS text) t
        WHERE c.id = $1`,
      [claimId],
    );
    return row;
  }

  async outlets(manager: EntityManager, ids: string[]): Promise<Map<string, KnownOutlet>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<KnownOutlet[]>(`SELECT id, name, type FROM outlets WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async latest(manager: EntityManager, claimId: string, actorId?: string): Promise<CorrectionRow | undefined> {
    const [row] = await manager.query<CorrectionRow[]>(
      `SELECT ${CORRECTION_COLUMNS} FROM source_corrections WHERE claim_id = $1 AND ($2::uuid IS NULL OR actor_id = $2) ORDER BY seq DESC LIMIT 1`,
      [claimId, actorId ?? null],
    );
    return row;
  }

  /** The latest correction `viewerId` may see (blind grading: not another person's of the round still open). */
  async latestVisibleTo(manager: EntityManager, claimId: string, viewerId: string): Promise<CorrectionRow | undefined> {
    const [row] = await manager.query<CorrectionRow[]>(
      `SELECT ${CORRECTION_COLUMNS} FROM source_corrections k, (SELECT round FROM claims WHERE id = $1) c
        WHERE k.claim_id = $1 AND ${correctionVisibleSql('k', 'c', '$2::uuid')}
        ORDER BY k.seq DESC LIMIT 1`,
      [claimId, viewerId],
    );
    return row;
  }

  /** The engine's chain, as the audit event's "before" when nobody corrected it yet. */
  async engineChain(manager: EntityManager, claimId: string): Promise<{ anonymous: boolean; sources: unknown[] }> {
    const [row] = await manager.query<Array<{ anonymous: boolean; sources: unknown[] }>>(
      `SELECT c.anonymous, coalesce((SELECT jsonb_agg(jsonb_build_object('name', s.name, 'role', s.role, 'outletId', s.outlet_id) ORDER BY s.ordinal)
                                       FROM claim_sources s WHERE s.claim_id = c.id), '[]') AS sources
         FROM claims c WHERE c.id = $1`,
      [claimId],
    );
    return row ?? { anonymous: false, sources: [] };
  }

  /**
   * One statement: the conditional UPDATE that checks the lease (holder,
   * live, source_check, the version read) and moves the version on, the
   * correction, its audit event and its domain event. When the UPDATE
   * matches nothing, nothing is written and the result is undefined.
   */
  async record(manager: EntityManager, claim: CorrectableClaim, correction: NewCorrection): Promise<CorrectionRow | undefined> {
    const [row] = await manager.query<CorrectionRow[]>(
      `WITH named AS (
         -- The outlets the chain names, held until the correction commits: an
         -- outlet merge locks them FOR UPDATE, so it either waits for this row
         -- (and then rewrites it with the rest) or has deleted them, and then
         -- nothing is written here: a correction never names a merged outlet.
         SELECT id FROM outlets WHERE id = ANY ($10::uuid[]) FOR KEY SHARE
       ), taken AS (
         UPDATE claims SET version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'source_check' AND lease_holder = $3 AND lease_expires_at > now()
            AND (SELECT count(*) FROM named) = cardinality($10::uuid[])
          RETURNING id, article_id, round
       ), correction AS (
         INSERT INTO source_corrections (id, claim_id, article_id, round, actor_id, anonymous, sources, note)
         SELECT $4, id, article_id, round, $3, $5, $6::jsonb, $7 FROM taken
         RETURNING *
       ), audit AS (
         ${this.audit.selectFragment('correction', {
           entityType: `'claim'`,
           entityId: 'claim_id',
           action: `'claim.sources_corrected'`,
           actorType: `'user'`,
           actorId: '$3',
           before: '$8',
           after: `jsonb_build_object('correctionId', id, 'anonymous', anonymous, 'sources', sources, 'note', note)`,
           requestId: '$9',
         })}
       ), event AS (
         ${this.events.selectFragment(DomainEvent.ClaimSourcesCorrected, 'correction', {
           claimId: 'correction.claim_id',
           articleId: 'correction.article_id',
           actorId: 'correction.actor_id',
           correctionId: 'correction.id',
         })}
       )
       SELECT ${CORRECTION_COLUMNS} FROM correction`,
      [
        claim.id,
        claim.version,
        correction.actorId,
        correction.id,
        correction.anonymous,
        JSON.stringify(correction.sources),
        correction.note,
        JSON.stringify(correction.before),
        correction.requestId,
        outletIdsOf(correction.sources),
      ],
    );
    if (row) this.events.written(manager);
    return row;
  }
}
