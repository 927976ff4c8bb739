import { claimReview } from '../claimreview.builder.js';
import type { ArticleFact, ClaimFact } from '../publication.repository.js';

// The ClaimReview the docs show, made by the builder itself from a sample
// claim, so that the example cannot drift from what the routes answer. Without
// it the document showed author, reviewRating and itemReviewed as empty objects.

const article: ArticleFact = {
  id: '3f1c2a9e-8d4b-4c3e-9a7f-1b2c3d4e5f60',
  title: 'The Alliance of Despair',
  url: 'https://example.org/news/alliance-of-despair',
  externalId: 'cms:4711',
  byline: null,
  status: 'completed',
  publishedAt: new Date('2024-11-05T08:30:00Z'),
  text: null,
};

const claim: ClaimFact = {
  id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  articleId: article.id,
  ordinal: 1,
  text: 'IA Fact, referring to The Wall Street Journal, reported that North Korea has sent 10,000 troops to Russia.',
  start: 0,
  end: 104,
  status: 'published',
  attributionVerdict: 'confirmed',
  rating: 'mostly_false',
  unsourced: false,
  anonymous: false,
  publishedAt: new Date('2024-11-06T10:00:00Z'),
  sources: [
    { name: 'IA Fact', role: 'relay', outletId: null, registered: false, person: null },
    { name: 'The Wall Street Journal', role: 'original', outletId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', registered: true, person: null },
  ],
  reviews: [],
};

export const CLAIMREVIEW_EXAMPLE = claimReview(claim, article, {
  baseUrl: 'https://claimtrail.example.org',
  authorName: 'Fact Desk',
  authorUrl: 'https://factdesk.example.org',
  pageUrl: 'https://factdesk.example.org/fact-checks/{claimId}',
});
