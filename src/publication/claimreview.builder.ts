import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { ArticleFact, ClaimFact, SourceFact } from './publication.repository.js';

/** The verdict scale: 1 (false) to 5 (true); -1 (no number in ClaimReview) for a claim that could not be verified. */
export const RATING_SCALE: Record<string, { value: number; name: string }> = {
  true: { value: 5, name: 'True' },
  mostly_true: { value: 4, name: 'Mostly true' },
  mixed: { value: 3, name: 'Mixed' },
  mostly_false: { value: 2, name: 'Mostly false' },
  false: { value: 1, name: 'False' },
  unverifiable: { value: -1, name: 'Unverifiable' },
};

export interface Publisher {
  baseUrl: string;
  authorName: string;
  authorUrl: string;
  /** Where the fact-check is published, `{claimId}` and `{articleId}` to fill in; else the article report. */
  pageUrl?: string;
}

/** The page a ClaimReview belongs on: the publisher's own, or the claim's place in the article report. */
function pageOf(claim: ClaimFact, article: ArticleFact, publisher: Publisher): string {
  if (!publisher.pageUrl) return `${publisher.baseUrl}/v1/articles/${article.id}/report?format=html#claim-${claim.id}`;
  return publisher.pageUrl.replaceAll('{claimId}', encodeURIComponent(claim.id)).replaceAll('{articleId}', encodeURIComponent(article.id));
}

const org = (name: string, url?: string): Organization => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/**
 * Who made the claim: the person the engine found speaking for the source
 * ("Jens Stoltenberg" for NATO), affiliated with it, else the source itself.
 * Naming NATO alone credited an organisation with a statement its spokesperson made.
 */
const claimant = (source: SourceFact): Organization | Person =>
  source.person ? { '@type': 'Person', name: source.person, affiliation: org(source.name) } : org(source.name);

/** A source as a reader reads it: "Jens Stoltenberg (NATO)" when a person speaks for it, else its name. */
export function sourceLabel(source: SourceFact): string {
  return source.person ? `${source.person} (${source.name})` : source.name;
}

/** The attribution verdict in words, naming the cited source and its relay. */
export function attributionStatement(claim: ClaimFact): string {
  const original = claim.sources.find((s) => s.role === 'original');
  const relay = claim.sources.find((s) => s.role !== 'original');
  const cited = original ? `${sourceLabel(original)}${relay ? ` (as relayed by ${sourceLabel(relay)})` : ''}` : relay ? sourceLabel(relay) : null;
  switch (claim.attributionVerdict) {
    case 'confirmed':
      return `Attribution confirmed: ${cited ?? 'the cited source'} did report this.`;
    case 'misattributed':
      return `Misattributed: ${cited ?? 'the cited source'} did not report this.`;
    case 'distorted':
      return `Distorted: ${cited ?? 'the cited source'} reported something different.`;
    case 'source_not_found':
      return `Source not found: no report by ${cited ?? 'the cited source'} could be found.`;
    case 'not_applicable':
    case null:
    default:
      if (cited) return `The attribution to ${cited} was not checked.`;
      // "Officials said": a source the reader cannot check, which is not the same as none.
      return claim.anonymous ? 'The claim cites only unnamed sources.' : 'The claim cites no source.';
  }
}

/** Attribution verdicts that say the cited source did not make the claim as worded. */
const REFUTED = new Set(['misattributed', 'distorted', 'source_not_found']);

/**
 * schema.org ClaimReview JSON-LD for a published claim, with Google's
 * required fields (claimReviewed, reviewRating with ratingValue, bestRating,
 * worstRating and alternateName, url) and its recommended ones (author,
 * datePublished, itemReviewed as a Claim with author, datePublished (the
 * article's), appearance and firstAppearance; the cited source is the author only while the attribution
 * stands, else the claim is the article's). `url` is the publisher's page for it (CLAIMREVIEW_PAGE_URL),
 * else the claim's place in the article report.
 */
export function claimReview(claim: ClaimFact, article: ArticleFact, publisher: Publisher): WithContext<ClaimReview> {
  const rating = RATING_SCALE[claim.rating ?? 'unverifiable'] ?? RATING_SCALE['unverifiable'];
  const original: SourceFact | undefined = claim.sources.find((s) => s.role === 'original');
  const relay: SourceFact | undefined = claim.sources.find((s) => s.role !== 'original');
  const datePublished = article.publishedAt ? new Date(article.publishedAt).toISOString() : undefined;
  // The article as a work only when something names it: one submitted without a url or title (a CMS's
  // pasted text) was {"@type": "CreativeWork"}, an appearance in nothing a reader or a crawler can find.
  const articleWork: CreativeWork | undefined =
    article.url || article.title
      ? {
          '@type': 'CreativeWork',
          ...(article.url ? { url: article.url } : {}),
          ...(article.title ? { headline: article.title } : {}),
          ...(datePublished ? { datePublished } : {}),
        }
      : undefined;
  // A refuted attribution credits the claim to nobody it names: "Claim by: The Wall Street Journal"
  // beside "Misattributed: The Wall Street Journal did not report this" repeated the misattribution.
  const credited = !REFUTED.has(claim.attributionVerdict ?? '');
  const appearance: CreativeWork[] = articleWork ? [articleWork] : [];
  if (relay && credited) appearance.push({ '@type': 'CreativeWork', author: claimant(relay) });
  const firstAppearance = original && credited ? ({ '@type': 'CreativeWork', author: claimant(original) } as const) : articleWork;
  const author = credited ? (original ?? relay) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageOf(claim, article, publisher),
    claimReviewed: claim.text,
    author: org(publisher.authorName, publisher.authorUrl),
    ...(claim.publishedAt ? { datePublished: new Date(claim.publishedAt).toISOString() } : {}),
    reviewBody: `${attributionStatement(claim)} Rated ${rating.name.toLowerCase()}.`,
    // Unverifiable has no place on the 1-5 scale: Google reads ratingValue within worstRating..bestRating,
    // so -1 with worstRating 1 was an out-of-range rating. Such a rating is textual (alternateName) only.
    reviewRating:
      rating.value > 0
        ? { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name }
        : { '@type': 'Rating', alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author: claimant(author) } : {}),
      // When the claim entered public discourse, as far as the service knows: the article's own date.
      ...(datePublished ? { datePublished } : {}),
      ...(appearance.length > 0 ? { appearance } : {}),
      ...(firstAppearance ? { firstAppearance } : {}),
    },
  };
}
