import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

interface Operation {
  responses: Record<
    string,
    {
      content?: Record<string, { schema?: unknown; example?: unknown }>;
      headers?: Record<string, Header & { $ref?: string }>;
    }
  >;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, { value?: unknown }> }> };
  callbacks?: Record<string, Record<string, Record<string, Operation>>>;
}
interface Header {
  required?: boolean;
  schema?: { type?: string };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; headers?: Record<string, Header> };
}

/**
 * The headers the API sets for clients to act on (page, back off, follow,
 * authenticate, dedupe, quote in a support request): each one sent must be in
 * the document, or a client generated from it never reads it. Transport and
 * security headers (helmet's) are left out.
 */
const CLIENT_HEADERS = [
  'location', 'retry-after', 'www-authenticate', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset',
  'idempotent-replayed', 'link', 'x-total-count', 'etag', 'last-modified', 'set-cookie', 'x-request-id',
];

/** Points the document's local references at the copy of its components registered with Ajv. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
}

/**
 * Checks real responses against what the OpenAPI document promises for the
 * route and status: the status is documented, and a JSON body matches the
 * documented schema (OpenAPI's `nullable` included).
 */
export class ResponseConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly templates: { template: string; pattern: RegExp; params: number }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: rebase(document.components ?? {}) });
    this.templates = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      // The most literal template wins: /v1/review/escalated/next before /v1/review/{stage}/next.
      .sort((a, b) => a.params - b.params);
  }

  /**
   * What is wrong with this response, as sentences; empty when it matches the
   * document. With its headers, also its media type (one the status documents)
   * and the headers the status documents (each sent, unless `required: false`,
   * and an integer where it says so), and no header a client acts on that it
   * does not document.
   */
  problems(method: string, url: string, status: number, body: unknown, headers?: Headers): string[] {
    const path = new URL(url, 'http://x').pathname;
    const route = this.templates.find((t) => t.pattern.test(path));
    const where = `${method} ${path} → ${status}`;
    if (!route) return [`${where}: no documented path`];
    const operation = this.document.paths[route.template][method.toLowerCase()];
    if (!operation) return [`${where}: method not documented for ${route.template}`];
    const response = operation.responses[String(status)] ?? operation.responses['default'];
    if (!response) return [`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    const headerProblems = headers ? this.headerProblems(where, response, headers, body) : [];
    const schema = response.content?.['application/json']?.schema;
    if (!schema || body === undefined || body === null || typeof body === 'string') return headerProblems;
    const key = `${method} ${route.template} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return headerProblems;
    return [...headerProblems, ...(validate.errors ?? []).map((e) => `${where}: body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)];
  }

  private headerProblems(where: string, response: Operation['responses'][string], headers: Headers, body: unknown): string[] {
    const problems: string[] = [];
    const types = Object.keys(response.content ?? {});
    const type = headers.get('content-type')?.split(';')[0].trim();
    const empty = body === undefined || body === '';
    if (!empty && types.length === 0) problems.push(`${where}: a body (${type}) where none is documented`);
    if (!empty && types.length > 0 && !types.includes(type ?? '')) problems.push(`${where}: content-type ${type} (documented: ${types.join(', ')})`);
    const declared = new Set(Object.keys(response.headers ?? {}).map((name) => name.toLowerCase()));
    for (const name of CLIENT_HEADERS) {
      if (headers.has(name) && !declared.has(name)) problems.push(`${where}: header ${name} sent but not documented`);
    }
    for (const [name, declaredHeader] of Object.entries(response.headers ?? {})) {
      // Headers said once in components (X-Request-Id, the rate limit's) are referred to from each response.
      const header = declaredHeader.$ref ? (this.document.components?.headers?.[declaredHeader.$ref.split('/').pop()!] ?? {}) : declaredHeader;
      const value = headers.get(name);
      if (value === null) {
        if (header.required !== false) problems.push(`${where}: header ${name} missing`);
      } else if (header.schema?.type === 'integer' && !/^\d+$/.test(value)) {
        problems.push(`${where}: header ${name} is ${value}, not an integer`);
      }
    }
    return problems;
  }

  /**
   * The example a reader (or Swagger UI) sees for a component schema: its own
   * example, else one built from its properties' examples.
   */
  exampleOf(schema: unknown): unknown {
    const node = schema as { $ref?: string; example?: unknown; allOf?: unknown[]; properties?: Record<string, unknown>; items?: unknown };
    if (node.example !== undefined) return node.example;
    if (node.$ref) return this.exampleOf(this.document.components?.schemas?.[node.$ref.split('/').pop()!]);
    if (node.allOf) return Object.assign({}, ...node.allOf.map((part) => this.exampleOf(part)));
    if (node.items) return [this.exampleOf(node.items)];
    if (!node.properties) return undefined;
    const entries = Object.entries(node.properties).map(([key, value]) => [key, this.exampleOf(value)]);
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }

  /** The request bodies the document shows for `METHOD /path`, by name: what a reader (or Swagger UI) sends. */
  requestExamples(operationName: string): Record<string, unknown> {
    const [method, path] = operationName.split(' ');
    const media = this.document.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.['application/json'];
    if (media?.examples) return Object.fromEntries(Object.entries(media.examples).map(([name, example]) => [name, example.value]));
    return media?.example === undefined ? {} : { example: media.example };
  }

  /**
   * What is wrong with the document's own examples of error answers: each
   * error response in the shared error shape shows an example of its own
   * status (a reader takes the example for the answer), valid by the schema.
   */
  errorExampleProblems(): string[] {
    const problems: string[] = [];
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const media = response.content?.['application/json'];
          if (Number(status) < 400 || JSON.stringify(media?.schema) !== '{"$ref":"#/components/schemas/ErrorResponse"}') continue;
          const where = `${method.toUpperCase()} ${path} → ${status}`;
          const example = media!.example as { statusCode?: unknown } | undefined;
          if (example === undefined) problems.push(`${where}: no example of its own (readers see the schema's 400)`);
          else if (example.statusCode !== Number(status)) problems.push(`${where}: example has statusCode ${String(example.statusCode)}`);
          else problems.push(...this.schemaProblems(where, media!.schema, example));
        }
      }
    }
    return problems;
  }

  private schemaProblems(where: string, schema: unknown, value: unknown): string[] {
    const validate = this.ajv.compile(rebase(schema) as object);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${where}: example${e.instancePath} ${e.message}`);
  }

  /**
   * What is wrong with a request the service sent out (a webhook message), held
   * against the callback `name` of the operation `METHOD /path` that registered
   * its URL: the documented headers are there and the JSON body matches.
   */
  callbackProblems(operationName: string, name: string, headers: Record<string, unknown>, body: unknown): string[] {
    const [method, path] = operationName.split(' ');
    const where = `callback ${name} of ${operationName}`;
    const callback = this.document.paths[path]?.[method.toLowerCase()]?.callbacks?.[name];
    const request = callback && Object.values(callback)[0]?.['post'];
    if (!request) return [`${where}: not documented`];
    const missing = (request.parameters ?? []).filter((p) => p.in === 'header' && p.required && headers[p.name.toLowerCase()] === undefined);
    const problems = missing.map((p) => `${where}: header ${p.name} missing`);
    const schema = request.requestBody?.content?.['application/json']?.schema as { discriminator?: { mapping?: Record<string, string> } } | undefined;
    if (!schema) return [...problems, `${where}: no JSON body documented`];
    // A oneOf's errors name every variant: hold the body against the one its discriminator names.
    const type = String((body as { type?: unknown } | null)?.type);
    const mapping = schema.discriminator?.mapping;
    if (mapping && !mapping[type]) return [...problems, `${where}: type ${type} not documented (documented: ${Object.keys(mapping).join(', ')})`];
    const key = `callback ${operationName} ${name} ${mapping ? type : ''}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(mapping ? { $ref: mapping[type] } : schema) as object);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return problems;
    return [...problems, ...(validate.errors ?? []).map((e) => `${where} (${type}): body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)];
  }
}
