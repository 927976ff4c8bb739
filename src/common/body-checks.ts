import { parse as parseContentType } from 'content-type';
import type { FastifyBodyParser, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { duplicateJsonKey, type DuplicateKey } from './duplicate-json-key.js';
import { errorBody } from './http-error.js';

/** Deeper JSON than this is refused before any DTO sees it (class-transformer recurses without a limit). */
export const MAX_JSON_DEPTH = 32;

// A UTF-16 surrogate without its pair: JSON.parse lets "\ud800" through, PostgreSQL would store U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * More members than this in all the objects of one body or query are refused:
 * class-transformer's plainToInstance is quadratic in an object's keys (100,000
 * unknown members held the event loop for 7 s before validation named them all,
 * in a 3 MB answer). The largest real body, a grade with 50 pieces of
 * evidence, has about 160; array elements do not count.
 */
export const MAX_JSON_MEMBERS = 1000;

/**
 * More array elements than this in all the arrays of one body are refused
 * too: class-transformer copies every element before validation can say the
 * field takes no list (`{"text": [0, 0, ...]}`, a million of them in 2 MB,
 * cost a third of a second of CPU for "text must be a string"). The longest
 * list a route takes is an outlet's 100 aliases.
 */
export const MAX_JSON_ELEMENTS = 10_000;

/**
 * The first problem with a parsed JSON value or query, or null: too deep, too
 * many object members, or a string (value or key) holding NUL, which
 * PostgreSQL cannot store, or a lone surrogate, which is not text. Every
 * free-text field is covered at once.
 */
export function jsonProblem(value: unknown, path = 'body'): string | null {
  const found = walk(value, 0, { members: 0, elements: 0 });
  if (!found) return null;
  if (found.wholeBody) return `${path} ${found.say('')}`;
  return found.say(path + found.at.reverse().join(''));
}

/**
 * A problem and where it is. The path is spelled only once one is found
 * (`at` gathers its steps, innermost first, on the way back up): spelling it
 * for every element cost about 0.6 s of CPU for a body of a million numbers.
 */
interface Found {
  at: string[];
  say: (path: string) => string;
  /** Said of the whole body or query, not of where the count ran over. */
  wholeBody?: boolean;
}

function walk(value: unknown, depth: number, seen: { members: number; elements: number }): Found | null {
  if (depth > MAX_JSON_DEPTH) return { at: [], say: (path) => `${path} is nested more than ${MAX_JSON_DEPTH} levels deep` };
  if (typeof value === 'string') return stringProblem(value);
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    seen.elements += value.length;
    if (seen.elements > MAX_JSON_ELEMENTS) return { at: [], say: () => `has more than ${MAX_JSON_ELEMENTS} elements in its lists`, wholeBody: true };
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], depth + 1, seen);
      if (found) return within(found, `[${i}]`);
    }
    return null;
  }
  const keys = Object.keys(value);
  seen.members += keys.length;
  if (seen.members > MAX_JSON_MEMBERS) return { at: [], say: () => `has more than ${MAX_JSON_MEMBERS} members in its objects`, wholeBody: true };
  for (const key of keys) {
    const keyProblem = stringProblem(key);
    if (keyProblem) return { at: [], say: (path) => keyProblem.say(`${path} key`) };
    if (isObjectBuiltin(key)) return { at: [], say: (path) => `property ${path}.${key} should not exist` };
    const found = walk((value as Record<string, unknown>)[key], depth + 1, seen);
    if (found) return within(found, `.${key}`);
  }
  return null;
}

/**
 * A member named like a built-in of every JavaScript object (`constructor`,
 * `toString`, `__proto__` in a query): class-transformer drops such a member
 * without a word, so `?toString=1` or `{"constructor": 1}` was answered as if
 * absent where every other unknown member is a 400. No field is named so.
 */
function isObjectBuiltin(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(Object.prototype, key);
}

/** `found`, one step further from the top: it is inside the member or element `step`. */
function within(found: Found, step: string): Found {
  found.at.push(step);
  return found;
}

function stringProblem(value: string): Found | null {
  if (value.includes('\u0000')) return { at: [], say: (path) => `${path} contains a NUL character` };
  if (LONE_SURROGATE.test(value)) return { at: [], say: (path) => `${path} contains an unpaired UTF-16 surrogate (not valid Unicode text)` };
  return null;
}

