/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the SPA calls /api on its own origin, as in production where the BFF serves it;
// the dev server forwards those calls to the BFF (PORT, default 3000).
const bffPort = process.env.PORT ?? '3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: `http://127.0.0.1:${bffPort}`, changeOrigin: false } },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      // The contract modules only declare schemas: one that no code of a chunk uses can be left out
      // of it, so the shell does not carry every area's schemas for the few it validates with.
      treeshake: {
        moduleSideEffects: (id) => !/[\\/]packages[\\/]contracts[\\/]src[\\/]/.test(id),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            // The form libraries: loaded by the login page and the pages with forms, not by the shell.
            { name: 'forms', test: /node_modules[\\/](\.pnpm[\\/])?(react-hook-form|@hookform)/ },
            // The shell's libraries (data, translations, schemas) in one vendor chunk. The rest (forms
            // above, the virtualiser, the UI primitives, the table, toasts) load with the lazy pages
            // and the lazy parts of the shell (drawer, toaster) that use them.
            // The selector variant of use-sync-external-store is the chart's (Recharts' store), not the shell's.
            {
              name: 'vendor',
              test: /^(?!.*with-selector).*node_modules[\\/](\.pnpm[\\/])?(@tanstack[\\/+]react-query|@tanstack[\\/+]query-core|i18next|react-i18next|html-parse-stringify|void-elements|zod|use-sync-external-store)[@\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
