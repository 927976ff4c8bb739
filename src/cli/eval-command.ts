import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBaseline, readGoldDir, scoreGold, toBaseline, type ScoredArticle } from '../analysis/testing/gold-corpus.js';
import { addScore, emptyScore, scoreArticle, summarise, type GoldArticle, type GoldScore, type PredictedClaim } from '../analysis/testing/gold-score.js';
import type { CommandIo, CommandNames } from './command-io.js';
import { loadRegistry } from './load-registry.js';
import { parseArguments, UsageError } from './usage.js';
import { describeReadError } from './read-input.js';

const USAGE = `claimtrail eval: score the analysis against gold articles (docs/analysis-format.md)

usage: claimtrail eval --gold DIR [options]
       npm run -s eval -- --gold DIR [options]

options:
      --gold DIR       folder of gold .json files (required)
      --verbose        list every missed claim, wrong or missed source and noisy passage
      --json           end with the figures as one JSON line
      --registry FILE  outlet registry JSON (default: the curated seed file)
      --pages DIR      also score the saved HTML page DIR/<id>.html of each article
                       that has one (scored against the text extracted from the page)
      --write-baseline FILE
                       write each article's figures to FILE: the per-article floors
                       of src/analysis/regression.spec.ts (see the README)
      --cmd COMMAND    score another analysis command instead of this engine: each
                       article is written to a temporary file, the paths are appended,
                       and the command must print the analysis as JSON lines
                       (e.g. 'node dist/cli/main.js analyze --format jsonl')
  -h, --help           show this help

Figures: claim recall (a gold claim is found when a predicted claim overlaps it
by half of their union), noise (set-aside passages reported as claims), and
precision, recall and F1 of (claim, original) and (claim, relay) pairs; also
per style when the gold files name one.`;

/** How `claimtrail eval` opens its messages and where its usage is read. */
export const EVAL_NAMES: CommandNames = { prefix: 'claimtrail eval', help: 'claimtrail eval --help' };

