/**
 * The key under which names are compared: case, accents, quotes, dots and
 * hyphens do not matter, and neither does a leading "the" ("The Wall Street
 * Journal" = "Wall Street Journal", "U.S." = "US", "Secretary-General" =
 * "Secretary General").
 */
export function normalizeName(name: string): string {
  let out = '';
  let pendingSpace = false;
  const lowered = name.normalize('NFKD').toLowerCase();
  for (let i = 0; i < lowered.length; i++) {
    const ch = lowered[i];
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents
    if (ch === '.' || ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»' || ch === '„') continue;
    if (ch === '’' || ch === '‘' || ch === '`') {
      out += "'";
      continue;
    }
    if (ch === ' ' || ch === '-' || ch === '–' || ch === '\u00a0' || ch === '\n' || ch === '\t') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += ch;
  }
  return out.startsWith('the ') ? out.slice(4) : out;
}
