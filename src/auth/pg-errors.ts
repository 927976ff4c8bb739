import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation: the database, not a prior SELECT, decides races. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505';
}
