import type { OpenAPIObject } from '@nestjs/swagger';
import { ARTICLE_STATUSES } from '../articles/article.entity.js';
import { ATTRIBUTION_VERDICTS, CLAIM_STATUSES, DECISIONS, RATINGS, REVIEW_STAGES } from '../review/workflow.js';
import type { WebhookEventType } from './webhook-events.js';

// The messages claimtrail POSTs to webhook endpoints, in the OpenAPI document:
// a `callbacks` entry on POST /v1/webhooks (the URL registered there receives
// them) and one schema per event type. Without them a newsroom generating a
// client from /docs-json had every route typed but not the messages it
// receives. Written by hand because the bodies are built in SQL (envelope.ts,
// claim-envelope.sql.ts): test/e2e/openapi-conformance checks real deliveries
// against these schemas.

type Operation = NonNullable<OpenAPIObject['paths'][string]['post']>;
type CallbackObject = NonNullable<Operation['callbacks']>[string];
// A schema or a reference: the document's schema type, without the package's deep import paths.
type SchemaOrRef = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type SchemaObject = Exclude<SchemaOrRef, { $ref: string }>;

const ref = (name: string): SchemaOrRef => ({ $ref: `#/components/schemas/${name}` });
const nullableRef = (name: string): SchemaObject => ({ allOf: [ref(name)], nullable: true });
const text = (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) });
const nullableText = (description?: string): SchemaObject => ({ ...text(description), nullable: true });
const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const count: SchemaObject = { type: 'integer', minimum: 0 };
const oneOf = (values: readonly string[], nullable = false): SchemaObject => ({ type: 'string', enum: [...values], ...(nullable ? { nullable } : {}) });
const actorId = nullableText('The user or API key that caused the event; null for the service itself');

const SOURCE_REF: SchemaObject = {
  type: 'object',
  description: 'An outlet (or a person speaking for it) as the engine found it or a reviewer corrected it',
  required: ['name'],
  properties: {
    name: text(),
    outletId: { ...uuid, nullable: true, description: 'The registry outlet, null when the name is not registered' },
    registered: { type: 'boolean' },
    person: nullableText('Who spoke for the source ("Jens Stoltenberg" for NATO)'),
  },
};

const CLAIM: SchemaObject = {
  type: 'object',
  description:
    'The claim as it stood when the message was built (when the dispatcher read the event, normally just after its commit), ' +
    'not at the event: a `claim.graded` usually still shows the stage before the grade is applied. A retry, redelivery ' +
    'or replay sends that same body. Its text, sources as relay -> original, verdicts and link',
  required: ['id', 'text', 'status', 'checkworthiness', 'unsourced', 'sources', 'attributionVerdict', 'rating', 'link'],
  properties: {
    id: uuid,
    text: text(),
    status: oneOf(CLAIM_STATUSES),
    checkworthiness: { type: 'number', minimum: 0, maximum: 1 },
    unsourced: { type: 'boolean', description: 'The claim cites no source, by the chain `sources` shows, and names no unnamed one' },
    sources: {
      type: 'array',
      description: 'Each original with the relay that carried it; a relay with no original has original null',
      items: {
        type: 'object',
        required: ['relay', 'original'],
        properties: { relay: nullableRef('WebhookSourceRef'), original: nullableRef('WebhookSourceRef') },
      },
    },
    attributionVerdict: oneOf(ATTRIBUTION_VERDICTS, true),
    rating: oneOf(RATINGS, true),
    link: text('GET /v1/claims/:id'),
  },
};

const ARTICLE: SchemaObject = {
  type: 'object',
  description: 'The article as it stood when the message was built, as for the claim',
  required: ['id', 'externalId', 'title', 'url', 'status', 'revision', 'claimCount', 'unsourcedClaimCount', 'failureReason', 'link'],
  properties: {
    id: uuid,
    externalId: nullableText("The newsroom system's own id"),
    title: nullableText(),
    url: nullableText(),
    status: oneOf(ARTICLE_STATUSES),
    revision: { type: 'integer', minimum: 1 },
    claimCount: count,
    unsourcedClaimCount: count,
    failureReason: nullableText(),
    link: text('GET /v1/articles/:id'),
  },
};

/** What every message's `data` holds besides the event's own fields. */
const EVENT_COMMON: SchemaObject = {
  type: 'object',
  required: ['eventId', 'articleId', 'link'],
  properties: {
    eventId: text('The domain event, a decimal number increasing in commit order'),
    articleId: uuid,
    article: { allOf: [ref('WebhookArticle')], description: 'Left out when the article is gone' },
    claim: { allOf: [ref('WebhookClaim')], description: 'Claim events only; left out when the claim is gone' },
    link: nullableText("The claim's link, else the article's"),
  },
};

const claimFacts = { claimId: uuid };

