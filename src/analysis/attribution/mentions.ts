import type { ClaimSource, OutletRecord } from '../types.js';
import { normalizeName, normalizeWord } from '../registry/normalize-name.js';
import { OutletRegistry } from '../registry/outlet-registry.js';
import type { Token } from '../text/tokenize.js';
import { isPossessive } from '../text/tokenize.js';
import {
  CLOSING_QUOTES,
  CORPORATE_TITLES,
  COUNTRY_ONLY_OFFICES,
  DATE_GAP_WORDS,
  ISSUED_DOCUMENTS,
  STATEMENT_LABEL_WORDS,
  GOVERNMENT_TITLES,
  NAME_CONNECTORS,
  OCCUPATION_TITLES,
  OPENING_QUOTES,
  POSTPOSED_COUNTRY_OFFICES,
  REGISTERED_HEAD_SYNONYMS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from './lexicon.js';
import { contextCountry, isCountryAdjectiveStart, isNationality, needsRegisteredBody, officeInCountry, officeMentionAt } from './offices.js';
import { isStateNamePrefix, mayBeginStateName, stateNameMaxWords, stateOf } from './states.js';

/** A name in a sentence that could be a source, if a cue points at it. */
export interface Mention {
  /** Token range [first, end). */
  first: number;
  end: number;
  name: string;
  type: ClaimSource['type'];
  outlet?: OutletRecord;
  /** A country or capital standing for its government ("Kyiv said"). */
  state?: boolean;
  /** The office standing for its body ("foreign" for "Russia's foreign minister"). */
  office?: string;
  /** An office whose country the sentence does not name ("Energy Minister"). */
  countryless?: boolean;
}

/**
 * A mention with all its fields, the absent ones undefined: mentions of every
 * kind then share one object shape, so the many rules reading a sentence's
 * mentions (binary searches over them at every verb among them) read them as
 * one kind of object instead of half a dozen, which V8 reads more slowly.
 */
function newMention(
  first: number,
  end: number,
  name: string,
  type: ClaimSource['type'],
  outlet?: OutletRecord,
  kind: { state?: true; office?: string; countryless?: true } = {},
): Mention {
  return { first, end, name, type, outlet, state: kind.state, office: kind.office, countryless: kind.countryless };
}

/** An abbreviation the article defined: "Institute for the Study of War (ISW)". */
export interface DefinedName {
  name: string;
  type: ClaimSource['type'];
  outlet?: OutletRecord;
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  registry: OutletRegistry;
  definitions: Map<string, DefinedName>;
  /** The country the article is about (see contextCountry), worked out when an office first needs it; null: none. */
  country?: string | null;
  /** Offices the text named with their country so far ("foreign" -> "IR"), for the same office named without one. */
  officeCountries?: Map<string, string>;
  /** The capitalised words written alone inside a sentence (see SentenceTokens.namedMidSentence), gathered on first need. */
  midSentenceNames?: Set<string>;
  /** The latest year the text writes (see eras.ts), worked out on first need; null: none. */
  year?: number | null;
  /** The words the article writes in lower case (see SentenceTokens.writtenInLowerCase), gathered on first need. */
  lowerCaseWords?: Set<string>;
  /** Surnames the article gives people after a first name or a title ("Rep. Lisa Wagner"), gathered on first need. */
  surnames?: Set<string>;
  /** Unregistered capitalised names by their initials ("AFP" -> the first "Armed Forces of the Philippines"), gathered on first need. */
  initialisms?: Map<string, { name: string; at: number }>;
}

const MAX_NAME_TOKENS = 12;
const MAX_QUOTED_TOKENS = 8;

/** Capitalised as a name is ("Reuters", "Ürümqi", "eBay"): decided once per token by the tokenizer (isCapitalizedWord). */
export function isCapitalized(token: Token): boolean {
  return token.capitalized;
}

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** The most characters an abbreviation is written with (see looksLikeAbbreviation). */
const MAX_ABBREVIATION_LENGTH = 10;

/** "WSJ", "U.N.", "NCSC-FI", and mixed-case ones such as "BoE" or "MoD": two capitals or more, no spaces. */
export function looksLikeAbbreviation(text: string): boolean {
  if (text.length < 2 || text.length > MAX_ABBREVIATION_LENGTH) return false;
  let capitals = 0;
  let lower = 0;
  // by code unit: a character outside ASCII (either half of a surrogate pair too) fails the test as a whole character would
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code !== 46 && code !== 38 && code !== 45 && !(code >= 48 && code <= 57)) return false; // . & - digits
  }
  return capitals >= 2 && lower <= capitals;
}

