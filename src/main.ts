// First: on an unsupported Node a dependency crashes while loading, before anything below could say why.
import './runtime-check.js';
import 'reflect-metadata';
import { createServer, type Server } from 'node:net';
import { Logger, type INestApplication } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { ConfigError, configWarnings, listeningLine, loadConfig, type AppConfig } from './config/index.js';
import { exitOnProcessFault, startupLogger } from './common/logging.js';
import { DatabaseUnreachable, waitForDatabase } from './database/ensure-database.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  exitOnProcessFault(config);
  // Before Nest starts (migrations, workers): a port in use or a missing server is one clear line,
  // said before any work, not a stack per retry or after the workers have started.
  await withListenFault(config, () => probeAddress(config.http.host, config.http.port));
  const early = startupLogger(config, 'Main');
  await waitForDatabase(config.database.url, { log: (line) => early.warn(line) });
  const logger = new Logger('Main');
  const app = await createApp(config);
  handleShutdown(app, logger, config.http.shutdownTimeoutMs);
  for (const warning of configWarnings(config)) logger.warn(warning);
  // Workers listen too: health and metrics only, for probes and scrapes. (The port may have been taken since the probe.)
  await withListenFault(config, () => app.listen(config.http.port, config.http.host));
  logger.log(listeningLine(config, boundPort(app) ?? config.http.port));
}

/** The port the server holds: PORT=0 leaves the choice to the system, and "listening on :0" told nobody where. */
function boundPort(app: INestApplication): number | undefined {
  const address = (app.getHttpServer() as Server).address();
  return typeof address === 'object' && address ? address.port : undefined;
}

/** What listen() fails with when HOST or PORT cannot be used, in words an operator can act on. */
const LISTEN_FAULTS: Record<string, string> = {
  EADDRINUSE: 'another process is listening on that port',
  EADDRNOTAVAIL: 'HOST is not an address of this machine',
  EACCES: 'this process may not listen on that port (ports below 1024 need privileges)',
  ENOTFOUND: 'HOST does not resolve to an address',
  EAI_AGAIN: 'HOST could not be resolved just now',
};

/** HOST or PORT cannot be used: said in one line, without a stack. */
class ListenFailed extends Error {}

/** Runs `bind`, turning a fault of HOST or PORT into ListenFailed. */
async function withListenFault(config: AppConfig, bind: () => Promise<unknown>): Promise<void> {
  const { host, port } = config.http;
  try {
    await bind();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const fault = code ? LISTEN_FAULTS[code] : undefined;
    if (!fault) throw error;
    throw new ListenFailed(`cannot listen on ${host}:${port}: ${fault} (${code}); set HOST and PORT`);
  }
}

/**
 * Binds HOST:PORT for a moment and lets go: rejects with listen()'s own error
 * when it cannot be used. Nest would log a failed listen itself before
 * rethrowing, so the fault is found here first and said once.
 */
function probeAddress(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * SIGTERM/SIGINT: stop accepting requests, close the workers (they finish
 * their running jobs; anything unfinished stays in the outbox and in Redis),
 * close Redis and PostgreSQL, exit 0. A second signal or the timeout
 * (SHUTDOWN_TIMEOUT_MS) forces it.
 */
function handleShutdown(app: INestApplication, logger: Logger, timeoutMs: number): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    logger.log(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      logger.error(`shutdown took over ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): exiting`);
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error(`shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error) => {
  // What the operator must fix is said in the message; anything else is a bug, with its stack.
  const operatorFault = error instanceof DatabaseUnreachable || error instanceof ListenFailed;
  const detail = operatorFault ? error.message : ((error as Error).stack ?? String(error));
  console.error(`claimtrail failed to start: ${detail}`);
  process.exit(1);
});
