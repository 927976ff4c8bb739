import type { Stack } from '../../support/stack.js';
import type { Account } from './browser.js';

let counter = 0;

/** A user with a known password, created by the stack's admin. */
export async function account<R extends 'reviewer' | 'editor' | 'admin'>(stack: Stack, role: R): Promise<Account & { id: string; token: string; role: R }> {
  const email = `${role}-${++counter}-${Date.now()}@example.org`;
  const password = `${role}-password-ui-${counter}`;
  const created = await stack.request('POST', '/v1/users', { body: { email, password, role } });
  if (created.status !== 201) throw new Error(`create ${email}: ${created.status}`);
  const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email, password } });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  return { email, password, role, id: created.body.id, token: login.body.accessToken };
}

export async function claimStatus(stack: Stack, id: string): Promise<string> {
  return (await stack.request('GET', `/v1/claims/${id}`)).body.status;
}
