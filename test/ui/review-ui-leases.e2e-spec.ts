import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { REVIEW_ENV, SOURCED_SENTENCE, grade, gradeFor, next, submitAndRoute } from '../support/review.js';
import { waitFor } from '../support/wait-for.js';
import { account, claimStatus } from './support/accounts.js';
import { chromiumAvailable, consoleErrorsOf, problemsOf, signedInPage, useChromium } from './support/browser.js';

jest.setTimeout(60_000);

const LEASE_MS = 6_000;

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/** Short leases and two independent grades at verdict: a lease lapsing while away, a disagreement resolved. */
describeIfChromium('review UI: leases and escalations', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uilease', {
    ...REVIEW_ENV,
    REVIEW_LEASE_MS: String(LEASE_MS),
    REVIEW_REQUIRED_VERDICT: '2',
  });

  it('extends the lease while the person works, lets it lapse while they are away, and keeps the draft', async () => {
    const article = await submitAndRoute(stack, SOURCED_SENTENCE);
    const claim = article.claims[0];
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claim.id}"]`).waitFor();

    // Active for longer than a lease: the lease is extended, the claim stays ours.
    const workUntil = Date.now() + LEASE_MS * 1.5;
    while (Date.now() < workUntil) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(300);
    }
    const [held] = await stack.sql(`SELECT lease_holder, lease_expires_at > now() AS live FROM claims WHERE id = $1`, [claim.id]);
    expect(held).toEqual({ lease_holder: reviewer.id, live: true });
    // Reading a long article with the mouse wheel is being there too (only keys and clicks counted: the lease lapsed under a reader).
    await page.mouse.move(300, 300);
    const readUntil = Date.now() + LEASE_MS * 1.5;
    while (Date.now() < readUntil) {
      await page.mouse.wheel(0, 40);
      await page.waitForTimeout(300);
    }
    const [stillHeld] = await stack.sql(`SELECT lease_holder, lease_expires_at > now() AS live FROM claims WHERE id = $1`, [claim.id]);
    expect(stillHeld).toEqual({ lease_holder: reviewer.id, live: true });

    // Away: no key, no pointer. The lease lapses; the page says so and keeps the draft.
    await page.getByLabel('URL').fill('https://www.wsj.com/kept-draft');
    await page.getByRole('alert').filter({ hasText: 'lease ran out' }).waitFor({ timeout: LEASE_MS * 3 });
    await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.wsj.com/kept-draft');
    const [lapsed] = await stack.sql(`SELECT lease_expires_at <= now() AS lapsed FROM claims WHERE id = $1`, [claim.id]);
    expect(lapsed.lapsed).toBe(true);
    // The alert's way on takes a claim again without handing this one back: it is free and first in line,
    // so it comes back with the draft (the button skipped it, and the draft the alert said was kept went).
    await page.getByRole('alert').getByRole('button', { name: 'Take the next claim' }).click();
    await page.getByRole('alert').filter({ hasText: 'lease ran out' }).waitFor({ state: 'detached' });
    await page.locator(`mark[data-claim-id="${claim.id}"][aria-current="true"]`).waitFor();
    await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.wsj.com/kept-draft');
    const [retaken] = await stack.sql(`SELECT lease_holder FROM claims WHERE id = $1`, [claim.id]);
    expect(retaken.lease_holder).toBe(reviewer.id);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    // Out of the source_check inbox: the next test's reviewer, one lease per stage, would get this claim first.
    // Closing the page hands the claim back; a dismissal racing that release is refused (409) and tried again.
    await waitFor('the claim dismissed', async () =>
      (await stack.request('POST', `/v1/claims/${claim.id}/dismiss`, { body: { reason: 'test done' } })).status === 204 ? true : undefined, 10_000);
  });

  it('offers the next step after a 409 and brings the claim back with the draft when it is still first in line', async () => {
    const article = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2022'));
    const claim = article.claims[0];
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claim.id}"]`).waitFor();
    await page.keyboard.press('c');
    await page.getByLabel('URL').fill('https://www.wsj.com/shells');
    await page.getByLabel(/^Note/).fill('Matches the WSJ report');
    // The lease is gone behind the page's back (taken over, lapsed): the grade answers 409.
    await stack.sql(`UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL WHERE id = $1`, [claim.id]);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'no longer yours' }).waitFor();
    // The way forward has the focus: Enter takes a claim again, this one, free and first in line.
    await waitFor('focus on the next step', async () =>
      (await page.evaluate('document.activeElement?.textContent')) === 'Take the next claim' ? true : undefined, 5_000);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'no longer yours' }).waitFor({ state: 'detached' });
    await page.locator(`mark[data-claim-id="${claim.id}"][aria-current="true"]`).waitFor();
    await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('Matches the WSJ report');
    await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.wsj.com/shells');
    await expect(page.getByRole('radio', { name: /Confirmed/ }).getAttribute('aria-checked')).resolves.toBe('true');
    const [held] = await stack.sql(`SELECT lease_holder FROM claims WHERE id = $1`, [claim.id]);
    expect(held.lease_holder).toBe(reviewer.id);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    // Handed back (unless closing the page or the short lease did) and out of the inbox: the next test's reviewers would get it first.
    await stack.request('POST', `/v1/claims/${claim.id}/release`, { token: reviewer.token });
    expect((await stack.request('POST', `/v1/claims/${claim.id}/dismiss`, { body: { reason: 'test done' } })).status).toBe(204);
  });

  // The extension answered 409 unread: the countdown ran on, and at zero the page said the lease "ran out
  // while you were away" to someone typing all along.
  it('says at once that the claim was taken while the person works, when extending the lease is refused', async () => {
    const article = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2020'));
    const claim = article.claims[0];
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claim.id}"]`).waitFor();
    await page.keyboard.press('c');
    await page.getByLabel(/^Note/).focus();
    // Someone else has it now (an admin's reassignment, a lease taken over): the next extension is refused.
    const taken = Date.now();
    await stack.sql(`UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL WHERE id = $1`, [claim.id]);
    const lost = page.getByRole('alert').filter({ hasText: 'no longer yours' });
    while (!(await lost.isVisible()) && Date.now() - taken < LEASE_MS * 2) await page.keyboard.type('x');
    await lost.waitFor({ timeout: 1_000 });
    expect(Date.now() - taken).toBeLessThan(LEASE_MS);
    await expect(page.getByText('while you were away').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Take the next claim' }).count()).resolves.toBe(1);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    await waitFor('the claim dismissed', async () =>
      (await stack.request('POST', `/v1/claims/${claim.id}/dismiss`, { body: { reason: 'test done' } })).status === 204 ? true : undefined, 10_000);
  });

  // Skip released the claim as it left the screen and skipped it too: the two raced, and the loser
  // answered 409, an error in the browser's console at each Skip.
  it('skips a claim with one request, nothing refused', async () => {
    const article = await submitAndRoute(stack, `${SOURCED_SENTENCE.replace('last year', 'in 2019')}\n\nThe Wall Street Journal reported that 11,000 troops were sent to Kursk in 2019.`);
    expect(article.claims).toHaveLength(2);
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    const refused: string[] = [];
    page.on('response', (response) => response.status() >= 400 && refused.push(`${response.status()} ${new URL(response.url()).pathname}`));
    await page.goto('/review/source_check');
    const current = page.locator('mark[aria-current="true"]');
    await current.waitFor();
    const first = await current.getAttribute('data-claim-id');
    await page.keyboard.press('n');
    await page.locator(`mark[aria-current="true"]:not([data-claim-id="${first}"])`).waitFor();
    const second = await current.getAttribute('data-claim-id');
    await page.getByRole('button', { name: /Skip/ }).click();
    await page.locator(`mark[aria-current="true"][data-claim-id="${first}"]`).waitFor();
    await page.waitForTimeout(500); // a release racing the skip answers meanwhile
    expect(refused).toEqual([]);
    expect(consoleErrorsOf(page)).toEqual([]);
    const held = await stack.sql(`SELECT id, lease_holder FROM claims WHERE id = ANY($1) ORDER BY id = $2 DESC`, [[first, second], first]);
    expect(held).toEqual([{ id: first, lease_holder: reviewer.id }, { id: second, lease_holder: null }]);
    await context.close();
    for (const claim of article.claims) {
      await waitFor('the claim dismissed', async () =>
        (await stack.request('POST', `/v1/claims/${claim.id}/dismiss`, { body: { reason: 'test done' } })).status === 204 ? true : undefined, 10_000);
    }
  });

  it('shows an editor the two grades that disagree and resolves the escalation', async () => {
    const article = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2023'));
    const claim = article.claims[0];
    const [a, b, editor] = await Promise.all([account(stack, 'reviewer'), account(stack, 'reviewer'), account(stack, 'editor')]);
    // Source check passes; the two verdicts differ.
    await waitFor('the claim at source_check', async () => ((await next(stack, a, 'source_check')).body?.claim?.id === claim.id ? true : undefined));
    expect((await grade(stack, a, claim.id, gradeFor('source_check'))).status).toBe(201);
    await waitFor('the claim at verdict', async () => ((await claimStatus(stack, claim.id)) === 'verdict' ? true : undefined));
    for (const [who, rating] of [[a, 'true'], [b, 'false']] as const) {
      await waitFor(`a verdict lease for ${who.email}`, async () => ((await next(stack, who, 'verdict')).body?.claim?.id === claim.id ? true : undefined));
      const evidence = [{ url: `https://www.reuters.com/figures-${rating}`, quote: `shells rated ${rating}` }];
      expect((await grade(stack, who, claim.id, gradeFor('verdict', { rating, note: `Rated ${rating}`, evidence }))).status).toBe(201);
    }
    await waitFor('the escalation', async () => ((await claimStatus(stack, claim.id)) === 'escalated' ? true : undefined));

    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto('/review/escalated');
    const disagreement = page.getByRole('region', { name: 'The grades that disagree' });
    await disagreement.waitFor();
    await expect(disagreement.getByRole('article').allTextContents()).resolves.toEqual([
      expect.stringContaining('true'),
      expect.stringContaining('false'),
    ]);
    // Each grade once, with its evidence: the same two grades were listed again under Earlier stages,
    // two people read as four, and only that second copy showed what each had found.
    for (const rating of ['true', 'false']) {
      await expect(page.getByRole('article').filter({ hasText: `Rated ${rating}` }).count()).resolves.toBe(1);
      await disagreement.getByRole('link', { name: `https://www.reuters.com/figures-${rating}` }).waitFor();
    }
    await page.keyboard.press('3'); // mixed
    await page.getByLabel('Note').fill('Both readings have support; mixed.');
    await page.keyboard.press('Control+Enter');
    const outcome = page.getByRole('status').or(page.getByRole('alert')).first();
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toContain('Grade recorded');
    await waitFor('the resolved claim at approval', async () => ((await claimStatus(stack, claim.id)) === 'approval' ? true : undefined));
    const [resolved] = await stack.sql(`SELECT rating FROM claims WHERE id = $1`, [claim.id]);
    expect(resolved.rating).toBe('mixed');
    await context.close();

    // Another editor sends it back: what the note is for, and where the claim went (the page said
    // "an approval needs one" of a send-back, and only "Grade recorded" after it).
    const approver = await account(stack, 'editor');
    const approving = await signedInPage(browser, stack.api.baseUrl, approver);
    const gradesSent: string[] = [];
    approving.page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/reviews') && gradesSent.push(request.url()));
    await approving.page.goto('/review/approval');
    await approving.page.locator(`mark[data-claim-id="${claim.id}"][aria-current="true"]`).waitFor();
    await approving.page.keyboard.press('b');
    // The figure is the ministry's, not the agency's the chain names: an attribution problem, for source check.
    await approving.page.getByRole('group', { name: 'Send back to' }).getByLabel('Source check (the attribution)').check();
    await approving.page.keyboard.press('Control+Enter');
    await approving.page.getByRole('alert').filter({ hasText: 'Write a note saying what to fix: the reviewers it goes back to read it.' }).waitFor();
    // A note of Hangul fillers is no note either: the form says so, as the service would (it was sent, and refused).
    await approving.page.keyboard.insertText('\u3164\u3164');
    await approving.page.keyboard.press('Control+Enter');
    await approving.page.getByRole('alert').filter({ hasText: 'Write a note saying what to fix' }).waitFor();
    await approving.page.getByLabel(/^Note/).fill('');
    await approving.page.getByLabel(/^Note/).focus();
    await approving.page.keyboard.type('The shells figure is for 2022, not 2023.');
    await approving.page.keyboard.press('Control+Enter');
    await approving.page.getByRole('status').filter({ hasText: 'Grade recorded: sent back to source check with your note. Press n for the next claim.' }).waitFor();
    expect(gradesSent).toHaveLength(1);
    await waitFor('the claim back at source check', async () => ((await claimStatus(stack, claim.id)) === 'source_check' ? true : undefined));
    await approving.context.close();
  });
});
