import { jest } from '@jest/globals';
import { ApplyReviewProcessor } from './apply-review.processor.js';

// The processor is called with a job, as the worker would; PostgreSQL is faked
// by answering the statements it sends, and ClaimTransitions is a spy.
function harness(options: { review?: Record<string, unknown> | null; required?: number; roundGrades?: unknown[] }) {
  const review = options.review === undefined
    ? { id: 'r1', claim_id: 'c1', stage: 'verdict', round: 2, reviewer_id: 'u1', rating: 'true', note: 'ok', evidence: [] }
    : options.review;
  const statements: string[] = [];
  const manager = {
    query: jest.fn(async (sql: string) => {
      statements.push(sql.replace(/\s+/g, ' ').trim());
      if (sql.includes('UPDATE reviews SET applied_at')) return [review ? [review] : [], review ? 1 : 0];
      if (sql.includes('SELECT * FROM reviews WHERE claim_id')) return options.roundGrades ?? [review];
      if (sql.includes('UPDATE claims SET queued_at')) return [[{ id: 'c1' }], 1];
      return [];
    }),
  };
  const claim = { id: 'c1', article_id: 'a1', status: 'verdict', version: 7, round: 2, escalated_from: null };
  const transitions = {
    lock: jest.fn(async () => claim),
    move: jest.fn(async () => []),
    event: jest.fn(async () => undefined),
    dispatch: jest.fn(async () => undefined),
  };
  const context = { gather: jest.fn(async () => ({ earlierVerdicts: [], outlets: [], preparedAt: 'now' })) };
  const config = { review: { reviewsRequired: { source_check: 1, verdict: options.required ?? 1, approval: 1 } } };
  const dataSource = { manager, query: manager.query, transaction: async (work: (m: unknown) => unknown) => work(manager) };
  const metrics = { jobsProcessed: { inc: jest.fn() } };
  const processor = new ApplyReviewProcessor(
    config as never,
    dataSource as never,
    { register: jest.fn() } as never,
    metrics as never,
    transitions as never,
    context as never,
  );
  const job = { data: { reviewId: 'r1' } } as never;
  return { processor, statements, transitions, context, job, metrics };
}

describe('ApplyReviewProcessor', () => {
  it('moves an agreed verdict to approval, prepared in the same transaction, and clears its outbox row', async () => {
    const h = harness({});
    await expect(h.processor.handle(h.job)).resolves.toEqual({ outcome: 'advanced' });
    expect(h.statements[0]).toContain('DELETE FROM outbox WHERE job_id = $2');
    expect(h.metrics.jobsProcessed.inc).toHaveBeenCalledWith({ queue: 'verification', outcome: 'done' });
    expect(h.transitions.move).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ id: 'c1' }),
      expect.objectContaining({ to: 'approval', rating: 'true', prepared: expect.objectContaining({ outlets: [] }) }),
    );
  });

  it('does nothing for a grade already applied (a redelivered job)', async () => {
    const h = harness({ review: null });
    await expect(h.processor.handle(h.job)).resolves.toEqual({ outcome: 'skipped' });
    expect(h.transitions.lock).not.toHaveBeenCalled();
    expect(h.transitions.move).not.toHaveBeenCalled();
  });

  it('puts the claim back in its inbox while the stage needs another independent grade', async () => {
    const h = harness({ required: 2 });
    await expect(h.processor.handle(h.job)).resolves.toEqual({ outcome: 'awaiting-review' });
    expect(h.statements.some((s) => s.startsWith('UPDATE claims SET queued_at = now()') && s.includes('version = $2'))).toBe(true);
    expect(h.transitions.move).not.toHaveBeenCalled();
  });

  it('escalates when two grades disagree', async () => {
    const h = harness({ required: 2, roundGrades: [{ id: 'r0', rating: 'false', reviewer_id: 'u0' }, { id: 'r1', rating: 'true', reviewer_id: 'u1' }] });
    await expect(h.processor.handle(h.job)).resolves.toEqual({ outcome: 'escalated' });
    expect(h.statements.some((s) => s.includes('INSERT INTO consensus_outcomes'))).toBe(true);
    expect(h.transitions.move).toHaveBeenCalledWith(
      expect.anything(),
      expect.anything(),
      expect.objectContaining({ to: 'escalated', escalatedFrom: 'verdict' }),
    );
  });
});
