// Every domain event of claimtrail and its payload: the stream that webhooks
// and the review UI's live updates consume (src/events/domain-event-reader.ts).
// One event per state change, written in the transaction that makes the change.
//
// WARNING: the names and payload fields are stored in PostgreSQL
// (domain_events) and sent to subscribers outside claimtrail. Renaming one or
// removing a field breaks them: add a new name or an optional field instead.
import type { Role } from '../auth/role.js';
import type { AttributionVerdict, ClaimStatus, Decision, GradedStage, Rating, ReviewStage } from '../review/workflow.js';

export const DomainEvent = {
  /** An article was submitted; its analysis is queued. */
  ArticleReceived: 'article.received',
  /** Its claims are stored; they are routed next. */
  ArticleAnalyzed: 'article.analyzed',
  /** Analysis gave up; the article says why. */
  ArticleFailed: 'article.failed',
  /** Every claim of the article is published or dismissed. */
  ArticleCompleted: 'article.completed',
  /** An editor restored a dismissed claim of a completed article: it is open for review again. */
  ArticleReopened: 'article.reopened',
  /** A newer text of the article was submitted: a new revision, analysed next. */
  ArticleRevised: 'article.revised',
  ArticleUpdated: 'article.updated',
  /** An editor asked for the current revision to be analysed again (after the outlet registry changed, say). */
  ArticleReanalysisRequested: 'article.reanalysis_requested',
  /** A freshly analysed claim entered its first stage. */
  ClaimRouted: 'claim.routed',
  /** A reviewer took the claim from its stage's inbox. */
  ClaimLeased: 'claim.leased',
  /** The reviewer handed it back before grading. */
  ClaimReleased: 'claim.released',
  /** A reviewer (or the editor resolving an escalation) submitted a grade. */
  ClaimGraded: 'claim.graded',
  /** Agreed grades took the claim to its next stage. */
  ClaimAdvanced: 'claim.advanced',
  /** Graders disagreed: an editor decides. */
  ClaimEscalated: 'claim.escalated',
  /** Approval sent it back to verdict or source_check. */
  ClaimSentBack: 'claim.sent_back',
  ClaimPublished: 'claim.published',
  /** Below the check-worthiness threshold on arrival, or an editor's decision. */
  ClaimDismissed: 'claim.dismissed',
  /** An editor brought a dismissed claim back to its first stage. */
  ClaimRestored: 'claim.restored',
  /** The claim's text is no longer in the article (a revision, or a re-analysis): an end state. */
  ClaimWithdrawn: 'claim.withdrawn',
  /** The claim's cited sources were corrected. */
  ClaimSourcesCorrected: 'claim.sources_corrected',
  UserCreated: 'user.created',
  UserDeactivated: 'user.deactivated',
  UserReactivated: 'user.reactivated',
  UserRoleChanged: 'user.role_changed',
  /** A new password, by its owner or an admin: the account's other sessions end. */
  UserPasswordChanged: 'user.password_changed',
  ApiKeyCreated: 'api_key.created',
  ApiKeyRevoked: 'api_key.revoked',
  /** A new secret for an API key, the same key: the one before stopped working. */
  ApiKeyRolled: 'api_key.rolled',
  /** An admin merged a duplicate outlet into another: its names, domains and cited claims moved over. */
  OutletMerged: 'outlet.merged',
} as const;
export type DomainEventName = (typeof DomainEvent)[keyof typeof DomainEvent];

export const DOMAIN_EVENT_NAMES = Object.values(DomainEvent) as DomainEventName[];

export function isDomainEventName(value: string): value is DomainEventName {
  return (DOMAIN_EVENT_NAMES as string[]).includes(value);
}

/** Who caused the event: a user or API key id, or null for the system (a worker). */
type ActorId = string | null;

interface ClaimFacts {
  claimId: string;
  articleId: string;
}

