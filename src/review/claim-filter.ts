import { searchQuery } from '../claims/claim-search.js';

/** The inbox's filters on claims: the list and counts (GET /v1/queues) and the next claim (POST …/next) alike. */
export interface ClaimFilter {
  articleId?: string;
  outletId?: string;
  unsourced?: boolean;
  /** Full-text search (websearch syntax) over the claim's text. */
  q?: string;
}

/**
 * How the inbox's text search matches: through `claim_search` (a tsvector per
 * claim, stored with it: searchVector) and its GIN index, by the query
 * searchQuery makes of what was typed; or, when every word of the query
 * is an English stop word that the index leaves out ("US", "who", "the"), by
 * those words, whole and in order, in the claim's text, so that such a search
 * does not silently match nothing.
 */
type TextMatch = { indexed: string } | { wholeWords: string } | 'nothing';

/** What a typed search matches by; none for an empty one. */
function textMatchOf(q: string | undefined): TextMatch | undefined {
  const typed = q?.trim();
  if (!typed) return undefined;
  const indexed = searchQuery(typed);
  if (indexed !== undefined) return { indexed };
  const pattern = wholeWordsPattern(typed);
  return pattern ? { wholeWords: pattern } : 'nothing';
}

/** `\m` and `\M`: a word's start and end in PostgreSQL's regular expressions; words hold only letters and digits. */
function wholeWordsPattern(query: string): string | undefined {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  return words ? `\\m${words.join('\\W+')}\\M` : undefined;
}

/**
 * The filters as conditions on `claims c`, with their parameters; these are
 * numbered after the caller's first `taken` ones.
 */
export function claimFilterSql(filter: ClaimFilter, taken: number): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add = (value: unknown, sql: (p: string) => string) => {
    params.push(value);
    conditions.push(sql(`$${taken + params.length}`));
  };
  if (filter.articleId) add(filter.articleId, (p) => `c.article_id = ${p}::uuid`);
  if (filter.outletId) add(filter.outletId, (p) => `EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND s.outlet_id = ${p}::uuid)`);
  if (filter.unsourced) conditions.push('c.unsourced');
  const text = textMatchOf(filter.q);
  if (text === 'nothing') conditions.push('false');
  else if (text && 'indexed' in text) add(text.indexed, (p) => `c.id IN (SELECT claim_id FROM claim_search WHERE search @@ ${p}::tsquery)`);
  else if (text) add(text.wholeWords, (p) => `c.text ~* ${p}::text`);
  return { conditions, params };
}
