import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Rows of an UPDATE/DELETE ... RETURNING. TypeORM's postgres driver answers
 * those as [rows, affectedCount] but SELECT/INSERT as plain rows; this hides
 * the difference.
 */
export async function returning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = (await manager.query(sql, params)) as unknown;
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** A piece of a larger statement (a data-modifying CTE) with its parameters, numbered from the caller's offset. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * A statement run as a named prepared statement: PostgreSQL parses and plans
 * it once per connection (then reuses a generic plan), where an unnamed one
 * is parsed and planned at every call. For hot statements whose planning
 * costs as much as their execution (a CTE of many parts run for every
 * article or delivery). The name is the text's hash, so a statement built
 * from fragments gets one per variant; past MAX_PREPARED texts (a caller
 * building text per call) the rest run unnamed rather than filling every
 * connection with statements. Given an EntityManager inside a transaction,
 * runs on that transaction's connection; otherwise on a pooled connection in
 * its own implicit transaction. Rows come back as they are, with RETURNING
 * or without.
 */
export async function preparedQuery<T>(on: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const name = statementName(sql);
  const statement = { name, text: sql, values: params };
  const run = async (runner: QueryRunner) => (await ((await runner.connect()) as PreparingClient).query<T>(statement)).rows;
  const inTransaction = isManager(on) ? on.queryRunner : undefined;
  if (inTransaction && !inTransaction.isReleased) return run(inTransaction);
  const runner = (isManager(on) ? on.connection : on).createQueryRunner();
  try {
    return await run(runner);
  } finally {
    await runner.release();
  }
}

const MAX_PREPARED = 256;
const statementNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `claimtrail_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function isManager(on: DataSource | EntityManager): on is EntityManager {
  return 'connection' in on;
}

/** The part of node-postgres' pooled client that preparedQuery uses. */
interface PreparingClient {
  query<T>(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * A SQL expression's value as JSON text, byte for byte as JSON.stringify
 * writes the value node-postgres reads for it: strings escaped alike (only
 * `"`, `\` and control characters), NULL as `null`. Holds for text, uuid,
 * int, boolean, and real/float8 between 1e-4 and 1e6 (outside that,
 * PostgreSQL switches to exponent notation earlier than JavaScript does).
 */
export function jsonValue(expr: string): string {
  return `coalesce(to_json(${expr})::text, 'null')`;
}
