import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export const APP_ROLES = ['all', 'api', 'worker'] as const;
export type AppRole = (typeof APP_ROLES)[number];

// Number() also reads 0x10, 0b1, 1e3 and Infinity: a typo'd or odd value would start the
// service with a number nobody wrote. Anything but plain decimal digits becomes NaN, which
// the type check then names. REVIEW_DISMISS_BELOW is the one variable taking a fraction.
const DECIMAL_INTEGER = /^-?\d+$/;
const DECIMAL_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const decimal = (pattern: RegExp) => ({ value }: { value: unknown }) => {
  if (typeof value !== 'string' || value.trim() === '') return value;
  return pattern.test(value.trim()) ? Number(value) : Number.NaN;
};
const toInt = decimal(DECIMAL_INTEGER);
const toNumber = decimal(DECIMAL_NUMBER);

/**
 * The longest delay Node.js timers and PostgreSQL's timeout settings take (2^31 - 1 ms,
 * about 24.8 days): past it a timer fires after 1 ms, and PostgreSQL refuses the
 * session setting, so every connection would fail.
 */
export const MAX_TIMER_MS = 2_147_483_647;
const TIMER_CAP_MESSAGE = '$property must be at most 2147483647 ms (about 24 days), the longest delay Node.js timers and PostgreSQL accept';
/** Periods added to dates and intervals (leases, rate windows, endpoint disabling, secret grace): a year is beyond any use, and keeps every date valid. */
export const MAX_PERIOD_MS = 365 * 24 * 3600_000;
const PERIOD_CAP_MESSAGE = '$property must be at most 31536000000 ms (365 days)';

