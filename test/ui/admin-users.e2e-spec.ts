import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';
import { account } from './support/accounts.js';
import { chromiumAvailable, problemsOf, seriousA11yViolations, signedInPage, useChromium } from './support/browser.js';

jest.setTimeout(60_000);

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

// Runs in the page: the words of the crowded endpoint's cells cut across two lines (a word cut in two has two
// boxes), outside code, where a URL may break anywhere.
const WORDS_CUT = `(() => {
  const row = [...document.querySelectorAll('tr[data-endpoint-id]')].find((tr) => tr.textContent.includes('crowded.example.org'));
  const cut = [];
  for (const td of row.querySelectorAll('td')) {
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('code')) continue;
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) cut.push(match[0]);
      }
    }
  }
  return cut;
})()`;

describeIfChromium('review UI: users and roles', () => {
  let browser!: Browser;
  useChromium((launched) => (browser = launched));
  const stack = useStack('uiusers', { RATE_LIMIT_LOGIN_PER_IP: '1000' });

  it('lets an admin add a user, change their role, deactivate and reactivate them, by keyboard', async () => {
    const admin = await account(stack, 'admin');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.goto('/manage/users');
    const email = `new-checker-${Date.now()}@example.org`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('new-checker-password-1');
    await page.getByRole('button', { name: 'Add user' }).click();

    const role = page.getByLabel(`Role of ${email}`);
    await role.waitFor();
    await role.focus();
    await role.selectOption('editor');
    const stored = async () => (await stack.sql<{ role: string; active: boolean }>(`SELECT role, active FROM users WHERE email = $1`, [email]))[0];
    await waitFor('the new role stored', async () => ((await stored())?.role === 'editor' ? true : undefined));
    // Granting admin hands over the whole service: choosing it only asks, the keyboard moves to the question,
    // and "Keep it" leaves the role as it was.
    await role.selectOption('admin');
    await page.getByRole('button', { name: `Make ${email} an admin` }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor('the role select back', async () => ((await role.inputValue()) === 'editor' ? true : undefined), 5_000);
    expect((await stored())?.role).toBe('editor');
    await role.selectOption('admin');
    await page.getByRole('button', { name: `Make ${email} an admin` }).press('Enter');
    await waitFor('admin granted', async () => ((await stored())?.role === 'admin' ? true : undefined));
    await role.selectOption('editor');
    await waitFor('admin taken back', async () => ((await stored())?.role === 'editor' ? true : undefined));

    // Deactivating signs them out at once: the first press only asks, and the keyboard moves to the question.
    await page.getByRole('button', { name: `Deactivate ${email}` }).press('Enter');
    await page.getByRole('button', { name: `Deactivate ${email} and sign them out now` }).and(page.locator(':focus')).waitFor();
    expect((await stored())?.active).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor('the account deactivated', async () => ((await stored())?.active === false ? true : undefined));
    // The page learns it from the answer, a moment after the row changed.
    await waitFor('the role select disabled', async () => ((await role.isDisabled()) ? true : undefined), 5_000);
    await page.getByRole('button', { name: `Reactivate ${email}` }).press('Enter');
    await waitFor('the account reactivated', async () => ((await stored())?.active === true ? true : undefined));
    await page.getByRole('button', { name: `Deactivate ${email}` }).waitFor();

    // The admin's own role is not offered (the service refuses it): it is shown, not a select.
    await expect(page.getByLabel(`Role of ${admin.email}`).count()).resolves.toBe(0);
    await page.getByRole('row', { name: new RegExp(admin.email) }).getByRole('cell', { name: 'admin', exact: true }).waitFor({ timeout: 5_000 });
    // Nor can they deactivate themselves: the button is not offered.
    await expect(page.getByRole('button', { name: `Deactivate ${admin.email}` }).count()).resolves.toBe(0);
    // Their own password is changed on the Account page, which asks for the current one.
    await expect(page.getByRole('button', { name: `Set a password for ${admin.email}` }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.getByRole('form', { name: 'Change your password' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
  // A second Enter while the first was at work made a second key (only the second shown: the first, never
  // seen, stayed active) or a second user (refused: "A user with this email already exists", for a user added).
  it('creates one API key and one user per press, and revokes a key only after a second press', async () => {
    const admin = await account(stack, 'admin');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(new URL(request.url()).pathname));
    await page.goto('/manage/api-keys');
    const name = `wire-desk-${Date.now()}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Name').press('Enter');
    await page.getByLabel('Name').press('Enter');
    await page.getByRole('status', { name: 'New API key' }).waitFor();
    await page.waitForTimeout(500);
    expect(posts.filter((path) => path === '/v1/api-keys')).toHaveLength(1);
    await expect(stack.sql(`SELECT count(*)::int AS n FROM api_keys WHERE name = $1`, [name])).resolves.toEqual([{ n: 1 }]);
    // Revoking cuts a newsroom system off at once: one press asks, the second revokes; "Keep it" takes it back.
    const revoked = async () => (await stack.sql(`SELECT revoked_at IS NOT NULL AS revoked FROM api_keys WHERE name = $1`, [name]))[0].revoked;
    await page.getByRole('button', { name: `Revoke ${name}`, exact: true }).press('Enter');
    await expectFocus(page, `Revoke ${name} for good`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectFocus(page, `Revoke ${name}`);
    await expect(revoked()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitFor('the key revoked', async () => ((await revoked()) ? true : undefined), 5_000);
    await page.getByRole('row', { name: new RegExp(name) }).getByRole('cell', { name: 'revoked' }).waitFor();

    await page.goto('/manage/users');
    const email = `double-press-${Date.now()}@example.org`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('double-press-password-1');
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByLabel(`Role of ${email}`).waitFor();
    await page.waitForTimeout(500);
    expect(posts.filter((path) => path === '/v1/users')).toHaveLength(1);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();

    async function expectFocus(on: Page, label: string): Promise<void> {
      const focused = () => on.evaluate<string | null>('document.activeElement.getAttribute("aria-label")');
      await waitFor(`focus on ${label}`, async () => ((await focused()) === label ? true : undefined), 5_000).catch(() => undefined);
      await expect(focused()).resolves.toBe(label);
    }
  });

  it('lets people change their own password on the Account page, and an admin set a forgotten one', async () => {
    const person = await account(stack, 'reviewer');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, person);
    await page.getByRole('link', { name: `Your account: ${person.email}` }).click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    const form = page.getByRole('form', { name: 'Change your password' });
    // A password manager learns whose password changes from the form itself.
    await expect(form.locator('input[autocomplete="username"]').inputValue()).resolves.toBe(person.email);
    await form.getByLabel('Current password').fill('not-the-password-1');
    await form.getByLabel(/^New password \(/).fill('renewed-password-1');
    await form.getByLabel('New password again').fill('renewed-password-1');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('alert').filter({ hasText: 'The current password is wrong' }).waitFor();
    await form.getByLabel('Current password').fill(person.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    // This tab stays signed in (a new session cookie came with the answer).
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByRole('link', { name: `Your account: ${person.email}` }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    const login = (password: string) => stack.request('POST', '/v1/auth/login', { token: null, body: { email: person.email, password } });
    expect((await login(person.password)).status).toBe(401);
    expect((await login('renewed-password-1')).status).toBe(200);

    // A forgotten password: an admin sets a new one from the users screen.
    const admin = await account(stack, 'admin');
    const adminSession = await signedInPage(browser, stack.api.baseUrl, admin);
    await adminSession.page.goto('/manage/users');
    await adminSession.page.getByRole('button', { name: `Set a password for ${person.email}` }).click();
    const reset = adminSession.page.getByRole('form', { name: `New password for ${person.email}` });
    await reset.getByLabel('New password').fill('admin-set-password-1');
    await reset.getByRole('button', { name: 'Save' }).focus();
    await adminSession.page.keyboard.press('Enter');
    await adminSession.page.getByRole('status').filter({ hasText: `Password set for ${person.email}` }).waitFor();
    // The form goes away: the keyboard goes back to the button that opened it, not to the page's start.
    const focusedLabel = () => adminSession.page.evaluate<string | null>('document.activeElement.getAttribute("aria-label")');
    await waitFor('the focus back on Set password', async () => ((await focusedLabel()) === `Set a password for ${person.email}` ? true : undefined), 5_000).catch(() => undefined);
    await expect(focusedLabel()).resolves.toBe(`Set a password for ${person.email}`);
    expect(await seriousA11yViolations(adminSession.page)).toEqual([]);
    expect(problemsOf(adminSession.page)).toEqual([]);
    await adminSession.context.close();
    expect((await login('admin-set-password-1')).status).toBe(200);
  });

  it('lets an admin choose what an API key may do and whose articles it reads, and asks before revoking one', async () => {
    const admin = await account(stack, 'admin');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    // The empty list first: keys an earlier case of this suite made go.
    await stack.sql(`DELETE FROM api_keys`);
    await page.goto('/manage/api-keys');
    await page.getByText('No API keys yet').waitFor();
    const form = page.getByRole('form', { name: 'Create an API key' });
    const stored = async (name: string) =>
      (await stack.sql<{ scopes: string[]; own_articles_only: boolean; revoked_at: Date | null }>(
        `SELECT scopes, own_articles_only, revoked_at FROM api_keys WHERE name = $1`, [name]))[0];

    // A key for the CMS that registers its own webhook endpoint.
    await form.getByLabel('Name').fill('cms-webhooks');
    await form.getByLabel('webhooks:manage').check();
    await form.getByRole('button', { name: 'Create key' }).click();
    // Taken with the keyboard, onto the clipboard, rather than selected by hand.
    const shown = page.getByRole('status', { name: 'New API key' });
    const key = (await shown.locator('code.secret').textContent())!;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await shown.getByRole('button', { name: 'Copy' }).press('Enter');
    await shown.getByText('Copied.').waitFor();
    await expect(page.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(key);
    expect((await stored('cms-webhooks'))?.scopes).toEqual(['articles:write', 'articles:read', 'outlets:read', 'webhooks:manage']);
    await page.getByRole('row', { name: /cms-webhooks/ }).getByText('webhooks:manage').waitFor();

    // A desk's reader limited to its own articles: it cannot manage webhooks, and the form says why before the service does.
    await form.getByLabel('Name').fill('desk-reader');
    await form.getByLabel('articles:write').uncheck();
    await form.getByLabel('Reads see only the articles this key submitted').check();
    await form.getByLabel('webhooks:manage').check();
    await form.getByText('cannot manage webhooks').waitFor();
    await expect(form.getByRole('button', { name: 'Create key' }).isDisabled()).resolves.toBe(true);
    await form.getByLabel('webhooks:manage').uncheck();
    await form.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('row', { name: /desk-reader/ }).getByText('its own articles only').waitFor();
    expect(await stored('desk-reader')).toMatchObject({ scopes: ['articles:read', 'outlets:read'], own_articles_only: true });

    // Revoking stops the system using the key at once, for good: the first press only asks.
    // The keyboard follows the question, and comes back when the key is kept.
    const focused = page.locator(':focus');
    await page.getByRole('button', { name: 'Revoke desk-reader' }).press('Enter');
    await page.getByRole('button', { name: 'Revoke desk-reader for good' }).and(focused).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Revoke desk-reader' }).and(focused).waitFor();
    // Escape keeps it too, as it closes any question (it did nothing: the question stayed open).
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Revoke desk-reader for good' }).and(focused).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Revoke desk-reader', exact: true }).and(focused).waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Revoke desk-reader for good' }).and(focused).waitFor();
    expect((await stored('desk-reader'))?.revoked_at).toBeNull();
    await page.keyboard.press('Enter');
    await waitFor('the key revoked', async () => ((await stored('desk-reader'))?.revoked_at ? true : undefined));
    await page.getByRole('row', { name: /desk-reader/ }).getByText(/^revoked/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // A key could only be revoked here and another created, which made a new submitter: its articles were no
  // longer the newsroom's own to revise. Rolling (POST /v1/api-keys/:id/roll) keeps the key and replaces its secret.
  it('rolls an API key after a second press, showing its new secret once; the old secret stops working', async () => {
    const admin = await account(stack, 'admin');
    const created = (await stack.request('POST', '/v1/api-keys', { body: { name: 'cms-rolling' } })).body;
    const works = async (key: string) => (await stack.request('GET', '/v1/articles', { token: key })).status;
    expect(await works(created.key)).toBe(200);
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.goto('/manage/api-keys');
    const focused = page.locator(':focus');
    const row = page.getByRole('row', { name: /cms-rolling/ });
    // The first press only asks; Keep it keeps the secret.
    await row.getByRole('button', { name: 'Roll cms-rolling', exact: true }).press('Enter');
    await row.getByRole('button', { name: 'Roll cms-rolling: its old secret stops working now' }).and(focused).waitFor();
    await row.getByRole('button', { name: 'Keep it' }).click();
    await row.getByRole('button', { name: 'Roll cms-rolling', exact: true }).click();
    expect(await works(created.key)).toBe(200);

    await row.getByRole('button', { name: 'Roll cms-rolling: its old secret stops working now' }).press('Enter');
    const shown = page.getByRole('status', { name: 'New secret of cms-rolling' });
    const rolled = (await shown.locator('code.secret').textContent())!;
    expect(rolled).toMatch(/^ctk_/);
    expect(rolled).not.toBe(created.key);
    expect([await works(created.key), await works(rolled)]).toEqual([401, 200]);
    // The same key, with the new secret's prefix.
    await row.getByText(`${rolled.slice(0, 12)}…`, { exact: true }).waitFor();
    const [stored] = await stack.sql<{ id: string; revoked_at: Date | null }>(`SELECT id, revoked_at FROM api_keys WHERE name = 'cms-rolling'`);
    expect(stored).toEqual({ id: created.id, revoked_at: null });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Shown once: gone when done, and not shown again after a reload.
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'detached' });
    await page.reload();
    await row.getByRole('button', { name: 'Roll cms-rolling', exact: true }).waitFor();
    await expect(page.getByText(rolled).count()).resolves.toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  // The list asked for 200 users and stopped there, without saying so: a newsroom's 201st was never shown.
  it('pages through the users, the API keys and the webhook endpoints', async () => {
    const admin = await account(stack, 'admin');
    await stack.sql(`INSERT INTO users (email, password_hash, role, created_at)
      SELECT 'paged-' || lpad(n::text, 3, '0') || '@example.org', 'not-a-hash', 'reviewer', now() + n * interval '1 millisecond' FROM generate_series(1, 230) AS n`);
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.goto('/manage/users');
    const pager = page.getByRole('navigation', { name: 'Pages of users' });
    const total = (await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM users`))[0].n;
    await pager.getByText(`1–100 of ${total}, oldest first`).waitFor();
    await pager.getByRole('button', { name: 'Next' }).click();
    await pager.getByText(`101–200 of ${total}, oldest first`).waitFor();
    await pager.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Role of paged-230@example.org').waitFor();
    await expect(pager.getByRole('button', { name: 'Next' }).isDisabled()).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The API keys likewise (they too stopped at 200).
    await stack.sql(`INSERT INTO api_keys (name, prefix, key_hash, scopes, created_at)
      SELECT 'paged-key-' || lpad(n::text, 3, '0'), 'ct_paged' || n, sha256(('paged-key-' || n)::bytea), ARRAY['articles:read'],
        now() + n * interval '1 millisecond' FROM generate_series(1, 230) AS n`);
    const keys = (await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM api_keys`))[0].n;
    await page.goto('/manage/api-keys');
    const keyPager = page.getByRole('navigation', { name: 'Pages of API keys' });
    await keyPager.getByText(`1–100 of ${keys}, oldest first`).waitFor();
    await keyPager.getByRole('button', { name: 'Next' }).click();
    await keyPager.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Revoke paged-key-230', exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // No endpoint yet: the sentence says so, with no header row over nothing (an empty table stood under it).
    await page.goto('/manage/webhooks');
    await page.getByText('No endpoints yet').waitFor();
    await expect(page.getByRole('table', { name: 'Webhook endpoints' }).count()).resolves.toBe(0);

    // The webhook endpoints too (the list asked for 200), and a delivery log opened on a later page
    // stays open on a reload, which starts on the first page.
    await stack.sql(`INSERT INTO webhook_endpoints (url, events, enabled, disabled_reason, secret_ciphertext, created_by, created_at)
      SELECT 'https://paged-' || lpad(n::text, 3, '0') || '.example.org/hook', ARRAY['article.completed'], false, 'disabled by an admin',
        'not-a-secret', 'test', now() + n * interval '1 millisecond' FROM generate_series(1, 230) AS n`);
    const endpoints = (await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_endpoints`))[0].n;
    await page.goto('/manage/webhooks');
    const endpointPager = page.getByRole('navigation', { name: 'Pages of endpoints' });
    await endpointPager.getByText(`1–100 of ${endpoints}, oldest first`).waitFor();
    await endpointPager.getByRole('button', { name: 'Next' }).click();
    await endpointPager.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Delivery log of https://paged-230.example.org/hook' }).click();
    const log = page.getByRole('heading', { name: 'Deliveries to https://paged-230.example.org/hook' });
    await log.waitFor();
    await page.reload();
    await endpointPager.getByText(`1–100 of ${endpoints}, oldest first`).waitFor();
    await log.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
    // The users of the other cases keep fitting on the first page.
    await stack.sql(`DELETE FROM users WHERE email LIKE 'paged-%'`);
    await stack.sql(`DELETE FROM api_keys WHERE name LIKE 'paged-key-%'`);
    await stack.sql(`DELETE FROM webhook_endpoints WHERE url LIKE 'https://paged-%'`);
    // Three lists of 100 rows, each checked by axe: a minute on a busy machine.
  }, 120_000);

  // A wide screen broke the words of a crowded table too: with every event subscribed, the webhook list's status
  // read "enable/d" (body breaks anywhere; only a phone's tables kept cells' words whole, scrolling instead).
  it("keeps every word of the webhook list whole on a wide screen, an endpoint's ten events beside it", async () => {
    const admin = await account(stack, 'admin');
    const events = ['article.analyzed', 'article.failed', 'article.completed', 'article.revised', 'claim.graded',
      'claim.escalated', 'claim.published', 'claim.dismissed', 'claim.restored', 'claim.withdrawn'];
    // Enabled, with no event to send while it is listed (it is deleted at the end).
    await stack.sql(`INSERT INTO webhook_endpoints (url, events, enabled, secret_ciphertext, created_by)
      VALUES ('https://crowded.example.org/hooks/claimtrail', $1, true, 'not-a-secret', 'test')`, [events]);
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    for (const width of [1280, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/manage/webhooks');
      const row = page.locator('tr[data-endpoint-id]').filter({ hasText: 'crowded.example.org' });
      await row.waitFor();
      const broken = await page.evaluate<string[]>(WORDS_CUT);
      expect([width, broken]).toEqual([width, []]);
      await expect(page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
    await stack.sql(`DELETE FROM webhook_endpoints WHERE url = 'https://crowded.example.org/hooks/claimtrail'`);
  });

  it('lets an admin add an outlet, set its abbreviations and country and clear the country, on a phone too, and says when a search finds nothing', async () => {
    const admin = await account(stack, 'admin');
    const { context, page } = await signedInPage(browser, stack.api.baseUrl, admin);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/manage');
    await page.getByRole('button', { name: 'Add an outlet' }).click();
    const add = page.getByRole('form', { name: 'Add an outlet' });
    await add.getByLabel('Name').fill('Harbour Ledger');
    await add.getByLabel('Type').selectOption('newspaper');
    await add.getByLabel(/^Abbreviations/).fill('HL');
    await add.getByLabel('Domains (comma-separated)').fill('harbour-ledger.org');
    await add.getByLabel(/^Country/).fill('gb');
    await expect(add.getByLabel('Slug').inputValue()).resolves.toBe('harbour-ledger');
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    await add.getByRole('button', { name: 'Add to the registry' }).click();
    await page.getByRole('status').filter({ hasText: 'Harbour Ledger added to the registry' }).waitFor();
    const outlet = async () => (await stack.request('GET', '/v1/outlets?q=Harbour%20Ledger', { token: admin.token })).body.items[0];
    expect(await outlet()).toMatchObject({ slug: 'harbour-ledger', type: 'newspaper', abbreviations: ['HL'], country: 'GB', domains: ['harbour-ledger.org'] });

    await page.getByLabel('Search outlets').fill('Harbour Ledger');
    await page.getByRole('button', { name: 'Edit Harbour Ledger' }).click();
    const edit = page.getByRole('form', { name: 'Edit Harbour Ledger' });
    await expect(edit.getByLabel(/^Abbreviations/).inputValue()).resolves.toBe('HL');
    await edit.getByLabel(/^Abbreviations/).fill('HL, HLdg');
    await edit.getByLabel(/^Country/).fill('INT');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit Harbour Ledger' }).waitFor();
    expect(await outlet()).toMatchObject({ abbreviations: ['HL', 'HLdg'], country: 'INT' });
    // Emptying the country clears it: the form left an empty country out, so the outlet kept the old one.
    await page.getByRole('button', { name: 'Edit Harbour Ledger' }).click();
    await edit.getByLabel(/^Country/).fill('');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit Harbour Ledger' }).waitFor();
    expect(await outlet()).toMatchObject({ abbreviations: ['HL', 'HLdg'], country: null });

    await page.getByLabel('Search outlets').fill('Nothing Is Called This');
    await page.getByText('No outlet’s name, alias or abbreviation matches “Nothing Is Called This”.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