function registeredAt(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  // the longest name first: "the U.N. nuclear watchdog" is the IAEA, not "U.N."
  return namedAt(ctx, i, limit) ?? abbreviationAt(ctx, i);
}

/** The longest registered name starting at token `i`, growing the phrase only while some name begins with it. */
function namedAt(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const { tokens, text, registry } = ctx;
  const token = tokens[i];
  const last = Math.min(limit, i + MAX_NAME_TOKENS);
  let found: Mention | undefined;
  let previousKey = '';
  for (let j = i; j < last; j++) {
    // the first word alone is looked up most, and most often begins no name: its key from its lower case, no slice
    const key = j === i ? normalizeWord(token.text, token.lower) : normalizeName(text.slice(token.start, tokens[j].end));
    // "Moody" begins no name, "Moody's" is one: the tokenizer may split the "'s" off a name
    if (key !== previousKey && !registry.isNamePrefix(key) && !gluedPossessiveNext(tokens, j, last)) {
      // "Hamas health minister Jane Roe", "Israel's army": a registered body's words with its holder's title, or with
      // another word for it, are that body
      const head = j > i ? REGISTERED_HEAD_SYNONYMS.get(tokens[j].lower) : undefined;
      const body = head ? registry.findByKey(normalizeName(`${text.slice(token.start, tokens[j - 1].end)} ${head}`)) : undefined;
      if (body && (body.type === 'government' || body.type === 'military')) found = { first: i, end: j + 1, name: body.name, type: body.type, outlet: body };
      break;
    }
    // a token the key ignores ("Pentagon ." at the sentence's end) is no part of the name
    if (j > i && key === previousKey) continue;
    previousKey = key;
    // a lone all-capitals token is an abbreviation, matched case-sensitively below
    if (j === i && looksLikeAbbreviation(token.text)) continue;
    const outlet = registry.findByKey(key);
    if (outlet) found = newMention(i, j + 1, outlet.name, outlet.type, outlet);
  }
  return found;
}

/** "RFE/RL": an abbreviation written with a slash is three tokens, looked up as one. */
function slashedAbbreviationAt(ctx: MentionContext, i: number): Mention | undefined {
  const { tokens } = ctx;
  const slash = tokens[i + 1];
  const second = tokens[i + 2];
  if (slash?.text !== '/' || !second || slash.start !== tokens[i].end || second.start !== slash.end || !looksLikeAbbreviation(second.text)) return undefined;
  const outlet = ctx.registry.findByAbbreviation(`${tokens[i].text}/${second.text}`);
  return outlet && newMention(i, i + 3, outlet.name, outlet.type, outlet);
}

function gluedPossessiveNext(tokens: Token[], j: number, last: number): boolean {
  const next = tokens[j + 1];
  return j + 1 < last && isPossessive(next) && next.start === tokens[j].end;
}

function abbreviationAt(ctx: MentionContext, i: number): Mention | undefined {
  const token = ctx.tokens[i];
  if (!looksLikeAbbreviation(token.text)) {
    // "The Fed said": an abbreviation the registry lists with one capital, matched exactly as listed
    const listed = isCapitalized(token) ? ctx.registry.findByAbbreviation(token.text) : undefined;
    return listed && newMention(i, i + 1, listed.name, listed.type, listed);
  }
  const slashed = slashedAbbreviationAt(ctx, i);
  if (slashed) return slashed;
  const defined = ctx.definitions.get(token.text);
  if (defined) return newMention(i, i + 1, defined.name, defined.type, defined.outlet);
  let outlet = ctx.registry.findByAbbreviation(token.text);
  // "The Armed Forces of the Philippines said ... AFP chief of staff Jane Roe": a registered abbreviation the article
  // spelled out earlier as another body's name is that body, not the registered one (the agency AFP)
  const spelled = outlet ? spelledOutBefore(ctx, i, outlet) : undefined;
  if (spelled) return newMention(i, i + 1, spelled, 'unknown');
  if (!outlet) {
    // an all-capitals name ("NATO", "UNICEF") must be written exactly so
    const named = ctx.registry.findByName(token.text);
    if (named && (named.name === token.text || named.aliases?.includes(token.text))) outlet = named;
  }
  if (outlet) return newMention(i, i + 1, outlet.name, outlet.type, outlet);
  return undefined;
}

