// Scripts whose letters pass for one another ("а" Cyrillic, "a" Latin, "ο" Greek).
const LOOKALIKE_SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/** The look-alike scripts whose letters `text` mixes: more than one makes a homoglyph of another name possible. */
export function lookalikeScriptsIn(text: string): string[] {
  return LOOKALIKE_SCRIPTS.filter(([, letters]) => letters.test(text)).map(([name]) => name);
}

/**
 * The first word of `text` whose letters mix look-alike scripts ("Rеuters"
 * with a Cyrillic "е"), if any. Words, not the whole text: a name may be
 * written in two scripts side by side ("Радио Свобода / Radio Liberty").
 */
export function mixedScriptWordIn(text: string): string | undefined {
  return text.split(/[^\p{L}\p{M}]+/u).find((word) => lookalikeScriptsIn(word).length > 1);
}
