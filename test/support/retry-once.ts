import { jest } from '@jest/globals';

// The e2e suites run real services, PostgreSQL, Redis and Chromium side by
// side on a shared two-core machine, so a step can now and then miss a
// deadline it meets on every other run. Such a test runs once more; the
// first attempt's error is still printed, so a flaky test shows in the log
// and is mended rather than hidden, and a test that fails twice fails the run.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
