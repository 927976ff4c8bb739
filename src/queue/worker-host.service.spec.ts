import { jest } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger } from '@nestjs/common';
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

describe('WorkerHost while Redis is unreachable', () => {
  const closedPort = async (): Promise<number> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  };

  it('logs the outage once with REDIS_URL, and shuts down at once instead of waiting for Redis', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const { workers } = await host(AnalysisHandlers);
      const config = {
        role: 'worker',
        redis: { url: `redis://127.0.0.1:${await closedPort()}` },
        queue: { workerQueues: ['analysis'], prefix: 'test-unreachable', analysisConcurrency: 4, jobLockMs: 30_000 },
      };
      Object.assign(workers as unknown as { config: unknown }, { config });
      workers.onApplicationBootstrap();
      await new Promise((resolve) => setTimeout(resolve, 1500)); // a few reconnect attempts per connection

      const outageLines = warn.mock.calls.map(([line]) => String(line));
      expect(outageLines).toEqual([expect.stringMatching(/^Redis at redis:\/\/127\.0\.0\.1:\d+ \(REDIS_URL\) is unreachable: connect ECONNREFUSED/)]);

      const started = Date.now();
      await workers.onModuleDestroy();
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      warn.mockRestore();
    }
  }, 15_000);
});
