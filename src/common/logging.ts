import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { pino, type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/index.js';

// An incoming X-Request-Id is kept only if it is short and printable (it lands in logs).
const REQUEST_ID = /^[\w.:-]{1,128}$/;

// Whatever a client may name a credential it puts in a query (api_key, client_secret,
// refresh_token, sig, ...): an exact list let `?api_key=` or `?apiKey=` through to the logs.
const SECRET_PARAM = /^(code|key|sig|jwt|auth|session|credentials?)$|token|secret|passw(or)?d|api[-_]?key|signature/i;

/**
 * The URL without secrets someone may still put in its query. Parameter
 * names are compared decoded, so `?%74oken=` is redacted like `?token=`.
 */
export function safeUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&])([^=&]*)=([^&]*)/g, (whole, sep: string, name: string) => {
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // a malformed escape: compare it as it is
    }
    return SECRET_PARAM.test(decoded) ? `${sep}${name}=[redacted]` : whole;
  });
}

/**
 * Fastify's request id (the adapter's `genReqId`): the caller's X-Request-Id
 * when it is sane, else a UUID. pino-http and the X-Request-Id response header
 * reuse it, so a log line, an audit event and a client report all match.
 */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function originalUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
}

/** JSON logs, one line per request with its id; credentials and bodies never logged. */
export function loggerParams(config: AppConfig): Params {
  return {
    // Explicit: the default route pattern of nestjs-pino does not match under Nest 12's Fastify adapter.
    forRoutes: ['{*path}'],
    pinoHttp: {
      level: config.log.level,
      genReqId: (req: IncomingMessage) => (req as { id?: string }).id ?? requestIdOf(req),
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.key'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: safeUrl(req.url),
          userAgent: req.headers?.['user-agent'],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Probes and scrapes every few seconds would drown the useful lines. The
      // original URL: Fastify's middleware layer strips the matched path from `url`.
      autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(originalUrl(req)) },
      base: baseFields(config),
    },
  };
}

function baseFields(config: AppConfig): Record<string, string> {
  return { service: 'claimtrail', role: config.role };
}

/**
 * The same JSON lines for what is said before Nest and its logger exist (the
 * wait for PostgreSQL), as a Nest logger of that context would write them.
 */
export function startupLogger(config: AppConfig, context: string): PinoLogger {
  return pino({ level: config.log.level, base: baseFields(config) }).child({ context });
}

type Level = 'info' | 'warn' | 'error' | 'debug' | 'trace';

/**
 * The same JSON lines from Nest loggers in a script that runs without a Nest
 * application (the migration runner): there Nest's default console logger
 * wrote TypeORM's lines in colour, a failed statement over several lines.
 * Takes Nest's calling convention: (message, ...params, context), where a
 * message object is followed by its text.
 */
export function scriptLogger(config: AppConfig): LoggerService {
  const root = pino({ level: config.log.level, base: baseFields(config) });
  const write =
    (level: Level) =>
    (message: unknown, ...params: unknown[]): void => {
      const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
      const log = context ? root.child({ context }) : root;
      if (typeof message === 'object' && message !== null && typeof params[0] === 'string') log[level](message, params[0]);
      else log[level](message instanceof Error ? message.message : String(message));
    };
  return { log: write('info'), warn: write('warn'), error: write('error'), debug: write('debug'), verbose: write('trace') };
}

/**
 * An uncaught exception or an unhandled rejection is a bug: logged as one
 * fatal JSON line (its stack inside, so a log shipper keeps it whole; Node's
 * default wrote it over many plain-text lines to stderr), then the process
 * exits 1. Never carries on: after an uncaught exception its state is
 * unknown, and the orchestrator restarts a process that exits.
 */
export function exitOnProcessFault(config: AppConfig): void {
  const log = startupLogger(config, 'Process');
  const fatal = (kind: string) => (reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    log.fatal({ err: error }, `${kind}: ${error.message}`);
    process.exit(1);
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));
}
