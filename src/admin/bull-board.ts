import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PrincipalResolver } from '../auth/index.js';
import type { AccessTokenClaims } from '../auth/principal-resolver.service.js';
import { SessionRevocations } from '../auth/session-revocations.service.js';
import { bearerToken } from '../auth/authorize.js';
import { fromSameOrigin, overTls } from '../auth/session-cookie.js';
import { errorBody } from '../common/http-error.js';
import { QueueService } from '../queue/index.js';
import { UsersService } from '../users/users.service.js';
import { BULL_BOARD_PATH, boardSessionCookie, boardSessionToken } from './board-cookie.js';
import { SIGN_IN_PAGE } from './board-sign-in-page.js';

// Audiences no API token carries: a code or a board session is useless anywhere else.
const CODE_AUDIENCE = 'claimtrail-board-code';
const SESSION_AUDIENCE = 'claimtrail-board';
const CODE_SECONDS = 60;
const SESSION_SECONDS = 3600;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The stylesheet links of Bull Board's page to Google Fonts. */
const THIRD_PARTY_FONTS = /<link\b[^>]*\bhref="https:\/\/fonts\.googleapis\.com\/[^"]*"[^>]*>/g;

/**
 * What a code and a board session carry: the account and its session epoch, and the access token
 * that asked for the code (`sid`, its jti): signing that token out ends them too, and a board
 * session never outlives it (`sexp`, the token's expiry, in a code).
 */
interface BoardClaims {
  sub?: unknown;
  ep?: unknown;
  sid?: unknown;
  sexp?: unknown;
  /** A code's own id: a code opens one session (SessionRevocations.spend). */
  jti?: unknown;
  exp?: unknown;
}

/** When a verified code lapses (its `exp`), so that its spent mark is kept as long as it matters. */
const codeExpiry = (claims: BoardClaims) =>
  new Date((typeof claims.exp === 'number' ? claims.exp : Math.floor(Date.now() / 1000) + CODE_SECONDS) * 1000);

/**
 * Bull Board is a plain Fastify plugin outside Nest's guards, so it checks
 * admins itself. Scripts send the admin's bearer token. A browser signs in
 * without any secret in a URL: an admin asks for a one-minute, board-only
 * code (`POST /admin/queues/codes` with the bearer token), pastes it into
 * the sign-in page, which exchanges it by POST for an HttpOnly cookie
 * holding a one-hour board session (`Secure` and `__Secure-` over TLS), valid nowhere else.
 */