/** Fewest capitalised words of a name whose initials stand for an abbreviation ("Armed Forces ... Philippines"). */
const MIN_SPELLED_WORDS = 3;
/** Lower-case words inside such a name ("of the"); "on Sunday" ends it. */
const SPELLED_CONNECTORS = new Set(['of', 'the', 'for', 'and', '&', 'de']);

/**
 * The unregistered name written before token `i` whose capitalised words' initials are exactly the abbreviation
 * there, when the registry gives the abbreviation to a body that name is not ("Armed Forces of the Philippines" for
 * "AFP"); undefined when none.
 */
function spelledOutBefore(ctx: MentionContext, i: number, outlet: OutletRecord): string | undefined {
  ctx.initialisms ??= collectInitialisms(ctx);
  const letters = ctx.tokens[i].text.replace(/[^A-Z]/g, '');
  const spelled = ctx.initialisms.get(letters);
  if (!spelled || spelled.at >= i) return undefined;
  // "the Associated Press ... AP": the registered body's own name spelled out is that body
  const key = normalizeName(spelled.name);
  return [outlet.name, ...(outlet.aliases ?? [])].some((name) => normalizeName(name) === key) ? undefined : spelled.name;
}

/**
 * Runs of capitalised words joined by connectors ("Armed Forces of the Philippines"), by their initials, first use kept.
 * Only initials an abbreviation can spell are kept (no more letters than it has characters): past them a run's name
 * was sliced and looked up at every further word, quadratic in a run of thousands of capitalised words.
 */
function collectInitialisms(ctx: MentionContext): Map<string, { name: string; at: number }> {
  const { tokens, text, registry } = ctx;
  const found = new Map<string, { name: string; at: number }>();
  let k = 0;
  while (k < tokens.length) {
    if (!isCapitalized(tokens[k]) || looksLikeAbbreviation(tokens[k].text)) {
      k++;
      continue;
    }
    // a sentence-opening "The" opens the name without being part of it
    const first = tokens[k].lower === 'the' ? k + 1 : k;
    let end = first;
    let initials = '';
    while (end < tokens.length && (isCapitalized(tokens[end]) || (SPELLED_CONNECTORS.has(tokens[end].lower) && end > first))) {
      if (isCapitalized(tokens[end])) {
        if (looksLikeAbbreviation(tokens[end].text)) break;
        if (initials.length < MAX_ABBREVIATION_LENGTH) {
          initials += tokens[end].text[0];
          // every name the run begins with: "Armed Forces of the Philippines" in "... Philippines Chief Jane Roe"
          if (initials.length >= MIN_SPELLED_WORDS && !found.has(initials)) {
            const name = text.slice(tokens[first].start, tokens[end].end);
            if (!registry.findByName(name)) found.set(initials, { name, at: first });
          }
        }
      }
      end++;
    }
    k = Math.max(end, k + 1);
  }
  return found;
}

