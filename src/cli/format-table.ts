import type { AnalysisResult, Claim, ClaimSource } from '../analysis/index.js';

const CLAIM_WIDTH = 72;
const URGENT_SCORE = 0.6;

function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/** "IA Fact -> The Wall Street Journal": who passed it on, then where it comes from. */
export function sourceChain(claim: Claim): string {
  if (!claim.sources.length) return claim.anonymous ? 'anonymous sources' : 'UNSOURCED';
  const label = (s: ClaimSource) => `${s.name}${s.registered ? '' : '?'}${s.person ? ` (${s.person})` : ''}`;
  const relays = claim.sources.filter((s) => s.role === 'relay').map(label);
  const originals = claim.sources.filter((s) => s.role === 'original').map(label);
  const chain = [...relays, originals.join(' + ') || 'anonymous'].join(' -> ');
  return claim.attribution === 'inherited' ? `${chain} (inherited)` : chain;
}

export function formatTable(file: string, result: AnalysisResult): string {
  const lines: string[] = [];
  lines.push(`${file}${result.title ? ` — ${result.title}` : ''}${result.byline ? ` (by ${result.byline})` : ''}`);
  const unsourced = result.claims.filter((c) => c.attribution === 'none');
  const urgent = unsourced.filter((c) => c.checkworthiness >= URGENT_SCORE).length;
  lines.push(
    `${result.claims.length} claims, ${unsourced.length} unsourced (${urgent} of them scoring ${URGENT_SCORE} or more: check these first), ` +
      `${result.excluded.length} passages set aside`,
  );
  lines.push('');
  const numberWidth = String(result.claims.length).length;
  lines.push(`${'#'.padStart(numberWidth)}  ${'claim'.padEnd(CLAIM_WIDTH)}  score  sources (relay -> original)`);
  result.claims.forEach((claim, i) => {
    lines.push(
      `${String(i + 1).padStart(numberWidth)}  ${shorten(claim.text, CLAIM_WIDTH).padEnd(CLAIM_WIDTH)}  ${claim.checkworthiness.toFixed(2).padStart(5)}  ${sourceChain(claim)}`,
    );
  });
  if (result.unregisteredSources.length) {
    lines.push('');
    lines.push(`not in the registry (marked ?): ${result.unregisteredSources.map((u) => u.name).join(', ')}`);
  }
  return lines.join('\n');
}
