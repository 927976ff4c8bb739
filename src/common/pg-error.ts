/** PostgreSQL error codes we turn into HTTP answers. */
export const PG_UNIQUE_VIOLATION = '23505';

export function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}
