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

/**
 * The text the article's standing claims index, as SQL over the `articles`
 * row `article`: the latest analysed revision's. A revision not analysed yet
 * (or whose analysis failed) has replaced the article's input, but its claims
 * are still the earlier analysis's, with offsets into that text. Before any
 * analysis there are no claims, and the current text is as good as any.
 */
export const claimsTextSql = (article: string) => `coalesce(
  (SELECT ${ANALYSED_TEXT_SQL} FROM article_revisions r
    WHERE r.article_id = ${article}.id AND r.analyses > 0 ORDER BY r.revision DESC LIMIT 1),
  ${article}.analyzed_text, CASE WHEN ${article}.input_format = 'text' THEN ${article}.input END)`;
