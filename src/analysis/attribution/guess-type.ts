import type { ClaimSource } from '../types.js';
import { NAME_TYPE_WORDS } from './lexicon.js';

/** A best guess at what an unregistered source is, from the words of its name. */
export function guessSourceType(name: string): ClaimSource['type'] {
  const words = name.toLowerCase().split(/[\s\-–]+/).filter(Boolean);
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  if (has(NAME_TYPE_WORDS.agency)) return 'news-agency';
  if (has(NAME_TYPE_WORDS.media)) return 'online-outlet';
  if (has(NAME_TYPE_WORDS.government)) return 'government';
  if (has(NAME_TYPE_WORDS.thinkTank)) return 'think-tank';
  if (has(NAME_TYPE_WORDS.university)) return 'research-institute';
  if (has(NAME_TYPE_WORDS.company)) return 'company';
  if (has(NAME_TYPE_WORDS.ngo)) return 'ngo';
  // "Jamieson Greer": two or three capitalised words; a single word may be anything
  const parts = name.split(/\s+/);
  const capitalised = parts.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (parts.length >= 2 && parts.length <= 3 && capitalised.length === parts.length) return 'person';
  // "DJI Technology", "OVA Oleh Kiper": an abbreviation is no part of a person's name
  if (parts.length >= 2 && parts.some((w) => /^\p{Lu}{2,}$/u.test(w))) return 'unknown';
  return 'unknown';
}

export function isMediaType(type: ClaimSource['type']): boolean {
  return type === 'news-agency' || type === 'newspaper' || type === 'broadcaster' || type === 'online-outlet' || type === 'magazine';
}
