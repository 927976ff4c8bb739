// Roles are stored as plain strings in the database and JWT, so a const object
// (not a TS enum) keeps `@Roles('admin')` and `@Roles(Role.Admin)` both valid.
export const Role = {
  Reviewer: 'reviewer',
  Editor: 'editor',
  Admin: 'admin',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
