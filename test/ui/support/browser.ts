import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, never a browser Playwright downloads.
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

/** Each launch gets a fresh temporary profile (Playwright's own user data dir). */
export function launchChromium(): Promise<Browser> {
  process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * A suite's Chromium: launched before the suite's first test, and closed
 * after its last. `use` receives the browser. The UI it opens was built by
 * the run's globalSetup (test/support/global-setup.mjs).
 */
export function useChromium(use: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    use(browser);
  }, 120_000);
  afterAll(() => browser?.close(), 30_000);
}

/**
 * Builds web/ with Vite (the service serves web/dist), for the UI benchmark; throws with Vite's output on failure. As production:
 * Jest sets NODE_ENV=test, which Vite passed on to React, and the suites tested React's development build,
 * not the one `npm start` serves.
 */
export function buildUi(): void {
  const run = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Compressed size of the JavaScript index.html loads on first paint. */
export function initialJsGzipBytes(): number {
  const html = readFileSync('web/dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error('index.html loads no script');
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(`web/dist${src}`)).length, 0);
}

/** The built JavaScript, every chunk: what the browser may load. */
export function builtJs(): string {
  return readdirSync('web/dist/assets')
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(`web/dist/assets/${name}`, 'utf8'))
    .join('\n');
}

export function uiBuiltAt(): number {
  return statSync('web/dist/index.html').mtimeMs;
}

export interface Account {
  email: string;
  password: string;
}

/** A fresh browser context signed in through the sign-in form. */
export async function signedInPage(browser: Browser, baseUrl: string, who: Account): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  watchForErrors(page);
  await page.goto('/');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  return { context, page };
}

/** CSP violations and script errors fail loudly instead of passing unseen. */
type WatchedPage = Page & { problems?: string[]; consoleErrors?: string[] };

export function watchForErrors(page: Page): void {
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    consoleErrors.push(message.text());
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  Object.assign(page as WatchedPage, { problems, consoleErrors });
}

/** Page errors and CSP refusals: what no screen may ever cause. */
export function problemsOf(page: Page): string[] {
  return (page as WatchedPage).problems ?? [];
}

/** Every console error, a failed request's "Failed to load resource" among them, for the checks where none may appear. */
export function consoleErrorsOf(page: Page): string[] {
  return (page as WatchedPage).consoleErrors ?? [];
}

/**
 * Rows past a list's fifth, left out of axe's check: they repeat the first rows' markup, and axe's colour-contrast
 * rule took seconds of CPU over a list of 100 users or an article of 150 highlighted claims.
 */
const REPEATED_ROWS = ['main tbody > tr:nth-child(n+6)', 'main ol > li:nth-child(n+6)', 'main ul > li:nth-child(n+6)', '.article-text > mark:nth-of-type(n+6)'];

/**
 * axe run in the page itself (legacy mode): the default runs it per frame and then opens a blank page to merge the
 * frames' results, a new renderer for every check (the review UI has no frames).
 */
const axeIn = (page: Page): AxeBuilder => new AxeBuilder({ page }).setLegacyMode();

/** Serious and critical axe violations on the page as it is now. Only violations are asked for, not every node that passed. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const builder = axeIn(page).options({ resultTypes: ['violations'] });
  for (const rows of REPEATED_ROWS) builder.exclude(rows);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Each heading that skips a level (h2, then h4) or opens the page below h1, as "h2 Sources → h4 Reuters". */
export function headingSkips(page: Page): Promise<string[]> {
  // A string: this project's TypeScript has no DOM types, the browser runs it.
  return page.evaluate<string[]>(`(() => {
    const skips = [];
    let previous = { level: 0, text: '(the page start)' };
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const current = { level: Number(heading.tagName[1]), text: 'h' + heading.tagName[1] + ' ' + heading.textContent };
      if (current.level > previous.level + 1) skips.push(previous.text + ' → ' + current.text);
      previous = current;
    }
    return skips;
  })()`);
}

/**
 * Words of a table's headers, cells and buttons broken across lines, and selects too
 * narrow to show their value: on a phone a crushed column read "St/at/u/s" and
 * "R/e/v/ok/e", a webhook's status "enable/d", and a user's role select showed only its arrow.
 */
export function wordsBrokenInTables(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const broken = [];
    for (const el of document.querySelectorAll('table.queues th, table.queues button, table.queues td')) {
      if (el.closest('.visually-hidden')) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A link or an id in code is one long word, free to break anywhere; a closed details' text is not laid out.
        if (node.parentElement.closest('code, details:not([open]) > :not(summary)')) continue;
        // A hyphen is a place to wrap ("France-/Presse", an address), not a word cut.
        for (const word of node.textContent.matchAll(/[^\\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    for (const select of document.querySelectorAll('table.queues select')) {
      if (select.clientWidth < 72) broken.push('select ' + (select.getAttribute('aria-label') ?? '') + ': ' + select.clientWidth + 'px');
    }
    return broken;
  })()`);
}

/** Content outside every landmark (axe's "region" rule): a screen reader's landmark list never reaches it. */
export async function contentOutsideLandmarks(page: Page): Promise<string[]> {
  const results = await axeIn(page).withRules(['region']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 80)}`));
}

/**
 * Starts listening for live-region announcements that repeat what was already said: a region
 * touched without its words changing, a region (re)inserted with words heard before, or
 * aria-busy switched around a region (screen readers read it again when busy ends).
 * The returned function gives what was repeated since.
 */
export async function watchRepeatedAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`(() => {
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const said = new Map();
    const heard = new Set();
    const repeats = [];
    const note = (region) => {
      const text = region.textContent.trim();
      said.set(region, text);
      if (text) heard.add(text);
    };
    document.querySelectorAll(LIVE).forEach(note);
    new MutationObserver((records) => {
      const touched = new Set();
      for (const record of records) {
        if (record.type === 'attributes') {
          const inside = record.target.querySelector(LIVE);
          if (inside) repeats.push('aria-busy switched around "' + inside.textContent.trim() + '"');
          continue;
        }
        const element = record.target instanceof Element ? record.target : record.target.parentElement;
        const region = element && element.closest(LIVE);
        if (region) touched.add(region);
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(LIVE)) touched.add(node);
          node.querySelectorAll(LIVE).forEach((inner) => touched.add(inner));
        }
      }
      for (const region of touched) {
        if (!region.isConnected) continue;
        const text = region.textContent.trim();
        const repeated = said.has(region) ? said.get(region) === text : heard.has(text);
        if (text && repeated) repeats.push('"' + text + '"');
        note(region);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    window.repeatedAnnouncements = repeats;
  })()`);
  return () => page.evaluate<string[]>('[...window.repeatedAnnouncements]');
}
