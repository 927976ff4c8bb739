const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * JWT_EXPIRES_IN as seconds: "900", "15m", "12h", "7d". One number is used both
 * to sign the token and to answer `expiresIn`, so the two cannot disagree.
 */
export function tokenLifetimeSeconds(value: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value);
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[(match[2] || 's').toLowerCase()] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new Error(`JWT_EXPIRES_IN must be a positive duration such as 900, 15m, 12h or 7d (got "${value}")`);
  }
  return seconds;
}
