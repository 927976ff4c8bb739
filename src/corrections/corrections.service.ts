import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutletRegistryCache } from '../outlets/outlet-registry.cache.js';
import type { Reviewer } from '../review/inbox.service.js';
import { outletIdsOf, resolveChain, sameChain } from './corrected-chain.js';
import { CorrectionsRepository, type CorrectionRow } from './corrections.repository.js';
import type { CorrectSourcesDto } from './dto/correct-sources.dto.js';

export interface Corrected {
  correction: CorrectionRow;
  /** true when this chain was already on record: nothing was written again. */
  replayed: boolean;
}

/**
 * Reviewers' corrections of the engine's attribution, by the holder of a
 * live source_check lease, with the rules grades follow: 400 for a chain
 * that cannot be, 409 without the lease, the same chain again answers with
 * the recorded correction.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CorrectionsRepository,
    private readonly registry: OutletRegistryCache,
  ) {}

  async correct(claimId: string, dto: CorrectSourcesDto, reviewer: Reviewer): Promise<Corrected> {
    const manager = this.dataSource.manager;
    const claim = await this.repository.claim(manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    const outletIds = outletIdsOf(dto.sources);
    const resolved = resolveChain(dto.sources, await this.repository.outlets(manager, outletIds), await this.registry.get(), claim.text);
    if (!resolved.ok) throw new BadRequestException(resolved.problem);
    const wanted = { sources: resolved.sources, anonymous: dto.anonymous };

    const holds = claim.leaseHolder === reviewer.userId && claim.leaseLive && claim.status === 'source_check';
    if (holds) {
      // The chain this one replaces as the reviewer sees it: another checker's of this round is blind to them.
      // It is a replay only while it still stands, so a later correction the reviewer cannot see is replaced all the same.
      const [current, standing] = await Promise.all([
        this.repository.latestVisibleTo(manager, claimId, reviewer.userId),
        this.repository.latest(manager, claimId),
      ]);
      if (current && current.id === standing?.id && sameChain(current, wanted)) return { correction: current, replayed: true };
      const recorded = await this.repository.record(manager, claim, {
        id: randomUUID(),
        actorId: reviewer.userId,
        ...wanted,
        note: dto.note ?? null,
        before: current ? { anonymous: current.anonymous, sources: current.sources } : await this.repository.engineChain(manager, claimId),
        requestId: reviewer.requestId ?? null,
      });
      if (recorded) return { correction: recorded, replayed: false };
      const named = outletIdsOf(resolved.sources);
      const existing = await this.repository.outlets(manager, named);
      const gone = named.find((id) => !existing.has(id));
      if (gone) throw new ConflictException(`outlet ${gone} was merged into another or removed meanwhile; correct the sources again`);
    }
    // No lease, or we lost the race: a retried request finds its correction on record,
    // unless someone corrected the sources since (a replay would hide that it no longer stands).
    const [own, latest] = await Promise.all([
      this.repository.latest(manager, claimId, reviewer.userId),
      this.repository.latest(manager, claimId),
    ]);
    if (own && sameChain(own, wanted)) {
      if (latest?.id === own.id) return { correction: own, replayed: true };
      throw new ConflictException('your correction was recorded, but the sources have been corrected again since by another reviewer');
    }
    if (claim.status !== 'source_check') throw new ConflictException(`claim is at stage ${claim.status}, not source_check`);
    throw new ConflictException('you do not hold the lease on this claim (it expired, someone else has it, or it changed)');
  }
}
