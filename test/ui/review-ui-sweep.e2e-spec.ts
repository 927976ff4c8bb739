import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Stack } from '../support/stack.js';
import { submitAndRoute } from '../support/review.js';
import { account } from './support/accounts.js';
import { buildUi, chromiumAvailable, launchChromium, problemsOf, signedInPage } from './support/browser.js';

jest.setTimeout(60_000);

const ARTICLE = 'IA Fact, referring to The Wall Street Journal, already stated that North Korea supplied Russia with more than one million artillery shells last year.';
const PHONE = { width: 390, height: 844 };

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/** A fact-checker's sweep of every screen: a phone, the keyboard, the address bar, states between answers. */
describeIfChromium('review UI: a sweep of every screen', () => {
  let stack: Stack;
  let browser: Browser;
  let articleId: string;

  beforeAll(async () => {
    buildUi();
    stack = await Stack.create('uisweep', { RATE_LIMIT_LOGIN_PER_IP: '1000', RECONCILE_INTERVAL_MS: '300' });
    [browser] = await Promise.all([launchChromium(), stack.start()]);
    articleId = (await submitAndRoute(stack, ARTICLE)).id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 30_000);

  it('never scrolls sideways on a phone', async () => {
    const admin = await account(stack, 'admin');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.setViewportSize(PHONE);
    const wide: string[] = [];
    for (const path of ['/', '/review/source_check', '/articles', `/articles/${articleId}`, '/account', '/manage', '/manage/users', '/manage/webhooks']) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      if (width > PHONE.width) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
