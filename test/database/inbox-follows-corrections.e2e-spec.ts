import { migrations } from '../../src/database/migrations/index.js';
import { InboxFollowsCorrections1795839900000 } from '../../src/database/migrations/1795839900000-inbox-follows-corrections.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

/**
 * The inbox orders by a claim's latest correction of a closed round since
 * this migration; it sets that flag for claims corrected before, so a claim
 * stripped of its only source waits first at its stage, as a new one does.
 */
describe('migration InboxFollowsCorrections', () => {
  const database = useMigrationDatabase('inboxcorrections');
  const before = migrations.filter((m) => m !== InboxFollowsCorrections1795839900000);

  it('carries the closed rounds’ corrections into the inbox’s order, and leaves the rest to the engine’s flag', async () => {
    const ids = await database.migrated(before, async (old) => {
      const [article] = await old.query(`INSERT INTO articles (input_format, input, request_hash, submitted_by, status) VALUES ('text', 'x', 'h', 'seed', 'analyzed') RETURNING id`);
      const claims: Array<{ id: string }> = await old.query(
        `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, fingerprint, status, round, queued_at)
         SELECT $1, o, 'claim ' || o, 0, 1, 0.5, 'direct', false, md5(o::text), 'verdict', 2, now() FROM generate_series(0, 3) AS o
         RETURNING id`,
        [article.id],
      );
      const correct = (claimId: string, round: number, sources: unknown[], anonymous: boolean) =>
        old.query(
          `INSERT INTO source_corrections (claim_id, article_id, round, actor_id, sources, anonymous) VALUES ($1, $2, $3, gen_random_uuid(), $4, $5)`,
          [claimId, article.id, round, JSON.stringify(sources), anonymous],
        );
      // 0: stripped of its source in round 1; 1: left with unnamed sources; 2: corrected in the round still open; 3: never.
      await correct(claims[0].id, 1, [], false);
      await correct(claims[1].id, 1, [], true);
      await correct(claims[2].id, 2, [], false);
      return claims.map((c) => c.id);
    });
    await database.migrated(migrations, async (migrated) => {
      const rows: Array<{ id: string; inbox_unsourced: boolean | null }> = await migrated.query(`SELECT id, inbox_unsourced FROM claims`);
      const flags = new Map(rows.map((r) => [r.id, r.inbox_unsourced]));
      expect(ids.map((id) => flags.get(id))).toEqual([true, false, null, null]);
      const [index] = await migrated.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'claims_inbox_idx'`);
      expect(index.indexdef).toContain('COALESCE(inbox_unsourced, unsourced) DESC');
    });
  });
});
