import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.role).toBe('all');
    expect(config.http.port).toBe(3000);
    expect(config.http.bodyLimitBytes).toBe(2 * 1024 * 1024);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/claimtrail');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.queue.prefix).toBe('claimtrail');
    expect(config.auth.jwtSecretGenerated).toBe(true);
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', APP_ROLE: 'both', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/APP_ROLE/);
    expect(message).toMatch(/REDIS_URL/);
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', QUEUE_PREFIX: '' }).http.port).toBe(3000);
  });

  it('lets a worker process take only some queues, and names an unknown one', () => {
    expect(loadConfig({ WORKER_QUEUES: 'analysis' }).queue.workerQueues).toEqual(['analysis']);
    expect(loadConfig({}).queue.workerQueues).toBeUndefined();
    expect(() => loadConfig({ WORKER_QUEUES: 'analysis,reviews' })).toThrow(/WORKER_QUEUES names unknown queue\(s\) reviews/);
  });
});
