import type { Token } from '../text/tokenize.js';
import { FORMER_NAMES } from './lexicon.js';
import type { MentionContext } from './mentions.js';

// A body renamed since the article was written is reported by the name it had
// then: a 2017 release's Foreign Secretary speaks for the Foreign and
// Commonwealth Office, not for today's FCDO.

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** The latest year the text writes ("2017"), as a stand-in for when it was written; null: none. */
function latestYear(tokens: Token[]): number | null {
  let latest: number | null = null;
  for (const token of tokens) {
    if (token.text.length !== 4 || token.pos !== 'NUM') continue;
    const year = Number(token.text);
    if (Number.isInteger(year) && year >= EARLIEST_YEAR && year < LATEST_YEAR && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The name a registered body had in the article's time: its former name when the text's latest year precedes the change. */
export function nameInArticleYear(ctx: MentionContext, name: string): string {
  const former = FORMER_NAMES.get(name);
  if (!former) return name;
  if (ctx.year === undefined) ctx.year = latestYear(ctx.tokens); // one pass per article, on first need
  return ctx.year !== null && ctx.year < former.until ? former.name : name;
}
