// Moved to test/support/; kept for suites on branches that still import it from here.
export { ADMIN } from '../../support/admin.js';
export { freePort } from '../../support/processes.js';
export { REDIS_URL, deleteRedisKeys } from '../../support/redis.js';
export { AppProcess, Stack, type Response } from '../../support/stack.js';
export { sleep } from '../../support/wait-for.js';
