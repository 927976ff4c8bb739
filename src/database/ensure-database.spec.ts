import { createServer } from 'node:net';
import { DatabaseUnreachable, waitForDatabase } from './ensure-database.js';

/** A local port nothing listens on (taken, then freed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('waitForDatabase', () => {
  it('retries an unreachable server, then fails with one line naming the address and DATABASE_URL, password hidden', async () => {
    const url = `postgres://app:s3cret@127.0.0.1:${await closedPort()}/claimtrail`;
    const lines: string[] = [];
    const failure = await waitForDatabase(url, { attempts: 3, delayMs: 5, log: (line) => lines.push(line) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseUnreachable);
    const { message } = failure as Error;
    expect(message).toMatch(/^cannot use PostgreSQL at postgres:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/claimtrail \(DATABASE_URL\): connect ECONNREFUSED/);
    expect(message).not.toContain('s3cret');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/not reachable yet \(connect ECONNREFUSED .*\); retrying in 0\.005 s \(1\/2\)$/);
  });

  it('does not wait out a mistake in the URL itself', async () => {
    const lines: string[] = [];
    const failure = await waitForDatabase('postgres://127.0.0.1:5432/', { attempts: 3, delayMs: 5, log: (line) => lines.push(line) }).catch((e: unknown) => e);
    expect((failure as Error).message).toBe('cannot use PostgreSQL at postgres://127.0.0.1:5432/ (DATABASE_URL): DATABASE_URL names no database: postgres://127.0.0.1:5432/');
    expect(lines).toEqual([]);
  });
});
