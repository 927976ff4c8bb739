import helmet from '@fastify/helmet';
import { DiscoveryService, MetadataScanner, NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { mountBullBoard } from './admin/bull-board.js';
import { AppModule } from './app.module.js';
import { registerPreBodyGate } from './auth/pre-body-gate.js';
import { stampRouteAccess } from './auth/route-access.js';
import { PrincipalResolver } from './auth/principal-resolver.service.js';
import { RateLimiter } from './auth/rate-limit/rate-limiter.service.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { jsonBodyParser, registerBodyChecks } from './common/body-checks.js';
import { answerClientError, answerUnmetExpectation } from './common/client-error.js';
import { registerExpectContinue } from './common/expect-continue.js';
import { registerHeaderChecks } from './common/header-checks.js';
import { errorBody, routerRefusal } from './common/http-error.js';
import { requestIdOf } from './common/logging.js';
import { UndeclaredInputInterceptor } from './common/undeclared-input.interceptor.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { runsApi, type AppConfig } from './config/index.js';
import { setupOpenApi } from './docs/openapi.js';
import { API_CACHE_CONTROL, API_CSP, SECURITY_HEADERS, SECURITY_HEADER_OPTIONS } from './common/api-answer-headers.js';
import { instrumentHttp } from './metrics/http-metrics.js';
import { isPrivateAnswerPath, isReservedPath } from './ui/reserved-paths.js';
import { serveUi } from './ui/serve-ui.js';

// Swagger UI and Bull Board are pages with inline scripts and styles of their own.
const UI_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: validator.swagger.io; frame-ancestors 'none'; base-uri 'self'";

// The review UI: our own bundled scripts and styles only, no inline code, no eval.
const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

// Fastify's default: the longest path parameter the router matches (a UUID is 36).
const MAX_PATH_SEGMENT = 100;

/** A tenth of the request timeout, between 100 ms and 1 s: checking costs a walk over open connections. */
function connectionsCheckingInterval(requestTimeoutMs: number): number {
  return Math.min(1000, Math.max(100, Math.round(requestTimeoutMs / 10)));
}

// Where those pages live: /docs (and its files), /docs-json, /admin/queues (and below), whole segments.
// A prefix match gave any path beginning with those letters ("/docsx": the review UI's index.html,
// signed in by its cookie) their policy, inline scripts allowed.
const INLINE_PAGES = /^\/(docs|docs-json|admin\/queues)(\/|\?|$)/;

function contentSecurityPolicy(url: string): string {
  if (INLINE_PAGES.test(url)) return UI_CSP;
  return isReservedPath(url) ? API_CSP : APP_CSP;
}

/**
 * Builds the Nest application for a validated config: Fastify, security
 * headers, body limit, error shape, validation, OpenAPI, Bull Board, metrics.
 * Used by main.ts, the end-to-end tests and the benchmark alike. `onRoute`
 * sees every route Fastify serves, Nest's and the plugins' (the
 * authorisation test lists them from it).
 */
export async function createApp(
  config: AppConfig,
  options: { onRoute?: (route: { method: string | string[]; url: string }) => void } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    // Behind a load balancer the client address is in X-Forwarded-For (rate limits per IP).
    trustProxy: config.http.trustProxy,
    return503OnClosing: true,
    // Fastify's defaults are 0, which also turns off Node's own request timeout:
    // a client trickling headers or a body would hold its socket forever.
    requestTimeout: config.http.requestTimeoutMs,
    // Node reads the request timeout when the server is built (Fastify sets it
    // on the server afterwards, which Node 26 never enforces: a client
    // trickling its body was cut off only by the idle timeout) and checks it
    // when it walks its connections, every 30 s by default.
    http: {
      requestTimeout: config.http.requestTimeoutMs,
      connectionsCheckingInterval: connectionsCheckingInterval(config.http.requestTimeoutMs),
      // Node answered an HTTP/1.1 request without Host with a bare 400 (no body); registerHeaderChecks refuses it in the error shape.
      requireHostHeader: false,
    },
    connectionTimeout: config.http.connectionTimeoutMs,
    requestIdHeader: false,
    genReqId: requestIdOf,
    // The router refuses a malformed URL or an over-long path segment before
    // any hook runs (no request id, no security headers); answer it here.
    // Under routerOptions: Fastify 5 warns (FSTDEP022) at every start when router options sit at the top level.
    routerOptions: { maxParamLength: MAX_PATH_SEGMENT },
    // Bytes Node's parser refused (no request exists) get the error shape too, with a reason.
    clientErrorHandler: answerClientError,
    frameworkErrors: (error: { code?: string }, request: FastifyRequest, reply: FastifyReply) => {
      const { status, message } = routerRefusal(error.code, MAX_PATH_SEGMENT);
      void reply
        .code(status)
        .headers(SECURITY_HEADERS)
        .header('X-Request-Id', request.id)
        .header('Content-Security-Policy', API_CSP)
        .header('Cache-Control', API_CACHE_CONTROL)
        .send(errorBody(status, message));
    },
  } as ConstructorParameters<typeof FastifyAdapter>[0]);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  fastify.server.on('checkExpectation', answerUnmetExpectation);
  registerExpectContinue(fastify);
  if (options.onRoute) fastify.addHook('onRoute', options.onRoute);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
  // Security headers everywhere; the content security policy is set below per path.
  await app.register(helmet, SECURITY_HEADER_OPTIONS);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    // A handler that serves a document of its own (the HTML report) sets the policy that document needs.
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', contentSecurityPolicy(request.url));
    // The API's answers (API keys, webhook secrets and tokens shown once, articles and grades read with the
    // browser's cookie) and the queue dashboard's (jobs' payloads), refusals too: a cache must keep none of them.
    if (isPrivateAnswerPath(request.url) && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', API_CACHE_CONTROL);
    done(null, payload);
  });
  registerHeaderChecks(fastify);
  registerBodyChecks(fastify);
  app.useBodyParser('application/json', { bodyLimit: config.http.bodyLimitBytes }, jsonBodyParser(fastify));
  instrumentHttp(app);
  const errors = new AllExceptionsFilter(config.http.bodyLimitBytes);
  app.useGlobalFilters(errors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new UndeclaredInputInterceptor());

  if (runsApi(config)) {
    // Before listen() registers the routes: each closed route carries its access for the gate.
    stampRouteAccess(app.get(DiscoveryService, { strict: false }), app.get(MetadataScanner), app.get(Reflector));
    registerPreBodyGate(fastify, {
      resolver: app.get(PrincipalResolver),
      limiter: app.get(RateLimiter),
      answer: (exception, request, reply) => errors.answer(exception, request, reply),
    });
    setupOpenApi(app);
    await mountBullBoard(app);
    await serveUi(app);
  }
  return app;
}
