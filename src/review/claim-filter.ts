import { searchQuery, termIsIndexed, typedTerms } from '../claims/claim-search.js';
import { citesOutletSql, unsourcedSql } from '../claims/visible-correction.sql.js';

/** The inbox's filters on claims: the list and counts (GET /v1/queues) and the next claim (POST …/next) alike. */
export interface ClaimFilter {
  articleId?: string;
  outletId?: string;
  unsourced?: boolean;
  /** Full-text search (websearch syntax) over the claim's text. */
  q?: string;
}

type Add = (value: unknown, sql: (p: string) => string) => void;

/**
 * The inbox's text search as conditions: through `claim_search` (a tsvector
 * per claim, stored with it: searchVector) and its GIN index, by the query
 * searchQuery makes of what was typed; or, when every word of the query is an
 * English stop word that the index leaves out ("US", "who", "the"), by those
 * words, whole and in order, in the claim's text, so that such a search does
 * not silently match nothing. A term after `-` is excluded there too: `-US`
 * matched the claims naming the US, the opposite of what was asked; and so is
 * an excluded term of stop words beside indexed words (`vaccine -WHO`), which
 * the tsquery leaves out. A search of punctuation alone matches nothing.
 */
function addTextSearch(typed: string, add: Add, conditions: string[]): void {
  const indexed = searchQuery(typed);
  const included: string[] = [];
  const excluded: string[] = [];
  for (const term of typedTerms(typed)) {
    const words = term.text.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    if (term.excluded) {
      if (indexed === undefined || !termIsIndexed(term.text)) excluded.push(wholeWordsPattern(words));
    } else if (indexed === undefined) included.push(...words);
  }
  for (const pattern of excluded) add(pattern, (p) => `c.text !~* ${p}::text`);
  if (indexed !== undefined) return add(indexed, (p) => `c.id IN (SELECT claim_id FROM claim_search WHERE search @@ ${p}::tsquery)`);
  if (included.length === 0 && excluded.length === 0) conditions.push('false');
  if (included.length > 0) add(wholeWordsPattern(included), (p) => `c.text ~* ${p}::text`);
}

/** `\m` and `\M`: a word's start and end in PostgreSQL's regular expressions; words hold only letters and digits. */
function wholeWordsPattern(words: readonly string[]): string {
  return `\\m${words.join('\\W+')}\\M`;
}

/**
 * The filters as conditions on `claims c`, with their parameters; these are
 * numbered after the caller's first `taken` ones. `viewer`: a SQL expression
 * of the viewer's user id, for the sources they are shown (citesOutletSql).
 */
export function claimFilterSql(filter: ClaimFilter, taken: number, viewer: string): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add: Add = (value, sql) => {
    params.push(value);
    conditions.push(sql(`$${taken + params.length}`));
  };
  if (filter.articleId) add(filter.articleId, (p) => `c.article_id = ${p}::uuid`);
  if (filter.outletId) add(filter.outletId, (p) => citesOutletSql('c', `${p}::uuid`, `${viewer}::uuid`));
  if (filter.unsourced) conditions.push(unsourcedSql('c', { viewer: `${viewer}::uuid` }));
  const typed = filter.q?.trim();
  if (typed) addTextSearch(typed, add, conditions);
  return { conditions, params };
}
