import type { DataSource, EntityManager } from 'typeorm';

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
 * A statement run as a named prepared statement on the pooled connection:
 * PostgreSQL parses and plans it once per connection (then reuses a generic
 * plan), where an unnamed one is planned at every call. For hot statements
 * whose planning costs more than their execution (a CTE of many parts run
 * hundreds of times a second). `name` must always go with the same `sql`.
 * Runs in its own implicit transaction, outside any the caller has open.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, sql: string, params: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PreparingClient;
    const result = await client.query<T>({ name, text: sql, values: params });
    return result.rows;
  } finally {
    await runner.release();
  }
}

/** The part of node-postgres' pooled client that preparedQuery uses. */
interface PreparingClient {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
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
