import { UsageError } from './usage.js';

/** The streams a command reads and writes: the process's own, or a test's. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

export interface OutputStream {
  write(text: string): unknown;
  /** Set on a terminal: progress lines are drawn only there. */
  isTTY?: boolean;
  columns?: number;
}

export type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** How a command's messages open ("claimtrail eval: ...") and where its usage is read. */
export interface CommandNames {
  prefix: string;
  help: string;
}

/**
 * Runs a command and turns what it throws into a one-line message on standard
 * error and an exit status: 2 for a usage error (with where to read the
 * usage), 1 for anything else. Never a stack trace.
 */
export async function runCommand(command: Command, names: CommandNames, argv: string[], io: CommandIo): Promise<number> {
  try {
    return await command(argv, io);
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${names.prefix}: ${message}${usage ? `\n(see ${names.help})` : ''}\n`);
    return usage ? 2 : 1;
  }
}
