import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

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

  /** What is wrong with this response, as sentences; empty when it matches the document. */
  problems(method: string, url: string, status: number, body: unknown): string[] {
    const path = new URL(url, 'http://x').pathname;
    const route = this.templates.find((t) => t.pattern.test(path));
    const where = `${method} ${path} → ${status}`;
    if (!route) return [`${where}: no documented path`];
    const operation = this.document.paths[route.template][method.toLowerCase()];
    if (!operation) return [`${where}: method not documented for ${route.template}`];
    const response = operation.responses[String(status)] ?? operation.responses['default'];
    if (!response) return [`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema || body === undefined || body === null || typeof body === 'string') return [];
    const key = `${method} ${route.template} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
