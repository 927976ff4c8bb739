import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { chromiumAvailable, consoleErrorsOf, contentOutsideLandmarks, launchChromium, problemsOf, seriousA11yViolations, watchForErrors } from './support/browser.js';

jest.setTimeout(60_000);

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/**
 * The Bull Board's sign-in page is served by the API, not the review UI, so
 * none of the UI suites opened it: its code field had no label (axe: critical),
 * every visit logged the 404 of /favicon.ico in the console, and the board
 * itself a Content-Security-Policy refusal of Google Fonts.
 */
describeIfChromium('Bull Board sign-in in a browser', () => {
  let browser: Browser;
  // The page is the API's own: no UI build is needed.
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());
  const stack = useStack('uiboard');

  it('signs an admin in with a pasted code, by a labelled field, with no console error or axe violation', async () => {
    const context = await browser.newContext({ baseURL: stack.api.baseUrl });
    const page = await context.newPage();
    watchForErrors(page);
    await page.goto('/admin/queues/sign-in');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await contentOutsideLandmarks(page)).toEqual([]);

    const issued = await stack.request('POST', '/admin/queues/codes');
    expect(issued.status).toBe(201);
    await page.getByLabel('Sign-in code').fill(issued.body.code);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/queues$/);
    // The board drawn, its queues listed: and it asked no third party for fonts (the policy refused Google Fonts).
    await page.getByText('verification', { exact: false }).first().waitFor();
    expect(problemsOf(page)).toEqual([]);
    expect(consoleErrorsOf(page)).toEqual([]);
    await context.close();
  });
});
