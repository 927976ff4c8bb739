// The auth contract the rest of the app codes against.
export { AuthModule } from './auth.module.js';
export { AllowApiKey, CurrentPrincipal, Public, Roles, RolesOrApiKey } from './decorators.js';
export { principalOf, type Principal } from './principal.js';
export { PrincipalResolver } from './principal-resolver.service.js';
export { requestToken } from './session-cookie.js';
export { Role, ROLES, isRole } from './role.js';
export { Budget } from './rate-limit/rate-limit.policy.js';
export { RateBudget } from './rate-limit/rate-limiter.service.js';
