import { randomBytes } from 'node:crypto';

/**
 * The admin every throwaway service, test app and benchmark bootstraps
 * (BOOTSTRAP_ADMIN_*). The password is random per run: the benchmarks start
 * the service with NODE_ENV=production, which refuses published or
 * placeholder-looking passwords, as it should.
 */
export const ADMIN = { email: 'admin@example.org', password: randomBytes(24).toString('base64url') };
