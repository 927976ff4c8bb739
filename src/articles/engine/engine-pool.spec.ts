import { analyze, OutletRegistry } from '../../analysis/index.js';
import { indexedText } from '../../claims/claim-search.js';
import { readSeedFileSync } from '../../outlets/outlet-seed-file.js';
import { loadConfig, type AppConfig } from '../../config/index.js';
import { EnginePool } from './engine-pool.js';

const records = readSeedFileSync();
const registry = { version: 'v1', records };
const article =
  'IA Fact, referring to The Wall Street Journal, already stated that the talks had stalled. ' +
  'The ministry said on Monday that exports rose by 4 percent in March. Officials did not comment further on the plan.';

describe('EnginePool (real worker threads)', () => {
  let config: AppConfig;
  let pool: EnginePool;

  beforeAll(() => {
    // Room for the long articles below; the size cap has its own test.
    config = loadConfig({ ANALYSIS_THREADS: '1', ANALYSIS_TIMEOUT_MS: '60000', ARTICLE_MAX_TEXT_BYTES: String(10 * 1024 * 1024) });
    pool = new EnginePool(config);
  });
  afterAll(() => pool.beforeApplicationShutdown());

  it('gives the same analysis as the engine in process, each claim indexed in the thread', async () => {
    const outcome = await pool.analyze('text', article, registry);
    const result = analyze({ text: article }, OutletRegistry.fromRecords(records));
    expect(outcome).toEqual({ kind: 'analyzed', result, truncatedClaims: 0, indexed: result.claims.map((c) => indexedText(c.text)) });
    if (outcome.kind === 'analyzed') expect(outcome.indexed[1].search).toContain("'export':");
  }, 60_000);

  it('keeps the event loop free while an article is analysed', async () => {
    const long = `${article} `.repeat(2000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const started = Date.now();
    await pool.analyze('text', long, registry);
    clearInterval(ticker);
    const elapsed = Date.now() - started;
    // In process, not one tick would fire until the engine returned. A busy
    // machine starves the ticker too (a CI run under load gave 18% of the ideal
    // count), so the bar is 5% of it: still far above in-process's zero.
    expect(elapsed).toBeGreaterThan(50);
    expect(ticks).toBeGreaterThan(elapsed / 5 / 20);
  }, 60_000);

  it('stops an article at the wall-clock limit, and the next article still runs', async () => {
    config.queue.analysisTimeoutMs = 20;
    try {
      const outcome = await pool.analyze('text', `${article} `.repeat(3000), registry);
      expect(outcome).toEqual({ kind: 'rejected', code: 'analysis_timeout', detail: 'engine ran over 20 ms' });
    } finally {
      config.queue.analysisTimeoutMs = 60_000;
    }
    await expect(pool.analyze('text', article, registry)).resolves.toMatchObject({ kind: 'analyzed' });
  }, 60_000);

  it('stores at most ARTICLE_MAX_CLAIMS claims and counts the rest', async () => {
    config.articles.maxClaims = 2;
    try {
      const outcome = await pool.analyze('text', `${article} `.repeat(3), registry);
      expect(outcome.kind).toBe('analyzed');
      if (outcome.kind !== 'analyzed') return;
      expect(outcome.result.claims).toHaveLength(2);
      expect(outcome.indexed).toHaveLength(2);
      expect(outcome.truncatedClaims).toBe(analyze({ text: `${article} `.repeat(3) }, OutletRegistry.fromRecords(records)).claims.length - 2);
    } finally {
      config.articles.maxClaims = 1000;
    }
  }, 60_000);

  it('refuses text over ARTICLE_MAX_TEXT_BYTES after HTML extraction', async () => {
    config.articles.maxTextBytes = 1024;
    try {
      const html = `<html><body><article>${`<p>${article}</p>`.repeat(10)}</article></body></html>`;
      await expect(pool.analyze('html', html, registry)).resolves.toMatchObject({ kind: 'rejected', code: 'text_too_large' });
    } finally {
      config.articles.maxTextBytes = 10 * 1024 * 1024;
    }
  }, 60_000);

  it('fails HTML that holds no text (empty, or only page furniture) as no_text', async () => {
    for (const html of ['<p></p>', '<html><body><p>\u200b&nbsp;</p><script>var a = 1;</script></body></html>']) {
      await expect(pool.analyze('html', html, registry)).resolves.toMatchObject({ kind: 'rejected', code: 'no_text' });
    }
  }, 60_000);

  it('fails HTML nested deeper than the engine allows as input_too_complex, before any costly work', async () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${article}</p>${'</div>'.repeat(5000)}</body></html>`;
    await expect(pool.analyze('html', html, registry)).resolves.toMatchObject({ kind: 'rejected', code: 'input_too_complex' });
  }, 60_000);
});
