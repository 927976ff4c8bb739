/**
 * Unsourced as the inbox orders claims: by the latest source correction of a
 * closed round when the claim has one (claims.inbox_unsourced, set where a
 * round begins: every correction is then visible to all, so the order keeps
 * blind grading), else by the engine's flag. claims_inbox_idx is on this
 * expression, which the statements must write exactly so to be read down it.
 */
export const INBOX_UNSOURCED = 'coalesce(c.inbox_unsourced, c.unsourced)';

/** The inbox's order: unsourced first, then the most check-worthy, then the oldest. */
export const INBOX_ORDER = `${INBOX_UNSOURCED} DESC, c.checkworthiness DESC, c.queued_at, c.id`;
