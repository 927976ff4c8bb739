import { jest } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG } from '../config/index.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { OnJob, OnJobAbandoned } from './on-job.decorator.js';
import { JobName } from './queues.js';
import { WorkerHost } from './worker-host.service.js';

@Injectable()
class AnalysisHandlers {
  readonly abandoned: unknown[] = [];
  @OnJob(JobName.AnalyzeArticle)
  async analyze(job: Job): Promise<'done' | 'skipped'> {
    if (job.data.fail) throw job.data.fail as Error;
    return job.data.skip ? 'skipped' : 'done';
  }

  @OnJobAbandoned(JobName.AnalyzeArticle)
  async abandon(payload: unknown, reason: string): Promise<void> {
    this.abandoned.push([payload, reason]);
  }
}

@Injectable()
class SecondAnalysisHandler {
  @OnJob(JobName.AnalyzeArticle)
  async analyze(): Promise<'done'> {
    return 'done';
  }
}

async function host(...handlers: Array<new (...args: never[]) => unknown>) {
  const inc = jest.fn();
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [
      WorkerHost,
      ...handlers,
      { provide: APP_CONFIG, useValue: { role: 'api' } },
      { provide: MetricsService, useValue: { jobsProcessed: { inc } } },
    ],
  }).compile();
  await moduleRef.init();
  return { workers: moduleRef.get(WorkerHost), moduleRef, inc };
}

const job = (data: Record<string, unknown>, attemptsMade = 0) =>
  ({ name: JobName.AnalyzeArticle, queueName: 'analysis', data, attemptsMade, opts: { attempts: 3 } }) as unknown as Job;

describe('WorkerHost', () => {
  it('finds @OnJob handlers and counts each outcome once', async () => {
    const { workers, inc } = await host(AnalysisHandlers);
    await expect(workers.dispatch(job({}))).resolves.toBe('done');
    await expect(workers.dispatch(job({ skip: true }))).resolves.toBe('skipped');
    await expect(workers.dispatch(job({ fail: new Error('reset') }))).rejects.toThrow('reset');
    await expect(workers.dispatch(job({ fail: new Error('reset') }, 2))).rejects.toThrow('reset');
    await expect(workers.dispatch(job({ fail: new UnrecoverableError('bad') }))).rejects.toThrow('bad');
    expect(inc.mock.calls.map(([labels]) => (labels as { outcome: string }).outcome)).toEqual(['done', 'skipped', 'retry', 'failed', 'failed']);
    expect(inc).toHaveBeenCalledWith({ queue: 'analysis', outcome: 'done' });
  });

  it('passes abandoned work to the @OnJobAbandoned hook', async () => {
    const { workers, moduleRef } = await host(AnalysisHandlers);
    await workers.abandon(JobName.AnalyzeArticle, { articleId: 'a1' }, 'gave up');
    expect(moduleRef.get(AnalysisHandlers).abandoned).toEqual([[{ articleId: 'a1' }, 'gave up']]);
  });

  it('refuses to start with two handlers for one job', async () => {
    await expect(host(AnalysisHandlers, SecondAnalysisHandler)).rejects.toThrow('two handlers for job "analyze-article"');
  });

  it('refuses to start workers while a job has no handler', async () => {
    const { workers } = await host(AnalysisHandlers);
    Object.assign(workers as unknown as { config: unknown }, { config: { role: 'worker', queue: {} } });
    expect(() => workers.onApplicationBootstrap()).toThrow('no handler registered for job(s): route-claims, prepare-claim, apply-review');
  });
});
