import type { AnalysisResult, Claim, ClaimSource } from '../analysis/index.js';
import { showAsCodePoints } from '../common/code-points.js';

const CLAIM_WIDTH = 72;
const URGENT_SCORE = 0.6;

/**
 * Control characters (but tab and the line breaks between rows) and bidi controls,
 * shown as their code points. The table goes to a terminal, and the text of
 * an HTML page keeps what its character references name: a page with
 * `&#x1b;]0;...&#x7;` in its title or `&#x1b;[2J` in a claim set the
 * terminal's title or cleared the screen of whoever analysed it (`curl ... |
 * claimtrail analyze -`), and a U+202E turned the rest of a row around.
 */
const HIDDEN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/**
 * "IA Fact? -> The Wall Street Journal + Reuters": who passed it on, then
 * where it comes from. `?` marks exactly the names listed in
 * `unregisteredSources` (bodies the registry lacks); people and countries
 * speaking are not outlets to register.
 */
export function sourceChain(claim: Claim, unregistered: ReadonlySet<string> = new Set()): string {
  if (!claim.sources.length) return claim.anonymous ? 'anonymous sources' : 'UNSOURCED';
  const label = (s: ClaimSource) => `${s.name}${unregistered.has(s.name) ? '?' : ''}${s.person ? ` (${s.person})` : ''}`;
  const relays = claim.sources.filter((s) => s.role === 'relay').map(label);
  const originals = claim.sources.filter((s) => s.role === 'original').map(label);
  const chain = [...relays, originals.join(' + ') || 'anonymous'].join(' -> ');
  const anonymous = claim.anonymous && originals.length ? ' (+ anonymous)' : '';
  return claim.attribution === 'inherited' ? `${chain}${anonymous} (inherited)` : `${chain}${anonymous}`;
}

/** "1 claim", "2 claims": a one-sentence article is common input. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function formatTable(file: string, result: AnalysisResult): string {
  const lines: string[] = [];
  lines.push(`${file}${result.title ? ` — ${result.title}` : ''}${result.byline ? ` (${bylineLabel(result.byline)})` : ''}`);
  const unsourced = result.claims.filter((c) => c.attribution === 'none');
  const urgent = unsourced.filter((c) => c.checkworthiness >= URGENT_SCORE).length;
  lines.push(
    `${counted(result.claims.length, 'claim')}, ${unsourced.length} unsourced (${urgent} of them scoring ${URGENT_SCORE} or more: check these first), ` +
      `${counted(result.excluded.length, 'passage')} set aside`,
  );
  lines.push('');
  const unregistered = new Set(result.unregisteredSources.map((u) => u.name));
  const numberWidth = String(result.claims.length).length;
  lines.push(`${'#'.padStart(numberWidth)}  ${'claim'.padEnd(CLAIM_WIDTH)}  score  sources (relay -> original)`);
  result.claims.forEach((claim, i) => {
    lines.push(
      `${String(i + 1).padStart(numberWidth)}  ${shorten(claim.text, CLAIM_WIDTH).padEnd(CLAIM_WIDTH)}  ${claim.checkworthiness.toFixed(2).padStart(5)}  ${sourceChain(claim, unregistered)}`,
    );
  });
  if (result.unregisteredSources.length) {
    lines.push('');
    lines.push(`not in the registry (marked ?): ${result.unregisteredSources.map((u) => u.name).join(', ')}`);
  }
  return showAsCodePoints(lines.join('\n'), HIDDEN_CONTROL);
}

/** "by Jane Roe", or the byline as the page wrote it when it says "By" itself ("By Jane Roe and John Doe"). */
function bylineLabel(byline: string): string {
  return /^by\b/i.test(byline) ? byline : `by ${byline}`;
}
