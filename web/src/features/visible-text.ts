// Something a reader sees: not only spaces, zero-width spaces or other format characters, nor the
// Hangul fillers and the blank Braille pattern, drawn as nothing. The service's test
// (src/common/visible-text.ts), so that the forms refuse what the service would.
const VISIBLE_CHARACTER = /[^\s\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Whether `value` holds a character a reader sees. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE_CHARACTER.test(value);
}
