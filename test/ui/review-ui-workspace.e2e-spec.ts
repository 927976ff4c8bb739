import { jest } from '@jest/globals';
import type { Browser, Locator } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { REVIEW_ENV, gradeFor, seedArticle, seedClaim, waitUntilSettled } from '../support/review.js';
import { account } from './support/accounts.js';
import { chromiumAvailable, problemsOf, signedInPage, useChromium } from './support/browser.js';

jest.setTimeout(60_000);

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/** What a reviewer at work on a claim must not lose or be misled about: a correction on screen, a claim taken from under them. */
describeIfChromium('review UI: the claim workspace', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uiwork', REVIEW_ENV);

  it('grades a claim only once its correction of the sources is saved or cancelled', async () => {
    // The most check-worthy, so first in line.
    // Less check-worthy than the claims later cases take at verdict: corrected to cite no source, it waits there
    // among the unsourced claims, which the inbox hands out first.
    const { claimId } = await seedClaim(stack, 'Reuters reported that coffee exports fell by a third in the first quarter.', { source: 'Reuters', checkworthiness: 0.9 });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
    await page.getByRole('button', { name: 'Correct sources' }).click();
    await page.getByRole('button', { name: 'Remove Reuters' }).click();
    // Graded with the editor still open: the claim moved on with the engine's chain and the correction on
    // screen was lost (its Save then refused: the claim had left source check).
    await page.keyboard.press('x');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'Save or cancel your correction of the sources first' }).waitFor({ timeout: 5_000 });
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Save correction');
    const [waiting] = await stack.sql(`SELECT status, (SELECT count(*)::int FROM reviews WHERE claim_id = $1) AS grades FROM claims WHERE id = $1`, [claimId]);
    expect(waiting).toEqual({ status: 'source_check', grades: 0 });
    // `n` on one of the editor's buttons (or Skip) took the next claim: the correction on screen was gone.
    await page.keyboard.press('n');
    await page.getByRole('alert').filter({ hasText: 'moving on would lose it' }).waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: /^Skip/ }).click();
    await expect(page.getByRole('form', { name: 'Correct sources' }).isVisible()).resolves.toBe(true);
    await expect(page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).count()).resolves.toBe(1);
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Save correction');

    await page.keyboard.press('Enter');
    await page.getByRole('note', { name: 'Correction' }).waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Grade recorded' }).waitFor();
    // Saved before the grade, by the grader (the correction's round is still open: only its author reads it).
    const corrections = await stack.sql(`SELECT sources, actor_id FROM source_corrections WHERE claim_id = $1`, [claimId]);
    expect(corrections).toEqual([{ sources: [], actor_id: reviewer.id }]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('says what a grade lacks when it is sent before a verdict is chosen, by keyboard or button', async () => {
    const { claimId } = await seedClaim(stack, 'Reuters reported that sugar exports rose by a quarter in the spring.', { source: 'Reuters', checkworthiness: 1 });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
    await page.getByLabel('URL').fill('https://www.reuters.com/sugar');
    // Ctrl+Enter before a choice did nothing, and Submit was disabled, without a word why.
    await page.keyboard.press('Control+Enter');
    const lacking = page.getByRole('alert').filter({ hasText: 'Choose an attribution verdict first' });
    await lacking.waitFor({ timeout: 5_000 });
    await expect(page.evaluate('document.activeElement?.getAttribute("aria-keyshortcuts")')).resolves.toBe('c');
    await page.getByLabel('Note (optional)').focus();
    await page.getByRole('button', { name: /Submit grade/ }).click();
    await lacking.waitFor({ timeout: 5_000 });
    await expect(page.evaluate('document.activeElement?.getAttribute("aria-keyshortcuts")')).resolves.toBe('c');
    // The focus is on the first choice: its key (or Space) chooses it, and the grade goes.
    await page.keyboard.press('c');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Grade recorded' }).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('shows the article\'s other claims moving on as colleagues grade them', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 2, { label: 'tea', checkworthiness: 1 });
    await waitUntilSettled(stack, articleId);
    const reviewer = await account(stack, 'reviewer');
    const colleague = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/verdict');
    const current = page.locator('mark[aria-current="true"]');
    await current.waitFor();
    const mine = await current.getAttribute('data-claim-id');
    const other = claimIds.find((id) => id !== mine)!;
    const otherMark = page.locator(`mark[data-claim-id="${other}"]`);
    await expect(otherMark.getAttribute('data-status')).resolves.toBe('verdict');
    // The status in words as well as in colour (colour alone told a colour-blind reviewer or a screen reader
    // nothing): a tag after each claim, which the accessibility tree reads with the claim.
    type Styles = { getComputedStyle(element: unknown, pseudo: string): { content: string } };
    const tag = (mark: Locator) => mark.evaluate((element) => (globalThis as unknown as Styles).getComputedStyle(element, '::after').content);
    await expect(tag(otherMark)).resolves.toBe('"verdict"');
    await expect(tag(current)).resolves.toBe('"verdict"');
    await expect(otherMark.ariaSnapshot()).resolves.toMatch(/ verdict"$/);
    await page.waitForTimeout(1_000);

    const taken = await stack.request('POST', '/v1/review/verdict/next', { token: colleague.token });
    expect(taken.body.claim.id).toBe(other);
    expect((await stack.request('POST', `/v1/claims/${other}/reviews`, { token: colleague.token, body: gradeFor('verdict') })).status).toBe(201);
    // It stayed "verdict" (the claims were read when this claim was taken, and again after 30 s at the earliest).
    await otherMark.and(page.locator('[data-status="approval"]')).waitFor({ timeout: 5_000 });
    await expect(tag(otherMark)).resolves.toBe('"approval"');
    await expect(otherMark.ariaSnapshot()).resolves.toMatch(/ approval"$/);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('says at once that an editor dismissed the claim being graded, not that it may come back with the draft', async () => {
    const { claimId } = await seedClaim(stack, 'Reuters reported that cocoa prices doubled over the winter months.', { source: 'Reuters', checkworthiness: 1 });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
    await page.getByLabel('URL').fill('https://www.reuters.com/cocoa');
    await page.waitForTimeout(1_000);
    expect((await stack.request('POST', `/v1/claims/${claimId}/dismiss`, { body: { reason: 'a duplicate' } })).status).toBe(204);
    // Without a key pressed: the page had nothing to say until the grade came back 409, and then promised
    // the claim back with the draft "if it is still first in line", which a dismissed claim never is.
    const alert = page.getByRole('alert').filter({ hasText: 'An editor dismissed this claim' });
    await alert.waitFor({ timeout: 5_000 });
    await page.getByRole('radio', { name: 'Confirmed' }).click();
    const refused = page.waitForResponse((response) => response.url().endsWith(`/v1/claims/${claimId}/reviews`));
    await page.keyboard.press('Control+Enter');
    await refused;
    await page.waitForTimeout(500);
    await expect(page.getByRole('alert').allTextContents()).resolves.toEqual([expect.stringContaining('An editor dismissed this claim')]);
    await page.getByRole('button', { name: 'Take the next claim' }).click();
    await page.getByText('Nothing is waiting for you in this stage.').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
