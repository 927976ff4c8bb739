import { InitialSchema1795814900000 } from './1795814900000-initial-schema.js';
import { UsersAndApiKeys1795815000000 } from './1795815000000-users-and-api-keys.js';
import { ReviewWorkflow1795816000000 } from './1795816000000-review-workflow.js';
import { DomainEvents1795817000000 } from './1795817000000-domain-events.js';
import { Webhooks1795818000000 } from './1795818000000-webhooks.js';
import { Hardening1795819000000 } from './1795819000000-hardening.js';
import { LeaseAge1795821000000 } from './1795821000000-lease-age.js';
import { ArticleRevisions1795822000000 } from './1795822000000-article-revisions.js';
import { SourceCorrections1795823000000 } from './1795823000000-source-corrections.js';
import { ClaimSearch1795824000000 } from './1795824000000-claim-search.js';
import { WebhookLeases1795830000000 } from './1795830000000-webhook-leases.js';
import { ClaimSearchTable1795832000000 } from './1795832000000-claim-search-table.js';
import { HeldLeaseLookup1795831000000 } from './1795831000000-held-lease-lookup.js';
import { WebhookDeliveriesFillfactor1795836000000 } from './1795836000000-webhook-deliveries-fillfactor.js';
import { RevokedSessions1795837000000 } from './1795837000000-revoked-sessions.js';
import { SessionEpoch1795838000000 } from './1795838000000-session-epoch.js';
import { UsersEmailNfc1795839100000 } from './1795839100000-users-email-nfc.js';
import { WebhookPreviousSecrets1795839200000 } from './1795839200000-webhook-previous-secrets.js';
import { ClaimTextIndexInApp1795839300000 } from './1795839300000-claim-text-index-in-app.js';
import { LargeTextLz41795839400000 } from './1795839400000-large-text-lz4.js';
import { ArticleUpdateKeys1795839500000 } from './1795839500000-article-update-keys.js';
import { WebhookKeyChainIndex1795839600000 } from './1795839600000-webhook-key-chain-index.js';
import { UsersEmailUnicodeDomain1795839700000 } from './1795839700000-users-email-unicode-domain.js';
import { ClaimSearchWithoutDiacritics1795839800000 } from './1795839800000-claim-search-without-diacritics.js';
import { InboxFollowsCorrections1795839900000 } from './1795839900000-inbox-follows-corrections.js';
import { OutletProposalKeysWithoutInvisibles1795840000000 } from './1795840000000-outlet-proposal-keys-without-invisibles.js';

/**
 * Every migration, oldest first. Append new ones at the end; never edit or
 * reorder one that has been merged (databases in the field have run it).
 */
export const migrations = [
  InitialSchema1795814900000,
  UsersAndApiKeys1795815000000,
  ReviewWorkflow1795816000000,
  DomainEvents1795817000000,
  Webhooks1795818000000,
  Hardening1795819000000,
  LeaseAge1795821000000,
  ArticleRevisions1795822000000,
  SourceCorrections1795823000000,
  ClaimSearch1795824000000,
  WebhookLeases1795830000000,
  ClaimSearchTable1795832000000,
  HeldLeaseLookup1795831000000,
  WebhookDeliveriesFillfactor1795836000000,
  RevokedSessions1795837000000,
  SessionEpoch1795838000000,
  UsersEmailNfc1795839100000,
  WebhookPreviousSecrets1795839200000,
  ClaimTextIndexInApp1795839300000,
  LargeTextLz41795839400000,
  ArticleUpdateKeys1795839500000,
  WebhookKeyChainIndex1795839600000,
  UsersEmailUnicodeDomain1795839700000,
  ClaimSearchWithoutDiacritics1795839800000,
  InboxFollowsCorrections1795839900000,
  OutletProposalKeysWithoutInvisibles1795840000000,
];
