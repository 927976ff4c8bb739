// The lint half of the gate (`npm test` runs tsc, then this, then Jest).
// Type-aware rules catch what swc-jest and tsc let through: a promise nobody
// awaits (a lost error, a job that races its transaction), a promise passed
// where its result is ignored, a switch over a union that forgets a member.
// The import-cycle rule keeps module load order well defined (type-only
// imports are exempt: they are gone at run time). It follows our own modules
// only (ignoreExternal): a package cannot import ours, so no cycle runs
// through one, and walking node_modules took 30 of the lint's 75 s.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // schema.d.ts is generated from the OpenAPI document (npm run gen:api; a test fails when it is stale).
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.ci/', 'web/dist/', '.test-build/', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the imported .ts files with the TypeScript parser and
      // maps `./x.js` specifiers to their `./x.ts` sources.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],

      // Rows from raw SQL, parsed JSON bodies and job payloads are `any` by
      // nature here; the checks that matter are made where they are used.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Async stand-ins for async interfaces (test doubles, stores) have nothing to await.
      '@typescript-eslint/require-await': 'off',
      // Static factories passed by reference (`items.map(View.of)`) use no `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Input validation matches control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A hook after an early return runs on some renders only: React then fails
    // the whole page ("Rendered fewer hooks than expected").
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    // Ambient declarations name what they declare without using it.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
]);
