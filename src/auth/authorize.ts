import { ownArticlesConflict } from '../api-keys/api-key-scope.js';
import type { Principal } from './principal.js';
import type { Role } from './role.js';

export interface RoutePolicy {
  allowApiKey: boolean;
  /** The scope an API key needs here; none means no key may call it. */
  scope?: string;
  /** Empty or undefined: any active user. */
  roles?: readonly Role[];
  /** Declared with the roles (`@RolesOrApiKey`): API keys holding it pass despite them. */
  keyScopeBesideRoles?: string;
}

/**
 * The authorisation decision for an authenticated caller, kept pure so the
 * whole table can be unit-tested. Returns the 403 message, or null to allow.
 */
export function denialReason(principal: Principal, policy: RoutePolicy): string | null {
  const roles = policy.roles ?? [];
  if (principal.kind === 'api-key') {
    const besideRoles = roles.length > 0 ? policy.keyScopeBesideRoles : undefined;
    if (besideRoles) {
      if (!principal.scopes.includes(besideRoles)) return `This API key lacks the scope ${besideRoles}`;
      // Keys made before creation refused the combination still hold it.
      return ownArticlesConflict(besideRoles, principal.ownArticlesOnly);
    }
    if (!policy.allowApiKey) return 'API keys may not call this endpoint';
    if (roles.length > 0) return 'This endpoint requires a user with one of the roles: ' + roles.join(', ');
    if (!policy.scope) return 'API keys may not call this endpoint';
    if (!principal.scopes.includes(policy.scope)) return `This API key lacks the scope ${policy.scope}`;
    return ownArticlesConflict(policy.scope, principal.ownArticlesOnly);
  }
  if (roles.length > 0 && !roles.includes(principal.role)) {
    return 'This endpoint requires one of the roles: ' + roles.join(', ');
  }
  return null;
}

/** Extracts the token from `Authorization: Bearer <token>`; null when absent or malformed. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1] : null;
}