/** "Russia's foreign minister", "the Ministry of Foreign Affairs of Ukraine": the body an office stands for. */
function officeAt(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const office = officeMentionAt(ctx.tokens, i, limit, ctx.registry);
  if (!office) return undefined;
  const ownCountry = office.countryless && !office.titleCountry ? unknownCountryAfter(ctx.tokens, office.end, limit) : -1;
  if (ownCountry > 0) {
    // "the Ministry of Foreign Affairs of Uzbekistan": a country the lexicon lacks is still this body's, named as written
    // (never the country the article mentions most)
    const name = ctx.text.slice(ctx.tokens[office.first].start, ctx.tokens[ownCountry - 1].end);
    return newMention(office.first, ownCountry, name, 'government', undefined, { office: office.office });
  }
  if (office.country) {
    // "the Iranian Foreign Ministry": the country whose office "the Foreign Ministry" means further on
    ctx.officeCountries ??= new Map();
    ctx.officeCountries.set(office.office, office.country);
  }
  if (office.countryless) {
    // "the Ministry of Finance" in a story about Russia: Russia's finance ministry
    if (ctx.country === undefined) ctx.country = contextCountry(ctx.tokens) ?? null;
    const only = COUNTRY_ONLY_OFFICES[office.office];
    // "The Iranian Foreign Ministry rejected it ... the Foreign Ministry's website": the same office named before
    // with its country, whatever country the article names most
    const earlier = ctx.officeCountries?.get(office.office);
    if (earlier && !office.titleCountry && (!only || only === earlier)) {
      Object.assign(office, officeInCountry(ctx.registry, earlier, office));
      return newMention(office.first, office.end, office.name, office.outlet?.type ?? 'government', office.outlet, { office: office.office });
    }
    // "Commissioner for Economic and Financial Affairs", "Vice-President for the Euro": a portfolio is the EU college's
    // ("the Children's Commissioner for England", "Police Commissioner": another office)
    const country = office.titleCountry ?? (only && holdsPortfolio(ctx.tokens, office.first, office.end, limit) ? only : ctx.country);
    const inCountry = country && (!only || only === country) ? officeInCountry(ctx.registry, country, office) : undefined;
    if (inCountry && (inCountry.outlet || !needsRegisteredBody(office.office))) Object.assign(office, inCountry);
    else if (!inCountry && office.holderFollows) return undefined;
  }
  return newMention(office.first, office.end, office.name, office.outlet?.type ?? 'government', office.outlet, { office: office.office, countryless: office.countryless ? true : undefined });
}

/** After an office, "of" and one capitalised word ending the name ("of Uzbekistan"): where the name ends, else -1. */
function unknownCountryAfter(tokens: Token[], at: number, limit: number): number {
  if (at + 1 >= limit || tokens[at].lower !== 'of' || !isCapitalized(tokens[at + 1])) return -1;
  const next = tokens[at + 2];
  if (at + 2 < limit && next && (isCapitalized(next) || next.text === '-' || isPossessive(next))) return -1;
  return at + 2;
}

/** "for Economic and Financial Affairs", "for the Euro and Social Dialogue": a portfolio after an office. */
function holdsPortfolio(tokens: Token[], office: number, at: number, limit: number): boolean {
  if (at + 1 >= limit || tokens[at].lower !== 'for') return false;
  const before = tokens[office - 1];
  if (before && (isCapitalized(before) || isPossessive(before))) return false;
  const k = tokens[at + 1].lower === 'the' ? at + 2 : at + 1;
  return k < limit && isCapitalized(tokens[k]);
}

/**
 * "the president of Ukraine", "the press secretary for the president of the Russian Federation": a lower-case title
 * with its country after "of" is that country's office, as "the Ukrainian president" is. Only with the country
 * named after it (not "the president of the company") and not owning something ("the president of Russia's bank").
 */
function lowerCaseOfficeOfCountry(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const { tokens } = ctx;
  if (i + 2 >= limit || (tokens[i + 1].lower !== 'of' && tokens[i + 1].lower !== 'for')) return undefined;
  const office = officeAt(ctx, i, limit);
  if (!office || office.countryless || office.end <= i + 2) return undefined;
  if (office.end < limit && isPossessive(tokens[office.end])) return undefined;
  return office;
}

/** The office or the registered name at token `i`, the longer; a registered name wins over an office without country. */
function officeOrRegistered(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const office = officeAt(ctx, i, limit);
  const registered = registeredAt(ctx, i, limit);
  if (office?.countryless && registered) return registered;
  return longer(office, registered);
}

