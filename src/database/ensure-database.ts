import pg from 'pg';
import { redact } from '../common/redact-url.js';

/**
 * Creates the database named in the URL when it does not exist yet, by
 * connecting to the `postgres` maintenance database. If that is not allowed,
 * the error says exactly what to run.
 */
export async function ensureDatabase(url: string): Promise<'created' | 'exists'> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(url)}`);

  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return 'exists';
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: invalid_catalog_name
  } finally {
    await probe.end().catch(() => undefined);
  }

  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return 'created';
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return 'exists'; // created concurrently
    throw new Error(
      `Database "${name}" does not exist and could not be created (${(error as Error).message}). ` +
        `Create it with: createdb -h ${target.hostname} -p ${target.port || 5432} ` +
        `-U ${decodeURIComponent(target.username) || 'postgres'} ${name}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** PostgreSQL could not be reached at start-up: the message says where, and which variable sets it. */
export class DatabaseUnreachable extends Error {}

/** Connection failures worth waiting out (a server still starting), as opposed to a wrong password or name. */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN', '57P03']);

/**
 * ensureDatabase, retried while the server cannot be reached (compose
 * starts PostgreSQL beside the service), each wait logged in one line; then
 * DatabaseUnreachable with the address, the variable and the last error,
 * instead of a driver's stack trace.
 */
export async function waitForDatabase(
  url: string,
  { attempts = 6, delayMs = 2000, log = (_line: string) => {} }: { attempts?: number; delayMs?: number; log?: (line: string) => void } = {},
): Promise<'created' | 'exists'> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureDatabase(url);
    } catch (error) {
      const reason = describe(error);
      const transient = TRANSIENT.has((error as { code?: string }).code ?? '') || /timeout/i.test(reason);
      if (!transient || attempt >= attempts) {
        throw new DatabaseUnreachable(`cannot use PostgreSQL at ${redact(url)} (DATABASE_URL): ${reason}`, { cause: error });
      }
      log(`PostgreSQL at ${redact(url)} is not reachable yet (${reason}); retrying in ${delayMs / 1000} s (${attempt}/${attempts - 1})`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return (error as Error).message || String((error as { code?: string }).code ?? error);
}
