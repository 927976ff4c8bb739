/**
 * Secrets that must never protect a production deployment: the demo values
 * this repository once shipped, and anything that looks like a placeholder.
 */
const PUBLISHED_SECRETS = new Set([
  'demo-only-secret-change-me-0123456789abcdef',
  'change-me-demo-password',
  'admin-password-e2e',
]);
const PLACEHOLDER = /change.?me|demo|example|placeholder|secret|password|0123456789|abcdef/i;

/** Shannon entropy of the string's own characters, times its length: a rough upper bound in bits. */
export function estimatedEntropyBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / length) * Math.log2(n / length);
  return perChar * length;
}

/** Why `secret` is unfit for production, or null. `minBits`: 128 for signing keys. */
export function weakSecretReason(secret: string, minBits: number): string | null {
  if (PUBLISHED_SECRETS.has(secret)) return 'is a published demo value';
  if (PLACEHOLDER.test(secret)) return 'looks like a placeholder (change-me, demo, example, secret, password, ...)';
  if (estimatedEntropyBits(secret) < minBits) return `has too little entropy (generate one with: openssl rand -base64 48)`;
  return null;
}
