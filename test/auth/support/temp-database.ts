import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

const ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway PostgreSQL database so concurrent test runs never share rows. */
export async function createTempDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `claimtrail_${label}_${randomBytes(5).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdmin(work: (admin: DataSource) => Promise<unknown>): Promise<void> {
  const admin = await new DataSource({ type: 'postgres', url: ADMIN_URL }).initialize();
  try {
    await work(admin);
  } finally {
    await admin.destroy();
  }
}