/** Each event type's own fields (src/events/domain-events.ts), all of them present. */
const EVENT_FIELDS: Record<WebhookEventType, Record<string, SchemaObject>> = {
  'article.analyzed': {
    claimCount: count,
    unsourcedClaimCount: count,
    revision: { type: 'integer', minimum: 1 },
    carriedOver: count,
    added: count,
    withdrawn: count,
  },
  'article.failed': { reason: text() },
  'article.completed': {},
  'article.revised': { actorId, revision: { type: 'integer', minimum: 2 }, previousRevision: { type: 'integer', minimum: 1 } },
  'claim.graded': {
    ...claimFacts,
    stage: oneOf(REVIEW_STAGES),
    reviewId: uuid,
    actorId: text(),
    attributionVerdict: oneOf(ATTRIBUTION_VERDICTS, true),
    rating: oneOf(RATINGS, true),
    decision: oneOf(DECISIONS, true),
  },
  'claim.escalated': { ...claimFacts, from: oneOf(REVIEW_STAGES), stage: oneOf(['escalated']) },
  'claim.published': { ...claimFacts, actorId, attributionVerdict: oneOf(ATTRIBUTION_VERDICTS, true), rating: oneOf(RATINGS, true) },
  'claim.dismissed': { ...claimFacts, from: oneOf(CLAIM_STATUSES), actorId, reason: nullableText() },
  'claim.restored': { ...claimFacts, stage: oneOf(REVIEW_STAGES), actorId: text() },
  'claim.withdrawn': { ...claimFacts, from: oneOf(CLAIM_STATUSES), actorId, revision: { type: 'integer', minimum: 2 } },
};

// Events written before a field existed lack it (article.analyzed before revisions): not required.
const OPTIONAL_FIELDS = new Set(['article.analyzed.revision', 'article.analyzed.carriedOver', 'article.analyzed.added', 'article.analyzed.withdrawn']);

/** "claim.graded" -> "WebhookClaimGraded". */
export function messageSchemaName(type: WebhookEventType): string {
  return `Webhook${type.replace(/(^|[._])(\w)/g, (_, _sep: string, letter: string) => letter.toUpperCase())}`;
}

function messageSchema(type: WebhookEventType): SchemaObject {
  const fields = EVENT_FIELDS[type];
  const required = Object.keys(fields).filter((field) => !OPTIONAL_FIELDS.has(`${type}.${field}`));
  return {
    type: 'object',
    description: `The body of every \`${type}\` message`,
    required: ['type', 'timestamp', 'data'],
    properties: {
      type: oneOf([type]),
      timestamp: { type: 'string', format: 'date-time', description: 'When the event was committed' },
      // OpenAPI 3.0 refuses an empty `required` (article.completed has no field of its own).
      data: { allOf: [ref('WebhookEventCommon'), { type: 'object', ...(required.length ? { required } : {}), properties: fields }] },
    },
  };
}

const header = (name: string, description: string) => ({ name, in: 'header' as const, required: true, schema: { type: 'string' as const }, description });

function messagesCallback(types: readonly WebhookEventType[]): CallbackObject {
  return {
    '{$request.body#/url}': {
      post: {
        summary: 'A signed message for each subscribed event (Standard Webhooks)',
        description:
          'Verify `webhook-signature` over the exact bytes received with the `standardwebhooks` library before parsing; ' +
          'dedupe on `webhook-id`. Events of one article arrive in order.',
        // Not a call to claimtrail: no credentials; the receiver checks the signature instead.
        security: [],
        parameters: [
          header('webhook-id', '`msg_<eventId>`: the same on every retry and redelivery'),
          header('webhook-timestamp', 'Unix seconds, new on each attempt'),
          header('webhook-signature', '`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per secret in a rotation, space-separated'),
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: types.map((type) => ref(messageSchemaName(type))),
                discriminator: { propertyName: 'type', mapping: Object.fromEntries(types.map((t) => [t, `#/components/schemas/${messageSchemaName(t)}`])) },
              },
            },
          },
        },
        responses: {
          '2XX': { description: 'Delivered' },
          '410': { description: 'Gone: the endpoint is disabled at once' },
          default: { description: 'Any other answer, a redirect or no answer within the timeout: retried on the schedule, then failed' },
        },
      },
    },
  };
}

/** Adds the webhook messages to the document: their schemas, and the callback of POST /v1/webhooks. */
export function documentWebhookMessages(document: OpenAPIObject, types: readonly WebhookEventType[]): OpenAPIObject {
  const register = document.paths['/v1/webhooks']?.post;
  if (!register) return document;
  register.callbacks = { messages: messagesCallback(types) };
  const schemas: Record<string, SchemaObject> = {
    WebhookSourceRef: SOURCE_REF,
    WebhookClaim: CLAIM,
    WebhookArticle: ARTICLE,
    WebhookEventCommon: EVENT_COMMON,
    ...Object.fromEntries(types.map((type) => [messageSchemaName(type), messageSchema(type)])),
  };
  return { ...document, components: { ...document.components, schemas: { ...document.components?.schemas, ...schemas } } };
}
