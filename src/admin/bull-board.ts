import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PrincipalResolver } from '../auth/index.js';
import { bearerToken } from '../auth/authorize.js';
import { errorBody } from '../common/http-error.js';
import { QueueService } from '../queue/index.js';

export const BULL_BOARD_PATH = '/admin/queues';
const COOKIE = 'claimtrail_board';

function cookieToken(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Bull Board is a plain Fastify plugin outside Nest's guards, so it checks
 * admins itself with the same resolver. A browser cannot send a bearer header
 * on page loads: `GET /admin/queues?token=<jwt>` stores the token in an
 * HttpOnly cookie limited to this path and redirects to the clean URL.
 */
export async function mountBullBoard(app: NestFastifyApplication): Promise<void> {
  const resolver = app.get(PrincipalResolver);
  const queues = app.get(QueueService);

  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: queues.allQueues().map((q) => new BullMQAdapter(q)),
    // @bull-board/fastify ships its own copy of @bull-board/api; the types differ, the runtime contract does not.
    serverAdapter: serverAdapter as never,
    options: { uiConfig: { boardTitle: 'claimtrail queues' } },
  });

  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const query = request.query as { token?: unknown };
        const fromQuery = typeof query?.token === 'string' ? query.token : null;
        const token = fromQuery ?? bearerToken(request.headers.authorization) ?? cookieToken(request.headers.cookie);
        if (!token) return reply.status(401).send(errorBody(401, 'admin sign-in required (Authorization: Bearer <token>)'));
        let principal;
        try {
          principal = await resolver.resolve(token);
        } catch {
          return reply.status(401).send(errorBody(401, 'invalid or expired access token'));
        }
        if (principal.kind !== 'user' || principal.role !== 'admin') {
          return reply.status(403).send(errorBody(403, 'the queue dashboard is for admins only'));
        }
        if (fromQuery) {
          const secure = request.protocol === 'https' ? '; Secure' : '';
          reply.header(
            'Set-Cookie',
            `${COOKIE}=${encodeURIComponent(token)}; Path=${BULL_BOARD_PATH}; HttpOnly; SameSite=Strict${secure}`,
          );
          return reply.redirect(BULL_BOARD_PATH, 303);
        }
      });
      await scope.register(serverAdapter.registerPlugin() as never, { prefix: BULL_BOARD_PATH });
    },
  );
}
