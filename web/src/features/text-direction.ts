// Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic).
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/gu;
const LETTER = /\p{L}/gu;
// Enough of a long article to tell its script; counting all of it would cost time on every render.
const SAMPLE = 2_000;

/**
 * The direction to set text in: right to left when most of its letters are of a
 * right-to-left script. dir="auto" goes by the first strong letter only, so an
 * Arabic article opening with "CNN" or "2024 BBC" was set left to right.
 * "auto" when the text has no letters at all.
 */
export function textDirection(text: string | null | undefined): 'rtl' | 'ltr' | 'auto' {
  const sample = (text ?? '').slice(0, SAMPLE);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'auto';
  const rightToLeft = sample.match(RIGHT_TO_LEFT)?.length ?? 0;
  return rightToLeft * 2 > letters ? 'rtl' : 'ltr';
}