function longer(a: Mention | undefined, b: Mention | undefined): Mention | undefined {
  if (!a || !b) return a ?? b;
  return b.end > a.end ? b : a;
}

function stateAt(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const { tokens, text } = ctx;
  if (!mayBeginStateName(text, tokens[i].start, tokens[i].end)) return undefined;
  // the longest name wins; the phrase grows only while some name begins with it (most capitalised words begin none)
  let found: Mention | undefined;
  for (let j = i; j < Math.min(limit, i + stateNameMaxWords); j++) {
    const name = j === i ? writtenAt(text, tokens[i]) : text.slice(tokens[i].start, tokens[j].end);
    if (!isStateNamePrefix(name)) break;
    if (stateOf(name)) found = newMention(i, j + 1, name, 'government', undefined, { state: true });
  }
  return found;
}

/**
 * The text at the token's offsets, text.slice(token.start, token.end): the token's own string when
 * the two are the same, as they almost always are, so that no new string is made and hashed for
 * the lookup of every capitalised word (wink may leave a "\v" or "\f" out of a token's offsets, after
 * which they are one character early and the slice differs; it is then made as before).
 */
function writtenAt(text: string, token: Token): string {
  return token.end - token.start === token.text.length && text.startsWith(token.text, token.start) ? token.text : text.slice(token.start, token.end);
}

/** “Ukrainian Pravda”: an outlet named in quotation marks. */
function quotedAt(ctx: MentionContext, i: number, limit: number): Mention | undefined {
  const { tokens, text, registry } = ctx;
  const close = findClosingQuote(tokens, i, limit);
  if (close < 0 || close === i + 1) return undefined;
  const inner = text.slice(tokens[i + 1].start, tokens[close - 1].end);
  const outlet = registry.findByName(inner);
  if (outlet) return newMention(i, close + 1, outlet.name, outlet.type, outlet);
  if (!isProperName(tokens, i + 1, close)) return undefined;
  return newMention(i, close + 1, inner, 'unknown');
}

function findClosingQuote(tokens: Token[], open: number, limit: number): number {
  const end = Math.min(limit, open + MAX_QUOTED_TOKENS + 2);
  for (let j = open + 1; j < end; j++) if (CLOSING_QUOTES.has(tokens[j].text)) return j;
  return -1;
}

/** Every word capitalised or a name connector, starting and ending capitalised. */
function isProperName(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || !isCapitalized(tokens[from]) || !isCapitalized(tokens[to - 1])) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (!isCapitalized(token) && !NAME_CONNECTORS.has(token.lower) && token.text !== '-') return false;
  }
  return true;
}

/**
 * "The Hudson Guardian", "the Hudson Daily Mirror": an outlet's registered
 * name written after another capitalised word of the same name is the end of
 * a longer, unregistered title, not that outlet ("Russian RT", "The Guardian",
 * "UK Daily Mirror" keep it: a country or a function word before it).
 */
function endsLongerName(ctx: MentionContext, mention: Mention, from: number, previous: Mention | undefined): boolean {
  const i = mention.first;
  if (!mention.outlet || !(isMediaOutlet(mention.type) || isGenericBodyName(ctx.tokens[i])) || i <= from || previous?.end === i) return false;
  const before = ctx.tokens[i - 1];
  if (!isCapitalized(before) || before.pos !== 'PROPN' || before.end !== ctx.tokens[i].start - 1) return false;
  if (NAME_OPENERS.has(before.lower) || isCountryAdjectiveStart(before.lower) || stateOf(before.text)) return false;
  // a capitalised word opening the sentence may be a common one ("Former CNN anchor")
  return i - 1 > from || !lowerCaseWordsOf(ctx).has(before.lower);
}

/**
 * "the Citi News team", "the Liberation Tigers of Tamil Eelam": a registered
 * name that a further capitalised word of the same run goes on is the start
 * of a longer, unregistered proper name, not that body. A title ("NASA
 * Administrator Jane Roe", "IDC Research Director"), a date ("Reuters
 * Monday"), a document ("GAO Testimony"), a company suffix ("Acme Holdings") or an outlet's own sub-brand
 * ("BBC News") leaves the body named.
 */
