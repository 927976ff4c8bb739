// Something a reader sees: not only spaces, zero-width spaces or other format characters, nor
// the letters and symbols that are drawn as nothing (the Hangul fillers U+3164 and U+FFA0, which
// Unicode calls default-ignorable, and the blank Braille pattern U+2800): a dismissal reason or a
// note of them was stored, and the history showed an empty reason.
export const VISIBLE_CHARACTER = /[^\s\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Whether `value` holds a character a reader sees (plain: the engine's threads use it too). */
export function hasVisibleText(value: string): boolean {
  return VISIBLE_CHARACTER.test(value);
}
