/**
 * The text an article's offsets index. Analysis keeps no second copy of
 * plain-text input (`analyzed_text` stays NULL): the input is the text; for
 * HTML it is what extraction read. Null before an HTML article is analysed.
 */
export function analysedText(article: { analyzedText: string | null; inputFormat: string; input: string }): string | null {
  return article.analyzedText ?? (article.inputFormat === 'text' ? article.input : null);
}

/** The same, as a SQL expression over an `articles` (or `article_revisions`) row. */
export const ANALYSED_TEXT_SQL = `coalesce(analyzed_text, CASE WHEN input_format = 'text' THEN input END)`;