interface Options {
  gold: string;
  verbose: boolean;
  json: boolean;
  registry?: string;
  cmd?: string;
  pages?: string;
  writeBaseline?: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArguments({
    args: argv,
    options: {
      gold: { type: 'string' },
      verbose: { type: 'boolean' },
      json: { type: 'boolean' },
      registry: { type: 'string' },
      cmd: { type: 'string' },
      pages: { type: 'string' },
      'write-baseline': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (!values.gold) throw new UsageError('--gold DIR is required');
  if (values.cmd && (values.pages || values['write-baseline'])) throw new UsageError('--pages and --write-baseline score this engine: they exclude --cmd');
  return {
    gold: values.gold,
    verbose: Boolean(values.verbose),
    json: Boolean(values.json),
    registry: values.registry,
    cmd: values.cmd,
    pages: values.pages,
    writeBaseline: values['write-baseline'],
  };
}

/** Another tool's predictions: its JSON lines, one per article file, matched by path (or by order). */
function predictWithCommand(golds: GoldArticle[], cmd: string): PredictedClaim[][] {
  const work = mkdtempSync(join(tmpdir(), 'claimtrail-eval-'));
  try {
    const files = golds.map((g, i) => {
      const path = join(work, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, g.text, 'utf8');
      return path;
    });
    const quoted = files.map((f) => `'${f.replace(/'/g, `'\\''`)}'`).join(' ');
    const run = spawnSync('sh', ['-c', `${cmd} ${quoted}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`the analysis command exited ${run.status}: ${run.stderr.trim().split('\n').pop() ?? ''}`);
    const outputs = jsonLines(run.stdout);
    const byFile = new Map(outputs.filter((o) => o.file).map((o) => [o.file, o]));
    return files.map((file, i) => {
      const output = byFile.get(file) ?? (outputs.length === files.length ? outputs[i] : undefined);
      // A command printing a table, pretty JSON or an error for an article was scored as finding nothing there
      // (recall 0.000, no word of why): an article without its analysis ends the run, naming it.
      if (!Array.isArray(output?.claims)) {
        const said = typeof output?.error === 'string' ? `: ${output.error}` : '';
        throw new Error(`the analysis command printed no analysis of ${golds[i].id} (${file})${said}; it must print one JSON line with "claims" per file, as --format jsonl does`);
      }
      return output.claims;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

type CommandOutput = { file?: string; claims?: PredictedClaim[]; error?: unknown };

/** The command's JSON lines (those opening with "{"); a line that is not JSON is named by its number. */
function jsonLines(stdout: string): CommandOutput[] {
  return stdout.split('\n').flatMap((line, i) => {
    if (!line.trim().startsWith('{')) return [];
    try {
      return [JSON.parse(line) as CommandOutput];
    } catch (error) {
      throw new Error(`the analysis command's line ${i + 1} is not JSON (${(error as Error).message}): ${line.slice(0, 80)}`, { cause: error });
    }
  });
}

const fixed = (x: number) => x.toFixed(3);

function describe(score: GoldScore, seconds?: number): string[] {
  const { claimRecall, sources, relays } = summarise(score);
  return [
    `articles ${score.articles}  gold claims ${score.gold}  found ${score.found} (recall ${fixed(claimRecall)})  predicted ${score.predicted}  ` +
      `noise ${score.noise}/${score.notClaims}  bad offsets ${score.badOffsets}  missing quotes ${score.missingQuotes}` +
      (seconds === undefined ? '' : `  ${seconds.toFixed(1)} s`),
    `relays   P ${fixed(relays.p)} R ${fixed(relays.r)} F1 ${fixed(relays.f1)}  (tp ${relays.tp} fp ${relays.fp} fn ${relays.fn})`,
    `sources  P ${fixed(sources.p)} R ${fixed(sources.r)} F1 ${fixed(sources.f1)}  (tp ${sources.tp} fp ${sources.fp} fn ${sources.fn})`,
  ];
}

function styleTable(byStyle: Map<string, GoldScore>): string[] {
  const width = Math.max(5, ...[...byStyle.keys()].map((s) => s.length));
  const lines = [`${'style'.padEnd(width)}  articles  claims  recall  noise   source P/R/F1        relay F1`];
  for (const [style, score] of [...byStyle].sort(([a], [b]) => a.localeCompare(b))) {
    const { claimRecall, sources, relays } = summarise(score);
    lines.push(
      `${style.padEnd(width)}  ${String(score.articles).padStart(8)}  ${String(score.gold).padStart(6)}  ${fixed(claimRecall)}  ${`${score.noise}/${score.notClaims}`.padEnd(6)}  ` +
        `${fixed(sources.p)}/${fixed(sources.r)}/${fixed(sources.f1)}  ${relays.tp + relays.fn ? fixed(relays.f1) : '-'}`,
    );
  }
  return lines;
}

/** The gold articles of --gold; a directory that cannot be read is named in words, not as Node's "ENOENT: ..., scandir". */
function readGolds(dir: string): ReturnType<typeof readGoldDir> {
  try {
    return readGoldDir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new Error(describeReadError(`--gold ${dir}`, error as NodeJS.ErrnoException, 'directory'), { cause: error });
    throw error;
  }
}

/** `claimtrail eval ...`: its exit status; throws a UsageError for a command line it cannot run. */
export async function runEval(argv: string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const golds = readGolds(options.gold);
  if (!golds.length) throw new UsageError(`no gold .json files in ${options.gold}`);
  const started = process.hrtime.bigint();
  let scored: ScoredArticle[];
  if (options.cmd) {
    const predictions = predictWithCommand(golds, options.cmd);
    scored = golds.map((gold, i) => ({ key: gold.id, gold, score: scoreArticle(gold, gold.text, predictions[i]) }));
  } else {
    scored = scoreGold(golds, await loadRegistry(options.registry), options.pages);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const total = emptyScore();
  const byStyle = new Map<string, GoldScore>();
  for (const { key, gold, score } of scored) {
    addScore(total, score);
    // a saved page counts as an article of its own, in a style of its own
    const style = key.endsWith('.html') ? 'html page' : (gold.style ?? 'unstyled');
    if (!byStyle.has(style)) byStyle.set(style, emptyScore());
    addScore(byStyle.get(style)!, score);
  }
  if (options.writeBaseline) writeFileSync(options.writeBaseline, formatBaseline(toBaseline(scored)));
  const out: string[] = [];
  if (options.verbose) out.push(...total.misses);
  out.push(...describe(total, seconds));
  if (byStyle.size > 1) out.push('', ...styleTable(byStyle));
  if (options.json) {
    const { claimRecall, noise, sources, relays } = summarise(total);
    const styles = Object.fromEntries([...byStyle].map(([style, score]) => [style, { articles: score.articles, ...summarise(score) }]));
    out.push(JSON.stringify({ articles: total.articles, claimRecall, noise, badOffsets: total.badOffsets, missingQuotes: total.missingQuotes, sources, relays, styles, seconds }));
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