function beginsLongerName(ctx: MentionContext, mention: Mention, to: number): boolean {
  const { tokens } = ctx;
  if (!mention.outlet || mention.office || mention.state || mention.end >= to) return false;
  const last = tokens[mention.end - 1];
  const next = tokens[mention.end];
  if (CLOSING_QUOTES.has(last.text) || next.start !== last.end + 1 || !isCapitalized(next) || looksLikeAbbreviation(next.text)) return false;
  if (!/^\p{L}+$/u.test(next.text) || DATE_GAP_WORDS.has(next.lower) || COMPANY_SUFFIXES.has(next.lower)) return false;
  // "GAO Testimony", "Kremlin Statement": the body's own document
  if (ISSUED_DOCUMENTS.has(next.lower) || STATEMENT_LABEL_WORDS.has(next.lower)) return false;
  // "Thomson Reuters I/B/E/S": a word glued to a slash opens the body's product or a pair of names, no longer name
  const slash = tokens[mention.end + 1];
  if (mention.end + 1 < to && slash.text === '/' && slash.start === next.end) return false;
  if ((isMediaOutlet(mention.type) || mention.type === 'news-agency') && OUTLET_SUB_BRANDS.has(next.lower)) return false;
  if (stateOf(next.text) || isCountryAdjectiveStart(next.lower)) return false;
  // "the National Security and Foreign Policy Committee Jane Roe": a body's head word after the name makes a longer
  // body's name, whoever follows it
  if (LONGER_BODY_HEADS.has(next.lower)) return true;
  // the run may be a title before a person: "Gartner Principal Analyst Jane Roe"
  for (let k = mention.end; k < Math.min(to, mention.end + 3) && isCapitalized(tokens[k]); k++) if (isRoleWord(tokens[k].lower)) return false;
  // or the person right after the body ("the spokesman of the Navy Jane Roe", "U.S. Trade Representative Jane Roe")
  const after = tokens[mention.end + 1];
  return !(mention.end + 1 < to && after.start === next.end + 1 && isCapitalized(after) && surnamesOf(ctx).has(after.lower));
}

/** Head words that make a registered name followed by them another body's ("Foreign Policy Committee", "Reuters Institute"). */
const LONGER_BODY_HEADS = new Set(['committee', 'commission', 'council', 'institute', 'foundation', 'center', 'centre', 'association', 'society', 'academy', 'caucus', 'subcommittee', 'federation', 'coalition', 'alliance']);

const isRoleWord = (word: string) =>
  TITLE_WORDS.has(word) || CORPORATE_TITLES.has(word) || GOVERNMENT_TITLES.has(word) || OCCUPATION_TITLES.has(word) || MORE_ROLE_WORDS.has(word);

/** Titles the title lists leave out, written capitalised after a body's name. */
const MORE_ROLE_WORDS = new Set(['administrator', 'inspector', 'auditor', 'comptroller', 'attorney', 'counsel', 'judge', 'justice', 'scientist', 'scientists', 'engineer', 'professor', 'fellow', 'partner', 'manager', 'principal', 'officials', 'correspondents', 'reporters', 'editors', 'journalist', 'journalists', 'strategist', 'strategists']);

/** "Acme Holdings", "Gartner Inc": words that end a company's own name. */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings', 'ag', 'sa', 'se', 'nv', 'gmbh']);

/** "BBC News", "CNN International", "Reuters Television": an outlet's own sub-brands. */
const OUTLET_SUB_BRANDS = new Set(['news', 'television', 'tv', 'radio', 'online', 'digital', 'world', 'international', 'service', 'business', 'money', 'opinion', 'newswire', 'wire', 'live', 'america', 'europe', 'asia', 'africa']);

/**
 * "Rep. Lisa Wagner said", then "Wagner said": a one-word registered body's
 * name that the article also writes after a first name or a title is that
 * person's surname wherever it stands alone, never the body (the body's own
 * longer names, "the Wagner Group", still match).
 */
