import { OutletProposalKeysWithoutInvisibles1795840000000 } from '../../src/database/migrations/1795840000000-outlet-proposal-keys-without-invisibles.js';
import { migrations } from '../../src/database/migrations/index.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

const BEFORE = migrations.filter((m) => m !== OutletProposalKeysWithoutInvisibles1795840000000);

/**
 * A queued name's key leaves out the characters Unicode shows as nothing
 * (normalizeName); a row keyed before kept a key no accept or rejection found
 * again, and stayed in the queue for good. The migration keys each anew, one
 * row per name.
 */
describe('migration OutletProposalKeysWithoutInvisibles', () => {
  const database = useMigrationDatabase('proposalkeys');

  it('keys a name with an invisible character anew, one row per name', async () => {
    const [a, b] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
    await database.migrated(BEFORE, async (source) => {
      const insert = (key: string, name: string, status: string, proposedBy: string[]) =>
        source.query(`INSERT INTO outlet_proposals (key, name, status, proposed_by) VALUES ($1, $2, $3, $4::uuid[])`, [key, name, status, proposedBy]);
      await insert('kyiv\u00adbugle', 'Kyiv\u00adBugle', 'pending', [a]); // alone: keyed anew
      await insert('ia\u200bfact', 'IA\u200bFact', 'pending', [a]); // the same name pending: its proposers join
      await insert('iafact', 'IAFact', 'pending', [b]);
      await insert('lviv lan\u2060tern', 'Lviv Lan\u2060tern', 'pending', [b]); // a name rejected already: it goes
      await insert('lviv lantern', 'Lviv Lantern', 'rejected', []);
      await insert('odesa\u00adowl', 'Odesa\u00adOwl', 'accepted', []); // decided, beside the same name pending
      await insert('odesaowl', 'OdesaOwl', 'pending', [a]);
    });
    await database.migrated([...BEFORE, OutletProposalKeysWithoutInvisibles1795840000000], async (migrated) => {
      const rows = await migrated.query<Array<{ key: string; name: string; status: string; proposed_by: string[] }>>(
        `SELECT key, name, status, proposed_by FROM outlet_proposals ORDER BY key`,
      );
      expect(rows.map((r) => [r.key, r.name, r.status, [...r.proposed_by].sort()])).toEqual([
        ['iafact', 'IAFact', 'pending', [a, b]],
        ['kyivbugle', 'Kyiv\u00adBugle', 'pending', [a]],
        ['lviv lantern', 'Lviv Lantern', 'rejected', []],
        ['odesaowl', 'Odesa\u00adOwl', 'accepted', []],
      ]);
    });
  });
});
