/**
 * Characters Unicode says to show as nothing (soft hyphen, zero-width space,
 * word joiner, variation selectors, LRM ...): a CMS's `&shy;` hyphenation
 * points sit inside words ("Reu&shy;ters said"), and a name holding one lists
 * exactly like the name without it.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The key under which names are compared: case, accents, quotes, dots,
 * hyphens and invisible characters do not matter, and neither does a leading
 * "the" ("The Wall Street Journal" = "Wall Street Journal", "U.S." = "US",
 * "Secretary-General" = "Secretary General", "Reu\u00adters" = "Reuters").
 */
export function normalizeName(name: string): string {
  if (isPlainAscii(name)) {
    const lowered = name.toLowerCase();
    return lowered.startsWith('the ') ? lowered.slice(4) : lowered;
  }
  let out = '';
  let pendingSpace = false;
  const lowered = name.normalize('NFKD').replace(INVISIBLE, '').toLowerCase();
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

/**
 * normalizeName of one word, given the word in lower case: a plain ASCII
 * word's key is that lower case, with no string made.
 */
export function normalizeWord(word: string, lower: string): string {
  return isPlainAscii(word) ? lower : normalizeName(word);
}

/**
 * ASCII letters, digits and other marks the key keeps, words parted by one
 * space: the key is the text lower-cased (no accent to drop, no quote, dot or
 * hyphen to remove, no space to squeeze). Most phrases looked up are such, and
 * skip the costly general path.
 */
function isPlainAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 128 || code === 46 || code === 34 || code === 96 || code === 45 || code === 9 || code === 10) return false; // . " ` - tab newline
    if (code === 32 && (i === 0 || i === name.length - 1 || name.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}