/**
 * A query string with a broken percent-escape (`%ZZ`, a `%` at the end) or
 * escapes that are not UTF-8 (`%ED%A0%80`): the query parser kept such a value
 * as it was written, so `?q=%ZZWall` searched for those six characters. The
 * router refuses the same in a path (400); the query gets the same answer.
 */
export function queryEncodingProblem(url: string): string | null {
  const start = url.indexOf('?');
  if (start === -1 || !url.includes('%', start)) return null;
  try {
    decodeURIComponent(url.slice(start + 1));
    return null;
  } catch {
    return 'the query string is malformed (invalid percent-encoding, or escapes that are not UTF-8)';
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * A charset other than UTF-8 named on a JSON body, or undefined. JSON between
 * systems is UTF-8 (RFC 8259, 8.1); the parser reads the bytes as UTF-8
 * whatever the label says, so a Latin-1 or UTF-16 body was refused as "not
 * valid JSON" or "invalid UTF-8 bytes" and one that happened to decode was
 * stored misread. The content-type package reads the parameters, quoted
 * ones included (`foo="a;charset=latin1"` names no charset).
 */
function otherCharset(parameters: Record<string, string>): string | undefined {
  const charset = parameters['charset'];
  return charset === undefined || /^utf-?8$/i.test(charset) ? undefined : charset;
}

/** A Content-Encoding other than identity: the parser would read the compressed bytes as JSON text. */
function compressedWith(request: FastifyRequest): string | undefined {
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  return encoding && encoding !== 'identity' ? encoding : undefined;
}

/**
 * The JSON parser, but no body is no body: many clients send Content-Type:
 * application/json on every POST, bodiless ones too (release, revoke,
 * rotate-secret, next), and Fastify's parser refused those with 400 "Body
 * cannot be empty". A route that needs a body still names what is missing.
 */
export function jsonBodyParser(fastify: FastifyInstance): FastifyBodyParser<Buffer> {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    const text = body.toString('utf8');
    // Fastify's own parser answers through done (its type also allows a promise). It refuses
    // prototype-poisoning keys with the same error as broken JSON, so the refusal names both.
    void parseJson(request, text, (error, value) => {
      if (error) return done(refusedJson(), undefined);
      const duplicate = duplicateJsonKey(text, 'body', MAX_JSON_DEPTH + 2);
      done(duplicate ? repeatedKey(duplicate) : null, value);
    });
  };
}

function repeatedKey({ key, path }: DuplicateKey): Error & { statusCode: number } {
  const shown = JSON.stringify(key.length > 100 ? `${key.slice(0, 100)}…` : key);
  return Object.assign(new Error(`${path} has the key ${shown} more than once (each key may appear once in an object)`), { statusCode: 400 });
}

function refusedJson(): Error & { statusCode: number } {
  return Object.assign(new Error('the body is not valid JSON, or holds a "__proto__" key or a "constructor" key with "prototype" in it (refused)'), {
    statusCode: 400,
  });
}

/**
 * The API speaks uncompressed JSON only: any request body of another type or
 * with a Content-Encoding gets 415 before a parser sees it (Nest's adapter
 * would otherwise accept form bodies, and a gzip body was "not valid JSON"),
 * and every parsed body and query is checked by jsonProblem (400).
 */
export function registerBodyChecks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!hasBody(request)) return;
    const { type, parameters } = parseContentType(request.headers['content-type'] ?? '');
    if (type !== 'application/json') {
      return reply
        .status(415)
        .send(errorBody(415, `request bodies must be application/json (got ${request.headers['content-type'] ?? 'no Content-Type'})`));
    }
    const charset = otherCharset(parameters);
    if (charset !== undefined) {
      return reply.status(415).send(errorBody(415, `request bodies must be UTF-8 JSON (got charset=${charset})`));
    }
    const encoding = compressedWith(request);
    if (encoding) {
      return reply.status(415).send(errorBody(415, `request bodies must not be compressed (got Content-Encoding: ${encoding})`));
    }
  });
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    // The API's query strings only: a review UI address with a stray escape still opens the page, which reads its own query.
    const encoding = request.url.startsWith('/v1/') ? queryEncodingProblem(request.url) : null;
    const problem = encoding ?? jsonProblem(request.query, 'query') ?? jsonProblem(request.body, 'body');
    if (problem) return reply.status(400).send(errorBody(400, problem));
  });
}
