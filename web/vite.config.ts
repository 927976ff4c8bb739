import { defineConfig, type Rolldown } from 'vite';

/**
 * React Router and TanStack Query mark their modules "use client" (a React
 * Server Components hint, meaningless in this client-only bundle); Rolldown
 * warned about each, some 150 lines on every `npm start`, which read as a
 * broken build. Every other warning still shows.
 */
export function onBuildWarning(warning: Rolldown.RollupLog, warn: (warning: Rolldown.RollupLog) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return;
  warn(warning);
}

// No React plugin: Vite's own transform compiles TSX with the automatic JSX
// runtime, and the production build needs nothing else.
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline: the page's CSP allows scripts and styles from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: { onwarn: onBuildWarning },
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000', '/docs-json': 'http://127.0.0.1:3000' } },
});