function isPersonsSurname(ctx: MentionContext, mention: Mention): boolean {
  if (!mention.outlet || mention.end - mention.first !== 1 || isMediaOutlet(mention.type) || mention.type === 'news-agency') return false;
  const token = ctx.tokens[mention.first];
  return !looksLikeAbbreviation(token.text) && surnamesOf(ctx).has(token.lower);
}

/**
 * "told an Australian investment conference": an outlet whose one-word name is also a nationality, after
 * "a" or "an" and before a lower-case word, is the adjective ("The Australian" is never "an Australian";
 * "a Guardian article" is still the Guardian's).
 */
function isAdjectiveBeforeNoun(ctx: MentionContext, mention: Mention): boolean {
  if (!mention.outlet || mention.end - mention.first !== 1 || !isMediaOutlet(mention.type) || mention.first === 0) return false;
  const { tokens } = ctx;
  if (!isNationality(tokens[mention.first].text)) return false;
  const before = tokens[mention.first - 1].lower;
  const next = tokens[mention.end] as Token | undefined;
  return (before === 'a' || before === 'an') && next !== undefined && /^\p{Ll}/u.test(next.text);
}

/** The surnames the article writes after a first name or a title, gathered in one pass on first need. */
function surnamesOf(ctx: MentionContext): Set<string> {
  if (!ctx.surnames) {
    ctx.surnames = new Set<string>();
    const { tokens } = ctx;
    // a capitalised word the article also writes in lower case opened a sentence ("Separate Eurostat data")
    const common = lowerCaseWordsOf(ctx);
    for (let i = 1; i < tokens.length; i++) if (followsFirstNameOrTitle(tokens, i) && !common.has(tokens[i - 1].lower)) ctx.surnames.add(tokens[i].lower);
  }
  return ctx.surnames;
}

/** "Lisa Wagner", "Rep. Wagner", "Mr Wagner": a capitalised word right after a given name or a title abbreviation. */
function followsFirstNameOrTitle(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!isCapitalized(token) || looksLikeAbbreviation(token.text)) return false;
  const previous = tokens[i - 1];
  if (previous.end + 1 !== token.start) return false;
  // "Rep. Wagner": the title's stop may be a token of its own
  const title = previous.text === '.' && i > 1 && tokens[i - 2].end === previous.start ? tokens[i - 2] : previous;
  if (TITLE_ABBREVIATIONS.has(title.lower)) return true;
  if (title !== previous || !isCapitalized(previous) || previous.pos !== 'PROPN' || looksLikeAbbreviation(previous.text)) return false;
  if (NAME_OPENERS.has(previous.lower) || isCountryAdjectiveStart(previous.lower) || stateOf(previous.text)) return false;
  return !GIVEN_NAME_IMPOSTORS.has(previous.lower) && !ADJECTIVE_ENDINGS.test(previous.lower);
}

/** "Separate", "Additional", "Official": an adjective opening a sentence is no given name. */
const ADJECTIVE_ENDINGS = /(?:ate|ous|ive|ful|less|able|ible)$/;

/** Capitalised words before a name that are no given name: "Group Wagner", "Private Wagner" as ranks or kinds. */
const GIVEN_NAME_IMPOSTORS = new Set(['group', 'pmc', 'company', 'private', 'general', 'federal', 'national', 'state', 'united']);

/** The words the article writes in lower case, gathered in one pass on first need. */
export function lowerCaseWordsOf(ctx: MentionContext): Set<string> {
  if (!ctx.lowerCaseWords) {
    ctx.lowerCaseWords = new Set<string>();
    for (const token of ctx.tokens) if (token.text === token.lower && startsWithLowerCaseLetter(token.text)) ctx.lowerCaseWords.add(token.lower);
  }
  return ctx.lowerCaseWords;
}

/** /^\p{Ll}/u, its answer for ASCII read from the first code: this is asked of every word of the article. */
function startsWithLowerCaseLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return isAsciiLower(code);
  return /^\p{Ll}/u.test(text);
}

/**
 * "Nebraska Department of Health and Human Services", "Texas Department of
 * Public Safety": a registered body whose name opens with a generic head is
 * the end of a longer name when a place other than a country stands before
 * it (a state's department, not the federal one).
 */
