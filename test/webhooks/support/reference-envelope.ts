// The envelope builder as it was before envelopes were built in SQL (commit
// 9c81045, src/webhooks/envelope.builder.ts, with the two queries it called:
// ClaimsService.findManyWithSources and ArticlesService.findSummaries), kept
// as the oracle the SQL envelope is compared with byte for byte.
import type { DataSource } from 'typeorm';
import { Article } from '../../../src/articles/article.entity.js';
import { ClaimSource } from '../../../src/claims/claim-source.entity.js';
import { Claim } from '../../../src/claims/claim.entity.js';
import { SourceCorrection } from '../../../src/claims/source-correction.entity.js';
import type { StoredDomainEvent } from '../../../src/events/index.js';

/** The entities its queries need: give them to the DataSource. */
export const REFERENCE_ENTITIES = [Article, Claim, ClaimSource, SourceCorrection];

interface SourceRef {
  name: string;
  outletId: string | null;
  registered: boolean;
  person: string | null;
}

interface SourceChain {
  relay: SourceRef | null;
  original: SourceRef | null;
}

function sourceChains(sources: readonly (SourceRef & { role: string })[]): SourceChain[] {
  const strip = ({ name, outletId, registered, person }: SourceRef): SourceRef => ({ name, outletId, registered, person });
  const originals = sources.filter((s) => s.role === 'original').map(strip);
  const relays = sources.filter((s) => s.role !== 'original').map(strip);
  const chains: SourceChain[] = originals.map((original, i) => ({ relay: relays[i] ?? null, original }));
  for (const relay of relays.slice(originals.length)) chains.push({ relay, original: null });
  return chains;
}

const LATEST_CORRECTION = 'k.seq = (SELECT max(k2.seq) FROM source_corrections k2 WHERE k2.claim_id = c.id)';
const SUMMARY_COLUMNS = [
  'a.id', 'a.status', 'a.failureReason', 'a.title', 'a.byline', 'a.url', 'a.externalId', 'a.publishedAt',
  'a.inputFormat', 'a.claimCount', 'a.unsourcedClaimCount', 'a.claimsTruncated', 'a.createdAt', 'a.analyzedAt',
  'a.failureCode', 'a.revision',
];

export class ReferenceEnvelopeBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publicBaseUrl: string,
  ) {}

  async bodies(events: readonly StoredDomainEvent[]): Promise<string[]> {
    const claimIds = unique(events.map((e) => e.claimId));
    const articleIds = unique(events.map((e) => e.articleId));
    const [claims, articles] = await Promise.all([this.claims(claimIds).then(byId), this.articles(articleIds).then(byId)]);
    return events.map((event) => JSON.stringify(this.envelope(event, claims, articles)));
  }

  private claims(ids: string[]): Promise<Claim[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .select(['c.id', 'c.text', 'c.status', 'c.checkworthiness', 'c.unsourced', 'c.attributionVerdict', 'c.rating'])
      .leftJoinAndSelect('c.sources', 's')
      .leftJoinAndSelect('c.corrections', 'k', LATEST_CORRECTION)
      .where('c.id = ANY (:ids)', { ids })
      .orderBy('s.ordinal', 'ASC')
      .getMany();
  }

  private articles(ids: string[]): Promise<Article[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Article).createQueryBuilder('a').select(SUMMARY_COLUMNS).where('a.id = ANY (:ids)', { ids }).getMany();
  }

  private envelope(event: StoredDomainEvent, claims: Map<string, Claim>, articles: Map<string, Article>) {
    const base = this.publicBaseUrl;
    const claim = event.claimId ? claims.get(event.claimId) : undefined;
    const article = event.articleId ? articles.get(event.articleId) : undefined;
    const data: Record<string, unknown> = { ...(event.payload as object), eventId: event.id };
    if (article) {
      data['article'] = {
        id: article.id,
        externalId: article.externalId,
        title: article.title,
        url: article.url,
        status: article.status,
        revision: article.revision,
        claimCount: article.claimCount,
        unsourcedClaimCount: article.unsourcedClaimCount,
        failureReason: article.failureReason,
        link: `${base}/v1/articles/${article.id}`,
      };
    }
    if (claim) {
      // Unsourced by the same chain as its sources (the service's builder read the engine's flag even under a correction).
      const corrected = claim.corrections?.[0];
      data['claim'] = {
        id: claim.id,
        text: claim.text,
        status: claim.status,
        checkworthiness: claim.checkworthiness,
        unsourced: corrected ? corrected.sources.length === 0 && !corrected.anonymous : claim.unsourced,
        sources: sourceChains(claim.corrections?.[0]?.sources.map((s) => ({ ...s, person: null })) ?? claim.sources ?? []),
        attributionVerdict: claim.attributionVerdict,
        rating: claim.rating,
        link: `${base}/v1/claims/${claim.id}`,
      };
    }
    data['link'] = claim ? `${base}/v1/claims/${claim.id}` : article ? `${base}/v1/articles/${article.id}` : null;
    return { type: event.name, timestamp: new Date(event.occurredAt).toISOString(), data };
  }
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}
