import { Inject, Injectable } from '@nestjs/common';
import type { Article } from '../articles/article.entity.js';
import { ArticlesService } from '../articles/articles.service.js';
import type { Claim } from '../claims/claim.entity.js';
import { ClaimsService } from '../claims/claims.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import type { StoredDomainEvent } from '../events/index.js';

export interface SourceRef {
  name: string;
  outletId: string | null;
  registered: boolean;
  person: string | null;
}

/** One line of attribution, read relay -> original ("IA Fact -> The Wall Street Journal"). */
export interface SourceChain {
  relay: SourceRef | null;
  original: SourceRef | null;
}

/** Pairs each original with the relay that carried it, in reading order. */
export function sourceChains(sources: readonly (SourceRef & { role: string })[]): SourceChain[] {
  const strip = ({ name, outletId, registered, person }: SourceRef): SourceRef => ({ name, outletId, registered, person });
  const originals = sources.filter((s) => s.role === 'original').map(strip);
  const relays = sources.filter((s) => s.role !== 'original').map(strip);
  const chains: SourceChain[] = originals.map((original, i) => ({ relay: relays[i] ?? null, original }));
  for (const relay of relays.slice(originals.length)) chains.push({ relay, original: null });
  return chains;
}

/**
 * The body of each webhook message: `{type, timestamp, data}` per Standard
 * Webhooks, data carrying the ids, the claim text, its sources as relay ->
 * original, its verdicts and links. Built once per event for every endpoint,
 * from two queries per batch of events.
 */
@Injectable()
export class EnvelopeBuilder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly claimsService: ClaimsService,
    private readonly articlesService: ArticlesService,
  ) {}

  async bodies(events: readonly StoredDomainEvent[]): Promise<string[]> {
    const claimIds = unique(events.map((e) => e.claimId));
    const articleIds = unique(events.map((e) => e.articleId));
    const [claims, articles] = await Promise.all([
      this.claimsService.findManyWithSources(claimIds).then(byId),
      this.articlesService.findSummaries(articleIds).then(byId),
    ]);
    return events.map((event) => JSON.stringify(this.envelope(event, claims, articles)));
  }

  private envelope(event: StoredDomainEvent, claims: Map<string, Claim>, articles: Map<string, Article>) {
    const base = this.config.publicBaseUrl;
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
      data['claim'] = {
        id: claim.id,
        text: claim.text,
        status: claim.status,
        checkworthiness: claim.checkworthiness,
        unsourced: claim.unsourced,
        // A reviewer's correction where there is one, as ClaimReview and track records read it.
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
