import { ANALYZE_NAMES, runAnalyze } from './analyze-command.js';
import { runCommand } from './command-io.js';

// A reader that stops early ("| head") closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runCommand(runAnalyze, ANALYZE_NAMES, process.argv.slice(2), process);