export async function mountBullBoard(app: NestFastifyApplication): Promise<void> {
  const resolver = app.get(PrincipalResolver);
  const jwt = app.get(JwtService, { strict: false });
  const users = app.get(UsersService, { strict: false });
  const queues = app.get(QueueService);
  const revocations = app.get(SessionRevocations, { strict: false });
  const signedOut = async (claims: BoardClaims) => typeof claims.sid === 'string' && (await revocations.isRevoked(claims.sid));

  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: queues.allQueues().map((q) => new BullMQAdapter(q)),
    // @bull-board/fastify ships its own copy of @bull-board/api; the types differ, the runtime contract does not.
    serverAdapter: serverAdapter as never,
    options: { uiConfig: { boardTitle: 'claimtrail queues' } },
  });

  const boardSessionAdmin = async (token: string): Promise<boolean> => {
    try {
      const claims = await jwt.verifyAsync<BoardClaims>(token, { audience: SESSION_AUDIENCE });
      const user = await users.findSessionUser(claims.sub, claims.ep);
      return user?.role === 'admin' && !(await signedOut(claims));
    } catch {
      return false;
    }
  };

  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(async (scope) => {
    scope.get(`${BULL_BOARD_PATH}/sign-in`, async (_request, reply) => reply.type('text/html').send(SIGN_IN_PAGE));

    scope.post(`${BULL_BOARD_PATH}/session`, async (request: FastifyRequest, reply: FastifyReply) => {
      const code = (request.body as { code?: unknown } | undefined)?.code;
      let claims: BoardClaims | null;
      try {
        claims = typeof code === 'string' ? await jwt.verifyAsync<BoardClaims>(code, { audience: CODE_AUDIENCE }) : null;
      } catch {
        claims = null;
      }
      const user = claims ? await users.findSessionUser(claims.sub, claims.ep) : null;
      const tokenLeft = typeof claims?.sexp === 'number' ? claims.sexp - Math.floor(Date.now() / 1000) : SESSION_SECONDS;
      const lifetime = Math.min(SESSION_SECONDS, tokenLeft);
      if (!claims || !user || user.role !== 'admin' || lifetime <= 0 || (await signedOut(claims))) {
        return reply.status(401).send(errorBody(401, 'invalid or expired sign-in code'));
      }
      if (typeof claims.jti !== 'string' || !(await revocations.spend(claims.jti, user.id, codeExpiry(claims)))) {
        return reply.status(401).send(errorBody(401, 'this sign-in code has been used: ask for a new one'));
      }
      const session = await jwt.signAsync({ sub: user.id, ep: user.sessionEpoch, sid: claims.sid }, { audience: SESSION_AUDIENCE, expiresIn: lifetime });
      reply.header('Set-Cookie', boardSessionCookie(session, lifetime, overTls(request)));
      return reply.status(204).send();
    });

    await scope.register(async (board) => {
      board.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const bearer = bearerToken(request.headers.authorization);
        if (bearer) {
          let principal;
          try {
            principal = await resolver.resolve(bearer);
          } catch {
            return reply.status(401).send(errorBody(401, 'invalid or expired access token'));
          }
          if (principal.kind !== 'user' || principal.role !== 'admin') {
            return reply.status(403).send(errorBody(403, 'the queue dashboard is for admins only'));
          }
          return;
        }
        const cookie = boardSessionToken(request.headers.cookie, overTls(request));
        if (cookie && (await boardSessionAdmin(cookie))) {
          // The board's own page cannot send the API's CSRF header, and SameSite=Strict still lets a
          // sibling origin of the same site (another port or subdomain) send the cookie: a write
          // (pause, clean, retry, promote) with the cookie must come from the board's own origin.
          if (SAFE_METHODS.has(request.method) || fromSameOrigin(request)) return;
          return reply.status(403).send(errorBody(403, 'Cross-origin write refused'));
        }
        return reply
          .status(401)
          .send(errorBody(401, `admin sign-in required: send a bearer token, or sign in at ${BULL_BOARD_PATH}/sign-in`));
      });

      // Bull Board's page asks Google Fonts for its typeface: the board's policy (style-src 'self') refused
      // it at every visit, logging the violation in the console, and the dashboard of the queues has no
      // business telling a third party when an admin opens it. The page goes without that link and shows
      // its fallback fonts.
      board.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) =>
        typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html') ? payload.replace(THIRD_PARTY_FONTS, '') : payload,
      );

      // Only a bearer token reaches here for codes: a board session cannot mint more sessions.
      board.post(`${BULL_BOARD_PATH}/codes`, async (request: FastifyRequest, reply: FastifyReply) => {
        const bearer = bearerToken(request.headers.authorization);
        if (!bearer) return reply.status(401).send(errorBody(401, 'send your access token as a bearer token'));
        const principal = await resolver.resolve(bearer);
        const user = principal.kind === 'user' ? await users.findActiveForAuth(principal.userId) : null;
        if (!user) return reply.status(401).send(errorBody(401, 'send your access token as a bearer token'));
        // Verified by the resolver just above: read for the token's id and expiry.
        const token = jwt.decode<AccessTokenClaims>(bearer);
        const claims: BoardClaims = { sub: user.id, ep: user.sessionEpoch, sid: token.jti, sexp: token.exp };
        const code = await jwt.signAsync(claims, { audience: CODE_AUDIENCE, expiresIn: CODE_SECONDS, jwtid: randomUUID() });
        return reply.status(201).send({ code, expiresIn: CODE_SECONDS, signIn: `${BULL_BOARD_PATH}/sign-in` });
      });

      await board.register(serverAdapter.registerPlugin() as never, { prefix: BULL_BOARD_PATH });
    });
  });
}
