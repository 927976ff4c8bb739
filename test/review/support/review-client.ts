// Moved to test/support/; kept for suites on branches that still import it from here.
export { PrivatePostgres } from '../../support/postgres-cluster.js';
export { PrivateRedis } from '../../support/redis.js';
export { createPerson, grade, gradeFor, next, reviewTeam, seedArticle, submitAndRoute, waitUntilSettled, type Person } from '../../support/review.js';
export { waitFor } from '../../support/wait-for.js';
