import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the browser UI into web/dist, which `hearback serve` serves as static files. The server's
 * Content-Security-Policy allows only same-origin scripts and styles, so the build must emit no inline
 * script or style: the module-preload polyfill (an inline script in some setups) is off, and CSS is always a
 * separate file.
 */
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // `npm run dev:web` serves the UI with live reload and passes /api to a running `hearback serve`.
  server: {
    port: 5173,
    strictPort: false,
    proxy: { '/api': { target: process.env['HEARBACK_URL'] ?? 'http://127.0.0.1:4720', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    sourcemap: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
  },
});
