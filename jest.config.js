// Native ESM: NestJS 12 and most of our dependencies are ESM-only, and Jest
// loads them only in its ESM mode (--experimental-vm-modules).
// `npm test` runs tsc and ESLint before Jest: swc strips types without checking them.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
}];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
export default {
  // Each e2e suite boots a service or migrates a fresh database: on a shared, busy machine that alone
  // can take over Jest's default 5 s. A global option: Jest ignores testTimeout inside a project.
  testTimeout: 60_000,
  // Every failed test listed again at the end of a run, however few suites ran (Jest's threshold is
  // 20 suites): a run's last lines, which may be all a CI log keeps, then name what failed.
  reporters: [['default', { summaryThreshold: 0 }]],
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      // A project's globalSetup runs only when the run includes that project's tests:
      // a unit run compiles no service.
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-setup.ts'],
    },
  ],
};
