import { searchVector } from '../../src/claims/claim-search.js';
import { claimFingerprint } from '../../src/claims/claim-words.js';
import type { Response, Stack } from './stack.js';
import { sleep, waitFor } from './wait-for.js';

// People and their moves in the review workflow, and work for them to do.

/** A sentence the engine reads as one claim, with The Wall Street Journal as its original source and IA Fact as relay. */
export const SOURCED_SENTENCE =
  'IA Fact, referring to The Wall Street Journal, already stated that North Korea supplied Russia with more than one million artillery shells last year.';

/** A titled article of two sourced claims: the one above and Reuters' own. */
export const TWO_CLAIM_ARTICLE = [
  'Russia and North Korea',
  '',
  SOURCED_SENTENCE,
  '',
  'Reuters reported that the shipments continued through the spring, citing satellite images of the port of Rajin.',
].join('\n');

/**
 * The environment of a stack that a review team works on: the reconciler
 * sweeps every 300 ms, so no test waits out its default interval, and the
 * team's many sign-ins all come from one address.
 */
export const REVIEW_ENV: Record<string, string> = { RECONCILE_INTERVAL_MS: '300', RATE_LIMIT_LOGIN_PER_IP: '1000' };

export interface Person {
  id: string;
  email: string;
  role: 'reviewer' | 'editor' | 'admin';
  token: string;
}

let counter = 0;

