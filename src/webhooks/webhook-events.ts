import { DomainEvent, type DomainEventName } from '../events/index.js';

/** The domain events an endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  DomainEvent.ArticleAnalyzed,
  DomainEvent.ArticleFailed,
  DomainEvent.ArticleCompleted,
  DomainEvent.ArticleRevised,
  DomainEvent.ClaimGraded,
  DomainEvent.ClaimEscalated,
  DomainEvent.ClaimPublished,
  DomainEvent.ClaimDismissed,
  DomainEvent.ClaimRestored,
  DomainEvent.ClaimWithdrawn,
] as const satisfies readonly DomainEventName[];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(name: string): name is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(name);
}
