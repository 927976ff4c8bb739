import { JOB_QUEUE, JobName, QueueName, jobIdFor, queuePolicy } from './queues.js';

describe('queue definitions', () => {
  it('keys analysis jobs by article, without the ":" BullMQ refuses', () => {
    const id = jobIdFor(JobName.AnalyzeArticle, { articleId: '4a74bef9-af99-48a3-b67a-69ea38acc863' });
    expect(id).toBe('analyze-4a74bef9-af99-48a3-b67a-69ea38acc863');
    expect(id).not.toContain(':');
    expect(jobIdFor(JobName.AnalyzeArticle, { articleId: 'x' })).toBe(jobIdFor(JobName.AnalyzeArticle, { articleId: 'x' }));
  });

  it('keys a revision’s analysis apart from the revision before it (the first keeps the old id)', () => {
    expect(jobIdFor(JobName.AnalyzeArticle, { articleId: 'x', revision: 1 })).toBe('analyze-x');
    expect(jobIdFor(JobName.AnalyzeArticle, { articleId: 'x', revision: 2 })).toBe('analyze-x-r2');
  });

  it('puts every job on a known queue', () => {
    for (const name of Object.values(JobName)) expect(Object.values(QueueName)).toContain(JOB_QUEUE[name]);
  });

  it('retries with exponential backoff and jitter, keeps failures, drops completed jobs', () => {
    const policy = queuePolicy(QueueName.Analysis, 5);
    expect(policy.attempts).toBe(5);
    expect(policy.backoff).toEqual(expect.objectContaining({ type: 'exponential', jitter: expect.any(Number) }));
    expect(policy.removeOnComplete).toBe(true);
    expect(policy.removeOnFail).toEqual(expect.objectContaining({ age: expect.any(Number) }));
  });
});
