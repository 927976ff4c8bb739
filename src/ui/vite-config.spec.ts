import { onBuildWarning } from '../../web/vite.config.js';

// Every `npm start` builds the UI: Rolldown's "use client" notices about React Router and
// TanStack Query (some 150 lines) read to a newcomer as a broken build.
describe('the UI build', () => {
  const forwarded = (code: string, message: string) => {
    const warned: string[] = [];
    onBuildWarning({ code, message }, (warning) => warned.push(warning.message));
    return warned;
  };

  it('drops the "use client" directive notices of its libraries', () => {
    const message = 'The semantics of the module level directive "use client" in "node_modules/react-router/dist/development/index.mjs" may not be preserved when bundling.';
    expect(forwarded('MODULE_LEVEL_DIRECTIVE', message)).toEqual([]);
  });

  it('shows every other warning', () => {
    expect(forwarded('MODULE_LEVEL_DIRECTIVE', 'module level directive "use strict" ...')).toHaveLength(1);
    expect(forwarded('CIRCULAR_DEPENDENCY', 'a -> b -> a')).toEqual(['a -> b -> a']);
  });
});
