import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { plainToInstance } from 'class-transformer';
import ipaddr from 'ipaddr.js';
import { validateSync, type ValidationError } from 'class-validator';
import { tokenLifetimeSeconds } from '../auth/token-lifetime.js';
import { readSeedFileSync } from '../outlets/outlet-seed-file.js';
import { QueueName } from '../queue/queues.js';
import { EnvironmentVariables, MAX_PERIOD_MS, type AppRole } from './env.schema.js';
import { redact } from '../common/redact-url.js';
import { weakSecretReason } from './secret-strength.js';

const QUEUE_NAMES: string[] = Object.values(QueueName);

/** The typed configuration tree every module reads (never process.env directly). */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  role: AppRole;
  http: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    /** Fastify's trustProxy: false, a hop-count test, or the proxies' addresses and CIDRs. */
    trustProxy: false | TrustHops | string[];
    requestTimeoutMs: number;
    connectionTimeoutMs: number;
    /** How long SIGTERM waits for running jobs and POSTs before forcing the exit. */
    shutdownTimeoutMs: number;
  };
  database: { url: string; poolSize: number; statementTimeoutMs: number; idleInTransactionTimeoutMs: number };
  redis: { url: string };
  queue: {
    prefix: string;
    /** Queues this process works; undefined = all. */
    workerQueues?: string[];
    analysisConcurrency: number;
    analysisAttempts: number;
    /** BullMQ's job lock and stalled-job check: how soon a dead worker's job runs elsewhere. */
    jobLockMs: number;
    /** Engine threads per worker process. */
    analysisThreads: number;
    analysisTimeoutMs: number;
    reconcileIntervalMs: number;
  };
  articles: { maxTextBytes: number; maxClaims: number };
  auth: {
    jwtSecret: string;
    jwtSecretGenerated: boolean;
    jwtExpiresIn: string;
    /** JWT_EXPIRES_IN in seconds. */
    tokenLifetimeSeconds: number;
    bootstrapAdmin?: { email: string; password: string };
  };
  rateLimit: {
    ttlMs: number;
    perIp: number;
    perApiKey: number;
    loginPerIp: number;
    loginFailuresPerAccount: number;
    submitPerCaller: number;
    healthPerIp: number;
  };
  review: {
    leaseMs: number;
    /** Total age a lease may reach by extensions, from when it was taken. */
    leaseMaxMs: number;
    /** Claims scoring below this check-worthiness are dismissed on arrival. */
    dismissBelow: number;
    reviewsRequired: { source_check: number; verdict: number; approval: number };
    /** Nobody approves a claim they graded at an earlier stage. */
    fourEyes: boolean;
    concurrency: number;
  };
  inboxStream: { perUser: number; heartbeatMs: number; maxAgeMs: number };
  log: { level: string };
  outletsSeedFile?: string;
  loadExampleArticle: boolean;
  publicBaseUrl: string;
  /** pageUrl: the template of each ClaimReview's url, or undefined for the article report. */
  claimReview: { authorName: string; authorUrl: string; pageUrl?: string };
  webhooks: {
    /** AES-256-GCM key for endpoint secrets at rest. */
    secretKey: Buffer;
    secretKeyGenerated: boolean;
    /** Hosts and CIDRs exempt from the SSRF checks. */
    allowlist: string[];
    retryScheduleMs: number[];
    timeoutMs: number;
    responseMaxBytes: number;
    disableAfterMs: number;
    rotationGraceMs: number;
    concurrency: number;
  };
  /** How long history that grows with every event is kept; null: forever. */
  retention: { webhookLogMs: number | null; domainEventsMs: number | null };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * One message per bad variable: its type check when that failed, else its
 * first failed rule. class-validator runs a property's decorators bottom up,
 * so with stopAtFirstError `PORT=abc` was told "must not be greater than
 * 65535" (NaN fails @Max before @IsInt is reached).
 */
function describe(errors: ValidationError[]): string[] {
  return errors.map((e) => {
    const failed = Object.entries(e.constraints ?? {});
    const [, msg] = failed.find(([name]) => TYPE_CHECKS.has(name)) ?? failed[0] ?? ['', 'is invalid'];
    return msg.startsWith(e.property) ? msg : `${e.property}: ${msg}`;
  });
}

const TYPE_CHECKS = new Set(['isInt', 'isNumber', 'isIn', 'isString', 'isBoolean']);

/**
 * JWT_EXPIRES_IN in seconds, parsed once here so that a bad value is named
 * with the other bad variables (the auth module only reads the number).
 */
function parseTokenLifetime(value: string, problems: string[]): number {
  try {
    return tokenLifetimeSeconds(value);
  } catch (error) {
    problems.push((error as Error).message);
    return 0;
  }
}

/** Validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, so `FOO=` in a compose file means "use the default".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const problems = describe(validateSync(env, { skipMissingProperties: false }));

  if (env.NODE_ENV === 'production') problems.push(...productionSecretProblems(env));
  if (Boolean(env.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(env.BOOTSTRAP_ADMIN_PASSWORD)) {
    problems.push('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together');
  }
  const unknownQueues = (env.WORKER_QUEUES?.split(',') ?? []).filter((q) => !QUEUE_NAMES.includes(q));
  if (unknownQueues.length > 0) {
    problems.push(`WORKER_QUEUES names unknown queue(s) ${unknownQueues.join(', ')}; known: ${QUEUE_NAMES.join(', ')}`);
  }
  if (env.NODE_ENV === 'production' && !env.WEBHOOK_SECRET_KEY) {
    problems.push('WEBHOOK_SECRET_KEY is required when NODE_ENV=production (32 bytes, base64)');
  }
  const tokenLifetime = parseTokenLifetime(env.JWT_EXPIRES_IN, problems);
  const allowlist = env.WEBHOOK_ALLOWLIST?.split(',').map((entry) => entry.trim()).filter(Boolean) ?? [];
  const badAllow = allowlist.filter((entry) => !isHostOrCidr(entry));
  if (badAllow.length > 0) problems.push(`WEBHOOK_ALLOWLIST entries must be host names, IP addresses or CIDRs: ${badAllow.join(', ')}`);
  problems.push(...trustProxyProblems(env.TRUST_PROXY));
  problems.push(...unparsableUrls(env).filter((line) => !problems.some((p) => p.startsWith(line.split(' ')[0]))));
  if (env.WEBHOOK_RETRY_SCHEDULE_MS.split(',').some((ms) => Number(ms) > MAX_PERIOD_MS)) {
    problems.push(`WEBHOOK_RETRY_SCHEDULE_MS entries must be at most ${MAX_PERIOD_MS} ms (365 days)`);
  }
  if (env.OUTLETS_SEED_FILE) problems.push(...seedFileProblems(env.OUTLETS_SEED_FILE));
  if (problems.length > 0) throw new ConfigError(problems);
  const publicBaseUrl = env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;

  return {
    env: env.NODE_ENV as AppConfig['env'],
    role: env.APP_ROLE,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      connectionTimeoutMs: env.HTTP_CONNECTION_TIMEOUT_MS,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    },
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    redis: { url: env.REDIS_URL },
    queue: {
      prefix: env.QUEUE_PREFIX,
      workerQueues: env.WORKER_QUEUES?.split(','),
      analysisConcurrency: env.ANALYSIS_CONCURRENCY,
      analysisAttempts: env.ANALYSIS_ATTEMPTS,
      jobLockMs: env.JOB_LOCK_MS,
      analysisThreads: env.ANALYSIS_THREADS || availableParallelism(),
      analysisTimeoutMs: env.ANALYSIS_TIMEOUT_MS,
      reconcileIntervalMs: env.RECONCILE_INTERVAL_MS,
    },
    articles: { maxTextBytes: env.ARTICLE_MAX_TEXT_BYTES, maxClaims: env.ARTICLE_MAX_CLAIMS },
    auth: {
      jwtSecret: env.JWT_SECRET ?? randomBytes(48).toString('base64url'),
      jwtSecretGenerated: !env.JWT_SECRET,
      jwtExpiresIn: env.JWT_EXPIRES_IN,
      tokenLifetimeSeconds: tokenLifetime,
      bootstrapAdmin:
        env.BOOTSTRAP_ADMIN_EMAIL && env.BOOTSTRAP_ADMIN_PASSWORD
          ? { email: env.BOOTSTRAP_ADMIN_EMAIL, password: env.BOOTSTRAP_ADMIN_PASSWORD }
          : undefined,
    },
    rateLimit: {
      ttlMs: env.RATE_LIMIT_TTL_MS,
      perIp: env.RATE_LIMIT_PER_IP,
      perApiKey: env.RATE_LIMIT_PER_API_KEY,
      loginPerIp: env.RATE_LIMIT_LOGIN_PER_IP,
      loginFailuresPerAccount: env.RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT,
      submitPerCaller: env.RATE_LIMIT_SUBMIT_PER_CALLER,
      healthPerIp: env.RATE_LIMIT_HEALTH_PER_IP,
    },
    review: {
      leaseMs: env.REVIEW_LEASE_MS,
      leaseMaxMs: env.REVIEW_LEASE_MAX_MS,
      dismissBelow: env.REVIEW_DISMISS_BELOW,
      reviewsRequired: {
        source_check: env.REVIEW_REQUIRED_SOURCE_CHECK,
        verdict: env.REVIEW_REQUIRED_VERDICT,
        approval: env.REVIEW_REQUIRED_APPROVAL,
      },
      fourEyes: env.REVIEW_FOUR_EYES === 'true',
      concurrency: env.VERIFICATION_CONCURRENCY,
    },
    inboxStream: {
      perUser: env.INBOX_STREAMS_PER_USER,
      heartbeatMs: env.INBOX_STREAM_HEARTBEAT_MS,
      maxAgeMs: env.INBOX_STREAM_MAX_AGE_MS,
    },
    log: { level: env.LOG_LEVEL },
    outletsSeedFile: env.OUTLETS_SEED_FILE,
    loadExampleArticle: env.LOAD_EXAMPLE_ARTICLE === 'true',
    publicBaseUrl,
    claimReview: { authorName: env.CLAIMREVIEW_AUTHOR_NAME, authorUrl: env.CLAIMREVIEW_AUTHOR_URL ?? publicBaseUrl, pageUrl: env.CLAIMREVIEW_PAGE_URL || undefined },
    webhooks: {
      // Outside production an unset key is a fixed development key, so an API and a
      // worker started separately can still read each other's secrets.
      secretKey: env.WEBHOOK_SECRET_KEY
        ? Buffer.from(env.WEBHOOK_SECRET_KEY, 'base64')
        : createHash('sha256').update('claimtrail development webhook key').digest(),
      secretKeyGenerated: !env.WEBHOOK_SECRET_KEY,
      allowlist,
      retryScheduleMs: env.WEBHOOK_RETRY_SCHEDULE_MS.split(',').map(Number),
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      responseMaxBytes: env.WEBHOOK_RESPONSE_MAX_BYTES,
      disableAfterMs: env.WEBHOOK_DISABLE_AFTER_MS,
      rotationGraceMs: env.WEBHOOK_ROTATION_GRACE_MS,
      concurrency: env.WEBHOOK_CONCURRENCY,
    },
    retention: {
      webhookLogMs: days(env.WEBHOOK_LOG_RETENTION_DAYS),
      domainEventsMs: days(env.DOMAIN_EVENT_RETENTION_DAYS),
    },
  };
}

/**
 * Every URL is read with `new URL`, by the service or its drivers: one the
 * pattern lets through but URL cannot read ("http://news example.org", a port
 * over 65535) broke every published link, and stopped start-up with a stack
 * trace (ioredis's ERR_INVALID_URL) or an "Invalid URL" naming no variable.
 */
