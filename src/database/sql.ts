import type { EntityManager } from 'typeorm';

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
