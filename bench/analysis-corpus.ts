import { readdirSync, readFileSync } from 'node:fs';

/** Every annotated article's text: the regression corpus, then the example. */
function annotatedTexts(): string[] {
  const dirs = ['../test/fixtures/articles/', '../test/fixtures/example/'].map((d) => new URL(d, import.meta.url));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string }).text),
  );
}

/**
 * The engine benchmarks' corpus: the annotated articles again and again, each
 * copy with its paragraphs after the first two reshuffled (a fixed seed, so
 * every run and every tool reads the same texts), until `enough(copies,
 * bytes)` says so. bench:analysis, analysis-ab and the output hash share it.
 */
export function reshuffledArticles(enough: (copies: number, bytes: number) => boolean): string[] {
  const texts = annotatedTexts();
  const corpus: string[] = [];
  let bytes = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let i = 0; !enough(i, bytes); i++) {
    const paragraphs = texts[i % texts.length].split('\n\n');
    const article = [...paragraphs.slice(0, 2), ...paragraphs.slice(2).sort(() => random() - 0.5)].join('\n\n');
    corpus.push(article);
    bytes += Buffer.byteLength(article);
  }
  return corpus;
}