function unparsableUrls(env: EnvironmentVariables): string[] {
  const urls = {
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL,
    CLAIMREVIEW_AUTHOR_URL: env.CLAIMREVIEW_AUTHOR_URL,
  };
  return Object.entries(urls)
    .filter(([, url]) => url !== undefined && !URL.canParse(url))
    .map(([name]) => `${name} is not a URL that can be read (a space, or a bad host or port?)`);
}

/**
 * The seeder read the file only once Nest had started (after the wait for
 * PostgreSQL and the migrations): a missing, unreadable or malformed file
 * stopped start-up with a stack trace from Nest's bootstrap hook.
 */
function seedFileProblems(file: string): string[] {
  try {
    readSeedFileSync(file);
    return [];
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not JSON (${error.message})` : `cannot be used: ${(error as Error).message}`;
    return [`OUTLETS_SEED_FILE ${file} ${reason}`];
  }
}

/** A retention in days as milliseconds; 0 days: kept forever. */
function days(count: number): number | null {
  return count === 0 ? null : count * 24 * 3600_000;
}

function isHostOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0) return false;
  if (bits !== undefined) {
    const family = isIP(address);
    return family !== 0 && /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  }
  return isIP(address) !== 0 || /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(address);
}

/**
 * Production refuses the secrets anyone can read in this repository and
 * guessable ones: with the JWT secret, a forged token is an admin session.
 */
function productionSecretProblems(env: EnvironmentVariables): string[] {
  const problems: string[] = [];
  if (!env.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  const jwtWeakness = env.JWT_SECRET ? weakSecretReason(env.JWT_SECRET, 128) : null;
  if (jwtWeakness) problems.push(`JWT_SECRET ${jwtWeakness}`);
  const adminWeakness = env.BOOTSTRAP_ADMIN_PASSWORD ? weakSecretReason(env.BOOTSTRAP_ADMIN_PASSWORD, 40) : null;
  if (adminWeakness) problems.push(`BOOTSTRAP_ADMIN_PASSWORD ${adminWeakness}`);
  return problems;
}

const MAX_PROXY_HOPS = 99;

/** Trusts the last `hops` entries of X-Forwarded-For (hop 0 is the peer itself). */
export type TrustHops = ((address: string, hop: number) => boolean) & { hops: number };

/**
 * The proxy list is handed to Fastify's proxy-addr, which threw at start-up,
 * a stack trace, on an entry it cannot read ("10.0.0.0/99", "10.0.0") or a
 * range of every address ("0.0.0.0/0", which would also be "every hop").
 */
function trustProxyProblems(value: string): string[] {
  if (value === 'false') return [];
  // The pattern takes a hop count of two digits at most, but a longer one passed as an "address":
  // believed as a count, so many hops trust every entry a client writes in X-Forwarded-For.
  if (/^\d+$/.test(value)) {
    return Number(value) <= MAX_PROXY_HOPS
      ? []
      : [`TRUST_PROXY hop count ${value} is over ${MAX_PROXY_HOPS}: it would believe every hop, so any client could forge X-Forwarded-For; give the number of proxies in front of the service, or their addresses`];
  }
  return value
    .split(',')
    .map((part) => part.trim())
    .flatMap((entry) => {
      // node:net's isIP, not ipaddr.isValid, which takes legacy shorthand such as "10.0.0" for 10.0.0.0
      const [address, bits] = entry.split('/');
      if (!isIP(address) || (bits !== undefined && !ipaddr.isValidCIDR(entry))) {
        return [`TRUST_PROXY entry "${entry}" is neither an IP address nor a CIDR such as 10.0.0.0/8`];
      }
      if (bits === undefined) return [];
      if (ipaddr.parseCIDR(entry)[1] === 0) return [`TRUST_PROXY entry "${entry}" trusts every address, so any client could forge X-Forwarded-For; list your proxies`];
      return [];
    });
}

function parseTrustProxy(value: string): AppConfig['http']['trustProxy'] {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) {
    // Fastify 5 ignores a bare hop count (it cannot check the peer); as a function it is
    // the documented meaning: whoever sits `hops` proxies in front is believed.
    const hops = Number(value);
    return Object.assign((_address: string, hop: number) => hop < hops, { hops });
  }
  return value.split(',').map((part) => part.trim());
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What the process may run with but probably should not, said once at start-up:
 * a generated JWT secret where the API signs tokens (a worker signs none), and
 * in production the links in webhooks, ClaimReview and reports pointing at
 * this machine (a demo on one machine is a fine reason to keep them).
 */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  if (config.auth.jwtSecretGenerated && runsApi(config)) {
    warnings.push('JWT_SECRET is not set: using a random secret, so access tokens die with this process');
  }
  const longestJob = Math.max(config.queue.analysisTimeoutMs, config.webhooks.timeoutMs);
  if (runsWorkers(config) && config.http.shutdownTimeoutMs < longestJob) {
    warnings.push(
      `SHUTDOWN_TIMEOUT_MS (${config.http.shutdownTimeoutMs}) is shorter than ANALYSIS_TIMEOUT_MS or WEBHOOK_TIMEOUT_MS (${longestJob}): ` +
        'a shutdown may cut off an analysis or a webhook POST, which then runs again once its lock lapses',
    );
  }
  if (config.env !== 'production') return warnings;
  const local = (url: string) => LOCAL_HOSTS.has(new URL(url).hostname);
  if (local(config.publicBaseUrl)) {
    warnings.push(`PUBLIC_BASE_URL is ${config.publicBaseUrl}: the links in webhooks, ClaimReview and reports point at this machine; set it to the address your readers use`);
  }
  if (runsApi(config) && config.publicBaseUrl.startsWith('https:') && config.http.trustProxy === false) {
    warnings.push(
      `PUBLIC_BASE_URL is ${config.publicBaseUrl} but TRUST_PROXY is not set: behind the proxy that ends TLS every request looks like ` +
        "plain HTTP from the proxy's address, so the session cookie is neither Secure nor __Host- and all clients share one per-IP rate limit; " +
        "set TRUST_PROXY to the proxy's addresses or CIDRs (or 1 for a single proxy)",
    );
  }
  if (local(config.claimReview.authorUrl)) {
    warnings.push(`CLAIMREVIEW_AUTHOR_URL is ${config.claimReview.authorUrl}: ClaimReview names a local address as its author; set it to your organisation's site`);
  }
  return warnings;
}

/**
 * The start-up line: where the process listens and what for, with the database and queue it uses.
 * `port` is the one bound: with PORT=0 (several processes on one host) the system chose it.
 */
export function listeningLine(config: AppConfig, port = config.http.port): string {
  const { host } = config.http;
  // A worker's port answers 404 to everything else: say where the API is, or a user waits on a blank page.
  const serves = runsApi(config) ? '' : ' for /health and /metrics only: the API and the review UI run with APP_ROLE=api or all';
  return `claimtrail ${config.role} listening on ${host}:${port}${serves} (db ${redact(config.database.url)}, queue prefix ${config.queue.prefix})`;
}

export function runsApi(config: AppConfig): boolean {
  return config.role === 'all' || config.role === 'api';
}

export function runsWorkers(config: AppConfig): boolean {
  return config.role === 'all' || config.role === 'worker';
}
