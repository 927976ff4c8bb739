import { readFileSync } from 'node:fs';
import { AnalysisInputTooLarge, analyze, splitSentences, type AnalysisOptions, type AnalysisResult, type OutletRegistry } from '../analysis/index.js';
import type { CommandIo, CommandNames, OutputStream } from './command-io.js';
import { formatTable } from './format-table.js';
import { loadRegistry } from './load-registry.js';
import { parseArguments, UsageError } from './usage.js';
import { InputError, readArticle } from './read-input.js';

const USAGE = `claimtrail analyze: split articles into claims and link each claim to the outlet it cites

usage: claimtrail analyze [options] FILE...
       npm run -s analyze -- [options] FILE...

FILE is a plain-text or HTML article; "-" reads standard input.

options:
  -f, --format FORMAT  table (default): a readable table per article
                       jsonl: one JSON analysis per line, one line per file
                       json:  one pretty JSON analysis (one FILE only)
      --sentences      print the JSON array of every sentence the segmenter
                       finds, before any filtering (for debugging)
      --html           treat the input as HTML (default: detected)
      --text           treat the input as plain text, even if it looks like HTML
      --registry FILE  outlet registry JSON (default: the curated seed file)
  -h, --help           show this help
  -v, --version        print the version

The JSON output is described in docs/analysis-format.md: claims with UTF-16
offsets into the file (or into the extracted "text" for HTML), check-worthiness,
attribution (direct, inherited, none) and sources with role original/relay.
In the table, "A -> B" reads relay -> original, "B + C" several originals,
"?" a body not in the registry (listed under unregisteredSources).
Score the analysis against annotated articles: claimtrail eval --help

exit status: 0 all analysed, 1 some input could not be read, 2 usage error.`;

/** How `claimtrail analyze` opens its messages and where its usage is read. */
export const ANALYZE_NAMES: CommandNames = { prefix: 'claimtrail', help: 'claimtrail analyze --help' };

const FORMATS = ['table', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeRequest {
  files: string[];
  format: Format;
  sentences: boolean;
  registry?: string;
  analysis: AnalysisOptions;
}

function parseCommand(argv: string[]): AnalyzeRequest | 'help' | 'version' {
  const { values, positionals } = parseArguments({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      sentences: { type: 'boolean' },
      html: { type: 'boolean' },
      text: { type: 'boolean' },
      registry: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command !== 'analyze') {
    throw new UsageError(command ? `unknown command "${command}" (the commands are "analyze" and "eval")` : 'missing command: claimtrail analyze FILE...');
  }
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) {
    // "-f=json" gives the short option the value "=json", as getopt does; say how it is written
    const hint = values.format?.startsWith('=') ? `; write -f ${values.format.slice(1)} or --format${values.format}` : '';
    throw new UsageError(`unknown format "${values.format}" (use table, json or jsonl${hint})`);
  }
  if (files.length === 0) throw new UsageError('no input: give one or more FILEs, or "-" for standard input');
  // The second read of standard input finds it drained and would report an empty file.
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read once: give it once');
  if (format === 'json' && files.length > 1 && !values.sentences) {
    throw new UsageError('--format json takes one FILE; use --format jsonl for several');
  }
  if (values.html && values.text) throw new UsageError('--html and --text exclude each other');
  const analysis: AnalysisOptions = { format: values.html ? 'html' : values.text ? 'text' : 'auto' };
  return { files, format, sentences: Boolean(values.sentences), registry: values.registry, analysis };
}

/** From package.json, two levels up from src/cli/ and from dist/cli/ alike. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Progress on standard error, only for a person watching a terminal. */
function progress(stderr: OutputStream, done: number, total: number, file: string): void {
  if (!stderr.isTTY || total < 2) return;
  const line = `analysing ${done}/${total} ${file}`.slice(0, (stderr.columns ?? 80) - 1);
  stderr.write(`\r\x1b[K${line}${done === total ? '\n' : ''}`);
}

/** `claimtrail analyze ...`: its exit status; throws a UsageError for a command line it cannot run. */
export async function runAnalyze(argv: string[], io: CommandIo): Promise<number> {
  const command = parseCommand(argv);
  if (command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'version') {
    io.stdout.write(`claimtrail ${packageVersion()}\n`);
    return 0;
  }
  const registry = command.sentences ? undefined : await loadRegistry(command.registry);
  let failures = 0;
  for (const [index, file] of command.files.entries()) {
    progress(io.stderr, index, command.files.length, file);
    try {
      io.stdout.write(await analyseFile(file, command, registry, io.stdin));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // one bad file is reported in one line; the others are still analysed
      failures++;
      io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}claimtrail: ${error.message}\n`);
      if (command.format === 'jsonl') io.stdout.write(`${JSON.stringify({ file, error: error.message })}\n`);
    }
  }
  progress(io.stderr, command.files.length, command.files.length, '');
  return failures ? 1 : 0;
}

/** What the command prints for one file; an InputError when it cannot be read or analysed. */
async function analyseFile(file: string, command: AnalyzeRequest, registry: OutletRegistry | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  const input = await readArticle(file, stdin);
  let result: AnalysisResult;
  try {
    if (command.sentences || !registry) return `${JSON.stringify(splitSentences(input, command.analysis), null, 2)}\n`;
    result = analyze(input, registry, command.analysis);
  } catch (error) {
    // a page over the HTML caps is refused; anything else is not meant to happen: either way, for this file only
    if (error instanceof AnalysisInputTooLarge) throw new InputError(`${file}: refused: ${error.message}`);
    throw new InputError(`${file}: analysis failed (${(error as Error).message})`);
  }
  if (command.format === 'table') return `${formatTable(file, result)}\n\n`;
  const { text, ...rest } = result;
  // offsets index the file itself, or for HTML the extracted text, which is then included
  const output = { file, ...(text !== input ? { text } : {}), ...rest };
  return command.format === 'jsonl' ? `${JSON.stringify(output)}\n` : `${JSON.stringify(output, null, 2)}\n`;
}
