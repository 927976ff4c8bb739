// npm run bench:ui: the review UI in Debian's Chromium against a throwaway
// service. Measures the grade round trip as a person sees it (Ctrl+Enter to
// the confirmation on screen), the highlight render of a 150-claim article
// and the first load's compressed JavaScript. Last line: JSON.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ADMIN } from '../test/support/admin.js';
import { createTempDatabase } from '../test/support/database.js';
import { startService, stopProcesses, throwawayServiceEnv } from '../test/support/processes.js';
import { REDIS_URL, deleteRedisKeys } from '../test/support/redis.js';
import { buildUi, initialJsGzipBytes, launchChromium, signedInPage } from '../test/ui/support/browser.js';

const GRADES = Number(process.env['BENCH_GRADES'] ?? 60);
const tag = randomBytes(4).toString('hex');
const prefix = `bench-ui-${tag}`;

async function call(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<any> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  // The machine may be shared: the load around the run says how much to trust the figures.
  const loadBefore = loadavg()[0];
  buildUi();
  const initialJsGzipKB = Math.round((initialJsGzipBytes() / 1024) * 10) / 10;
  const database = await createTempDatabase('bench_ui');
  const databaseUrl = database.url;
  const service = await startService({ ...throwawayServiceEnv(databaseUrl, prefix), LOG_LEVEL: 'warn' }, `/tmp/claimtrail-bench-ui-${tag}.log`);
  const browser = await launchChromium();
  try {
    const { baseUrl } = service;
    const admin = (await call(baseUrl, 'POST', '/v1/auth/login', null, ADMIN)).accessToken as string;
    const reviewer = { email: `bench-${tag}@example.org`, password: 'bench-reviewer-password' };
    await call(baseUrl, 'POST', '/v1/users', admin, { ...reviewer, role: 'reviewer' });
    const text = (JSON.parse(readFileSync('test/fixtures/example/alliance-of-despair.json', 'utf8')) as { text: string }).text;
    const { id } = await call(baseUrl, 'POST', '/v1/articles', admin, { text: `${text}\n\n${text}`, title: 'bench' });
    let article: any;
    for (;;) {
      article = await call(baseUrl, 'GET', `/v1/articles/${id}`, admin);
      if (article.status === 'analyzed' && (article.progress.verdict ?? 0) >= GRADES) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const { page } = await signedInPage(browser, baseUrl, reviewer);
    // GET /v1/articles/:id embeds only the first page of claims: claimCount is the article's.
    const claimCount = article.claimCount as number;
    await page.goto(`/articles/${id}`);
    await page.locator('mark[data-claim-id]').nth(claimCount - 1).waitFor();
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.locator('mark[data-claim-id]').nth(claimCount - 1).waitFor();
      renders.push(await page.evaluate<number>('Math.max(...performance.getEntriesByName("article-highlights").map((e) => e.duration))'));
    }
    const render150ClaimsMs = Math.round(percentile(renders, 50) * 10) / 10;

    await page.goto('/review/verdict');
    const roundTrips: number[] = [];
    for (let i = 0; i < GRADES; i++) {
      await page.locator('mark[aria-current="true"]').waitFor();
      await page.keyboard.press('2');
      await page.getByLabel('Note').fill(`bench grade ${i}`);
      const started = performance.now();
      await page.keyboard.press('Control+Enter');
      await page.getByRole('status').filter({ hasText: 'Grade recorded' }).waitFor();
      roundTrips.push(performance.now() - started);
      await page.getByLabel('Note').blur();
      await page.keyboard.press('n');
    }
    const result = {
      gradeRoundTripP50Ms: Math.round(percentile(roundTrips, 50) * 10) / 10,
      gradeRoundTripP99Ms: Math.round(percentile(roundTrips, 99) * 10) / 10,
      render150ClaimsMs,
      claims: claimCount,
      initialJsGzipKB,
      grades: GRADES,
      loadAverage1m: { before: round1(loadBefore), after: round1(loadavg()[0]) },
    };
    console.log(`ui: ${GRADES} grades in the browser (Ctrl+Enter to confirmation): p50 ${result.gradeRoundTripP50Ms} ms, p99 ${result.gradeRoundTripP99Ms} ms`);
    console.log(`    ${claimCount}-claim article highlighted in ${render150ClaimsMs} ms (median of 5 loads); first load ${initialJsGzipKB} KB of gzipped JavaScript`);
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await stopProcesses([service.child]);
    await database.drop();
    await deleteRedisKeys(REDIS_URL, `${prefix}:*`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
