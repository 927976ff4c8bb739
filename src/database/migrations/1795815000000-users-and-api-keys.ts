import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts (users with roles) and the API keys newsroom systems use. */
export class UsersAndApiKeys1795815000000 implements MigrationInterface {
  name = 'UsersAndApiKeys1795815000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email <> '' AND email = lower(email)),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('reviewer', 'editor', 'admin')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One account per address whatever its case; login looks up by lower(email).
    await q.query(`CREATE UNIQUE INDEX users_email_lower_uq ON users (lower(email))`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (name <> ''),
        prefix text NOT NULL,
        key_hash bytea NOT NULL CHECK (octet_length(key_hash) = 32),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    // Every request with a key looks it up by prefix; the hash index guards uniqueness.
    await q.query(`CREATE UNIQUE INDEX api_keys_prefix_uq ON api_keys (prefix)`);
    await q.query(`CREATE UNIQUE INDEX api_keys_key_hash_uq ON api_keys (key_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE users`);
  }
}
