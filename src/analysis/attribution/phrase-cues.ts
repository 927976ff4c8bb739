import type { Token } from '../text/tokenize.js';
import { AUDIENCE_CUES, COPULAS, DOCUMENT_CUES, FUTURE_AUXILIARIES, ORIGINAL_CUES, PASSIVE_AUXILIARIES, PRONOUN_CUES, RELAY_CUES, VERB_CUES } from './lexicon.js';

/**
 * original: the object is the source; document: the same, once the sentence reports what the document says;
 * pronoun: a possessive in the cue points back to the last speaker;
 * relay: what precedes passes the object on; audience: the object relays the speaker.
 */
export type CueKind = 'original' | 'document' | 'pronoun' | 'relay' | 'audience';

export interface PhraseCue {
  kind: CueKind;
  length: number;
  /** "told" is both an audience cue and a reporting verb. */
  alsoVerb: boolean;
}

interface Cue {
  kind: CueKind;
  words: readonly string[];
}

/** Every cue phrase by its first word, longest first (in the lexicon's order among phrases of one length). */
const phrasesByFirstWord = new Map<string, Cue[]>();
for (const [kind, cues] of [['original', ORIGINAL_CUES], ['document', DOCUMENT_CUES], ['pronoun', PRONOUN_CUES], ['relay', RELAY_CUES], ['audience', AUDIENCE_CUES]] as const) {
  for (const words of cues) {
    const list = phrasesByFirstWord.get(words[0]) ?? [];
    list.push({ kind, words });
    list.sort((a, b) => b.words.length - a.words.length); // longest first
    phrasesByFirstWord.set(words[0], list);
  }
}

/**
 * The phrases a word may begin, by the word after it: "in" begins some 500 ("in a statement", "in his interview
 * with"), and every "in" of every sentence read them all until the second word's failed. Each list keeps the
 * order of phrasesByFirstWord: the phrases whose second word that is, then the one-word phrases (the shortest,
 * so last there too), which are also the list when no phrase goes on with the next word.
 */
interface CuesOfWord {
  bySecondWord: Map<string, Cue[]>;
  oneWord: Cue[];
}

const byFirstWord = new Map<string, CuesOfWord>();
for (const [first, phrases] of phrasesByFirstWord) {
  const oneWord = phrases.filter((cue) => cue.words.length === 1);
  const bySecondWord = new Map<string, Cue[]>();
  for (const cue of phrases) if (cue.words.length > 1) bySecondWord.set(cue.words[1], [...(bySecondWord.get(cue.words[1]) ?? []), cue]);
  for (const list of bySecondWord.values()) list.push(...oneWord);
  byFirstWord.set(first, { bySecondWord, oneWord });
}

/** The words a cue phrase starts with. */
export const PHRASE_CUE_FIRST_WORDS: ReadonlySet<string> = new Set(byFirstWord.keys());

/** The cue phrase starting at token `i` ("according to", "with reference to", "told"), if any. */
export function phraseCueAt(tokens: Token[], i: number, end: number): PhraseCue | undefined {
  const cues = byFirstWord.get(tokens[i].lower);
  if (!cues) return undefined;
  // only a phrase whose second word comes next can match (or one of a word alone)
  const candidates = (i + 1 < end ? cues.bySecondWord.get(tokens[i + 1].lower) : undefined) ?? cues.oneWord;
  for (const match of candidates) {
    // "Doe was in reference to Sen. John Doe", "he was referring to the mayor": after a copula the phrase
    // explains what a word means; nobody passes anything on
    if (match.kind === 'relay' && i > 0 && COPULAS.has(tokens[i - 1].lower)) continue;
    // "Peskov was quoted by TASS as saying": the passive's subject speaks (the sentence's attributor reads it);
    // "a source cited by Anadolu said" names the outlet
    if (match.words.length === 2 && (match.words[0] === 'cited' || match.words[0] === 'quoted') && i > 0 && PASSIVE_AUXILIARIES.has(tokens[i - 1].lower)) continue;
    // "The turnout will be announced by the commission on Friday": a report still to come names no source yet
    if (match.kind === 'original' && match.words.length === 2 && match.words[1] === 'by' && yetToCome(tokens, i)) continue;
    // "said on the air of Radio Liberty": only after "on" or "on the" ("the hot air of the debate" is none)
    if (match.words[0] === 'air' && !onAirBefore(tokens, i)) continue;
    if (wordsAt(tokens, i, end, match.words)) return { kind: match.kind, length: match.words.length, alsoVerb: VERB_CUES.has(match.words[0]) };
  }
  return undefined;
}

/** "on the air", "on air": the words before "air" at `i`. */
function onAirBefore(tokens: Token[], i: number): boolean {
  if (i > 0 && tokens[i - 1].lower === 'on') return true;
  return i > 1 && tokens[i - 1].lower === 'the' && tokens[i - 2].lower === 'on';
}

/** Adverbs at most between "will be" and a participle ("will be officially announced by"). */
const MAX_FUTURE_ADVERBS = 2;

/** "will be (officially) announced", "is expected to be released": the participle at `i` tells of a report to come. */
export function yetToCome(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - 1 - k < MAX_FUTURE_ADVERBS && tokens[k].pos === 'ADV') k--;
  if (k < 1 || tokens[k].lower !== 'be') return false;
  return FUTURE_AUXILIARIES.has(tokens[k - 1].lower) || tokens[k - 1].lower === 'to';
}

/** Plain loops: this runs at every token, where a closure per call costs more than the comparison. */
function wordsAt(tokens: Token[], i: number, end: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (i + k >= end || tokens[i + k].lower !== words[k]) return false;
  return true;
}
