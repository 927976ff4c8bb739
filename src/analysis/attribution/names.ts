import { SITE_ENDINGS } from '../text/segment-sentences.js';
import type { Token } from '../text/tokenize.js';
import { AFFILIATION_WORDS, CALENDAR_NAMES, CALL_SIGN_SHAPED_ORGANISATIONS, CLOSING_QUOTES, MODIFYING_PARTICIPLES, NAME_CONNECTORS, RANKS_OF_POLICE } from './lexicon.js';
import { isCapitalized } from './mentions.js';
import type { SentenceTokens } from './sentence-tokens.js';
import { TITLE, wordClasses } from './word-classes.js';

/** Longer runs of capitalised words are not one name (and would make scans quadratic). */
const MAX_NAME_TOKENS = 14;

/**
 * "Commissioner of Police", "Inspector-General of Police": the capitalised "Police" at `at` closes an officer's
 * rank, not a force's name, so it is no force a later "the police said" means (introductions.ts's policeForceAt).
 */
export function closesRankOfPolice(tokens: Token[], at: number, first: number): boolean {
  return at - 2 >= first && tokens[at - 1].lower === 'of' && RANKS_OF_POLICE.has(tokens[at - 2].lower) && isCapitalized(tokens[at - 2]);
}

/** A place's name is at most this many words before "police" ("Colorado Springs police"). */
const MAX_PLACE_WORDS = 3;

/**
 * "Spokane police said", "the Colorado Springs police": where the place's capitalised name right before a
 * lower-case "police" at `at` starts (not before `floor`), or -1. US and local copy name a city's force so as
 * often as "Spokane Police". The name opens with a proper noun (its later words may be tagged otherwise:
 * "Springs"); a month or weekday ("On Monday police said") is no place, a longer run of capitalised words is
 * some other name's tail, and a word opening the sentence is a place only if the article writes it so
 * mid-sentence too ("State police said", "Riot police fired" name kinds of police).
 */
export function placeBeforePolice(sentence: SentenceTokens, floor: number, at: number): number {
  const { tokens } = sentence;
  if (tokens[at].lower !== 'police' || isCapitalized(tokens[at])) return -1;
  const isNameWord = (k: number) => k >= floor && isCapitalized(tokens[k]);
  let start = at;
  while (isNameWord(start - 1) && at - start < MAX_PLACE_WORDS) start--;
  if (start === at || isNameWord(start - 1) || tokens[start].pos !== 'PROPN' || CALENDAR_NAMES.has(tokens[start].lower)) return -1;
  return start > sentence.first || sentence.namedMidSentence(start) ? start : -1;
}

/** "-backed", "-based" at `dash`: what stands before it only qualifies the name after it ("Kremlin-backed Sputnik"). */
export function isModifierJoin(tokens: Token[], dash: number): boolean {
  return tokens[dash]?.text === '-' && MODIFYING_PARTICIPLES.has(tokens[dash + 1]?.lower ?? '');
}

export function isTitle(token: Token): boolean {
  return (wordClasses(token) & TITLE) !== 0;
}

/**
 * "Chun Yung-woo", "Moon Jae-in": the lower-case half of a hyphenated given
 * name, glued to a capitalised word, which the tagger may read as a verb.
 */
export function isHyphenatedNameTail(tokens: Token[], k: number, floor: number): boolean {
  if (k - 2 < floor) return false;
  const hyphen = tokens[k - 1];
  return hyphen.text === '-' && hyphen.start === tokens[k - 2].end && tokens[k].start === hyphen.end && isCapitalized(tokens[k - 2]);
}

/** A verb of a clause: lower-case, and not the tail of a hyphenated name the tagger misread. */
export function isClauseVerb(tokens: Token[], k: number, floor: number): boolean {
  const token = tokens[k];
  return (token.pos === 'VERB' || token.pos === 'AUX') && !isCapitalized(token) && !isHyphenatedNameTail(tokens, k, floor) && !opensTitle(tokens, k);
}

