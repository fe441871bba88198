import { join } from 'node:path';
import staticFiles from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA when WEB_DIST_DIR is set. Unknown non-/api paths fall back to index.html
 * (see the not-found handler) so client-side routes survive a reload.
 */
export default fp(
  async (app, options: { root: string }) => {
    await app.register(staticFiles, {
      root: options.root,
      wildcard: true,
      index: ['index.html'],
      // Our setHeaders decides caching; the plugin's own max-age=0 would overwrite it.
      cacheControl: false,
      setHeaders(res, path) {
        // Vite fingerprints everything under assets/; index.html must be revalidated to pick up new builds.
        res.setHeader(
          'cache-control',
          path.startsWith(join(options.root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  },
  { name: 'static' },
);
