/**
 * The text an article's offsets index. Analysis keeps no second copy of
 * plain-text input (`analyzed_text` stays NULL): the input is the text; for
 * HTML it is what extraction read. Null before an HTML article is analysed.
 */
export function analysedText(article: { analyzedText: string | null; inputFormat: string; input: string }): string | null {
  return article.analyzedText ?? (article.inputFormat === 'text' ? article.input : null);
}

/** The same, as a SQL expression over the `articles` (or `article_revisions`) row `row`, or over the only row in scope. */
export const analysedTextSql = (row?: string) => {
  const column = (name: string) => (row ? `${row}.${name}` : name);
  return `coalesce(${column('analyzed_text')}, CASE WHEN ${column('input_format')} = 'text' THEN ${column('input')} END)`;
};

/** Statuses in which an article's own text is its latest analysed one, the one its claims index. */
const LATEST_ANALYSED_STATUSES: ReadonlySet<string> = new Set(['analyzed', 'completed']);

export function showsLatestAnalysis(status: string): boolean {
  return LATEST_ANALYSED_STATUSES.has(status);
}

/** `columns` of the latest analysed revision of the article `articleId` (a SQL expression), as a query. */
export const latestAnalysedRevisionSql = (articleId: string, columns: string) =>
  `SELECT ${columns} FROM article_revisions r WHERE r.article_id = ${articleId} AND r.analyses > 0 ORDER BY r.revision DESC LIMIT 1`;

/**
 * The text the article's standing claims index, as SQL over the `articles`
 * row `article`: the latest analysed revision's. A revision not analysed yet
 * (or whose analysis failed) has replaced the article's input, but its claims
 * are still the earlier analysis's, with offsets into that text. Before any
 * analysis there are no claims, and the current text is as good as any.
 */
export const claimsTextSql = (article: string) =>
  `coalesce((${latestAnalysedRevisionSql(`${article}.id`, analysedTextSql('r'))}), ${analysedTextSql(article)})`;
