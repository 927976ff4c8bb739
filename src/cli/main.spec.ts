import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ANALYZE_NAMES, runAnalyze } from './analyze-command.js';
import { runCommand, type Command, type CommandNames } from './command-io.js';
import { EVAL_NAMES, runEval } from './eval-command.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'test/fixtures/example/alliance-of-despair.json');

/**
 * A command run in this process, as main.ts and eval.ts run it, with its
 * streams captured: each process started here costs some 3 s of CPU loading
 * the engine through SWC. The package bin's test below starts real processes.
 */
async function run(command: Command, names: CommandNames, args: string[], input?: string) {
  let out = '';
  let err = '';
  const io = {
    stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  };
  const code = await runCommand(command, names, args, io);
  return { code, out, err };
}

const cli = (args: string[], input?: string) => run(runAnalyze, ANALYZE_NAMES, args, input);
const evaluate = (args: string[]) => run(runEval, EVAL_NAMES, args);

describe('claimtrail analyze (CLI)', () => {
  let dir: string;
  let article: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
    article = join(dir, 'article.txt');
    writeFileSync(article, (JSON.parse(readFileSync(example, 'utf8')) as { text: string }).text);
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a table with the source chain written relay -> original, and unsourced claims marked', async () => {
    const { code, out } = await cli(['analyze', article]);
    expect(code).toBe(0);
    expect(out).toContain('IA Fact? -> The Wall Street Journal');
    expect(out).toContain('Ukrainska Pravda -> Institute for the Study of War');
    expect(out).toMatch(/His decision to provide Russia.*UNSOURCED/);
  });

  it('analyses the good files, reports the bad ones in one line each, and exits 1', async () => {
    const { code, out, err } = await cli(['analyze', '--format', 'jsonl', join(dir, 'missing.txt'), article, join(dir, 'empty.txt'), join(dir, 'binary.bin')]);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; claims?: unknown[] });
    expect(lines.map((l) => Boolean(l.error))).toEqual([true, false, true, true]);
    expect(lines[1].claims?.length).toBeGreaterThan(20);
    const messages = err.trim().split('\n');
    expect(messages).toEqual([
      expect.stringMatching(/missing\.txt: no such file$/),
      expect.stringMatching(/empty\.txt: is empty$/),
      expect.stringMatching(/binary\.bin: looks like a binary file/),
    ]);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names a registry or a gold directory it cannot read in words, not by the error codes of Node', async () => {
    // It said "registry x: ENOENT: no such file or directory, open 'x'" and "ENOENT: ..., scandir 'y'".
    const registry = await cli(['analyze', '--registry', join(dir, 'missing.json'), article]);
    expect([registry.code, registry.err.trim()]).toEqual([1, `claimtrail: registry ${join(dir, 'missing.json')}: no such file`]);
    const missing = await evaluate(['--gold', join(dir, 'no-such-dir')]);
    expect([missing.code, missing.err.trim()]).toEqual([1, `claimtrail eval: --gold ${join(dir, 'no-such-dir')}: no such directory`]);
    const file = await evaluate(['--gold', article]);
    expect([file.code, file.err.trim()]).toEqual([1, `claimtrail eval: --gold ${article}: is a file, not a directory`]);
  });

  // A command printing a table (the analyzer without --format jsonl) or nothing was scored as finding no claim in
  // any article: recall 0.000, exit 0, no word of why.
  it('eval --cmd names the article another command printed no analysis of', async () => {
    const gold = join(dir, 'gold');
    mkdirSync(gold, { recursive: true });
    writeFileSync(join(gold, 'one.json'), JSON.stringify({ text: 'Reuters said 40 drones were shot down.', claims: [] }));
    const evaluateCommand = (cmd: string) => evaluate(['--gold', gold, '--cmd', cmd]);
    const table = await evaluateCommand('echo "1  Reuters said 40 drones were shot down.  0.50  Reuters"; true');
    expect([table.code, table.err]).toEqual([1, expect.stringMatching(/^claimtrail eval: the analysis command printed no analysis of one \(.*\.txt\); it must print one JSON line with "claims" per file/)]);
    const broken = await evaluateCommand('echo "{\\"claims\\": ["; true');
    expect([broken.code, broken.err]).toEqual([1, expect.stringMatching(/^claimtrail eval: the analysis command's line 1 is not JSON/)]);
    const none = await evaluateCommand('echo \'{"claims": []}\'; true');
    expect([none.code, none.out]).toEqual([0, expect.stringMatching(/^articles 1 .* predicted 0 /)]);
  });

  it('reads standard input with "-" and prints pretty JSON', async () => {
    const { code, out } = await cli(['analyze', '--format', 'json', '-'], 'Reuters said 40 drones were shot down on Monday.');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { file: string; claims: Array<{ sources: Array<{ name: string }> }> };
    expect(parsed.file).toBe('-');
    expect(parsed.claims[0].sources[0].name).toBe('Reuters');
    expect(out.split('\n').length).toBeGreaterThan(10);
  });

  it('prints every sentence the segmenter found with --sentences', async () => {
    const { out } = await cli(['analyze', '--sentences', '-'], 'Political\n\nOne sentence here. Another one?');
    expect((JSON.parse(out) as Array<{ text: string }>).map((s) => s.text)).toEqual(['Political', 'One sentence here.', 'Another one?']);
  });

  it('answers a usage error with exit code 2 and a one-line message', async () => {
    const unknown = await cli(['analyze', '--colour', article]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('claimtrail: unknown option --colour\n(see claimtrail analyze --help)\n');
    const missing = await cli(['analyze', article, '--format']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^claimtrail: -f, --format needs a value\n/);
    const format = await cli(['analyze', '--format', 'xml', article]);
    expect(format.code).toBe(2);
    expect(format.err).toContain('unknown format "xml"');
    // "-f=json" reaches parseArgs as -f with the value "=json"
    expect((await cli(['analyze', '-f=json', article])).err).toMatch(/^claimtrail: unknown format "=json" \(use table, json or jsonl; write -f json or --format=json\)\n/);
    expect((await cli(['analyze'])).code).toBe(2);
    // Standard input is read once: a second "-" was reported as an empty file, after the first was analysed.
    const twice = await cli(['analyze', '--format', 'jsonl', '-', '-'], 'Reuters said 40 drones were shot down on Monday.');
    expect([twice.code, twice.out]).toEqual([2, '']);
    expect(twice.err).toMatch(/^claimtrail: standard input \("-"\) can be read once: give it once\n/);
  });

  it('refuses an input that never ends (a device, an endless pipe) instead of reading until memory runs out', async () => {
    const { code, err } = await cli(['analyze', '/dev/zero']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('claimtrail: /dev/zero: is larger than 64 MiB; an article is far smaller');
  });

  it('runs both commands from the package bin: claimtrail analyze and claimtrail eval', () => {
    const bin = (args: string[]) => {
      const run = spawnSync(process.execPath, ['src/cli/claimtrail.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      return { code: run.status, out: run.stdout, err: run.stderr };
    };
    // `claimtrail eval --help` printed the analyzer's help, and `claimtrail eval` was an unknown command.
    const help = bin(['eval', '--help']);
    expect([help.code, help.out.split('\n')[0]]).toEqual([0, 'claimtrail eval: score the analysis against gold articles (docs/analysis-format.md)']);
    const scored = bin(['eval', '--gold', join(root, 'test/fixtures/example'), '--json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out.trim().split('\n').at(-1)!)).toMatchObject({ articles: 1 });
    expect(bin(['analyze', '--format', 'jsonl', article]).out).toContain('"claims"');
    // its usage errors pointed at "npm run -s eval -- --help", also when run as claimtrail eval
    const misused = bin(['eval', '--frobnicate']);
    expect([misused.code, misused.err]).toEqual([2, expect.stringContaining('(see claimtrail eval --help)')]);
    const unknown = bin(['frobnicate']);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('unknown command "frobnicate" (the commands are "analyze" and "eval")')]);
  });

  it('prints its version with --version', async () => {
    const { code, out } = await cli(['--version']);
    expect(code).toBe(0);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(out).toBe(`claimtrail ${version}\n`);
  });

  it('documents itself with --help', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--format', 'jsonl', '--sentences', '--registry', '--version', 'standard input']) expect(out).toContain(option);
  });
});
