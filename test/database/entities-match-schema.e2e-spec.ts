import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import { useMigratedDatabase } from '../support/migrated-database.js';

/**
 * An entity is one of the two descriptions of its table (the migration is the
 * other): a column the migrations add and the entity lacks is a second, hidden
 * description waiting in some row type. Every entity must cover its table.
 */
const SRC = resolve(import.meta.dirname, '../../src');

function entityFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entityFiles(path);
    return entry.name.endsWith('.entity.ts') ? [path] : [];
  });
}

type EntityClass = new (...args: never[]) => unknown;

async function loadEntities(): Promise<EntityClass[]> {
  const modules = await Promise.all(entityFiles(SRC).map((file) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>));
  return modules.flatMap((exports) => Object.values(exports).filter((value): value is EntityClass => typeof value === 'function'));
}

describe('entities and migrations describe the same tables', () => {
  const db = useMigratedDatabase('entities', { poolSize: 2, extra: async () => ({ entities: await loadEntities() }) });
  let dataSource: DataSource;

  beforeAll(() => {
    dataSource = db.dataSource;
  });

  test('every entity maps every column of its table, and no column that is not there', async () => {
    const entities = dataSource.entityMetadatas.filter((meta) => meta.tableType === 'regular');
    expect(entities.map((meta) => meta.tableName)).toEqual(expect.arrayContaining(['articles', 'claims', 'claim_sources', 'outlets']));
    const drift: { table: string; onlyInTable: string[]; onlyInEntity: string[] }[] = [];
    for (const meta of entities) {
      const rows = await dataSource.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
        [meta.tableName],
      );
      const inTable = rows.map((row) => row.column_name);
      const inEntity = [...new Set(meta.columns.map((column) => column.databaseName))].sort();
      const onlyInTable = inTable.filter((column) => !inEntity.includes(column));
      const onlyInEntity = inEntity.filter((column) => !inTable.includes(column));
      if (onlyInTable.length || onlyInEntity.length) drift.push({ table: meta.tableName, onlyInTable, onlyInEntity });
    }
    expect(drift).toEqual([]);
  });
});
