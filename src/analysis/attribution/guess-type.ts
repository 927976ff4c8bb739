import type { ClaimSource } from '../types.js';

const MEDIA = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'daily', 'weekly', 'radio', 'tv', 'television',
  'channel', 'press', 'telegraph', 'guardian', 'observer', 'courier', 'pravda', 'izvestia', 'media', 'magazine',
  'review', 'wire', 'chronicle', 'standard', 'mirror', 'express', 'independent', 'today', 'online', 'zeitung',
  'gazeta', 'novosti', 'vesti', 'inform', 'info', 'newspaper', 'broadcaster', 'portal', 'blog', 'podcast',
]);
const AGENCY = new Set(['agency', 'ia', 'agentstvo', 'agence', 'agenzia']);
const GOVERNMENT = new Set([
  'ministry', 'department', 'government', 'office', 'cabinet', 'parliament', 'administration', 'embassy',
  'service', 'police', 'army', 'forces', 'command', 'staff', 'kremlin', 'presidency', 'verkhovna', 'rada', 'duma',
  'senate', 'congress', 'court', 'prosecutor', "prosecutor's", 'bureau', 'directorate', 'guard', 'navy',
]);
const THINK_TANK = new Set(['institute', 'centre', 'center', 'foundation', 'endowment', 'forum', 'think']);
const NGO = new Set(['amnesty', 'watch', 'committee', 'association', 'union', 'federation', 'society', 'coalition', 'group']);
const COMPANY = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'group', 'company', 'holdings', 'bank', 'gmbh']);
const UNIVERSITY = new Set(['university', 'college', 'school', 'academy', 'laboratory', 'lab']);

/** A best guess at what an unregistered source is, from the words of its name. */
export function guessSourceType(name: string): ClaimSource['type'] {
  const words = name.toLowerCase().split(/[\s\-–]+/).filter(Boolean);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (has(AGENCY)) return 'news-agency';
  if (has(MEDIA)) return 'online-outlet';
  if (has(GOVERNMENT)) return 'government';
  if (has(THINK_TANK)) return 'think-tank';
  if (has(UNIVERSITY)) return 'research-institute';
  if (has(COMPANY)) return 'company';
  if (has(NGO)) return 'ngo';
  // "Jamieson Greer": two or three capitalised words; a single word may be anything
  const parts = name.split(/\s+/);
  const capitalised = parts.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (parts.length >= 2 && parts.length <= 3 && capitalised.length === parts.length) return 'person';
  return 'unknown';
}

export function isMediaType(type: ClaimSource['type']): boolean {
  return type === 'news-agency' || type === 'newspaper' || type === 'broadcaster' || type === 'online-outlet' || type === 'magazine';
}
