import { searchQuery, typedTerms } from '../claims/claim-search.js';

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
 * does not silently match nothing. A term after `-` is excluded there too:
 * `-US` matched the claims naming the US, the opposite of what was asked.
 */
type TextMatch = { indexed: string } | { wholeWords: WholeWords } | 'nothing';

interface WholeWords {
  /** The words of the terms not excluded, in order, or undefined when every term is excluded. */
  included?: string;
  /** Each excluded term's words. */
  excluded: string[];
}

/** What a typed search matches by; none for an empty one. */
function textMatchOf(q: string | undefined): TextMatch | undefined {
  const typed = q?.trim();
  if (!typed) return undefined;
  const indexed = searchQuery(typed);
  if (indexed !== undefined) return { indexed };
  const wholeWords = wholeWordsMatch(typed);
  return wholeWords ? { wholeWords } : 'nothing';
}

/** `\m` and `\M`: a word's start and end in PostgreSQL's regular expressions; words hold only letters and digits. */
function wholeWordsPattern(words: readonly string[]): string {
  return `\\m${words.join('\\W+')}\\M`;
}

function wholeWordsMatch(query: string): WholeWords | undefined {
  const included: string[] = [];
  const excluded: string[] = [];
  for (const term of typedTerms(query)) {
    const words = term.text.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    if (term.excluded) excluded.push(wholeWordsPattern(words));
    else included.push(...words);
  }
  if (included.length === 0 && excluded.length === 0) return undefined;
  return { included: included.length > 0 ? wholeWordsPattern(included) : undefined, excluded };
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
  else if (text) {
    if (text.wholeWords.included !== undefined) add(text.wholeWords.included, (p) => `c.text ~* ${p}::text`);
    for (const pattern of text.wholeWords.excluded) add(pattern, (p) => `c.text !~* ${p}::text`);
  }
  return { conditions, params };
}
