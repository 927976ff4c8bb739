import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { validate } from '@readme/openapi-parser';
import { BadRequestException, type INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { createValidationPipe } from '../common/validation.pipe.js';
import { loadConfig } from '../config/index.js';
import { REQUEST_ID_HEADER, UNMETERED, buildOpenApiDocument, operationsOf } from './openapi.js';

// The routes anyone may call: signing in and out, and the health probes.
const OPEN = ['DELETE /v1/auth/session', 'GET /health/live', 'GET /health/ready', 'POST /v1/auth/login', 'POST /v1/auth/session'];

type Dto = new () => object;

/** The controllers' parameter classes by name: the request bodies' DTOs, as the document names their schemas. */
function parameterClasses(app: INestApplication): Map<string, Dto> {
  const classes = new Map<string, Dto>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: object } | null)?.prototype;
      for (const method of prototype ? Object.getOwnPropertyNames(prototype) : []) {
        for (const type of (Reflect.getMetadata('design:paramtypes', prototype!, method) as unknown[] | undefined) ?? []) {
          if (typeof type === 'function') classes.set(type.name, type as Dto);
        }
      }
    }
  }
  return classes;
}

/** What the validation pipe says of a body: its message, or 'valid'. */
async function pipeMessage(metatype: Dto, body: Record<string, unknown>): Promise<string> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    return String(((error as BadRequestException).getResponse() as { message: unknown }).message);
  }
  return 'valid';
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  let dtos: Map<string, Dto>;

  beforeAll(async () => {
    // Preview mode scans controllers and DTOs and connects to nothing.
    const config = loadConfig({ APP_ROLE: 'api', NODE_ENV: 'development', LOG_LEVEL: 'silent' });
    const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false });
    document = buildOpenApiDocument(app);
    dtos = parameterClasses(app);
    await app.close();
  }, 60_000);

  it('is valid OpenAPI to a third-party validator (schema and references)', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('describes every response', () => {
    const undescribed: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response && !('$ref' in response) && !response.description) undescribed.push(`${name} ${status}`);
      }
    }
    expect(undescribed).toEqual([]);
    // Every tag an operation carries is declared, with a description, so the document's sections are named.
    const used = new Set([...operationsOf(document)].flatMap(({ operation }) => operation.tags ?? []));
    expect([...used].filter((tag) => !document.tags?.some((t) => t.name === tag && t.description))).toEqual([]);
    expect(document.paths['/v1/articles/{id}']?.get?.responses['200']).toMatchObject({ description: 'OK' });
  });

  it('documents every error answer as the JSON it is, whatever the route produces when it succeeds', () => {
    // The exception filter answers errors as application/json on every route, the
    // event stream and the Markdown/HTML report included; a client generated from
    // the document must not expect an error as text/event-stream.
    const wrong: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        const types = Object.keys(response.content ?? {});
        if (types.length !== 1 || types[0] !== 'application/json') wrong.push(`${name} ${status}: ${types.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents a text answer as a string, and only JSON answers by a JSON schema', () => {
    // A generator types each media type by its schema: the report's Markdown and HTML
    // were documented as the JSON report object, so a typed client read an object
    // where the service sends text.
    const wrong: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || '$ref' in response) continue;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          const isJson = type === 'application/json' || type.endsWith('+json');
          const schema = (media.schema ?? {}) as { type?: string };
          if (!isJson && schema.type !== 'string') wrong.push(`${name} ${status} ${type}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(document.paths['/v1/articles/{id}/report']?.get?.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ReportDto' } } },
    });
  });

  it('documents the answers no controller declares: 413 and 415 for bodies, 429 and 503 everywhere but liveness', () => {
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      if (name === 'GET /health/live') continue;
      // Every write, with a body or not: the body checks answer before routing.
      const expected = [...(operation.requestBody || !name.startsWith('GET ') ? ['413', '415'] : []), '429', '503'];
      for (const status of expected) if (!operation.responses[status]) missing.push(`${name} ${status}`);
    }
    expect(missing).toEqual([]);
  });

  it('documents 414 wherever a path holds a parameter: the router refuses a segment over 100 characters there', () => {
    // POST /v1/claims/<101 characters>/release answered 414, which no operation listed.
    const missing = [...operationsOf(document)]
      .filter(({ name, operation }) => name.includes('{') && !operation.responses['414'])
      .map(({ name }) => name);
    expect(missing).toEqual([]);
    expect(document.paths['/v1/claims/{id}/release']?.post?.responses['414']).toMatchObject({
      content: { 'application/json': { example: { statusCode: 414, error: 'URI Too Long' } } },
    });
    expect(document.paths['/v1/articles']?.get?.responses['414']).toBeUndefined();
  });

  it('says once, for every path, how methods no operation lists are answered (405 with Allow, OPTIONS, HEAD)', () => {
    expect(document.info.description).toContain('`OPTIONS` answers 204 with `Allow`');
    expect(document.info.description).toContain('405 Method Not Allowed with the same `Allow` header');
    // Not per operation: no operation answers 405, and no path lists OPTIONS or HEAD as an operation.
    expect([...operationsOf(document)].filter(({ operation }) => operation.responses['405']).map(({ name }) => name)).toEqual([]);
    expect(Object.entries(document.paths).filter(([, item]) => item.options || item.head).map(([path]) => path)).toEqual([]);
  });

  it('documents 403 wherever the guard or the CSRF check may answer it', () => {
    // An API key lacking a read route's scope (GET /v1/articles with an articles:write key),
    // any key on a route for users only, a sign-out by cookie without the CSRF header.
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      if ((operation.security?.length || name === 'DELETE /v1/auth/session') && !operation.responses['403']) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  it('documents every number a request carries as the integer the service requires', () => {
    // limit=1.5 or a span ending at 2.5 is refused (400): a document saying "number" lets a
    // validator or a generated client send one and call the refusal a bug.
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { type?: string }> }>;
    const fractional: string[] = [];
    const seen = new Set<string>();
    const visitSchema = (name: string, where: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const [property, schema] of Object.entries(schemas[name]?.properties ?? {})) {
        if (schema.type === 'number') fractional.push(`${where}: ${name}.${property}`);
        for (const ref of JSON.stringify(schema).matchAll(/#\/components\/schemas\/(\w+)/g)) visitSchema(ref[1], where);
      }
    };
    for (const { name, operation } of operationsOf(document)) {
      for (const parameter of operation.parameters ?? []) {
        if ('schema' in parameter && parameter.schema && 'type' in parameter.schema && parameter.schema.type === 'number') fractional.push(`${name}: ${parameter.name}`);
      }
      const body = JSON.stringify(operation.requestBody ?? {});
      for (const ref of body.matchAll(/#\/components\/schemas\/(\w+)/g)) visitSchema(ref[1], name);
    }
    expect(fractional).toEqual([]);
  });

  it('documents every count, offset, position, revision and status code an answer carries as an integer', () => {
    // A generator types "number" as a float (Java's Double, Go's float64, Python's float):
    // a client generated from the document read a revision, a page's total or an HTTP
    // status as 2.0. Only these are fractions: scores and ratios between 0 and 1.
    const FRACTIONS = new Set(['checkworthiness', 'confidence', 'precision', 'recall']);
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { type?: string; items?: { type?: string } }> }>;
    const wrong: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [property, value] of Object.entries(schema.properties ?? {})) {
        const type = value.type === 'array' ? value.items?.type : value.type;
        if (type === 'number' && !FRACTIONS.has(property)) wrong.push(`${name}.${property}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents the Idempotency-Key the service takes: 1 to 255 visible ASCII characters', () => {
    // Documented as any string, a 300-character or non-ASCII key was a valid request by the document and a 400 by the service.
    for (const operation of [document.paths['/v1/articles']?.post, document.paths['/v1/articles/{id}']?.put]) {
      const header = operation?.parameters?.find((p) => 'name' in p && p.name === 'Idempotency-Key');
      expect(header).toMatchObject({ in: 'header', schema: { type: 'string', minLength: 1, maxLength: 255 } });
      const pattern = new RegExp((header as { schema: { pattern: string } }).schema.pattern);
      expect(['demo-1', '~!'.repeat(10)].every((key) => pattern.test(key))).toBe(true);
      expect(['a b', 'clé', ''].some((key) => pattern.test(key))).toBe(false);
    }
  });

  it('documents the length, pattern and list rules a request body is checked against', () => {
    // Documented as any string, an empty title or a 300-character slug was a valid request by the
    // document that the service refused with 400; a validator or a generated client took the document's word.
    const property = (schema: string, name: string) =>
      (document.components?.schemas?.[schema] as { properties: Record<string, Record<string, unknown>> }).properties[name];
    expect(property('SubmitArticleDto', 'title')).toMatchObject({ minLength: 1, maxLength: 1000 });
    expect(property('SubmitArticleDto', 'externalId')).toMatchObject({ minLength: 1, maxLength: 200 });
    expect(property('ReviseArticleDto', 'title')).toMatchObject({ minLength: 1, maxLength: 1000 });
    expect(property('CreateOutletDto', 'slug')).toMatchObject({ maxLength: 100, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
    expect(property('CreateOutletDto', 'country')).toMatchObject({ pattern: '^([A-Z]{2}|INT)$' });
    expect(property('CreateOutletDto', 'aliases')).toMatchObject({ maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 200 } });
    // Names are one line with something visible in them (IsOneLineName).
    const name = new RegExp((property('CreateOutletDto', 'name') as { pattern: string }).pattern);
    expect(['Ukrainska Pravda', 'هيئة الإذاعة', 'A'].every((n) => name.test(n))).toBe(true);
    expect(['Ctrl\nNews', '   ', 'x\u202e', 'Esc\u001b'].some((n) => name.test(n))).toBe(false);
    expect(property('CreateOutletDto', 'aliases')).toMatchObject({ items: { pattern: name.source } });
    expect(property('CreateApiKeyDto', 'name')).toMatchObject({ pattern: name.source });
    expect(property('CreateWebhookDto', 'events')).toMatchObject({ minItems: 1, uniqueItems: true });
    expect(property('CreateApiKeyDto', 'scopes')).toMatchObject({ minItems: 1, uniqueItems: true });
    expect(property('CreateApiKeyDto', 'name')).toMatchObject({ minLength: 1, maxLength: 100 });
    expect(property('SubmitReviewDto', 'evidence')).toMatchObject({ maxItems: 50 });
    expect(property('CorrectedSourceDto', 'name')).toMatchObject({ minLength: 1, maxLength: 200 });
    // What a decorator says itself stands.
    expect(property('CreateUserDto', 'password')).toMatchObject({ minLength: 12, maxLength: 256 });
  });

  it('marks nullable exactly the request body fields that take null', async () => {
    // An outlet's country is cleared with null, and the service took it, but the document did not say
    // nullable: a client validating against it refused to send the request the Administration screen sends.
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { nullable?: boolean }> }>;
    const bodies = new Set([...operationsOf(document)].flatMap(({ operation }) => referencedSchemaNames(operation.requestBody)));
    const wrong: string[] = [];
    for (const name of bodies) {
      const dto = dtos.get(name);
      if (!dto) {
        wrong.push(`${name}: no request class of that name`);
        continue;
      }
      for (const [property, schema] of Object.entries(schemas[name]?.properties ?? {})) {
        const refused = (await pipeMessage(dto, { [property]: null })).includes(`${property} must not be null`);
        if (refused === Boolean(schema.nullable)) wrong.push(`${name}.${property}: ${schema.nullable ? 'nullable, but null is refused' : 'not nullable, but null is taken'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(schemas['UpdateOutletDto'].properties?.['country']).toMatchObject({ nullable: true });
  });

  it('closes request bodies to the properties their classes have, as the validation pipe does', () => {
    // A body with an extra property is refused with 400 ("property x should not exist"); left open,
    // it was valid by the document, and schema-driven test clients send such bodies.
    const schemas = document.components?.schemas as Record<string, { additionalProperties?: unknown }>;
    for (const name of ['SubmitArticleDto', 'ReviseArticleDto', 'SubmitReviewDto', 'EvidenceDto', 'CorrectSourcesDto', 'CorrectedSourceDto', 'SpanDto', 'LoginDto']) {
      expect([name, schemas[name].additionalProperties]).toEqual([name, false]);
    }
    expect(schemas['ArticleResponse'].additionalProperties).toBeUndefined();
  });

  it('documents the headers clients page and back off by: X-Total-Count and Link, Retry-After on 429 and 503', () => {
    // The rate-limit headers every limited answer carries are checked below.
    const own = (headers: object | undefined) =>
      Object.keys(headers ?? {}).filter((h) => !h.startsWith('X-RateLimit-') && h !== REQUEST_ID_HEADER).sort();
    const claims = document.paths['/v1/articles/{id}/claims']?.get?.responses['200'] as { headers?: Record<string, unknown> };
    expect(own(claims.headers)).toEqual(['Link', 'X-Total-Count']);
    // A submission's answers: where the article is, and whether this answer is a replay of an earlier one.
    for (const operation of [document.paths['/v1/articles']?.post, document.paths['/v1/articles/{id}']?.put]) {
      const headersOf = (status: string) => own((operation?.responses[status] as { headers?: object }).headers);
      expect([headersOf('202'), headersOf('200')]).toEqual([['Location'], ['Idempotent-Replayed', 'Location']]);
    }
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const status of ['429', '503']) {
        const response = operation.responses[status] as { headers?: Record<string, unknown> } | undefined;
        // Readiness answers its own 503 (which checks failed) to probes, not to clients that retry.
        if (name === 'GET /health/ready' && status === '503') continue;
        if (response && !response.headers?.['Retry-After']) missing.push(`${name} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents the rate-limit headers on the answers of every rate-limited route', () => {
    // Sent on every limited answer, they were in no document: a client could not see its budget run down.
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      if (!operation.responses['429'] || UNMETERED.includes(name)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        // A 415 is answered before routing, so before the limiter.
        if (status === '415') continue;
        const declared = (response as { headers?: Record<string, { required?: boolean; $ref?: string }> }).headers ?? {};
        // Each is said once in components and referred to from the response.
        const headers = Object.fromEntries(
          Object.entries(declared).map(([h, header]) => [h, header.$ref ? document.components?.headers?.[header.$ref.split('/').pop()!] as { required?: boolean } : header]),
        );
        const names = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
        if (!names.every((h) => h in headers)) missing.push(`${name} ${status}`);
        // The refusals (a 404, a 401 ...) carry them too, but a body refused before routing does not.
        const always = status.startsWith('2') || status === '429';
        if (names.some((h) => headers[h] && (headers[h].required === false) === always)) missing.push(`${name} ${status}: required should be ${always}`);
      }
    }
    expect(missing).toEqual([]);
    // Liveness draws from no budget and gets no such headers, so none are promised there; signing out draws from the address's.
    const headersOf = (response: unknown) => Object.keys((response as { headers?: object }).headers ?? {}).sort();
    expect(headersOf(document.paths['/health/live']?.get?.responses['200'])).toEqual([REQUEST_ID_HEADER]);
    expect(headersOf(document.paths['/v1/auth/session']?.delete?.responses['204'])).toEqual(
      expect.arrayContaining(['Set-Cookie', REQUEST_ID_HEADER, 'X-RateLimit-Remaining']),
    );
  });

  it('documents who-is-signed-in as answering a request without credentials: no security is one of its choices, user may be null', () => {
    const operation = document.paths['/v1/auth/session']?.get;
    expect(operation?.security).toEqual(expect.arrayContaining([{ session: [] }, { bearer: [] }, {}]));
    expect(operation?.responses['401']).toBeDefined();
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { anyOf?: unknown[] }> }>;
    expect(schemas['SessionView']?.properties?.['user']?.anyOf).toEqual(expect.arrayContaining([expect.objectContaining({ enum: [null] })]));
  });

  it('documents the Bearer challenge on every 401, and where the article is on every accepted analysis', () => {
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      const unauthorized = operation.responses['401'] as { headers?: object } | undefined;
      if (unauthorized && !('WWW-Authenticate' in (unauthorized.headers ?? {}))) missing.push(`${name} 401`);
    }
    expect(missing).toEqual([]);
    const reanalyzed = document.paths['/v1/articles/{id}/reanalyze']?.post?.responses['202'] as { headers?: object };
    expect(Object.keys(reanalyzed.headers ?? {})).toContain('Location');
  });

  it('documents every id in a path as the UUID the service requires (400 otherwise)', () => {
    const loose: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const parameter of (operation.parameters ?? []) as { in: string; name: string; schema?: { format?: string; enum?: unknown[] } }[]) {
        if (parameter.in !== 'path') continue;
        // The review stage is a word from its list, not an id.
        const expected = parameter.name === 'stage' ? undefined : 'uuid';
        if (parameter.schema?.format !== expected) loose.push(`${name} ${parameter.name}: ${parameter.schema?.format}`);
      }
    }
    expect(loose).toEqual([]);
    expect(document.paths['/v1/review/{stage}/next']?.post?.parameters).toContainEqual(
      expect.objectContaining({ name: 'stage', schema: expect.objectContaining({ enum: expect.arrayContaining(['source_check']) }) }),
    );
  });

  it('documents the request id on every answer of every operation', () => {
    const missing: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!(REQUEST_ID_HEADER in ((response as { headers?: object }).headers ?? {}))) missing.push(`${name} ${status}`);
      }
    }
    expect(missing).toEqual([]);
    expect(document.components?.headers?.[REQUEST_ID_HEADER]).toMatchObject({ schema: { type: 'string' } });
  });

  it('states the security of every operation: a scheme, or open for sign-in and health only', () => {
    const open: string[] = [];
    for (const { name, operation } of operationsOf(document)) {
      expect(operation.security).toBeDefined();
      if (operation.security!.length === 0) open.push(name);
    }
    expect(open.sort()).toEqual(OPEN);
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['bearer', 'session']);
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});

function referencedSchemaNames(node: unknown): string[] {
  return [...JSON.stringify(node ?? {}).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
}
