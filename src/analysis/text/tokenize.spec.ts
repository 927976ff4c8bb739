import fc from 'fast-check';
import { cutLongRuns, MAX_TOKEN_RUN, tokenize } from './tokenize.js';

/** Every character read, run counted as it goes: what cutLongRuns must return, however it skips ahead. */
function cutEveryRunReadingAll(text: string): string {
  const out = text.split('');
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (/\s/.test(text[i])) run = 0;
    else if (++run > MAX_TOKEN_RUN && !(code >= 0xdc00 && code <= 0xdfff)) {
      out[i] = ' ';
      run = 0;
    }
  }
  return out.join('');
}

describe('cutLongRuns', () => {
  it('treats exactly the characters /\\s/ matches as breaking a run', () => {
    const half = 'a'.repeat(MAX_TOKEN_RUN - 40);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const text = half + ch + half; // longer than a run only when `ch` does not break it
      const breaks = cutLongRuns(text) === text;
      if (breaks !== /\s/.test(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('cuts a run longer than MAX_TOKEN_RUN with a space, keeping the length', () => {
    const text = 'x'.repeat(MAX_TOKEN_RUN * 2 + 5);
    const cut = cutLongRuns(text);
    expect(cut).toHaveLength(text.length);
    expect(cut.split(' ').every((part) => part.length <= MAX_TOKEN_RUN)).toBe(true);
  });

  it('cuts exactly where reading every character would, runs just under, at and over the limit among short words', () => {
    const word = fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((n) => 'w'.repeat(n)),
      fc.integer({ min: MAX_TOKEN_RUN - 3, max: MAX_TOKEN_RUN + 3 }).map((n) => 'x'.repeat(n)),
      fc.integer({ min: 1, max: 3 * MAX_TOKEN_RUN }).map((n) => 'y'.repeat(n)),
      fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'é'),
    );
    const space = fc.constantFrom(' ', '\n', '\u00a0', '\u3000', '\t', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(cutLongRuns(text)).toBe(cutEveryRunReadingAll(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  // wink returns an empty token between two stops written after a word ("Ur..n"); the sentence splitter read its first letter
  it.each(['Ur..n', 'Officials in the U.S..They said so.', 'word..', '..'])('gives no empty token: %j', (text) => {
    const { tokens, sentences } = tokenize(text);
    for (const token of tokens) expect(token.text).toBe(text.slice(token.start, token.end));
    expect(tokens.every((token) => token.text.length > 0)).toBe(true);
    for (const [first, last] of sentences) expect(0 <= first && first <= last && last < tokens.length).toBe(true);
  });

  // wink dropped some whitespace (\v, \f, U+2028, a byte order mark, ...) from a token's preceding spaces: every later offset was one short
  it('keeps every offset exact after any whitespace character', () => {
    const misplaced: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const space = String.fromCharCode(code);
      if (!/\s/.test(space)) continue;
      const text = `${space}Hello${space}world said Reuters.${space}`;
      const { tokens } = tokenize(text);
      if (tokens.some((token) => token.text !== text.slice(token.start, token.end)) || !tokens.some((token) => token.text === 'world')) {
        misplaced.push(code.toString(16));
      }
    }
    expect(misplaced).toEqual([]);
  });
});
