import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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

interface ClaimRow {
  id: string;
  article_id: string;
  text: string;
  status: string;
  checkworthiness: number;
  unsourced: boolean;
  attribution_verdict: string | null;
  rating: string | null;
  sources: (SourceRef & { role: string })[];
}

interface ArticleRow {
  id: string;
  external_id: string | null;
  title: string | null;
  url: string | null;
  status: string;
  claim_count: number;
  unsourced_claim_count: number;
  failure_reason: string | null;
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
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async bodies(events: readonly StoredDomainEvent[]): Promise<string[]> {
    const claimIds = unique(events.map((e) => e.claimId));
    const articleIds = unique(events.map((e) => e.articleId));
    const [claims, articles] = await Promise.all([this.claims(claimIds), this.articles(articleIds)]);
    return events.map((event) => JSON.stringify(this.envelope(event, claims, articles)));
  }

  private envelope(event: StoredDomainEvent, claims: Map<string, ClaimRow>, articles: Map<string, ArticleRow>) {
    const base = this.config.publicBaseUrl;
    const claim = event.claimId ? claims.get(event.claimId) : undefined;
    const article = event.articleId ? articles.get(event.articleId) : undefined;
    const data: Record<string, unknown> = { ...(event.payload as object), eventId: event.id };
    if (article) {
      data['article'] = {
        id: article.id,
        externalId: article.external_id,
        title: article.title,
        url: article.url,
        status: article.status,
        claimCount: article.claim_count,
        unsourcedClaimCount: article.unsourced_claim_count,
        failureReason: article.failure_reason,
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
        sources: sourceChains(claim.sources),
        attributionVerdict: claim.attribution_verdict,
        rating: claim.rating,
        link: `${base}/v1/claims/${claim.id}`,
      };
    }
    data['link'] = claim ? `${base}/v1/claims/${claim.id}` : article ? `${base}/v1/articles/${article.id}` : null;
    return { type: event.name, timestamp: new Date(event.occurredAt).toISOString(), data };
  }

  private async claims(ids: string[]): Promise<Map<string, ClaimRow>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.article_id, c.text, c.status, c.checkworthiness, c.unsourced, c.attribution_verdict, c.rating,
              coalesce((SELECT json_agg(json_build_object('name', s.name, 'role', s.role, 'outletId', s.outlet_id,
                          'registered', s.registered, 'person', s.person) ORDER BY s.ordinal)
                 FROM claim_sources s WHERE s.claim_id = c.id), '[]') AS sources
         FROM claims c WHERE c.id = ANY ($1::uuid[])`,
      [ids],
    )) as ClaimRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async articles(ids: string[]): Promise<Map<string, ArticleRow>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, external_id, title, url, status, claim_count, unsourced_claim_count, failure_reason
         FROM articles WHERE id = ANY ($1::uuid[])`,
      [ids],
    )) as ArticleRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
