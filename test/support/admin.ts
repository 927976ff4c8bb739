/** The admin every throwaway service, test app and benchmark bootstraps (BOOTSTRAP_ADMIN_*). */
export const ADMIN = { email: 'admin@example.org', password: 'admin-password-e2e' };
