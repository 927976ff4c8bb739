/** Where a JSON text names one key twice in one object: `{"role": "relay", "role": "original"}`. */
export interface DuplicateKey {
  key: string;
  /** The object holding it, as jsonProblem spells paths: `body`, `body.sources[1]`. */
  path: string;
}

// An object's keys are kept in a list while it holds a handful (a Set per object cost more than
// the scan of a short list), and in a Set beyond that, so a 100,000-key object stays linear.
type Keys = string[] | Set<string>;
type Frame = { keys: Keys; expectingKey: boolean; lastKey: string } | { index: number };
const LIST_MAX = 16;

/**
 * The first key that appears twice in one object of `text`, which must be
 * JSON that JSON.parse accepted; or null. JSON.parse keeps the last value
 * silently, so `{"role":"relay","role":"original"}` meant whatever the
 * parser on the other side chose (RFC 8259, 4: "names within an object
 * SHOULD be unique"). Keys compare as decoded text: "a" and "\u0061" are
 * the same key.
 *
 * One pass, linear in the text: strings are skipped with indexOf, so a
 * large article text costs little more than the scan for its closing quote.
 * Containers deeper than `maxDepth` are not looked into (the body checks
 * refuse that nesting anyway).
 */
export function duplicateJsonKey(text: string, root = 'body', maxDepth = Infinity): DuplicateKey | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (top && 'keys' in top && top.expectingKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (holds(top.keys, key)) return { key, path: pathOf(stack, root) };
        top.keys = withKey(top.keys, key);
        top.lastKey = key;
        top.expectingKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (stack.length >= maxDepth) return null;
      stack.push(c === OPEN_BRACE ? { keys: [], expectingKey: true, lastKey: '' } : { index: 0 });
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top && 'keys' in top) top.expectingKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function holds(keys: Keys, key: string): boolean {
  return Array.isArray(keys) ? keys.includes(key) : keys.has(key);
}

function withKey(keys: Keys, key: string): Keys {
  if (!Array.isArray(keys)) return keys.add(key);
  keys.push(key);
  return keys.length > LIST_MAX ? new Set(keys) : keys;
}

/** The index of the quote that ends the string opening at `start` (a quote after an odd run of backslashes is escaped). */
function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

/** The path of the innermost open object, built only when a duplicate is found. */
function pathOf(stack: Frame[], root: string): string {
  let path = root;
  for (let depth = 0; depth < stack.length - 1; depth++) {
    const frame = stack[depth];
    path += 'keys' in frame ? `.${frame.lastKey}` : `[${frame.index}]`;
  }
  return path;
}
