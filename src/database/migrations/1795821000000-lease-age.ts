import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the current lease on a claim was taken: extensions never carry a
 * lease past REVIEW_LEASE_MAX_MS from then (one reviewer cannot keep a claim
 * forever). Null with no lease, and for leases taken before this column.
 */
export class LeaseAge1795821000000 implements MigrationInterface {
  name = 'LeaseAge1795821000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN lease_started_at timestamptz`);
    // The one-lease-per-person check looks up a person's live leases by holder.
    await q.query(`CREATE INDEX claims_lease_holder_idx ON claims (lease_holder, status) WHERE lease_holder IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_lease_holder_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN lease_started_at`);
  }
}
