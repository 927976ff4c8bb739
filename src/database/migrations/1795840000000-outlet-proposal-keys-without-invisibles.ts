import type { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeName } from '../../analysis/registry/normalize-name.js';

type Row = { id: string; key: string; name: string; status: string; proposed_by: string[] };

/**
 * A queued name's key is normalizeName(name), which now leaves out the
 * characters Unicode shows as nothing ("Reu\u00adters" is "reuters"). A row
 * keyed before kept a key no accept or rejection of its name finds again (they
 * look the new key up), so it stayed in the queue for good. Each is keyed
 * anew; where its new key is another row's, the two are one name: a pending
 * row joins its proposers to the other (or goes, when that name was decided),
 * and a decided row replaces a pending one. Two decided rows are left as they
 * are (neither is in the queue).
 */
export class OutletProposalKeysWithoutInvisibles1795840000000 implements MigrationInterface {
  name = 'OutletProposalKeysWithoutInvisibles1795840000000';

  async up(q: QueryRunner): Promise<void> {
    const rows = (await q.query(`SELECT id, key, name, status, proposed_by FROM outlet_proposals`)) as Row[];
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const row of rows) {
      const key = normalizeName(row.name);
      if (key === row.key || !key) continue;
      const other = byKey.get(key);
      if (other && row.status === 'pending') {
        if (other.status === 'pending') {
          await q.query(
            `UPDATE outlet_proposals SET proposed_by = ARRAY(SELECT DISTINCT unnest(proposed_by || $2::uuid[])) WHERE id = $1`,
            [other.id, row.proposed_by],
          );
        }
        await q.query(`DELETE FROM outlet_proposals WHERE id = $1`, [row.id]);
        continue;
      }
      if (other && other.status !== 'pending') continue;
      if (other) await q.query(`DELETE FROM outlet_proposals WHERE id = $1`, [other.id]);
      await q.query(`UPDATE outlet_proposals SET key = $2 WHERE id = $1`, [row.id, key]);
      byKey.delete(row.key);
      byKey.set(key, row);
    }
  }

  async down(): Promise<void> {
    // The old keys are not kept: they named the same names.
  }
}
