import { jest } from '@jest/globals';
import { UnrecoverableError } from 'bullmq';
import { AnalysisProcessor } from './analysis.processor.js';
import type { AnalysisService } from './analysis.service.js';

// The processor only decides what a failure means for the article; storing
// is AnalysisService's (tested end to end against PostgreSQL in test/e2e).
function harness() {
  const analysis = {
    analyzeArticle: jest.fn<AnalysisService['analyzeArticle']>(async () => 'done'),
    fail: jest.fn<AnalysisService['fail']>(async () => undefined),
  };
  const processor = new AnalysisProcessor(analysis as unknown as AnalysisService);
  const job = (attemptsMade = 0) => ({ data: { articleId: 'a1', revision: 2 }, attemptsMade, opts: { attempts: 3 } }) as never;
  return { processor, analysis, job };
}

describe('AnalysisProcessor', () => {
  it('analyses the job\'s article and answers the outcome for WorkerHost to count', async () => {
    const h = harness();
    h.analysis.analyzeArticle.mockResolvedValueOnce('skipped');
    await expect(h.processor.analyze(h.job())).resolves.toBe('skipped');
    // The job's revision: a job for an earlier revision must not store its claims over a later one.
    expect(h.analysis.analyzeArticle).toHaveBeenCalledWith('a1', 2);
    expect(h.analysis.fail).not.toHaveBeenCalled();
  });

  it('marks the article failed with the reason on the last attempt, and still throws', async () => {
    const h = harness();
    h.analysis.analyzeArticle.mockRejectedValue(new Error('deadlock detected'));
    await expect(h.processor.analyze(h.job(2))).rejects.toThrow('deadlock detected');
    expect(h.analysis.fail).toHaveBeenCalledWith(
      'a1',
      { code: 'analysis_unavailable', message: expect.stringMatching(/could not be completed/) },
      'gave up after 3 attempt(s): deadlock detected',
      2,
    );
  });

  it('leaves the article pending on an earlier attempt so BullMQ retries it', async () => {
    const h = harness();
    h.analysis.analyzeArticle.mockRejectedValue(new Error('connection reset'));
    await expect(h.processor.analyze(h.job(0))).rejects.toThrow('connection reset');
    expect(h.analysis.fail).not.toHaveBeenCalled();
  });

  it('does not mark it failed twice when the engine itself failed (the service already did)', async () => {
    const h = harness();
    h.analysis.analyzeArticle.mockRejectedValue(new UnrecoverableError('analysis error: boom'));
    await expect(h.processor.analyze(h.job(0))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(h.analysis.fail).not.toHaveBeenCalled();
  });

  it('records the reason when the reconciler abandons the work', async () => {
    const h = harness();
    await h.processor.abandon({ articleId: 'a1', revision: 2 }, 'gave up after 6 runs');
    expect(h.analysis.fail).toHaveBeenCalledWith('a1', expect.objectContaining({ code: 'analysis_abandoned' }), 'gave up after 6 runs', 2);
  });
});