/**
 * Every environment variable claimtrail reads, with its default.
 * `.env.example` documents the same list; keep them in step.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @IsIn(APP_ROLES)
  APP_ROLE: AppRole = 'all';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  // Which X-Forwarded-For hops to believe: `false`, a hop count (1 behind one
  // load balancer) or the proxies' addresses/CIDRs. Never "every hop": clients
  // could then forge the header and dodge the per-IP limits.
  @Matches(/^(false|\d{1,2}|[0-9A-Fa-f.:/]+(,\s*[0-9A-Fa-f.:/]+)*)$/, {
    message: 'TRUST_PROXY must be false, a hop count (e.g. 1) or a comma-separated list of proxy addresses or CIDRs',
  })
  TRUST_PROXY: string = 'false';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/claimtrail';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 20;

  // PostgreSQL cancels a statement running longer than this, and ends a
  // session left idle inside a transaction, so neither holds locks forever.
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  DATABASE_STATEMENT_TIMEOUT_MS: number = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 60_000;

  // A request must arrive whole within HTTP_REQUEST_TIMEOUT_MS (slow clients
  // cannot hold sockets); an idle socket closes after HTTP_CONNECTION_TIMEOUT_MS.
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  HTTP_REQUEST_TIMEOUT_MS: number = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  HTTP_CONNECTION_TIMEOUT_MS: number = 60_000;

  // SIGTERM waits this long for running analyses and webhook POSTs to end, then exits 1.
  // Keep it below the orchestrator's grace period (Kubernetes and compose: 30 s here).
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  SHUTDOWN_TIMEOUT_MS: number = 25_000;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  // BullMQ key prefix; ':' would break BullMQ's key layout.
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'QUEUE_PREFIX may contain only letters, digits, _ and -' })
  QUEUE_PREFIX: string = 'claimtrail';

  // Comma-separated queues this process works (worker roles); empty = all of them.
  // Lets analysis and verification scale out on separate machines.
  @IsOptional()
  @Matches(/^[a-z-]+(,[a-z-]+)*$/, { message: 'WORKER_QUEUES must be a comma-separated list of queue names, e.g. analysis,verification' })
  WORKER_QUEUES?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(256)
  // Each job spends most of its time waiting on PostgreSQL, not in the engine: 12 at once kept
  // two cores busy in bench:ingest (4: 77 articles/s, 8: 98, 12: 114, 16: 109).
  ANALYSIS_CONCURRENCY: number = 12;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  ANALYSIS_ATTEMPTS: number = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  // How long the job of a worker that died stays taken before another worker runs it (BullMQ's
  // lock, renewed while a job runs, and its stalled-job check interval).
  JOB_LOCK_MS: number = 30_000;

  // Engine threads per worker process (0 = one per core). The engine never runs on the event loop.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(64)
  ANALYSIS_THREADS: number = 0;

  // Hard wall-clock limit for one article in the engine; past it the thread is
  // stopped and the article fails with analysis_timeout (no retry).
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600_000)
  ANALYSIS_TIMEOUT_MS: number = 20_000;

  // Article text (after HTML extraction), in UTF-8 bytes: larger text gets 413 (or fails with text_too_large).
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  ARTICLE_MAX_TEXT_BYTES: number = 200 * 1024;

  // Claims stored per article; the rest are counted as truncated.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  ARTICLE_MAX_CLAIMS: number = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  RECONCILE_INTERVAL_MS: number = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 2 * 1024 * 1024;

  // Required in production; elsewhere a random per-process secret is used.
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsString()
  JWT_EXPIRES_IN: string = '12h';

  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email address' })
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' })
  @MaxLength(256)
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PERIOD_MS, { message: PERIOD_CAP_MESSAGE })
  RATE_LIMIT_TTL_MS: number = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_IP: number = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_API_KEY: number = 6000;

  // Login attempts per IP per RATE_LIMIT_TTL_MS window: slows password guessing.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_IP: number = 10;

  // Failed logins per account before it is locked out for a while; each
  // further failure doubles the lock-out (up to an hour).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: number = 5;

  // Article submissions per API key (or user) per window: a smaller budget than reads.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SUBMIT_PER_CALLER: number = 600;

  // /health/ready per IP per window: generous for probes, a wall for floods.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_HEALTH_PER_IP: number = 120;

  // Review workflow (src/review/): how long a reviewer holds a claim before it
  // goes back to its inbox, the check-worthiness below which a claim is
  // dismissed, grades needed per stage, and four-eyes on approval.
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(MAX_PERIOD_MS, { message: PERIOD_CAP_MESSAGE })
  REVIEW_LEASE_MS: number = 15 * 60_000;

  // The longest a reviewer may keep one lease by extending it (from the moment
  // it was taken): after that /lease is refused and the claim goes back to its inbox.
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(MAX_PERIOD_MS, { message: PERIOD_CAP_MESSAGE })
  REVIEW_LEASE_MAX_MS: number = 2 * 60 * 60_000;

  @Transform(toNumber)
  @IsNumber({}, { message: 'REVIEW_DISMISS_BELOW must be a number between 0 and 1' })
  @Min(0)
  @Max(1)
  REVIEW_DISMISS_BELOW: number = 0.2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5)
  REVIEW_REQUIRED_SOURCE_CHECK: number = 1;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5)
  REVIEW_REQUIRED_VERDICT: number = 1;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5)
  REVIEW_REQUIRED_APPROVAL: number = 1;

  @IsIn(['true', 'false'])
  REVIEW_FOUR_EYES: string = 'true';

  // The inbox's live updates (GET /v1/queues/events): open streams per person,
  // the heartbeat that keeps proxies from closing an idle stream, and how long a
  // stream lives before the browser reconnects (and is authenticated again).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  INBOX_STREAMS_PER_USER: number = 4;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  INBOX_STREAM_HEARTBEAT_MS: number = 15_000;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(MAX_TIMER_MS, { message: TIMER_CAP_MESSAGE })
  INBOX_STREAM_MAX_AGE_MS: number = 10 * 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(256)
  VERIFICATION_CONCURRENCY: number = 8;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  // Seed file for the outlet registry, loaded on start-up (existing slugs are kept).
  @IsOptional()
  @IsString()
  OUTLETS_SEED_FILE?: string;

  // Load the example article on first start (docker compose demo).
  @IsIn(['true', 'false'])
  LOAD_EXAMPLE_ARTICLE: string = 'false';

  // Where this service is reached from outside: links in webhooks, ClaimReview and reports.
  // Unset: http://localhost:<PORT> (see loadConfig), so a second local instance links to itself.
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) origin without a path, e.g. https://claimtrail.example.org' })
  PUBLIC_BASE_URL?: string;

  // The fact-checking organisation named as author of ClaimReview markup.
  @IsString()
  @MaxLength(200)
  CLAIMREVIEW_AUTHOR_NAME: string = 'claimtrail';

  // The organisation's site; unset: PUBLIC_BASE_URL.
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'CLAIMREVIEW_AUTHOR_URL must be an http(s) URL' })
  CLAIMREVIEW_AUTHOR_URL?: string;

  // The public page a ClaimReview's url points at, {claimId} and {articleId} filled in (Google reads
  // the markup there); empty: the claim's place in the article report, which needs a sign-in.
  @IsOptional()
  @Matches(/^(https?:\/\/[^\s{}]*(\{(claimId|articleId)\}[^\s{}]*)+)?$/, {
    message: 'CLAIMREVIEW_PAGE_URL must be an http(s) URL holding {claimId} or {articleId}, e.g. https://news.example/fact-checks/{claimId}',
  })
  CLAIMREVIEW_PAGE_URL?: string;

  // Webhooks (src/webhooks/). 32 bytes, base64: encrypts endpoint secrets at rest
  // (AES-256-GCM). Required in production.
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'WEBHOOK_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  WEBHOOK_SECRET_KEY?: string;

  // Hosts or CIDRs webhooks may reach although they are private (development and tests only).
  @IsOptional()
  @IsString()
  WEBHOOK_ALLOWLIST?: string;

  // Delay before each attempt (the first is immediate); jittered. Svix's schedule by default.
  @Matches(/^\d+(,\d+)*$/, { message: 'WEBHOOK_RETRY_SCHEDULE_MS must be comma-separated milliseconds, e.g. 0,5000,300000' })
  WEBHOOK_RETRY_SCHEDULE_MS: string = '0,5000,300000,1800000,7200000,18000000,36000000,36000000';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS: number = 15_000;

  // How much of a receiver's answer is read (and an excerpt kept in the delivery log).
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1024 * 1024)
  WEBHOOK_RESPONSE_MAX_BYTES: number = 64 * 1024;

  // An endpoint that has failed without a single success for this long is disabled.
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(MAX_PERIOD_MS, { message: PERIOD_CAP_MESSAGE })
  WEBHOOK_DISABLE_AFTER_MS: number = 5 * 24 * 3600_000;

  // After a secret rotation the old secret keeps signing (next to the new one) this long.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(MAX_PERIOD_MS, { message: PERIOD_CAP_MESSAGE })
  WEBHOOK_ROTATION_GRACE_MS: number = 24 * 3600_000;

  // Deliveries in flight at once per worker process (mostly waiting on receivers).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  WEBHOOK_CONCURRENCY: number = 64;

  // Finished deliveries (and their attempts) are deleted this many days after their
  // last attempt; pending ones are kept whatever their age. 0 keeps the log forever.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(36_500)
  WEBHOOK_LOG_RETENTION_DAYS: number = 90;

  // Domain events older than this many days are deleted once the webhook dispatcher has
  // read past them. 0 keeps the stream forever. The audit trail is never pruned.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(36_500)
  DOMAIN_EVENT_RETENTION_DAYS: number = 90;
}