const GENERIC_BODY_HEADS = new Set(['department', 'ministry', 'office', 'bureau', 'agency', 'commission', 'council', 'board', 'administration', 'authority', 'service']);
const isGenericBodyName = (first: Token) => GENERIC_BODY_HEADS.has(first.lower);

const isMediaOutlet = (type: ClaimSource['type']) => type === 'newspaper' || type === 'magazine' || type === 'online-outlet' || type === 'broadcaster';

/** Capitalised words that open a name without being part of it. */
const NAME_OPENERS = new Set(['the', 'a', 'an', 'former', 'ex', 'new', 'according', 'as', 'by', 'in', 'on', 'at', 'for', 'from', 'with', 'and', 'but']);

/** Registered outlets, defined abbreviations, quoted names and speaking states in [from, to). */
export function findMentions(ctx: MentionContext, from: number, to: number): Mention[] {
  const mentions: Mention[] = [];
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    let mention: Mention | undefined;
    if (OPENING_QUOTES.has(token.text)) mention = quotedAt(ctx, i, to);
    else if (isCapitalized(token)) mention = officeOrRegistered(ctx, i, to) ?? stateAt(ctx, i, to);
    else if (POSTPOSED_COUNTRY_OFFICES.has(token.lower)) mention = lowerCaseOfficeOfCountry(ctx, i, to);
    if (!mention) continue;
    if (endsLongerName(ctx, mention, from, mentions[mentions.length - 1])) continue;
    if (beginsLongerName(ctx, mention, to)) continue;
    if (isPersonsSurname(ctx, mention)) continue;
    if (isAdjectiveBeforeNoun(ctx, mention)) continue;
    mentions.push(mention);
    i = mention.end - 1;
  }
  return mentions;
}

/**
 * Records "Long Name (ABBR)" so later bare uses of ABBR resolve. A registered
 * long name lends its outlet; an unregistered one its written form.
 */
export function collectDefinitions(ctx: MentionContext, mentions: Mention[], from: number, to: number): boolean {
  const { tokens } = ctx;
  const before = ctx.definitions.size;
  for (let i = from + 1; i + 2 < to; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')') continue;
    const abbreviation = tokens[i + 1].text;
    if (!looksLikeAbbreviation(abbreviation) || ctx.definitions.has(abbreviation)) continue;
    const named = mentionEndingAt(mentions, i);
    if (named) {
      ctx.definitions.set(abbreviation, { name: named.name, type: named.type, outlet: named.outlet });
      continue;
    }
    const start = properNameStart(tokens, i, from);
    // "The Armed Forces Philippines (AFP)": a capitalised "The" opening the sentence gives the name no initial
    const initialsFrom = start + 1 < i && tokens[start].lower === 'the' ? start + 1 : start;
    if (start < i && initialsMatch(tokens, initialsFrom, i, abbreviation)) {
      ctx.definitions.set(abbreviation, { name: ctx.text.slice(tokens[start].start, tokens[i - 1].end), type: 'unknown' });
    }
  }
  return ctx.definitions.size > before;
}

/** The mention ending just before token `end` (mentions are sorted and disjoint). */
function mentionEndingAt(mentions: Mention[], end: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end === end) return mentions[mid].state ? undefined : mentions[mid];
    if (mentions[mid].end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The first token of the proper name that ends just before `end`. */
function properNameStart(tokens: Token[], end: number, floor: number): number {
  let start = end;
  for (let k = end - 1; k >= Math.max(floor, end - MAX_NAME_TOKENS); k--) {
    const token = tokens[k];
    if (isCapitalized(token)) start = k;
    else if (!NAME_CONNECTORS.has(token.lower) && token.text !== '-') break;
  }
  return start;
}

function initialsMatch(tokens: Token[], from: number, to: number, abbreviation: string): boolean {
  const initials = [];
  for (let k = from; k < to; k++) if (isCapitalized(tokens[k])) initials.push(tokens[k].text[0]);
  const letters = abbreviation.replace(/[^A-Z]/g, '');
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at >= Math.min(letters.length, 2) && letters[0] === initials[0];
}
