import { runCommand } from './command-io.js';
import { EVAL_NAMES, runEval } from './eval-command.js';

process.exitCode = await runCommand(runEval, EVAL_NAMES, process.argv.slice(2), process);
