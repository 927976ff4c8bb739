import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookie.js';
import { errorResponseObject } from '../common/api-errors.decorator.js';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/webhook-events.js';
import { documentWebhookMessages } from '../webhooks/webhook-messages.openapi.js';
import { documentUuidPathParameters, documentValidationRules } from './validation-rules.js';

/**
 * The answers to methods no operation lists, said once for every path: a 405
 * belongs to no operation (the method has none at that path), so a response
 * validator finds no operation to hold it against rather than an undocumented
 * status, and a 405 or OPTIONS operation on every path would put a method the
 * API does not serve into every generated client.
 */
export const METHODS_NOT_LISTED =
  'Methods not listed for a path: `HEAD` answers wherever `GET` does, without the body; `OPTIONS` answers 204 with ' +
  '`Allow` naming the methods the path takes; any other method is 405 Method Not Allowed with the same `Allow` header ' +
  'and an error body. An unknown path is 404.';

/**
 * OpenAPI generated from the controllers and DTOs: UI at /docs, JSON at /docs-json. Built at the first request
 * for it and kept: building it cost every process start some 130 ms of CPU, and most never serve it.
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

/** The document itself; also written out for the review UI's generated API types. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('claimtrail')
    .setDescription(
      'Source-attribution fact-checking: submit articles, read their check-worthy claims and the outlets they cite. ' +
        'Authenticate with `Authorization: Bearer <token>`: a user access token from POST /v1/auth/login, ' +
        'or an API key (`ctk_...`) for newsroom systems. Errors are `{statusCode, error, message}`.\n\n' +
        METHODS_NOT_LISTED,
    )
    .setVersion('1')
    .addServer('/', 'this service')
    .addTag('articles', 'Submit articles (API keys with articles:write), read them, their claims, revisions and re-analysis')
    .addTag('claims', 'One claim with its sources, verdicts and corrections')
    .addTag('review', 'The verification workflow: inboxes, leases, grades, editors\' moves, claim history and queue counts')
    .addTag('outlets', 'The outlet registry, track records, merges and the queue of proposed names')
    .addTag('publication', 'ClaimReview JSON-LD and article reports')
    .addTag('webhooks', 'Webhook endpoints, their signing secrets, the delivery log and replay')
    .addTag('users', 'Accounts and roles (admins)')
    .addTag('api-keys', 'API keys for newsroom systems, with scopes (admins)')
    .addTag('auth', 'Sign-in: access tokens and the review UI\'s session')
    .addTag('health', 'Liveness and readiness probes')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'JWT access token or ctk_ API key' })
    .addCookieAuth(SESSION_COOKIE, {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: `The review UI's session (POST /v1/auth/session); writes also send \`${CSRF_HEADER}: 1\``,
    }, 'session')
    .build();
  const generated = documentRateLimitHeaders(
    documentCommonErrors(describeResponses(markOpenOperations(documentUuidPathParameters(app, SwaggerModule.createDocument(app, config))))),
  );
  const document = documentRequestIds(documentWebhookMessages(generated, WEBHOOK_EVENT_TYPES));
  const schemas = admitNulls(closeRequestBodies(document, documentValidationRules(app, document.components?.schemas ?? {})));
  return { ...document, components: { ...document.components, schemas } };
}

/** The header every answer carries, said once and referred to from each response. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Every answer, whatever its route or status, carries X-Request-Id (the
 * caller's own when sane, else a UUID), the id the service's log lines and
 * audit events carry: the one thing to quote when asking what happened to a
 * request. It was sent on every answer and in no response of the document.
 */
function documentRequestIds(document: OpenAPIObject): OpenAPIObject {
  const headers = {
    ...document.components?.headers,
    [REQUEST_ID_HEADER]: {
      description: "This request's id in the service's logs and audit trail: the caller's own X-Request-Id when it is sane, else a UUID",
      schema: { type: 'string' },
    },
  };
  for (const { operation } of operationsOf(document)) {
    for (const response of Object.values(operation.responses)) {
      if (!response || '$ref' in response) continue;
      response.headers = { ...response.headers, [REQUEST_ID_HEADER]: { $ref: `#/components/headers/${REQUEST_ID_HEADER}` } };
    }
  }
  return { ...document, components: { ...document.components, headers } };
}

type Schemas = NonNullable<OpenAPIObject['components']>['schemas'];

/**
 * OpenAPI 3.0's `nullable` only widens `type`: a validator still checks an
 * `enum` or a referenced schema against a null (3.0.3 made this explicit).
 * Nest writes nullable enums and nullable references that way, so null is
 * spelled out: added to the enum, or offered beside the reference.
 */
function admitNulls(schemas: NonNullable<Schemas>): NonNullable<Schemas> {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)])) as Record<string, unknown>;
    if (schema['nullable'] !== true) return schema;
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) return { ...schema, enum: [...schema['enum'], null] };
    const referenced = schema['allOf'];
    if (Array.isArray(referenced) && referenced.length === 1) {
      const { allOf: _allOf, type: _type, nullable: _nullable, ...rest } = schema;
      return { ...rest, anyOf: [referenced[0], { type: 'object', nullable: true, enum: [null] }] };
    }
    return schema;
  };
  return visit(schemas) as NonNullable<Schemas>;
}

/**
 * The schemas of request bodies, and of the objects inside them, admit no
 * other property: the validation pipe refuses one with 400 ("property x
 * should not exist"). Left open, a body with an extra property was valid by
 * the document, and a schema-driven test client sends such bodies.
 */
