import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';

// The e2e suites run real services, PostgreSQL, Redis and Chromium side by
// side on a shared two-core machine, so a step can now and then miss a
// deadline it meets on every other run. Such a test runs once more; the
// first attempt's error is still printed, so a flaky test shows in the log
// and is mended rather than hidden, and a test that fails twice fails the run.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

// Suites that migrate or boot Nest in this process (the service's own
// processes log at LOG_LEVEL=warn already): their LOG lines, a hundred per
// run of migrations applied and reverted, would bury the run's last lines,
// where a CI log that keeps only its tail shows what failed.
Logger.overrideLogger(['warn', 'error', 'fatal']);
