import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox put unsourced claims first by the engine's flag alone, so a
 * claim a reviewer had found to cite no source (its only source removed at
 * source_check) waited among the sourced ones at its next stages. A claim
 * now carries the flag of its latest correction of a closed round
 * (`inbox_unsourced`, set where a round begins), and the inbox's index
 * orders by it where it is set (src/review/inbox-order.sql.ts).
 */
export class InboxFollowsCorrections1795839900000 implements MigrationInterface {
  name = 'InboxFollowsCorrections1795839900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN inbox_unsourced boolean`);
    await q.query(
      `UPDATE claims c
          SET inbox_unsourced = (SELECT jsonb_array_length(k.sources) = 0 AND NOT k.anonymous FROM source_corrections k
                                  WHERE k.claim_id = c.id AND k.round < c.round ORDER BY k.seq DESC LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = c.id AND k.round < c.round)`,
    );
    await q.query(`DROP INDEX claims_inbox_idx`);
    await q.query(`CREATE INDEX claims_inbox_idx ON claims (status, (coalesce(inbox_unsourced, unsourced)) DESC, checkworthiness DESC, queued_at, id)
      WHERE queued_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_inbox_idx`);
    await q.query(`CREATE INDEX claims_inbox_idx ON claims (status, unsourced DESC, checkworthiness DESC, queued_at, id)
      WHERE queued_at IS NOT NULL`);
    await q.query(`ALTER TABLE claims DROP COLUMN inbox_unsourced`);
  }
}