/** "managing director", "acting president": a participle the tagger reads as a verb opens a title before one. */
function opensTitle(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return isTitle(tokens[k]) && next !== undefined && isTitle(next);
}

/** "@rabian", "@ann_mint": a social-media handle is a name, in lower case or not. */
export function isHandle(token: Token): boolean {
  return token.text.length > 2 && token.text[0] === '@';
}

function isNamePart(token: Token): boolean {
  return isCapitalized(token) || token.text === '-' || token.text === '.' || isHandle(token);
}

/** "Amazon.com", "Lenta.ru": a site's domain ending in lower case, glued to the stop glued to its capitalised name. */
export function isGluedSiteEnding(tokens: Token[], k: number, floor: number): boolean {
  if (k - 2 < floor || !SITE_ENDINGS.has(tokens[k].lower)) return false;
  const stop = tokens[k - 1];
  return stop.text === '.' && stop.end === tokens[k].start && tokens[k - 2].end === stop.start && isCapitalized(tokens[k - 2]);
}

/** "Retail Traders’ Union": a plural possessive inside a name, not its end. */
function isPluralPossessive(tokens: Token[], k: number, floor: number): boolean {
  const text = tokens[k].text;
  return (text === '’' || text === "'") && k > floor && tokens[k - 1].text.endsWith('s') && isCapitalized(tokens[k - 1]);
}

/** A broadcaster's kind that a number may follow in its name: "Channel 9", "TV 2", "Radio 4". */
const NUMBERED_BROADCAST_WORDS: ReadonlySet<string> = new Set(['channel', 'tv', 'radio']);

/**
 * "Channel 9", "Norvale TV 2", "KSAT 12", "NBC 7": a number of one to three digits right after a capitalised
 * broadcaster's kind, an American station's call sign or a network's name is part of the name (a local station's,
 * not the network's).
 */
export function isBroadcasterNumber(tokens: Token[], k: number, floor: number): boolean {
  if (k <= floor || !/^\d{1,3}$/.test(tokens[k].text)) return false;
  const before = tokens[k - 1];
  return (isCapitalized(before) && NUMBERED_BROADCAST_WORDS.has(before.lower)) || isStationPrefix(before.text);
}

/** American broadcast networks, whose name with a channel's number is a local station's: "NBC 7", "FOX 17", "CBS46". */
const BROADCAST_NETWORKS: ReadonlySet<string> = new Set(['ABC', 'CBS', 'NBC', 'FOX', 'Fox', 'CW', 'PBS']);

/**
 * "WBZ", "KSAT": an American station's call sign, K or W and two or three more capitals. Alone it may be any
 * abbreviation ("KST", "WFP"), so it names a station only where one speaks to an outlet ("told WBZ").
 */
export function isCallSign(text: string): boolean {
  return /^[KW][A-Z]{2,3}$/.test(text) && !CALL_SIGN_SHAPED_ORGANISATIONS.has(text);
}

/** A call sign or a network's name: what a channel's number after it makes a local station's name ("KSAT 12", "NBC 7"). */
function isStationPrefix(text: string): boolean {
  return isCallSign(text) || BROADCAST_NETWORKS.has(text);
}

/** "KSAT 12", "KSAT12", "NBC 7", "CBS46": a call sign or a network's name with its channel's number names a station. */
export function isNumberedStation(name: string): boolean {
  const match = /^(\p{Lu}+|Fox) ?\d{1,3}$/u.exec(name);
  return match !== null && isStationPrefix(match[1]);
}

/**
 * The last proper-name run in [from, to), skipping a trailing parenthesis and
 * quotes: "A spokesperson for the Finnish National Cyber Security Centre
 * (NCSC-FI)" gives "Finnish National Cyber Security Centre".
 */
