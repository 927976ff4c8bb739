/**
 * `text` with every character `hidden` matches (a global pattern) shown as its
 * code point ("[U+001B]"): for text that reaches a screen, where a control
 * character would act instead of showing (a terminal escape, a U+202E that
 * turns the rest of a line around).
 */
export function showAsCodePoints(text: string, hidden: RegExp): string {
  return text.replace(hidden, (ch) => `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
