import { jest } from '@jest/globals';
import type { Browser, Request } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { REVIEW_ENV, SOURCED_SENTENCE, submitAndRoute } from '../support/review.js';
import { waitFor } from '../support/wait-for.js';
import { account } from './support/accounts.js';
import { chromiumAvailable, consoleErrorsOf, contentOutsideLandmarks, problemsOf, signedInPage, useChromium } from './support/browser.js';

jest.setTimeout(60_000);


const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/**
 * The service out of reach for a moment (a dropped connection, a restart):
 * the page said only "Failed to fetch", and a failed take left the workspace
 * with that line and nothing to press but the browser's reload.
 */
describeIfChromium('review UI: the service out of reach', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uinet', REVIEW_ENV);

  it('says the service could not be reached, offers to try again, and keeps the draft of a grade', async () => {
    await submitAndRoute(stack, SOURCED_SENTENCE);
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);

    await page.route('**/v1/review/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/review/source_check');
    await page.getByRole('alert').filter({ hasText: 'Could not reach claimtrail: check your connection and try again' }).waitFor();
    await page.unroute('**/v1/review/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('radio', { name: /Misattributed/ }).click();
    await page.getByLabel('URL').fill('https://www.reuters.com/kept');

    await page.route('**/v1/claims/*/reviews', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /Submit grade/ }).click();
    await page.getByText('Could not reach claimtrail: check your connection and try again. Your draft is kept.').waitFor();
    await page.unroute('**/v1/claims/*/reviews');
    await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.reuters.com/kept');
    await page.getByRole('button', { name: /Submit grade/ }).click();
    await page.getByRole('status').filter({ hasText: 'Grade recorded' }).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  }, 60_000);

  // The session check failing (the service restarting, a proxy's 502) read as being signed out: the
  // sign-in form, a password typed for nothing, and "Could not reach claimtrail" under it.
  it('says the service is unavailable when it cannot tell who is signed in, instead of asking to sign in', async () => {
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    const sessionCheck = '**/v1/auth/session';
    await page.route(sessionCheck, (route) => route.fulfill({ status: 502, body: '' }));
    await page.goto('/articles');
    await page.getByRole('alert').filter({ hasText: 'claimtrail is not available for a moment: try again in a moment.' }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).count()).resolves.toBe(0);
    await expect(contentOutsideLandmarks(page)).resolves.toEqual([]);
    await page.unroute(sessionCheck);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    // Signed out for real (no cookie): the sign-in form, as before.
    await context.clearCookies();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // The UI asks who is signed in at every first visit (its cookie is HttpOnly, out of its reach); that
  // probe answered 401 to everyone signed out, which Chromium logs as "Failed to load resource".
  it('opens signed out on the sign-in form with nothing in the console', async () => {
    const context = await browser.newContext({ baseURL: stack.api.baseUrl });
    const page = await context.newPage();
    const consoleProblems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  // A read under way when the person signed out (the inbox's refresh, about one sign-out in three) reached the
  // service after the session ended: a 401, two errors in the console, for a sign-out the person chose.
  it('signs out with nothing in the console while a read is under way', async () => {
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    const dropped = new Set<Request>();
    page.on('requestfailed', (request) => dropped.add(request));
    // Reads are held until the service has ended the session: a refresh in flight, made certain. One the page
    // dropped meanwhile gets no answer (the route outlives it; without it the browser would not send it on).
    let sessionEnded!: () => void;
    const ended = new Promise<void>((resolve) => (sessionEnded = resolve));
    let held = 0;
    await page.route('**/v1/**', async (route) => {
      const request = route.request();
      if (request.resourceType() !== 'fetch' || request.method() !== 'GET') return route.continue();
      held++;
      await ended;
      await (dropped.has(request) ? route.abort() : route.continue()).catch(() => undefined);
    });
    await page.route('**/v1/auth/session', async (route) => {
      if (route.request().method() !== 'DELETE') return route.fallback();
      const response = await route.fetch();
      sessionEnded();
      await page.waitForTimeout(300);
      await route.fulfill({ response });
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    await waitFor('a read under way', () => (held > 0 ? true : undefined), 5_000);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForTimeout(300);
    expect(consoleErrorsOf(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // The service's words for an article over its size were for operators: '… larger than the limit of 204800
  // bytes (UTF-8); split the article or raise ARTICLE_MAX_TEXT_BYTES'.
  it('says how large an article may be when it is too large, and keeps it', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto('/articles');
    await page.getByText('Submit an article').click();
    const text = 'Reuters said that grain exports rose sharply in the quarter. '.repeat(4_000);
    await page.getByLabel('Article text or HTML').fill(text);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').filter({ hasText: 'Too large for claimtrail (at most 200 KB): split it into parts and send each.' }).waitFor();
    await expect(page.getByText('ARTICLE_MAX_TEXT_BYTES').count()).resolves.toBe(0);
    await expect(page.getByLabel('Article text or HTML').inputValue()).resolves.toHaveLength(text.length);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // The answer lost after the service stored the article (a dropped connection): Submit pressed again made a second copy.
  it('makes one article of a submission sent again after its answer was lost', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto('/articles');
    await page.getByText('Submit an article').click();
    const text = 'Reuters said that wheat exports through the corridor fell by a tenth in the winter of 2024.';
    await page.getByLabel('Article text or HTML').fill(text);
    const submissions = '**/v1/articles';
    await page.route(submissions, async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not reach claimtrail' }).waitFor();
    await page.unroute(submissions);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await expect(stack.sql(`SELECT count(*)::int AS n FROM articles WHERE input = $1`, [text])).resolves.toEqual([{ n: 1 }]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('says in plain words what a failing service answered, and offers to ask again', async () => {
    const { id: articleId } = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2021'));
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    const json = (status: number, message: string, headers: Record<string, string> = {}) => ({
      status,
      headers,
      contentType: 'application/json',
      body: JSON.stringify({ statusCode: status, error: 'Error', message }),
    });

    // A 500: what happened, what to do, and the reference support needs; not the service's header talk, nor "No claim matches".
    const queues = /\/v1\/queues\?/;
    await page.route(queues, (route) => route.fulfill(json(500, 'internal error; the request id in the X-Request-Id header helps support find it', { 'x-request-id': 'req-4242' })));
    await page.goto('/');
    await page.getByRole('alert').filter({ hasText: 'Could not load the inbox. Something went wrong in claimtrail: try again; if it keeps happening, give support this reference: req-4242.' }).waitFor();
    await expect(page.getByText('No claim matches.').count()).resolves.toBe(0);
    await page.unroute(queues);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').filter({ hasText: /shown, yours first/ }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    // A 429 says when to try again.
    const articles = /\/v1\/articles\?/;
    await page.route(articles, (route) => route.fulfill(json(429, 'Rate limit exceeded; retry in 7 seconds', { 'retry-after': '7' })));
    await page.goto('/articles');
    await page.getByRole('alert').filter({ hasText: 'Could not load the articles. Too many requests for now: try again in 7 seconds.' }).waitFor();
    await page.unroute(articles);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: 'Untitled' }).first().waitFor();

    // A proxy's bare 502 (no message at all) on an article page: plain words, and asking again keeps the address.
    const article = new RegExp(`/v1/articles/${articleId}\\?`);
    await page.route(article, (route) => route.fulfill({ status: 502, body: '' }));
    await page.goto(`/articles/${articleId}?unsourced=1`);
    await page.getByRole('alert').filter({ hasText: 'claimtrail is not available for a moment: try again in a moment.' }).waitFor();
    await page.unroute(article);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article.article-text').waitFor();
    expect(page.url()).toContain('unsourced=1');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
