import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the CLI cannot run: said in one line, exit status 2. */
export class UsageError extends Error {}

/**
 * node:util's parseArgs, its errors as UsageErrors in the CLI's words: its
 * own messages run on with advice about positionals that fits no one here.
 */
export function parseArguments<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describeArgumentError(error as Error & { code?: string }));
  }
}

function describeArgumentError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument missing/.test(error.message)) {
    return `${option.replace(/ <value>$/, '')} needs a value`;
  }
  return error.message.split('\n')[0];
}