/** Payload of each event: writers and readers are checked against it at compile time. */
export interface DomainEventPayloads {
  [DomainEvent.ArticleReceived]: { articleId: string; actorId: ActorId; externalId: string | null };
  /**
   * `revision` is the revision analysed; `carriedOver`, `added` and `withdrawn` count
   * its claims kept from before (by normalised text), new, and gone (written since revisions exist).
   */
  [DomainEvent.ArticleAnalyzed]: {
    articleId: string;
    claimCount: number;
    unsourcedClaimCount: number;
    revision?: number;
    carriedOver?: number;
    added?: number;
    withdrawn?: number;
  };
  [DomainEvent.ArticleFailed]: { articleId: string; reason: string };
  [DomainEvent.ArticleCompleted]: { articleId: string };
  /** `revision` is the new revision's number; `previousRevision` the one it replaces. */
  [DomainEvent.ArticleRevised]: { articleId: string; actorId: ActorId; revision: number; previousRevision: number };
  /** The current revision's title, url or publishedAt changed, its text did not. */
  [DomainEvent.ArticleUpdated]: { articleId: string; actorId: ActorId; changed: Array<'title' | 'url' | 'publishedAt'> };
  [DomainEvent.ArticleReanalysisRequested]: { articleId: string; actorId: ActorId; revision: number };
  [DomainEvent.ArticleReopened]: { articleId: string; actorId: ActorId };
  /** `stage` is where the claim now waits. */
  [DomainEvent.ClaimRouted]: ClaimFacts & { stage: ReviewStage };
  [DomainEvent.ClaimLeased]: ClaimFacts & { stage: ReviewStage; actorId: string; expiresAt: string };
  [DomainEvent.ClaimReleased]: ClaimFacts & { stage: ReviewStage; actorId: string };
  [DomainEvent.ClaimGraded]: ClaimFacts & {
    stage: ReviewStage;
    reviewId: string;
    actorId: string;
    attributionVerdict: AttributionVerdict | null;
    rating: Rating | null;
    decision: Decision | null;
  };
  /** From stage `from` to stage `stage`. */
  [DomainEvent.ClaimAdvanced]: ClaimFacts & { from: ReviewStage; stage: ReviewStage; actorId: ActorId };
  [DomainEvent.ClaimEscalated]: ClaimFacts & { from: GradedStage; stage: 'escalated' };
  [DomainEvent.ClaimSentBack]: ClaimFacts & { from: ReviewStage; stage: ReviewStage; actorId: ActorId; note: string | null };
  [DomainEvent.ClaimPublished]: ClaimFacts & {
    actorId: ActorId;
    attributionVerdict: AttributionVerdict | null;
    rating: Rating | null;
  };
  /** `actorId` null: dismissed on arrival (below the check-worthiness threshold). */
  [DomainEvent.ClaimDismissed]: ClaimFacts & { from: ClaimStatus; actorId: ActorId; reason: string | null };
  [DomainEvent.ClaimRestored]: ClaimFacts & { stage: ReviewStage; actorId: string };
  /** `revision`: the article revision that no longer has the claim. */
  [DomainEvent.ClaimWithdrawn]: ClaimFacts & { from: ClaimStatus; actorId: ActorId; revision: number };
  /** `correctionId`: the stored correction (GET /v1/claims/:id shows the latest); absent on events written before it existed. */
  [DomainEvent.ClaimSourcesCorrected]: ClaimFacts & { actorId: ActorId; correctionId?: string };
  [DomainEvent.UserCreated]: { userId: string; role: Role; actorId: ActorId };
  [DomainEvent.UserDeactivated]: { userId: string; actorId: ActorId };
  [DomainEvent.UserReactivated]: { userId: string; actorId: ActorId };
  [DomainEvent.UserRoleChanged]: { userId: string; from: Role; to: Role; actorId: ActorId };
  [DomainEvent.UserPasswordChanged]: { userId: string; actorId: ActorId };
  [DomainEvent.ApiKeyCreated]: { apiKeyId: string; name: string; actorId: ActorId };
  [DomainEvent.ApiKeyRevoked]: { apiKeyId: string; actorId: ActorId };
  [DomainEvent.ApiKeyRolled]: { apiKeyId: string; actorId: ActorId };
  /** `mergedOutletId` no longer exists; its claim sources now cite `outletId`. */
  [DomainEvent.OutletMerged]: { outletId: string; mergedOutletId: string; mergedName: string; claimSourcesMoved: number; actorId: ActorId };
}

/** One event with its payload, for code that picks the event at run time. */
export type DomainEventOf<N extends DomainEventName> = { name: N; payload: DomainEventPayloads[N] };
export type AnyDomainEvent = { [N in DomainEventName]: DomainEventOf<N> }[DomainEventName];

/** An event as read back from the stream. */
export interface StoredDomainEvent<N extends DomainEventName = DomainEventName> {
  /** bigint as a string: unique, but not the order of the stream (see DomainEventReader). */
  id: string;
  name: N;
  payload: DomainEventPayloads[N];
  articleId: string | null;
  claimId: string | null;
  actorId: string | null;
  occurredAt: Date;
}
