import { jest } from '@jest/globals';
import { UnrecoverableError } from 'bullmq';
import { OutletRegistry } from '../analysis/index.js';
import { AnalysisProcessor } from './analysis.processor.js';

// The processor is called with a job, as the worker would; PostgreSQL is faked
// by recording the statements it receives.
function harness(pending: { status: string; input_format: string; input: string } | null) {
  const statements: string[] = [];
  const manager = {
    query: jest.fn(async (sql: string) => {
      statements.push(sql.replace(/\s+/g, ' ').trim());
      if (sql.includes("SET status = 'analyzing'")) return [pending ? [pending] : [], pending ? 1 : 0];
      if (sql.includes("SET status = 'analyzed'")) return [{ id: 'a1' }];
      if (sql.includes("SET status = 'failed'")) return [[{ id: 'a1' }], 1];
      return [];
    }),
  };
  const dataSource = { manager, query: manager.query, transaction: async (work: (m: unknown) => unknown) => work(manager) };
  const claims = { insertForArticle: jest.fn(async () => ({ claims: 2, unsourced: 1 })) };
  const outbox = { complete: jest.fn(async () => undefined), dispatch: jest.fn(async () => true) };
  const audit = { record: jest.fn(async () => undefined) };
  const metrics = {
    analysisDuration: { startTimer: () => () => 0 },
    jobsProcessed: { inc: jest.fn() },
  };
  const registry = { get: async () => OutletRegistry.fromRecords([]) };
  const processor = new AnalysisProcessor(
    dataSource as never,
    { register: jest.fn() } as never,
    registry as never,
    claims as never,
    outbox as never,
    audit as never,
    metrics as never,
  );
  const job = (attemptsMade = 0) =>
    ({ data: { articleId: 'a1' }, attemptsMade, opts: { attempts: 3 } }) as never;
  return { processor, statements, claims, outbox, audit, job };
}

describe('AnalysisProcessor', () => {
  it('marks the article analysed, replaces its claims, clears the outbox and audits, in one transaction', async () => {
    const h = harness({ status: 'analyzing', input_format: 'text', input: 'Reuters reported that the port reopened on Monday.' });
    await expect(h.processor.handle(h.job())).resolves.toEqual({ claims: 1 });
    expect(h.claims.insertForArticle).toHaveBeenCalledTimes(1);
    const store = h.statements.find((s) => s.includes("SET status = 'analyzed'"))!;
    expect(store).toContain("WHERE id = $1 AND status IN ('received', 'analyzing')");
    expect(store).toContain('DELETE FROM claims');
    expect(store).toContain('DELETE FROM outbox');
    expect(store).toContain("'article.analyzed'");
    // The review workflow's routing work is recorded with the claims and enqueued after commit.
    expect(store).toContain('INSERT INTO outbox');
    expect(h.outbox.dispatch).toHaveBeenCalledWith('route-claims', { articleId: 'a1' });
  });

  it('skips an article that is no longer pending (a duplicate delivery) and clears its outbox row', async () => {
    const h = harness(null);
    await expect(h.processor.handle(h.job())).resolves.toEqual({ skipped: 'article not pending' });
    expect(h.claims.insertForArticle).not.toHaveBeenCalled();
    expect(h.outbox.complete).toHaveBeenCalledTimes(1);
  });

  it('marks the article failed with the reason on the last attempt', async () => {
    const h = harness({ status: 'analyzing', input_format: 'text', input: 'AP said so.' });
    h.claims.insertForArticle.mockRejectedValue(new Error('deadlock detected'));
    await expect(h.processor.handle(h.job(2))).rejects.toThrow('deadlock detected');
    expect(h.statements.some((s) => s.includes("SET status = 'failed'"))).toBe(true);
    expect(h.audit.record).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: 'article.failed' }));
  });

  it('leaves the article pending on an earlier attempt so BullMQ retries it', async () => {
    const h = harness({ status: 'analyzing', input_format: 'text', input: 'AP said so.' });
    h.claims.insertForArticle.mockRejectedValue(new Error('connection reset'));
    await expect(h.processor.handle(h.job(0))).rejects.toThrow('connection reset');
    expect(h.statements.some((s) => s.includes("SET status = 'failed'"))).toBe(false);
  });

  it('fails at once, without retries, when the engine itself throws', async () => {
    const h = harness({ status: 'analyzing', input_format: 'html', input: null as never });
    await expect(h.processor.handle(h.job(0))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(h.statements.some((s) => s.includes("SET status = 'failed'"))).toBe(true);
  });
});
