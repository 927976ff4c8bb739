import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../common/http-error.js';
import { isClientRoute } from './reserved-paths.js';

/** The GET route that answers every path no other route serves: index.html, or a 404 for a reserved path. */
export const UI_FALLBACK_ROUTE = '/*';

/** Built by `npm run build` (vite) next to the API's own build output. */
export const UI_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serves the review UI at `/`: hashed assets cached for a year, index.html
 * never cached, and any other client-side route answered with index.html.
 * Without a build (API-only development) the service runs without the UI.
 */
export async function serveUi(app: NestFastifyApplication, root = UI_ROOT): Promise<boolean> {
  if (!existsSync(`${root}/index.html`)) return false;
  await registerUi(app.getHttpAdapter().getInstance(), root);
  return true;
}

/** The UI's routes on a Fastify instance: its files under `root`, and the fallback to index.html. */
export async function registerUi(fastify: FastifyInstance, root: string): Promise<void> {
  await fastify.register(fastifyStatic as never, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    // Vite names assets by content hash, so they never change under their name.
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    if (!isClientRoute(request.url)) return reply.status(404).send(errorBody(404, `Cannot ${request.method} ${request.url.split('?')[0]}`));
    return reply.sendFile('index.html');
  };
  fastify.get('/', page);
  fastify.get(UI_FALLBACK_ROUTE, page);
}
