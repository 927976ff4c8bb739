import { defineConfig } from 'vite';

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
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000', '/docs-json': 'http://127.0.0.1:3000' } },
});
