import { hash } from 'node:crypto';

/** A run of letters (with their combining marks) and digits; anything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A claim's words as the claims table keeps them: lower case, with
 * punctuation, spacing and apostrophes taken as separators ("Russia's" is
 * "russia" and "s"). The fingerprint and the search index both read a claim
 * through this, so two texts with one fingerprint are indexed alike.
 */
export function claimWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The claims table's `fingerprint`: the same claim up to case, punctuation
 * and spacing. A revision carries a claim over when its fingerprint is
 * unchanged, and a claim shows the published verdicts on its fingerprint.
 */
export function claimFingerprint(text: string): string {
  return fingerprintOf(claimWords(text));
}

/** claimFingerprint of the text these are the claimWords of. */
export function fingerprintOf(words: readonly string[]): string {
  return hash('md5', words.join(' '));
}