/** A user of the given role, signed in. */
export async function createPerson(stack: Stack, role: Person['role'], label: string = role): Promise<Person> {
  const email = `${label}-${++counter}-${Date.now()}@example.org`;
  const password = `${role}-password-for-e2e-${counter}`;
  const created = await stack.request('POST', '/v1/users', { body: { email, password, role } });
  if (created.status !== 201) throw new Error(`create ${email}: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email, password } });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  return { id: created.body.id, email, role, token: login.body.accessToken };
}

export interface ReviewTeam {
  reviewers: Person[];
  editors: Person[];
}

/** Reviewers and editors, signed in (a stack that makes many sets RATE_LIMIT_LOGIN_PER_IP). */
export async function reviewTeam(stack: Stack, size: { reviewers: number; editors: number }): Promise<ReviewTeam> {
  const [reviewers, editors] = await Promise.all([
    Promise.all(Array.from({ length: size.reviewers }, () => createPerson(stack, 'reviewer'))),
    Promise.all(Array.from({ length: size.editors }, () => createPerson(stack, 'editor'))),
  ]);
  return { reviewers, editors };
}

export function next(stack: Stack, who: Person, stage: string): Promise<Response> {
  return stack.request('POST', `/v1/review/${stage}/next`, { token: who.token });
}

export function grade(stack: Stack, who: Person, claimId: string, body: Record<string, unknown>): Promise<Response> {
  return stack.request('POST', `/v1/claims/${claimId}/reviews`, { token: who.token, body });
}

/** A valid grade for each stage. */
export function gradeFor(stage: string, overrides: Record<string, unknown> = {}, escalatedFrom?: string): Record<string, unknown> {
  const rules = stage === 'escalated' ? escalatedFrom : stage;
  const base: Record<string, unknown> =
    rules === 'source_check'
      ? { attributionVerdict: 'confirmed', evidence: [{ url: 'https://www.wsj.com/articles/original-report', quote: 'as reported' }] }
      : rules === 'verdict'
        ? { rating: 'mostly_true', note: 'Matches the cited report' }
        : { decision: 'approve', note: 'Checked' };
  return { stage, ...base, ...overrides };
}

/** Submits an article and waits until analysis has stored it and every claim is routed and prepared. */
export async function submitAndRoute(stack: Stack, text: string): Promise<any> {
  const submitted = await stack.request('POST', '/v1/articles', { body: { text } });
  if (submitted.status !== 202) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  await stack.waitForArticle(submitted.body.id, 30_000);
  await waitUntilSettled(stack, submitted.body.id);
  return (await stack.request('GET', `/v1/articles/${submitted.body.id}`)).body;
}

/** No claim of the article is waiting for a machine step (routing or prepare or apply). */
export async function waitUntilSettled(stack: Stack, articleId: string, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    `claims of ${articleId} to settle`,
    async () => {
      const [row] = await stack.sql(
        `SELECT count(*) FILTER (WHERE status = 'queued' OR (status IN ('source_check','verdict','approval','escalated') AND queued_at IS NULL))::int AS busy
           FROM claims WHERE article_id = $1`,
        [articleId],
      );
      return row.busy === 0 ? true : undefined;
    },
    timeoutMs,
  );
}

/**
 * One analysed article of one claim, `text`, as an analysis would store it,
 * citing `source` (a newspaper named at the start of the text) or nothing,
 * and routed by the reconciler as seedArticle's are; waits until it is.
 */
export async function seedClaim(
  stack: Stack,
  text: string,
  options: { source?: string; checkworthiness?: number } = {},
): Promise<{ articleId: string; claimId: string }> {
  const unsourced = options.source === undefined;
  const [article] = await stack.sql(
    `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, unsourced_claim_count, analyzed_at)
     VALUES ('text', $1, md5($1), 'seed', 'analyzed', 1, $2, now()) RETURNING id`,
    [text, unsourced ? 1 : 0],
  );
  const [claim] = await stack.sql(
    `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, fingerprint)
     VALUES ($1, 0, $2, 0, length($2), $3, $4, $5, $6) RETURNING id`,
    [article.id, text, options.checkworthiness ?? 0.9, unsourced ? 'none' : 'direct', unsourced, claimFingerprint(text)],
  );
  await indexForSearch(stack, [claim.id], [text]);
  if (!unsourced) {
    await stack.sql(
      `INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, confidence, cue_start, cue_end)
       VALUES ($1, $2, 0, $3, 'original', 'newspaper', false, 0.9, 0, length($3))`,
      [claim.id, article.id, options.source],
    );
  }
  await stack.sql(
    `INSERT INTO outbox (queue, job_name, job_id, payload, checked_at)
     VALUES ('verification', 'route-claims', 'route-' || $1::text, jsonb_build_object('articleId', $1::text), now() - interval '1 hour')`,
    [article.id],
  );
  await waitUntilSettled(stack, article.id);
  return { articleId: article.id, claimId: claim.id };
}

/** What ClaimsService does for the claims it stores: their entries in the inbox's text search. */
async function indexForSearch(stack: Stack, claimIds: string[], texts: string[]): Promise<void> {
  await stack.sql(`INSERT INTO claim_search (claim_id, search) SELECT * FROM unnest($1::uuid[], $2::tsvector[])`, [claimIds, texts.map(searchVector)]);
}

/**
 * An analysed article with `count` claims written straight into PostgreSQL,
 * and its routing work in the outbox: the reconciler hands it to the
 * verification queue, as after a crash between analysis and enqueue.
 */
export async function seedArticle(
  stack: Stack,
  count: number,
  options: { checkworthiness?: number; label?: string } = {},
): Promise<{ articleId: string; claimIds: string[] }> {
  const label = options.label ?? 'seeded';
  const sentences = Array.from({ length: count }, (_, i) => `Claim ${i} of ${label}: exports rose by ${i + 1} percent in the quarter.`);
  const text = sentences.join(' ');
  const [article] = await stack.sql(
    `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, unsourced_claim_count, analyzed_at)
     VALUES ('text', $1, md5($1), 'seed', 'analyzed', $2, $2, now()) RETURNING id`,
    [text, count],
  );
  let offset = 0;
  const starts = sentences.map((s) => {
    const start = offset;
    offset += s.length + 1;
    return start;
  });
  const claims = await stack.sql(
    `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, fingerprint)
     SELECT $1, o, t, s, s + length(t), $5, 'none', true, f FROM unnest($2::int[], $3::text[], $4::int[], $6::text[]) AS x(o, t, s, f)
     RETURNING id, ordinal`,
    [article.id, sentences.map((_, i) => i), sentences, starts, options.checkworthiness ?? 0.5, sentences.map(claimFingerprint)],
  );
  await indexForSearch(stack, claims.map((c: any) => c.id), claims.map((c: any) => sentences[c.ordinal]));
  await stack.sql(
    `INSERT INTO outbox (queue, job_name, job_id, payload, checked_at)
     VALUES ('verification', 'route-claims', 'route-' || $1::text, jsonb_build_object('articleId', $1::text), now() - interval '1 hour')`,
    [article.id],
  );
  return { articleId: article.id, claimIds: claims.map((c: any) => c.id) };
}

/**
 * `who` takes the best claim of `stages` and grades it (with `gradeOf`, a
 * valid grade by default), again and again, until the article is completed.
 * Any answer but 200/204 to `next` or 201 to a grade fails.
 */
export async function workUntilCompleted(
  stack: Stack,
  who: Person,
  stages: string[],
  articleId: string,
  options: { timeoutMs?: number; gradeOf?: (stage: string, claim: any) => Record<string, unknown> } = {},
): Promise<number> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let graded = 0;
  while (Date.now() < deadline) {
    let took = false;
    for (const stage of stages) {
      const res = await next(stack, who, stage);
      if (res.status === 204) continue;
      if (res.status !== 200) throw new Error(`${who.email} next ${stage}: ${res.status} ${JSON.stringify(res.body)}`);
      const body = options.gradeOf?.(stage, res.body.claim) ?? gradeFor(stage);
      const answer = await grade(stack, who, res.body.claim.id, body);
      if (answer.status !== 201) throw new Error(`${who.email} grade ${stage}: ${answer.status} ${JSON.stringify(answer.body)}`);
      graded++;
      took = true;
      break;
    }
    if (took) continue;
    if ((await stack.request('GET', `/v1/articles/${articleId}`)).body.status === 'completed') return graded;
    await sleep(30);
  }
  throw new Error(`article ${articleId} not completed in time (${who.email} graded ${graded})`);
}