function closeRequestBodies(document: OpenAPIObject, schemas: NonNullable<Schemas>): NonNullable<Schemas> {
  const pending = [...operationsOf(document)].flatMap(({ operation }) => referencedSchemas(operation.requestBody));
  const closed = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = schemas[name] as Record<string, unknown> | undefined;
    if (closed.has(name) || !schema || schema['type'] !== 'object') continue;
    closed.add(name);
    schema['additionalProperties'] ??= false;
    pending.push(...referencedSchemas(schema['properties']));
  }
  return schemas;
}

function referencedSchemas(node: unknown): string[] {
  return [...JSON.stringify(node ?? {}).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
}

/**
 * A response declared by its type alone (@ApiOkResponse({ type })) gets an
 * empty description from Nest; it is the status's reason phrase instead
 * ("OK", "Created"), so that documentation and client generators show one.
 */
function describeResponses(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response && 'description' in response && !response.description) response.description = STATUS_CODES[status] ?? status;
    }
  }
  return document;
}

/**
 * Answers that come from outside the controllers, so no route declares them:
 * a body that is too large (413) or not uncompressed JSON (415) on every
 * write, a body or not (the body checks run before routing), the rate
 * limits (429: the per-address and per-key budgets cover every route but
 * the liveness probe), PostgreSQL or Redis down (503, from the exception
 * filter), the guard's 403 on every authenticated route: an API key
 * lacking the route's scope, any key on a route for users only, a cookie
 * write without the CSRF header; and the router's 414 for a path segment
 * over its limit where the path holds a parameter (src/bootstrap.ts). A
 * response validator checks statuses against the document.
 */
function documentCommonErrors(document: OpenAPIObject): OpenAPIObject {
  for (const { name, operation } of operationsOf(document)) {
    if (name === 'GET /health/live') continue;
    const statuses = [
      ...(mayCarryBody(name, operation) ? [413, 415] : []),
      ...(name.includes('{') ? [414] : []),
      ...(operation.security?.length ? [403] : []),
      429,
      503,
    ];
    for (const status of statuses) operation.responses[String(status)] ??= errorResponseObject(status);
  }
  return document;
}

/** The open route with no budget of its own draws from none, so the limiter sets no headers on it: liveness (never throttled). */
export const UNMETERED = ['GET /health/live'];

/** The headers the rate limiter sets on every answer of a limited route (src/auth/rate-limit). */
const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': {
    description: 'Requests the budget this request drew from allows per window (a submission draws from two: the one with fewer left)',
    schema: { type: 'integer', minimum: 1 },
  },
  'X-RateLimit-Remaining': { description: 'Requests left in that budget this window', schema: { type: 'integer', minimum: 0 } },
  'X-RateLimit-Reset': { description: 'Seconds until that budget is whole again', schema: { type: 'integer', minimum: 1 } },
};

/** The component of a rate-limit header, as sent always, or only maybe (on answers that may come before the limiter ran). */
const rateLimitComponent = (name: string, always: boolean) => (always ? name : `${name}-optional`);

/**
 * The rate limiter answers every limited request with X-RateLimit-Limit,
 * -Remaining and -Reset (the 429 too, beside Retry-After); the document said
 * nothing of them, so a client generated from it could not pace itself
 * before its first 429. Said on every answer of a route that can answer
 * 429: on the successes and the 429 always; on the other refusals as
 * optional, since a body refused before routing (malformed JSON, the body
 * limit) is answered before the limiter runs, and a 415 always is. Each is
 * described once, in components, and referred to from each response.
 */
function documentRateLimitHeaders(document: OpenAPIObject): OpenAPIObject {
  const headers: ComponentHeaders = { ...document.components?.headers };
  for (const [name, header] of Object.entries(RATE_LIMIT_HEADERS)) {
    headers[rateLimitComponent(name, true)] = { ...header, required: true };
    headers[rateLimitComponent(name, false)] = { ...header, required: false };
  }
  for (const { name, operation } of operationsOf(document)) {
    if (!operation.responses['429'] || UNMETERED.includes(name)) continue;
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!response || '$ref' in response || status === '415') continue;
      const always = status.startsWith('2') || status === '429';
      const refs = Object.keys(RATE_LIMIT_HEADERS).map((header) => [header, { $ref: `#/components/headers/${rateLimitComponent(header, always)}` }]);
      response.headers = { ...response.headers, ...Object.fromEntries(refs) };
    }
  }
  return { ...document, components: { ...document.components, headers } };
}

/**
 * The body checks run before routing, so a write that takes no body
 * (release, rotate-secret, reanalyze) still answers 413 or 415 to one sent
 * anyway (`curl -d '{}'` without a Content-Type sends a form).
 */
function mayCarryBody(name: string, operation: Operation): boolean {
  return Boolean(operation.requestBody) || !name.startsWith('GET ');
}

/**
 * Every authenticated operation names its scheme (@ApiBearerAuth on the
 * controller); the rest are open (sign-in, health) and say so with an empty
 * security list, so that no client or validator has to guess.
 */
function markOpenOperations(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) operation.security ??= [];
  return document;
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ComponentHeaders = NonNullable<NonNullable<OpenAPIObject['components']>['headers']>;

/** Every operation of the document (the methods the API serves), with its "METHOD /path". */
export function* operationsOf(document: OpenAPIObject): Generator<{ name: string; operation: Operation }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (operation) yield { name: `${method.toUpperCase()} ${path}`, operation };
    }
  }
}
