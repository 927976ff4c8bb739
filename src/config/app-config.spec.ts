import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, configWarnings, listeningLine, loadConfig, type TrustHops } from './app-config.js';
import { EnvironmentVariables } from './env.schema.js';

const STRONG_SECRET = 'q8Zr3mVw1TfX6yLpB0sKcN4hJ7dGuE2aQ9iOtR5vWxYz';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.role).toBe('all');
    expect(config.http.port).toBe(3000);
    expect(config.http.bodyLimitBytes).toBe(2 * 1024 * 1024);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/claimtrail');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.queue.prefix).toBe('claimtrail');
    expect(config.auth.jwtSecretGenerated).toBe(true);
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', APP_ROLE: 'both', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/APP_ROLE/);
    expect(message).toMatch(/REDIS_URL/);
  });

  // class-validator checks @Max before @IsInt: PORT=abc was told "must not be greater than 65535".
  it('says a number is expected when a numeric variable is not one, once per variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', BODY_LIMIT_BYTES: '2MB', REVIEW_DISMISS_BELOW: 'low', ANALYSIS_CONCURRENCY: '0' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'PORT must be an integer number',
      'ANALYSIS_CONCURRENCY must not be less than 1',
      'BODY_LIMIT_BYTES must be an integer number',
      'REVIEW_DISMISS_BELOW must be a number between 0 and 1',
    ]);
  });

  // Number() read PORT=0x10 as 16 and ANALYSIS_TIMEOUT_MS=1e3 as 1000: a typo started the service on a value nobody wrote.
  it('takes numeric variables in plain decimal digits only, naming hex, exponent and Infinity', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '0x10', ANALYSIS_TIMEOUT_MS: '1e3', DATABASE_POOL_SIZE: '0b11', REVIEW_DISMISS_BELOW: '5e-1', RATE_LIMIT_PER_IP: 'Infinity' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'PORT must be an integer number',
      'DATABASE_POOL_SIZE must be an integer number',
      'ANALYSIS_TIMEOUT_MS must be an integer number',
      'RATE_LIMIT_PER_IP must be an integer number',
      'REVIEW_DISMISS_BELOW must be a number between 0 and 1',
    ]);
    const config = loadConfig({ PORT: ' 8080 ', REVIEW_DISMISS_BELOW: '0.35', ANALYSIS_TIMEOUT_MS: '010' });
    expect(config.http.port).toBe(8080);
    expect(config.queue.analysisTimeoutMs).toBe(10);
    expect(loadConfig({ REVIEW_DISMISS_BELOW: '.5' }).review.dismissBelow).toBe(0.5);
  });

  // It was parsed only when the auth module was built: a stack trace from Nest's injector instead of this list.
  it('names a JWT_EXPIRES_IN that is no duration with the other bad variables', () => {
    for (const value of ['forever', '0', '-5m', '12 hours']) {
      let error: unknown;
      try {
        loadConfig({ JWT_EXPIRES_IN: value, APP_ROLE: 'both' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^APP_ROLE /),
        `JWT_EXPIRES_IN must be a positive duration such as 900, 15m, 12h or 7d (got "${value}")`,
      ]);
    }
    expect(loadConfig({ JWT_EXPIRES_IN: '15m' }).auth.jwtExpiresIn).toBe('15m');
  });

  // It stayed http://localhost:3000 whatever PORT said: a walkthrough on PORT=3457 got webhook and report links to another port.
  it('refuses a millisecond value past what timers and PostgreSQL take, naming it', () => {
    // 2^31 ms made Node fire the reconcile, heartbeat and stream timers after 1 ms, and
    // PostgreSQL refuse the statement_timeout of every new connection.
    const timers = ['DATABASE_STATEMENT_TIMEOUT_MS', 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS', 'HTTP_CONNECTION_TIMEOUT_MS', 'RECONCILE_INTERVAL_MS', 'INBOX_STREAM_HEARTBEAT_MS', 'INBOX_STREAM_MAX_AGE_MS'];
    for (const name of timers) {
      expect(() => loadConfig({ [name]: '2147483648' })).toThrow(new RegExp(`${name} must be at most 2147483647 ms`));
      expect(() => loadConfig({ [name]: '2147483647' })).not.toThrow();
    }
    // Every other duration in ms is added to dates or SQL intervals: 1e20 made them invalid at run time.
    const msVariables = Object.keys(new EnvironmentVariables()).filter((name) => name.endsWith('_MS') && !['JOB_LOCK_MS', 'ANALYSIS_TIMEOUT_MS', 'WEBHOOK_TIMEOUT_MS'].includes(name));
    for (const name of [...msVariables, 'WEBHOOK_RETRY_SCHEDULE_MS']) {
      expect(() => loadConfig({ [name]: '100000000000000000000' })).toThrow(new RegExp(`${name}[ :].*at most`));
    }
    expect(loadConfig({ WEBHOOK_DISABLE_AFTER_MS: String(30 * 24 * 3600_000) }).webhooks.disableAfterMs).toBe(30 * 24 * 3600_000);
  });

  it('refuses a URL variable that is no readable URL (a space, a port over 65535), once each', () => {
    let error: unknown;
    try {
      loadConfig({ PUBLIC_BASE_URL: 'http://news example.org', CLAIMREVIEW_AUTHOR_URL: 'https://[org' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'PUBLIC_BASE_URL is not a URL that can be read (a space, or a bad host or port?)',
      'CLAIMREVIEW_AUTHOR_URL is not a URL that can be read (a space, or a bad host or port?)',
    ]);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:99999' })).toThrow(/REDIS_URL is not a URL that can be read/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://127.0.0.1:99999/claimtrail' })).toThrow(/DATABASE_URL is not a URL that can be read/);
    // one that fails the origin pattern already is named once, not twice
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'http://a b/path' })).toThrow(/^Invalid configuration:\n {2}- PUBLIC_BASE_URL must be an http\(s\) origin[^\n]*$/);
  });

  it('links to the port it listens on when PUBLIC_BASE_URL is unset', () => {
    expect(loadConfig({}).publicBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3457' }).publicBaseUrl).toBe('http://localhost:3457');
    expect(loadConfig({ PORT: '3457', PUBLIC_BASE_URL: 'https://claims.example.org' }).publicBaseUrl).toBe('https://claims.example.org');
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', QUEUE_PREFIX: '' }).http.port).toBe(3000);
  });

  it('takes a ClaimReview page URL only with a claim or article id to fill in, and none when empty', () => {
    expect(loadConfig({ CLAIMREVIEW_PAGE_URL: 'https://news.example/fact-checks/{claimId}' }).claimReview.pageUrl).toBe('https://news.example/fact-checks/{claimId}');
    expect(loadConfig({ CLAIMREVIEW_PAGE_URL: '' }).claimReview.pageUrl).toBeUndefined();
    // The author's site follows where the service is reached unless set (it named localhost:3000 on any port).
    expect(loadConfig({ PORT: '3109' }).claimReview.authorUrl).toBe('http://localhost:3109');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://claims.example.org' }).claimReview.authorUrl).toBe('https://claims.example.org');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://claims.example.org', CLAIMREVIEW_AUTHOR_URL: '' }).claimReview.authorUrl).toBe('https://claims.example.org');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://claims.example.org', CLAIMREVIEW_AUTHOR_URL: 'https://example.org' }).claimReview.authorUrl).toBe('https://example.org');
    for (const wrong of ['https://news.example/fact-checks', 'news.example/{claimId}', 'https://news.example/{claim}']) {
      expect(() => loadConfig({ CLAIMREVIEW_PAGE_URL: wrong })).toThrow(/CLAIMREVIEW_PAGE_URL must be an http\(s\) URL holding \{claimId\}/);
    }
  });

  it('holds a dead worker’s job for JOB_LOCK_MS, 30 s unless set, and refuses under a second', () => {
    expect(loadConfig({}).queue.jobLockMs).toBe(30_000);
    expect(loadConfig({ JOB_LOCK_MS: '5000' }).queue.jobLockMs).toBe(5000);
    expect(() => loadConfig({ JOB_LOCK_MS: '500' })).toThrow(/JOB_LOCK_MS/);
  });

  it('lets a worker process take only some queues, and names an unknown one', () => {
    expect(loadConfig({ WORKER_QUEUES: 'analysis' }).queue.workerQueues).toEqual(['analysis']);
    expect(loadConfig({}).queue.workerQueues).toBeUndefined();
    expect(() => loadConfig({ WORKER_QUEUES: 'analysis,reviews' })).toThrow(/WORKER_QUEUES names unknown queue\(s\) reviews/);
  });

  describe('in production', () => {
    const strong = STRONG_SECRET;

    it('refuses the demo secrets the compose file used to fall back to', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'demo-only-secret-change-me-0123456789abcdef' })).toThrow(
        /JWT_SECRET is a published demo value/,
      );
      expect(() =>
        loadConfig({
          NODE_ENV: 'production',
          JWT_SECRET: strong,
          BOOTSTRAP_ADMIN_EMAIL: 'admin@example.org',
          BOOTSTRAP_ADMIN_PASSWORD: 'change-me-demo-password',
        }),
      ).toThrow(/BOOTSTRAP_ADMIN_PASSWORD is a published demo value/);
    });

    it('refuses low-entropy and placeholder secrets, and accepts a random one', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) })).toThrow(/JWT_SECRET has too little entropy/);
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'abababababababababababababababababab' })).toThrow(/too little entropy/);
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'please-change-me-before-going-live-ok' })).toThrow(/placeholder/);
      const webhookKey = Buffer.alloc(32, 7).toString('base64');
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: strong, WEBHOOK_SECRET_KEY: webhookKey }).auth.jwtSecretGenerated).toBe(false);
    });

    it('lets development keep any secret of 32 characters', () => {
      expect(loadConfig({ JWT_SECRET: 'a'.repeat(40) }).auth.jwtSecret).toBe('a'.repeat(40));
    });
  });

  it('warns in production when the links it publishes would point at this machine', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET, WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') };
    const warnings = configWarnings(loadConfig(production));
    expect(warnings).toEqual([expect.stringMatching(/^PUBLIC_BASE_URL is http:\/\/localhost:3000: /), expect.stringMatching(/^CLAIMREVIEW_AUTHOR_URL is /)]);
    const configured = { ...production, PUBLIC_BASE_URL: 'https://claims.example.org', CLAIMREVIEW_AUTHOR_URL: 'https://example.org', TRUST_PROXY: '10.0.0.0/8' };
    expect(configWarnings(loadConfig(configured))).toEqual([]);
    expect(configWarnings(loadConfig({ JWT_SECRET: STRONG_SECRET }))).toEqual([]);
  });

  // The shutdown limit was a fixed 25 s: with ANALYSIS_TIMEOUT_MS above it, a SIGTERM exited 1 mid-analysis, unsaid.
  // Behind a TLS proxy without TRUST_PROXY the service sees plain HTTP: the session cookie went out neither Secure nor __Host-, and nothing said so.
  it('warns in production when PUBLIC_BASE_URL is https but TRUST_PROXY is unset, where the API runs', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: STRONG_SECRET,
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
      PUBLIC_BASE_URL: 'https://claims.example.org',
    };
    expect(configWarnings(loadConfig(production))).toEqual([
      expect.stringMatching(/^PUBLIC_BASE_URL is https:\/\/claims\.example\.org but TRUST_PROXY is not set: .*Secure.*; set TRUST_PROXY to /),
    ]);
    for (const trustProxy of ['1', '10.0.0.0/8']) expect(configWarnings(loadConfig({ ...production, TRUST_PROXY: trustProxy }))).toEqual([]);
    expect(configWarnings(loadConfig({ ...production, APP_ROLE: 'worker' }))).toEqual([]);
    expect(configWarnings(loadConfig({ ...production, NODE_ENV: 'development' }))).toEqual([]);
    expect(configWarnings(loadConfig({ ...production, PUBLIC_BASE_URL: 'http://claims.example.org' }))).toEqual([]);
  });

  it('takes SHUTDOWN_TIMEOUT_MS and warns a worker when it is shorter than the longest job it waits for', () => {
    const worker = { APP_ROLE: 'worker' };
    expect(loadConfig(worker).http.shutdownTimeoutMs).toBe(25_000);
    expect(configWarnings(loadConfig({ ...worker, ANALYSIS_TIMEOUT_MS: '60000' }))).toEqual([
      'SHUTDOWN_TIMEOUT_MS (25000) is shorter than ANALYSIS_TIMEOUT_MS or WEBHOOK_TIMEOUT_MS (60000): ' +
        'a shutdown may cut off an analysis or a webhook POST, which then runs again once its lock lapses',
    ]);
    expect(configWarnings(loadConfig({ ...worker, ANALYSIS_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '70000' }))).toEqual([]);
    expect(configWarnings(loadConfig({ APP_ROLE: 'api', JWT_SECRET: STRONG_SECRET, ANALYSIS_TIMEOUT_MS: '60000' }))).toEqual([]);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '10' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  // A worker signs nothing, yet warned that its tokens "die with this process"; and a user who
  // opened its port found only 404s, with nothing saying the API and UI run in another role.
  it('warns of a generated JWT secret only where the API runs, and says what a worker serves', () => {
    const jwtWarning = /^JWT_SECRET is not set/;
    expect(configWarnings(loadConfig({}))).toEqual([expect.stringMatching(jwtWarning)]);
    expect(configWarnings(loadConfig({ APP_ROLE: 'api' }))).toEqual([expect.stringMatching(jwtWarning)]);
    expect(configWarnings(loadConfig({ APP_ROLE: 'worker' }))).toEqual([]);
    expect(listeningLine(loadConfig({ PORT: '3457' }))).toBe(
      'claimtrail all listening on 0.0.0.0:3457 (db postgres://postgres@127.0.0.1:5432/claimtrail, queue prefix claimtrail)',
    );
    expect(listeningLine(loadConfig({ APP_ROLE: 'worker', PORT: '3001', DATABASE_URL: 'postgres://u:pw@db/x' }))).toBe(
      'claimtrail worker listening on 0.0.0.0:3001 for /health and /metrics only: the API and the review UI run with APP_ROLE=api or all ' +
        '(db postgres://u:***@db/x, queue prefix claimtrail)',
    );
  });

  it('takes TRUST_PROXY as false, a hop count or a list of proxies, never "every hop"', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    const oneHop = loadConfig({ TRUST_PROXY: '1' }).http.trustProxy as (address: string, hop: number) => boolean;
    expect([oneHop('10.0.0.1', 0), oneHop('1.1.1.1', 1)]).toEqual([true, false]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7' }).http.trustProxy).toEqual(['10.0.0.0/8', '192.168.1.7']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be false, a hop count/);
    // A count past the pattern's two digits passed as an "address" and was believed as a count: every hop.
    expect(() => loadConfig({ TRUST_PROXY: '99999999999999999999' })).toThrow(/TRUST_PROXY hop count 99999999999999999999 is over 99: it would believe every hop/);
    expect(() => loadConfig({ TRUST_PROXY: '100' })).toThrow(/TRUST_PROXY hop count 100 is over 99/);
    expect((loadConfig({ TRUST_PROXY: '99' }).http.trustProxy as TrustHops).hops).toBe(99);
  });

  // These passed the pattern and reached Fastify, whose proxy-addr threw a stack trace at start-up.
  it('names a TRUST_PROXY entry that is no address or CIDR, or a range of every address', () => {
    const problems = (value: string) => {
      try {
        loadConfig({ TRUST_PROXY: value });
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems('10.0.0.0/99, 300.1.1.1')).toEqual([
      'TRUST_PROXY entry "10.0.0.0/99" is neither an IP address nor a CIDR such as 10.0.0.0/8',
      'TRUST_PROXY entry "300.1.1.1" is neither an IP address nor a CIDR such as 10.0.0.0/8',
    ]);
    expect(problems('0.0.0.0/0')).toEqual([expect.stringMatching(/^TRUST_PROXY entry "0\.0\.0\.0\/0" trusts every address/)]);
    expect(problems('::/0')).toHaveLength(1);
    expect(problems('10.0.0.0/8,fd00::/8,::1')).toEqual([]);
  });

  it('sets the pool and HTTP timeouts (0 would turn them off)', () => {
    const config = loadConfig({});
    expect(config.database.statementTimeoutMs).toBe(30_000);
    expect(config.database.idleInTransactionTimeoutMs).toBe(60_000);
    expect(config.http.requestTimeoutMs).toBe(30_000);
    expect(config.http.connectionTimeoutMs).toBe(60_000);
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
  });

  // Read only once Nest had started (after the wait for PostgreSQL and the migrations): a stack trace from its bootstrap hook.
  it('names an OUTLETS_SEED_FILE that is missing, no JSON, or holds an outlet of an unknown type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const problems = (content?: string) => {
      const file = join(dir, 'seed.json');
      rmSync(file, { force: true });
      if (content !== undefined) writeFileSync(file, content);
      try {
        loadConfig({ OUTLETS_SEED_FILE: file });
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    try {
      expect(problems()).toEqual([expect.stringMatching(/^OUTLETS_SEED_FILE \S+seed\.json cannot be used: ENOENT/)]);
      expect(problems('not json')).toEqual([expect.stringMatching(/^OUTLETS_SEED_FILE \S+ is not JSON/)]);
      expect(problems('[{"id":"x","name":"X","type":"tabloid"}]')).toEqual([
        expect.stringMatching(/^OUTLETS_SEED_FILE \S+ cannot be used: outlet seed entry 0 \(x\) has type "tabloid"; known types: news-agency, /),
      ]);
      expect(problems('[{"id":"x","name":"X","type":"newspaper"}]')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
