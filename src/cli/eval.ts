import { runCommand } from './command-io.js';
import { runEval } from './eval-command.js';

process.exitCode = await runCommand(runEval, { prefix: 'claimtrail eval', help: 'claimtrail eval --help' }, process.argv.slice(2), process);
