import pg from 'pg';

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

/** The URL without its password, for log lines and error messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable url>';
  }
}
