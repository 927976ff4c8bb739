import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/index.js';
import { QueueService } from './queue.service.js';

describe('QueueService in an API process', () => {
  afterEach(() => jest.restoreAllMocks());

  // The workers named an unreachable Redis; an API process alone said nothing until a probe or a submission.
  it('says once, at start-up, that Redis is unreachable, where, and what waits meanwhile', async () => {
    const warnings: string[] = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
    // Port 1: nothing listens there, so every connection attempt is refused.
    const queues = new QueueService(loadConfig({ APP_ROLE: 'api', REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      const deadline = Date.now() + 5000;
      while (warnings.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 500)); // more refused reconnects: still one line
      expect(warnings).toEqual([
        'Redis at redis://127.0.0.1:1 (REDIS_URL) is unreachable: connect ECONNREFUSED 127.0.0.1:1; ' +
          'submissions wait in the outbox until it is back',
      ]);
    } finally {
      await queues.onApplicationShutdown();
    }
  });
});
