import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { REVIEW_ENV, submitAndRoute } from '../support/review.js';
import { account } from './support/accounts.js';
import { chromiumAvailable, problemsOf, signedInPage, useChromium } from './support/browser.js';

jest.setTimeout(60_000);

const ARTICLE = 'IA Fact, referring to The Wall Street Journal, already stated that North Korea supplied Russia with more than one million artillery shells last year.';

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
    await submitAndRoute(stack, ARTICLE);
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
});
