import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';
import { REVIEW_ENV, SOURCED_SENTENCE, seedArticle, seedClaim, submitAndRoute, waitUntilSettled } from '../support/review.js';
import { account } from './support/accounts.js';
import {
  chromiumAvailable,
  contentOutsideLandmarks,
  headingSkips,
  problemsOf,
  seriousA11yViolations,
  signedInPage,
  useChromium,
  watchRepeatedAnnouncements,
  wordsBrokenInTables,
} from './support/browser.js';

jest.setTimeout(60_000);

// The narrowest phones in use (360 CSS pixels): what fits there fits the rest.
const PHONE = { width: 360, height: 780 };

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

/** Focus moves after the render that moves it: wait for it (up to 5 s), then compare, so a miss says what had focus. */
async function expectFocus(page: Page, probe: string, expected: unknown): Promise<void> {
  await waitFor(`focus (${probe})`, async () => ((await page.evaluate(probe)) === expected ? true : undefined), 5_000).catch(() => undefined);
  await expect(page.evaluate(probe)).resolves.toBe(expected);
}

/** A fact-checker's sweep of every screen: a phone, the keyboard, the address bar, states between answers. */
describeIfChromium('review UI: a sweep of every screen', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uisweep', REVIEW_ENV);
  let articleId: string;

  beforeAll(async () => {
    articleId = (await submitAndRoute(stack, SOURCED_SENTENCE)).id;
  }, 60_000);

  /**
   * A claim first in line for the source check (the most check-worthy) and a reviewer's page, for `body`. Afterwards,
   * even after a failed step, the page is closed, which hands the claim back, and the claim is dismissed, so that
   * neither a later test nor this one's retry gets it; a dismissal racing that release is refused (409) and tried again.
   */
  async function withClaimFirstInLine(text: string, body: (page: Page, claimId: string) => Promise<void>): Promise<void> {
    const { claimId } = await seedClaim(stack, text, { source: 'Reuters', checkworthiness: 1 });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    try {
      await body(page, claimId);
    } finally {
      await context.close();
      await waitFor('the claim dismissed', async () =>
        (await stack.request('POST', `/v1/claims/${claimId}/dismiss`, { body: { reason: 'test done' } })).status === 204 ? true : undefined, 10_000);
    }
  }

  // Every screen at a phone's width, each checked for overflow, headings, landmarks and axe: some 50 s alone on a slow machine.
  it('never scrolls sideways on a phone, and keeps every page\'s headings in order and its content in landmarks', async () => {
    // Odd text too: a title and a claim of one unbroken 300-character word (a pasted link), empty lines.
    const word = `https://example.org/${'shells'.repeat(50)}`;
    const { articleId: odd } = await seedClaim(stack, `According to Reuters, ${word} was cited.\n\n\n`, { source: 'Reuters', checkworthiness: 0.05 });
    await stack.sql(`UPDATE articles SET title = $2 WHERE id = $1`, [odd, word]);
    // A long claim in the inbox (the one above is not check-worthy enough to be there), under a long title.
    const longClaim = await seedClaim(stack, `According to Reuters, ${'grain exports through the corridor rose sharply in the quarter, '.repeat(12)}`, { source: 'Reuters' });
    await stack.sql(`UPDATE articles SET title = $2 WHERE id = $1`, [longClaim.articleId, `Grain exports: ${'a long headline '.repeat(8)}`]);
    const admin = await account(stack, 'admin');
    // A webhook endpoint in its table: with none, the table had no cell to crush. (An address that resolves,
    // for an event this suite never causes: nothing is sent.)
    const endpoint = await stack.request('POST', '/v1/webhooks', {
      body: { url: 'https://1.1.1.1/hooks/claimtrail', events: ['article.revised'], description: 'CMS of the newsroom' },
    });
    expect(endpoint.status).toBe(201);
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.setViewportSize(PHONE);
    const wide: string[] = [];
    const skips: string[] = [];
    const outside: string[] = [];
    const broken: string[] = [];
    const inbox: string[] = [];
    const serious: string[] = [];
    const paths = ['/', '/review/source_check', '/articles', `/articles/${articleId}`, `/articles/${odd}`, '/account', '/manage', '/manage/merge-outlets', '/manage/users', '/manage/api-keys', '/manage/accuracy', '/manage/webhooks', '/manage/nowhere', '/nowhere', '/review/nowhere'];
    for (const path of paths) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      // The workspace with an outlet card open: the card's heading sits under the sources.
      if (path.startsWith('/review/source_check')) {
        await page.locator('button.chip').first().click();
        await page.locator('.outlet-card').waitFor();
      }
      if (path === '/manage/users') await page.locator('select[aria-label^="Role of"]').first().waitFor();
      if (path === '/manage/webhooks') await page.locator('tr[data-endpoint-id]').first().waitFor();
      // A table that scrolls inside itself with nothing focusable in it (the accuracy table): the keyboard could not scroll it.
      if (path === '/manage/accuracy') await page.getByTestId('accuracy-summary').waitFor();
      if (path === '/') inbox.push(...(await phoneInboxProblems(page, longClaim.articleId)));
      serious.push(...(await seriousA11yViolations(page)).map((violation) => `${path}: ${violation}`));
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      if (width > PHONE.width) wide.push(`${path}: ${width}px`);
      broken.push(...(await wordsBrokenInTables(page)).map((word) => `${path}: ${word}`));
      skips.push(...(await headingSkips(page)).map((skip) => `${path}: ${skip}`));
      outside.push(...(await contentOutsideLandmarks(page)).map((node) => `${path}: ${node}`));
    }
    expect(wide).toEqual([]);
    expect(broken).toEqual([]);
    expect(skips).toEqual([]);
    expect(outside).toEqual([]);
    expect(inbox).toEqual([]);
    expect(serious).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    // Out of the inbox: the other cases' reviewers take the stage's first claim.
    expect((await stack.request('POST', `/v1/claims/${longClaim.claimId}/dismiss`, { body: { reason: 'test done' } })).status).toBe(204);
  }, 180_000);

  it('names the screen in the tab title, after a reload and back and forward too', async () => {
    const admin = await account(stack, 'admin');
    const context = await browser.newContext({ baseURL: stack.api.baseUrl });
    const page = await context.newPage();
    // While the session is asked for, "Loading…" sits in the main landmark like everything else.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/v1/auth/session', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await page.getByText('Loading…').waitFor();
    await expect(contentOutsideLandmarks(page)).resolves.toEqual([]);
    answer();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.unroute('**/v1/auth/session');
    expect(await page.title()).toBe('Sign in · claimtrail');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    const titles: Record<string, string> = {
      '/': 'Inbox · claimtrail',
      '/review/source_check': 'Source check · claimtrail',
      '/articles': 'Articles · claimtrail',
      [`/articles/${articleId}`]: 'Untitled article · Articles · claimtrail',
      '/account': 'Account · claimtrail',
      '/manage': 'Outlet registry · Administration · claimtrail',
      '/manage/users': 'Users · Administration · claimtrail',
      '/manage/webhooks': 'Webhooks · Administration · claimtrail',
      '/nowhere': 'Page not found · claimtrail',
      // An admin's address naming no screen (mistyped, or from an older version) showed the Administration heading over nothing.
      '/manage/nowhere': 'Page not found · Administration · claimtrail',
    };
    for (const [path, title] of Object.entries(titles)) {
      await page.goto(path);
      await titleIs(page, title);
    }
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the outlet registry' }).waitFor();
    await page.goto('/nowhere');
    await page.reload();
    await titleIs(page, 'Page not found · claimtrail');
    await page.goBack();
    await titleIs(page, 'Page not found · Administration · claimtrail');
    await context.close();
  });

  it('says an article address leads nowhere, at once, and offers the way back; an admin page says it is for admins', async () => {
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    const asked: string[] = [];
    page.on('request', (request) => request.url().includes('/v1/articles/') && asked.push(request.url()));
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      await page.goto(`/articles/${id}`);
      await page.getByRole('heading', { name: 'Article not found' }).waitFor({ timeout: 5_000 });
    }
    await page.waitForTimeout(1_500);
    // Asked once each: the service's 404 and 400 will not change on a second asking.
    expect(asked).toHaveLength(2);
    await page.getByRole('link', { name: 'Back to the articles' }).click();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    await page.goto('/no/such/screen');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor({ timeout: 5_000 });
    await page.getByRole('link', { name: 'Go to the inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    // An admin's link: whose page it is, not "Page not found".
    await page.goto('/manage/users');
    await page.getByRole('alert').filter({ hasText: 'This page is for admins, and you are signed in as a reviewer.' }).waitFor({ timeout: 5_000 });
    await titleIs(page, 'Administration · claimtrail');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('announces only what changes: a refresh or a second look that finds the same says nothing again', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.getByRole('status').filter({ hasText: /shown, yours first/ }).waitFor();
    let repeated = await watchRepeatedAnnouncements(page);
    // The inbox asks again whenever the tab comes back into view (and on every live event): the same claims, nothing to say.
    // Asked again until the inbox refreshes: once, in a CI run with both lanes busy, one such event brought no request.
    const askedAgain = async () => {
      const refreshed = page.waitForResponse((response) => response.url().includes('/v1/queues?'), { timeout: 5_000 });
      await page.evaluate('window.dispatchEvent(new Event("visibilitychange"))');
      return refreshed.then(() => true, () => undefined);
    };
    for (let i = 0; i < 3; i++) {
      await waitFor(`the inbox to refresh (the page is ${await page.evaluate<string>('document.visibilityState')})`, askedAgain, 30_000);
      await page.waitForTimeout(200);
    }
    await expect(repeated()).resolves.toEqual([]);
    // An empty stage checked again: still nothing, nothing said again, and the focus stays on the button.
    await page.goto('/review/escalated');
    const again = page.getByRole('button', { name: 'Check again' });
    await again.waitFor();
    repeated = await watchRepeatedAnnouncements(page);
    await again.focus();
    const checked = page.waitForResponse((response) => response.url().includes('/v1/review/escalated/next'));
    await page.keyboard.press('Enter');
    await checked;
    await again.waitFor();
    await expect(repeated()).resolves.toEqual([]);
    await expectFocus(page, 'document.activeElement.textContent', 'Check again');
    await context.close();
  });

  it('takes the keyboard to a new screen\'s heading, to the field a form lacks, and keeps it on the button it pressed when the service refuses the form', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    // A top-bar link moves the focus to the new screen's heading (it stayed on the link, the new screen unannounced).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'document.activeElement.tagName + " " + document.activeElement.textContent', 'H1 Articles');
    await page.getByText('Submit an article').click();
    // A blank article: said beside the box before anything is sent (the service said "text must not be empty or
    // whitespace only"), the keyboard in the box, what was typed kept.
    let articlePosts = 0;
    page.on('request', (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/v1/articles' && articlePosts++);
    // A Hangul filler is drawn as nothing too, and the service refuses it as blank.
    await page.getByLabel('Article text or HTML').fill('   \n \u3164 ');
    await page.getByRole('button', { name: 'Submit', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Paste the article’s text or HTML: there is nothing but blank space in the box.' }).waitFor();
    await expectFocus(page, 'JSON.stringify(document.activeElement.value)', JSON.stringify('   \n \u3164 '));
    expect(articlePosts).toBe(0);
    // A filter that matches no article: "None.", with no header row over nothing.
    await page.getByLabel('Status').selectOption('failed');
    await page.getByRole('navigation', { name: 'Pages of articles' }).getByText('None.').waitFor();
    await expect(page.getByRole('table', { name: 'Submitted articles' }).count()).resolves.toBe(0);
    await page.goto('/account');
    await page.getByLabel('Current password').fill('not-my-password-at-all');
    await page.getByLabel(/^New password \(/).fill('a-new-password-of-mine');
    await page.getByLabel('New password again').fill('a-new-password-of-mine');
    await page.getByRole('button', { name: 'Change password' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'The current password is wrong' }).waitFor();
    await expectFocus(page, 'document.activeElement.textContent', 'Change password');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('keeps an article being pasted when the editor looks at another screen and comes back', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    const main = page.getByRole('navigation', { name: 'Main' });
    await main.getByRole('link', { name: 'Articles' }).click();
    await page.getByText('Submit an article').click();
    await page.getByLabel('Title (optional)').fill('Grain corridor, draft');
    await page.getByLabel('Article text or HTML').fill('According to Reuters, grain exports rose by a tenth.');
    // A look at the inbox (or the browser's back button) threw the pasted article away.
    await main.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    await expect(page.getByLabel('Article text or HTML').inputValue()).resolves.toBe('According to Reuters, grain exports rose by a tenth.');
    await expect(page.getByLabel('Title (optional)').inputValue()).resolves.toBe('Grain corridor, draft');
    // Once submitted, the form starts empty again.
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('heading', { name: 'Grain corridor, draft' }).waitFor();
    await main.getByRole('link', { name: 'Articles' }).click();
    await page.getByText('Submit an article').click();
    await expect(page.getByLabel('Article text or HTML').inputValue()).resolves.toBe('');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('says what a grade lacks and where, then hands the keyboard to the next claim once it is recorded', async () => {
    // The most check-worthy, so first in line: this reviewer grades it, no other test's claim.
    const { articleId: seeded, claimId } = await seedClaim(stack, 'Reuters reported that grain exports rose by a tenth in the last quarter of the year.', { source: 'Reuters', checkworthiness: 1 });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    // A laptop's window: shorter than the claim pane with its form.
    await page.setViewportSize({ width: 1440, height: 700 });
    await page.goto('/review/source_check');
    await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
    // The article's page and report, for context, open beside the workspace (leaving it would hand the claim back).
    const articlePage = page.getByRole('link', { name: 'Open the article page' });
    expect(await articlePage.getAttribute('href')).toBe(`/articles/${seeded}`);
    expect(await articlePage.getAttribute('target')).toBe('_blank');
    expect(await page.getByRole('link', { name: 'its report' }).getAttribute('href')).toBe(`/v1/articles/${seeded}/report?format=html`);
    // Confirmed without evidence: what to do in plain words (not the API's field names), and the keyboard in the URL field.
    await page.keyboard.press('c');
    await page.keyboard.press('Control+Enter');
    const lacking = page.getByRole('alert').filter({ hasText: 'Add the URL of a piece of evidence, or choose Not applicable.' });
    await lacking.waitFor();
    await expectFocus(page, 'document.activeElement.type', 'url');
    // The message is in sight with the field it names (it sat below the window's edge).
    await page.waitForFunction(
      `(() => {
        const line = [...document.querySelectorAll('[role="alert"]')].find((e) => e.textContent.includes('Add the URL'));
        const box = line && line.getBoundingClientRect();
        return Boolean(box) && box.top >= 0 && box.bottom <= window.innerHeight;
      })()`,
      undefined,
      { timeout: 5000 },
    );
    // An address pasted without its scheme: the service's words were "evidence[0].url must be an absolute http(s) URL".
    await page.keyboard.type('www.reuters.com/grain');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'Evidence 1: the URL must begin with https:// or http://.' }).waitFor();
    await expectFocus(page, 'document.activeElement.value', 'www.reuters.com/grain');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('https://www.reuters.com/grain');
    // A second piece with a passage and no URL: the grade was recorded without it, and nothing said so.
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('group', { name: 'Evidence 2' }).getByLabel('Quoted passage').fill('exports rose by a tenth');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'Evidence 2: add the URL the passage and archive link belong to, or remove the piece.' }).waitFor();
    await expectFocus(page, 'document.activeElement.closest("[role=group]").getAttribute("aria-label") + " " + document.activeElement.type', 'Evidence 2 url');
    await page.keyboard.type('https://www.reuters.com/grain-quarterly');
    // A note one character too long: said beside it as it is pasted, and on submit in the page's words (the service
    // said "note must be shorter than or equal to 10000 characters"), the keyboard in the note, the note kept.
    const note = page.getByLabel('Note (optional)');
    await note.fill(`${'a'.repeat(10_000)}b`);
    await page.getByText('1 character over the 10,000 a note may have.').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'The note is 1 character too long: shorten it to 10,000 or fewer.' }).waitFor();
    await expectFocus(page, 'String(document.activeElement.value.length)', '10001');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Grade recorded' }).waitFor();
    const [recorded] = await stack.sql<{ evidence: Array<{ url: string; quote?: string }> }>(`SELECT evidence FROM reviews WHERE claim_id = $1`, [claimId]);
    expect(recorded.evidence.map((piece) => [piece.url, piece.quote])).toEqual([
      ['https://www.reuters.com/grain', undefined],
      ['https://www.reuters.com/grain-quarterly', 'exports rose by a tenth'],
    ]);
    // The note and Submit are disabled now: the focus is on the next step, not the page's start.
    await expectFocus(page, 'document.activeElement.getAttribute("aria-keyshortcuts")', 'n');
    await context.close();
  });

  it('keeps the keyboard in the source editor (opening it, removing a source, cancelling, saving) and in the evidence pieces', async () => {
    await withClaimFirstInLine('Reuters and the BBC reported that rice exports fell by a fifth in the first half of the year.', async (page, claimId) => {
      await page.goto('/review/source_check');
      await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
      const focused = 'document.activeElement.tagName + " " + (document.activeElement.getAttribute("aria-label") ?? document.activeElement.textContent)';
      // "Correct sources" goes away as the editor opens: the focus went with it, to the page's start.
      await page.getByRole('button', { name: 'Correct sources' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, focused, 'H3 Correct sources');
      await page.keyboard.press('Tab');
      await expectFocus(page, focused, 'SELECT Role of Reuters');
      // A source changed by typing a name and Enter: the search goes away, the focus to the new source's Change.
      await page.getByRole('button', { name: 'Change Reuters' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('combobox', { name: 'Replace Reuters with' }).focus();
      await page.keyboard.type('Rice Daily Wire');
      await page.keyboard.press('Enter');
      await expectFocus(page, focused, 'BUTTON Change Rice Daily Wire');
      await page.getByRole('button', { name: 'Remove Rice Daily Wire' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, '!!document.activeElement.closest(".chain-editor")', true);
      await page.getByRole('button', { name: 'Cancel' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, focused, 'BUTTON Correct sources');
      await page.keyboard.press('Enter');
      // A registry outlet's name typed and Enter pressed before the matches came (slowed here to be sure of it):
      // the registry's outlet, not the typed name as one the registry lacks.
      const search = '**/v1/outlets?*';
      await page.route(search, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.getByRole('combobox', { name: 'Find an outlet or type a name' }).focus();
      await page.keyboard.type('Associated Press');
      await page.keyboard.press('Enter');
      const added = page.locator('.chain-edit-list li').filter({ hasText: 'Associated Press' });
      await added.waitFor();
      await expect(added.locator('.chip').textContent()).resolves.toBe('Associated Press');
      await page.unroute(search);
      await page.getByLabel('Cites unnamed sources (anonymous)').focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Save correction' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('note', { name: 'Correction' }).waitFor();
      await expectFocus(page, focused, 'BUTTON Correct sources');
      // A piece of evidence added: the keyboard is in its URL (it stayed on Add evidence, four fields below);
      // removed: in the URL of the piece now in its place (it fell to the page's start).
      const evidenceField = 'document.activeElement.closest("[role=group]")?.getAttribute("aria-label") + " " + document.activeElement.type';
      await page.getByRole('button', { name: 'Add evidence' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, evidenceField, 'Evidence 2 url');
      await page.keyboard.type('https://www.reuters.com/rice');
      await page.getByRole('button', { name: 'Remove evidence 1' }).focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, evidenceField, 'Evidence 1 url');
      await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.reuters.com/rice');
      expect(problemsOf(page)).toEqual([]);
    });
  });

  it('keeps a grade being written when the reviewer looks at another screen or reloads, and asks before a reload or closing the tab', async () => {
    await withClaimFirstInLine('Reuters said that wheat prices fell by a tenth over the winter months.', async (page, claimId) => {
      await page.goto('/review/source_check');
      await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
      await page.keyboard.press('m');
      await page.getByLabel('URL').fill('https://www.reuters.com/wheat');
      await page.getByLabel(/^Note/).fill('The figure is for the year, not the winter');
      // A look at the articles hands the claim back; taking it again (first in line) brought an empty form.
      const main = page.getByRole('navigation', { name: 'Main' });
      await main.getByRole('link', { name: 'Articles' }).click();
      await page.getByRole('heading', { name: 'Articles' }).waitFor();
      await main.getByRole('link', { name: 'Inbox' }).click();
      await page.getByRole('link', { name: 'Start Source check' }).click();
      await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
      await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.reuters.com/wheat');
      await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('The figure is for the year, not the winter');
      await expect(page.getByRole('radio', { name: /Misattributed/ }).getAttribute('aria-checked')).resolves.toBe('true');
      // A reload or a closed tab would lose it for good: the browser asks first.
      const asked: string[] = [];
      let leave = false;
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        void (leave ? dialog.accept() : dialog.dismiss());
      });
      await page.close({ runBeforeUnload: true });
      await waitFor('the browser to ask', async () => (asked.length > 0 ? true : undefined), 5_000).catch(() => undefined);
      expect(asked).toEqual(['beforeunload']);
      await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.reuters.com/wheat');
      // A reload the reviewer confirms (F5 by habit) threw the draft away; the claim, still first in line, comes back with it.
      leave = true;
      await page.reload();
      expect(asked).toEqual(['beforeunload', 'beforeunload']);
      await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
      await expect(page.getByLabel('URL').inputValue()).resolves.toBe('https://www.reuters.com/wheat');
      await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('The figure is for the year, not the winter');
      await expect(page.getByRole('radio', { name: /Misattributed/ }).getAttribute('aria-checked')).resolves.toBe('true');
      // Words typed just before a reload come back too.
      await page.getByLabel(/^Note/).press('End');
      await page.keyboard.type(' (and more)');
      await page.reload();
      await page.locator(`mark[data-claim-id="${claimId}"][aria-current="true"]`).waitFor();
      await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('The figure is for the year, not the winter (and more)');
      // Someone else signing in in this tab never gets it (blind grading): signing out clears it.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await expect(page.evaluate<string>('JSON.stringify(history.state)')).resolves.not.toContain('reuters.com/wheat');
    });
  });

  it('keeps the keyboard in the session-expired dialog and brings it back to the note afterwards', async () => {
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.goto('/review/source_check');
    await page.getByRole('radio', { name: /Confirmed/ }).waitFor();
    await page.keyboard.press('c');
    await page.getByLabel('URL').fill('https://www.wsj.com/original-report');
    await page.getByLabel(/^Note/).focus();
    await page.keyboard.type('Checked against the original report');
    await context.clearCookies(); // the session is gone, as when the token expires
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await dialog.waitFor();
    // The address is filled in: the password is what to type.
    await expectFocus(page, 'document.activeElement.type', 'password');
    // Tab cycles through the dialog; the page beneath is out of reach.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      await expect(page.evaluate('!!document.activeElement.closest("[role=dialog]")')).resolves.toBe(true);
    }
    // Keys pressed in the dialog are not the workspace's shortcuts ('n' would skip the claim).
    await dialog.getByRole('button', { name: 'Sign in' }).focus();
    await page.keyboard.press('n');
    await dialog.getByLabel('Password').fill(reviewer.password);
    await dialog.getByLabel('Password').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocus(page, 'document.activeElement.tagName', 'TEXTAREA');
    await page.keyboard.type('.');
    await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('Checked against the original report.');
    await expect(page.getByRole('radio', { name: /Confirmed/ }).getAttribute('aria-checked')).resolves.toBe('true');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('sets Arabic and Hebrew copy right to left, its full stop where their readers expect it, even after a Latin name', async () => {
    const arabic = 'وفقا لرويترز، ارتفعت صادرات الحبوب بنسبة عشرة في المئة خلال الربع الأخير من العام.';
    const { articleId: rtl } = await seedClaim(stack, arabic, { checkworthiness: 0.2 });
    const { articleId: hebrew } = await seedClaim(stack, 'CNN: לפי רויטרס, יצוא התבואה עלה בעשרה אחוזים ברבעון האחרון של השנה.', { checkworthiness: 0.2 });
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto(`/articles/${rtl}`);
    const direction = (selector: string) => page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`);
    await page.locator('article.article-text').waitFor();
    await expect(direction('article.article-text')).resolves.toBe('rtl');
    await expect(direction('.claim-link')).resolves.toBe('rtl');
    // Most of its letters decide, not the first: a Hebrew article that opens with a Latin outlet name is Hebrew.
    await page.goto(`/articles/${hebrew}`);
    await page.locator('article.article-text').waitFor();
    await expect(direction('article.article-text')).resolves.toBe('rtl');
    await expect(direction('.claim-link')).resolves.toBe('rtl');
    // An English article next to them stays left to right.
    await page.goto(`/articles/${articleId}`);
    await page.locator('article.article-text').waitFor();
    await expect(direction('article.article-text')).resolves.toBe('ltr');
    await context.close();
  });

  it('leaves the focus where an editor types while colleagues grade claims of the article', async () => {
    const { articleId: seeded, claimIds } = await seedArticle(stack, 3, { label: 'focus' });
    await waitUntilSettled(stack, seeded);
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto(`/articles/${seeded}`);
    await page.getByRole('button', { name: /^Claim 0 of focus/ }).click();
    await expectFocus(page, 'document.activeElement.dataset.claimId', claimIds[0]);
    await page.getByRole('button', { name: 'Dismiss…' }).nth(2).click();
    await page.getByLabel('Reason').pressSequentially('Duplicate of');
    // A colleague's move changes the article's claims; the page picks it up within ten seconds.
    expect((await stack.request('POST', `/v1/claims/${claimIds[1]}/dismiss`, { body: { reason: 'by a colleague' } })).status).toBe(204);
    await page.getByText('dismissed').first().waitFor({ timeout: 15_000 });
    await page.keyboard.type(' another claim');
    await expect(page.getByLabel('Reason').inputValue()).resolves.toBe('Duplicate of another claim');
    await context.close();
  });

  it('dismisses and restores a claim by keyboard, keeping the focus on the claim and sending one request per press', async () => {
    const { articleId: seeded } = await seedArticle(stack, 2, { label: 'dismissal' });
    await waitUntilSettled(stack, seeded);
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto(`/articles/${seeded}`);
    const item = page.locator('.claim-list li').filter({ hasText: 'Claim 0 of dismissal' });
    // Where the keyboard is: the claim's own action, not the page's start (the form it pressed goes away).
    const focusedAction = 'document.activeElement.closest("li")?.textContent.includes("Claim 0 of dismissal") ? document.activeElement.textContent : "elsewhere: " + document.activeElement.tagName';
    await item.getByRole('button', { name: 'Dismiss…' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'document.activeElement.parentElement.textContent', 'Reason');
    await page.keyboard.press('Escape');
    await expect(item.getByLabel('Reason').count()).resolves.toBe(0);
    await expectFocus(page, focusedAction, 'Dismiss…');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A duplicate');
    await page.keyboard.press('Enter');
    await item.getByRole('button', { name: 'Restore' }).waitFor();
    await expectFocus(page, focusedAction, 'Restore');
    // A second press while the first is at work is not a second restore (it came back as a 409 "fetch it again").
    let restores = 0;
    page.on('request', (request) => request.url().endsWith('/restore') && restores++);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await item.getByRole('button', { name: 'Dismiss…' }).waitFor();
    await page.waitForTimeout(500);
    expect(restores).toBe(1);
    await expect(item.getByRole('alert').count()).resolves.toBe(0);
    await expectFocus(page, focusedAction, 'Dismiss…');
    // Cancel gives the keyboard back to the button that opened the form.
    await page.keyboard.press('Enter');
    await item.getByRole('button', { name: 'Cancel' }).click();
    await expectFocus(page, focusedAction, 'Dismiss…');
    // A colleague's change in between: said in plain words, and the list shows the claim as it is now.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Out of scope');
    // (The page's own refresh every ten seconds waits until the press, so the form is still there to press.)
    let refreshed!: () => void;
    const held = new Promise<void>((resolve) => (refreshed = resolve));
    const articleReads = `**/v1/articles/${seeded}?*`;
    await page.route(articleReads, async (route) => {
      await held;
      await route.continue();
    });
    const [claim] = await stack.sql(`SELECT id FROM claims WHERE article_id = $1 AND ordinal = 0`, [seeded]);
    expect((await stack.request('POST', `/v1/claims/${claim.id}/dismiss`, { body: { reason: 'by a colleague' } })).status).toBe(204);
    await page.keyboard.press('Enter');
    await item.getByRole('alert').filter({ hasText: 'Someone else changed this claim meanwhile' }).waitFor();
    refreshed(); // (and the route stays: unrouting with a read still held made Playwright answer it twice)
    await item.getByRole('button', { name: 'Restore' }).waitFor();
    await expect(item.getByRole('alert').textContent()).resolves.not.toContain('fetch it again');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('keeps the chosen claim and the filters of an article page in its address, for a reload and for a colleague', async () => {
    const { articleId: seeded, claimIds } = await seedArticle(stack, 3, { label: 'link' });
    await waitUntilSettled(stack, seeded);
    const [editor, colleague] = await Promise.all([account(stack, 'editor'), account(stack, 'reviewer')]);
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto(`/articles/${seeded}`);
    // Not check(): the box follows the address, which the router updates in a transition, so on a busy
    // machine the box reads unchecked for a moment after the click and check() gives up.
    await page.getByLabel('Unsourced only').click();
    await page.waitForURL(/[?&]unsourced=1/);
    await page.getByRole('button', { name: /^Claim 2 of link/ }).click();
    await page.locator(`mark[data-claim-id="${claimIds[2]}"][aria-current="true"]`).waitFor();
    await page.reload();
    await page.locator(`mark[data-claim-id="${claimIds[2]}"][aria-current="true"]`).waitFor();
    await expect(page.getByRole('button', { name: /^Claim 2 of link/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByLabel('Unsourced only').isChecked()).resolves.toBe(true);
    const shared = page.url();
    await context.close();

    const other = await signedInPage(browser, stack.api.baseUrl, colleague);
    await other.page.goto(shared);
    await other.page.locator(`mark[data-claim-id="${claimIds[2]}"][aria-current="true"]`).waitFor();
    await expectFocus(other.page, 'document.activeElement.dataset.claimId', claimIds[2]);
    await other.context.close();
  });

  // An article of hundreds of claims: the list's numbers past 99 were cut to their last digit ("248" read "8."),
  // a shared link's claim sat far below in the list with nothing marking it, and a click on a claim in the text did nothing.
  it('shows the chosen claim of a long article in its list, numbered whole, chooses a claim clicked in the text, and renders again only the rows whose choice changed', async () => {
    const { articleId: long, claimIds } = await seedArticle(stack, 130, { label: 'many' });
    await waitUntilSettled(stack, long);
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    const list = page.locator('ol.claim-list');
    const item = (n: number) => list.locator('li').filter({ has: page.getByRole('button', { name: new RegExp(`^Claim ${n} of many:`) }) });
    const inView = async (n: number) => {
      const [outer, inner] = await Promise.all([list.boundingBox(), item(n).boundingBox()]);
      return !!outer && !!inner && inner.y >= outer.y - 1 && inner.y + inner.height <= outer.y + outer.height + 1;
    };

    await page.goto(`/articles/${long}?claim=${claimIds[120]}`);
    await item(120).waitFor();
    await waitFor('claim 120 scrolled into the list', async () => ((await inView(120)) ? true : undefined), 5_000);
    // Numbered by its place in the article, the whole number inside the list's box.
    const number = item(120).getByText('121.', { exact: true });
    const [numberBox, listBox] = await Promise.all([number.boundingBox(), list.boundingBox()]);
    expect(numberBox && listBox && numberBox.x >= listBox.x).toBe(true);
    // Beside the claim's first line: aligned on baselines, the number stood beside the last line of a claim that wraps.
    const claimBox = await item(120).getByRole('button', { name: /^Claim 120 of many:/ }).boundingBox();
    expect(claimBox!.height).toBeGreaterThan(1.5 * numberBox!.height);
    expect(Math.abs(claimBox!.y - numberBox!.y)).toBeLessThan(3);
    // Marked as the chosen one, not only for screen readers (aria-pressed).
    const background = (n: number) =>
      page.evaluate<string>(`getComputedStyle([...document.querySelectorAll('.claim-list li')].find((li) => li.textContent.includes('Claim ${n} of many:'))).backgroundColor`);
    expect(await background(120)).not.toBe(await background(119));

    await page.locator(`mark[data-claim-id="${claimIds[3]}"]`).click();
    await page.waitForURL(new RegExp(`claim=${claimIds[3]}`));
    await page.getByRole('button', { name: /^Claim 3 of many:/, pressed: true }).waitFor();
    await waitFor('claim 3 scrolled into the list', async () => ((await inView(3)) ? true : undefined), 5_000);
    // Choosing a claim renders again only the two rows whose choice changed: every row was, which took half
    // a second on a 600-claim article. (React gives an element its props anew each time it renders it.)
    const rowProps = `[...document.querySelectorAll('.claim-list li')].map((li) => li[Object.keys(li).find((key) => key.startsWith('__reactProps$'))])`;
    await page.evaluate(`window.rowPropsBefore = ${rowProps}; undefined`);
    await page.getByRole('button', { name: /^Claim 7 of many:/ }).click();
    await page.getByRole('button', { name: /^Claim 7 of many:/, pressed: true }).waitFor();
    await expect(page.evaluate<number>(`${rowProps}.filter((props, i) => props !== window.rowPropsBefore[i]).length`)).resolves.toBe(2);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // The service serves an article's report (HTML, Markdown), but no screen led to it: an editor had to know the API.
  it('opens an article\'s report from its page, and downloads it as Markdown', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto(`/articles/${articleId}`);
    const [report] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open the report' }).click()]);
    await report.getByText('North Korea supplied Russia with more than one million artillery shells', { exact: false }).first().waitFor();
    await report.close();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe(`report-${articleId}.md`);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toContain('North Korea supplied Russia with more than one million artillery shells');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('keeps the grade in view beside a 2,000-character claim', async () => {
    const long = `According to Reuters, ${'the ministry said that grain exports through the corridor rose sharply during the quarter, with shipments reaching new records in several ports. '.repeat(14)}`.slice(0, 2000);
    await seedClaim(stack, long, { source: 'Reuters' });
    const reviewer = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, reviewer);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/review/source_check');
    // Skip (n) whatever other claim comes first, until the long one.
    const longClaim = page.locator('blockquote.claim-text').filter({ hasText: 'rose sharply' });
    for (let i = 0; i < 5 && !(await longClaim.isVisible()); i++) {
      await page.locator('blockquote.claim-text').waitFor();
      if (await longClaim.isVisible()) break;
      await page.keyboard.press('n');
      await page.waitForTimeout(500);
    }
    await longClaim.waitFor();
    const box = await page.getByRole('radio', { name: /Confirmed/ }).boundingBox();
    expect(box && box.y + box.height).toBeLessThan(800);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

/**
 * The inbox on a phone: each stage's Start past the right edge (found only by scrolling the table
 * sideways), and a claim taller than four lines and its article's (fifty claims whole made the inbox
 * some 11,000 pixels long). `longArticle`: an article with a long claim and a long title.
 */
async function phoneInboxProblems(page: Page, longArticle: string): Promise<string[]> {
  const problems: string[] = [];
  const starts = page.getByRole('link', { name: /^Start / });
  await starts.first().waitFor();
  for (const start of await starts.all()) {
    const box = await start.boundingBox();
    if (!box || box.x + box.width > PHONE.width) problems.push(`${await start.getAttribute('aria-label')} at ${box?.x}px, out of view`);
  }
  const claim = page.locator('.inbox-claims li').filter({ has: page.locator(`a[href="/articles/${longArticle}"]`) });
  const lineHeight = await page.evaluate<number>('Number.parseFloat(getComputedStyle(document.querySelector(".inbox-claims li p")).lineHeight)');
  const height = (await claim.boundingBox())?.height ?? 0;
  if (height > lineHeight * 6.5) problems.push(`a long claim ${Math.round(height)}px tall (${Math.round(height / lineHeight)} lines)`);
  return problems;
}

/** The title a screen sets once its data is in; a mismatch fails with the title there was. */
async function titleIs(page: Page, title: string): Promise<void> {
  const until = Date.now() + 5_000;
  while ((await page.title()) !== title && Date.now() < until) await page.waitForTimeout(100);
  expect(await page.title()).toBe(title);
}

/** The analysis runs in a worker: with none running yet, a submitted article waits, and the page must say so. */
describeIfChromium('review UI: an article submitted while the analysis is busy', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uisweepwait', { RATE_LIMIT_LOGIN_PER_IP: '1000' }, { APP_ROLE: 'api' });

  it('shows the analysis waiting and running, then what it found, without a reload', async () => {
    const editor = await account(stack, 'editor');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, editor);
    await page.goto('/articles');
    await page.getByText('Submit an article').click();
    await page.getByLabel('Article text or HTML').fill(SOURCED_SENTENCE);
    let submitting = false;
    await page.route('**/v1/articles', async (route) => {
      submitting = await page.getByRole('button', { name: 'Submitting…' }).isDisabled();
      await route.continue();
    });
    await page.getByRole('button', { name: 'Submit' }).click();
    const progress = page.getByRole('status').filter({ hasText: 'Waiting for the analysis to start' });
    await progress.waitFor();
    expect(submitting).toBe(true);
    await expect(page.getByRole('progressbar', { name: 'Analysis in progress' }).count()).resolves.toBe(1);
    await stack.start({ APP_ROLE: 'worker' }, '/health/live');
    // A one-sentence article: one claim, counted as one ('1 claims' before).
    await page.getByRole('status').filter({ hasText: 'Analysis finished: 1 claim found.' }).waitFor({ timeout: 30_000 });
    await page.getByText(/ · 1 claim, \d+ unsourced · /).waitFor();
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
