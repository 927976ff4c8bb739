import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `next` in one statement. One live lease per person and stage needs the
 * person's lease looked up after their lock is taken: a concurrent `next`
 * of theirs may have committed a lease while this one waited. A statement
 * reads with the snapshot of its start, before any lock it takes; a
 * VOLATILE function's queries each take a fresh one (READ COMMITTED). So
 * this function takes the lock (held to the end of the caller's
 * transaction, the same key as before, so older instances still exclude
 * this one) and then reads the lease; the caller's statement does the rest.
 */
export class HeldLeaseLookup1795831000000 implements MigrationInterface {
  name = 'HeldLeaseLookup1795831000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lock_held_lease(for_person uuid, at_stage text) RETURNS SETOF claims
        -- At most one row: the planner joins the caller's statement on that estimate.
        LANGUAGE plpgsql VOLATILE ROWS 1 AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('lease:' || for_person || ':' || at_stage, 0));
        RETURN QUERY
          SELECT * FROM claims c
           WHERE c.lease_holder = for_person AND c.status = at_stage AND c.lease_expires_at > now()
           ORDER BY c.lease_started_at NULLS FIRST, c.id
           LIMIT 1;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION lock_held_lease(uuid, text)`);
  }
}