export function lastProperRun(tokens: Token[], from: number, to: number): [number, number] | undefined {
  let end = to;
  while (end > from && CLOSING_QUOTES.has(tokens[end - 1].text)) end--;
  // "EXFO (TSE:EXF) (NASDAQ:EXFO)": a company listed on two exchanges has a ticker's brackets for each
  while (end > from && tokens[end - 1].text === ')') {
    let k = end - 1;
    while (k > from && tokens[k].text !== '(') k--;
    end = k;
  }
  if (end <= from || !(isCapitalized(tokens[end - 1]) || isHyphenatedNameTail(tokens, end - 1, from) || isHandle(tokens[end - 1]) || isGluedSiteEnding(tokens, end - 1, from) || isBroadcasterNumber(tokens, end - 1, from))) return undefined;
  let start = end - 1;
  const floor = Math.max(from, end - MAX_NAME_TOKENS);
  for (let k = end - 2; k >= floor; k--) {
    const token = tokens[k];
    if (isNamePart(token) || isHyphenatedNameTail(tokens, k, floor) || isGluedSiteEnding(tokens, k, floor) || isBroadcasterNumber(tokens, k, floor)) start = k;
    else if (!NAME_CONNECTORS.has(token.lower) && !isPluralPossessive(tokens, k, floor)) break;
  }
  while (start < end && !isCapitalized(tokens[start]) && !isHandle(tokens[start])) start++;
  return [start, end];
}

/** Index where the person's name starts after any titles ("German Defense Minister Boris Pistorius"). */
export function nameAfterTitles(tokens: Token[], from: number, to: number): number {
  let lastTitle = -1;
  for (let k = from; k < to - 1; k++) if (isTitle(tokens[k])) lastTitle = k;
  let start = lastTitle + 1 > from ? lastTitle + 1 : from;
  while (start < to - 1 && (tokens[start].text === '.' || tokens[start].text === '-')) start++;
  // "Secretary of State Rex Tillerson", "Minister of Finance Jane Roe": the title's domain is no part of the name,
  // which is the last two words (a name of three words loses its first, never the surname)
  if (lastTitle >= from && (tokens[start].lower === 'of' || tokens[start].lower === 'for') && to - start >= 4) return Math.max(start + 2, to - 2);
  return start;
}

/**
 * "a spokesman with the Phoenix Police Department", "Sgt. Jane Roe with the sheriff's office": American copy's "with"
 * after a title or a person's name, for whom the person works (an affiliation as "of" and "at" are). `k` is "with".
 */
export function isTitleWith(tokens: Token[], k: number, floor: number): boolean {
  return tokens[k].lower === 'with' && k > floor && (isTitle(tokens[k - 1]) || isCapitalized(tokens[k - 1]));
}

/**
 * [from, to) is a person's name of two or three words, or titles before one ("Assistant Chief Jeff Wallin"): copy
 * writes a rank of two words before a name as often as one ("Deputy Chief", "Battalion Chief").
 */
function isNameOfTwoOrThreeWords(tokens: Token[], from: number, to: number): boolean {
  if (to - from >= 2 && to - from <= 3) return true;
  const name = nameAfterTitles(tokens, from, to);
  return name > from && to - name >= 2 && to - name <= 3;
}

/** Splits "Tomasz Wiśniewski of the Polish Angling Association" into person and body. */
export function splitAffiliation(tokens: Token[], from: number, to: number): { person: [number, number]; body: [number, number] } | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (!AFFILIATION_WORDS.has(tokens[k].lower)) continue;
    let bodyStart = k + 1;
    while (bodyStart < to && NAME_CONNECTORS.has(tokens[bodyStart].lower)) bodyStart++;
    // the person is a name of two or three words, after any titles ("Assistant Chief Jeff Wallin of the Moorhead
    // Fire Department"): "Centers for Disease Control" is no person
    if (bodyStart >= to || !isNameOfTwoOrThreeWords(tokens, from, k)) return undefined;
    return { person: [from, k], body: [bodyStart, to] };
  }
  return undefined;
}
