import type { OutletRegistry } from '../registry/outlet-registry.js';
import type { Token } from '../text/tokenize.js';
import { DASH_TOKENS as DATELINE_DASHES, isPossessive } from '../text/tokenize.js';
import type { OutletRecord } from '../types.js';
import {
  OFFICE_SPOKESPEOPLE,
  COUNTRY_FORMS,
  COUNTRY_ONLY_OFFICES,
  TITLE_COUNTRIES,
  FORMER_OFFICE,
  MINISTRY_DOMAIN_WORDS,
  NATIONALITY_MODIFIERS,
  OFFICE_BODY_HEADS,
  OFFICE_BODY_NAMES,
  OFFICE_DOMAINS,
  OFFICE_FALLBACKS,
  OFFICE_HOLDER_HEADS,
  OFFICE_LONG_NAMES,
  OFFICE_RANKS,
  OFFICE_TITLES,
} from './lexicon.js';

// "Russia's foreign minister", "Russian Foreign Minister Sergei Lavrov",
// "the Ministry of Foreign Affairs of Ukraine", "Britain's home secretary":
// a country and an office, which stand for a body (the foreign ministry of
// that country). The body is looked up in the registry by country and office,
// so one entry per body covers every way of writing it; without an entry the
// body is still reported, unregistered ("Lebanese Foreign Ministry").

/** An office found in the text: tokens [first, end) and the body it stands for. */
export interface OfficeMention {
  first: number;
  end: number;
  /** The office: "foreign", "presidency", "prime-minister", ... */
  office: string;
  name: string;
  outlet?: OutletRecord;
  /** No country named: a registered name starting at the same word wins ("Defense Department"). */
  countryless?: boolean;
  /** The domain as written ("Finance"), to name the body once a country is known. */
  written?: string;
  /** A name follows ("Energy Minister Jane Roe"): without the article's country, the person is the better name. */
  holderFollows?: boolean;
  /** The country the text names with the office ("the Iranian Foreign Ministry"). */
  country?: string;
  /** The country the title itself says, though the text names none ("Foreign Secretary": British). */
  titleCountry?: string;
  /** Headed "Department" (see Office.department). */
  department?: boolean;
}

export interface Phrase {
  code: string;
  end: number;
}

const MAX_COUNTRY_WORDS = 4;
const countryByForm = new Map<string, { code: string; name: boolean }>();
for (const [code, forms] of Object.entries(COUNTRY_FORMS)) {
  for (const form of [...forms.names, ...forms.capitals]) countryByForm.set(form.toLowerCase(), { code, name: true });
  for (const form of forms.adjectives) if (!countryByForm.has(form.toLowerCase())) countryByForm.set(form.toLowerCase(), { code, name: false });
}

/** "nairobi": capitals, whose police are no country's force. */
const CAPITAL_FORMS = new Set<string>(Object.values(COUNTRY_FORMS).flatMap((forms) => forms.capitals.map((form) => form.toLowerCase())));

/** First words an office mention can start with: a quick test before any phrase is built. */
const FIRST_WORDS = new Set<string>(['the']);
for (const form of countryByForm.keys()) FIRST_WORDS.add(form.split(' ')[0]);
for (const [words] of OFFICE_TITLES) FIRST_WORDS.add(words[0]);
for (const phrases of Object.values(OFFICE_DOMAINS)) for (const words of phrases) FIRST_WORDS.add(words[0]);
for (const word of [...OFFICE_BODY_HEADS, ...OFFICE_HOLDER_HEADS, ...OFFICE_RANKS]) FIRST_WORDS.add(word);

/** Every form's leading words ("south", "south korean"): a phrase that is none of them cannot grow into a form. */
const countryFormStarts = new Set<string>();
for (const form of countryByForm.keys()) {
  const words = form.split(' ');
  for (let n = 1; n <= words.length; n++) countryFormStarts.add(words.slice(0, n).join(' '));
}

/** Phrases by their first word, in the lexicon's order: only those can match at a token. */
function byFirstWord<T extends { words: readonly string[] }>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const list = index.get(entry.words[0]);
    if (list) list.push(entry);
    else index.set(entry.words[0], [entry]);
  }
  return index;
}

const DOMAINS_BY_FIRST_WORD = byFirstWord(Object.entries(OFFICE_DOMAINS).flatMap(([office, phrases]) => phrases.map((words) => ({ office, words }))));
const TITLES_BY_FIRST_WORD = byFirstWord(OFFICE_TITLES.map(([words, office]) => ({ office, words })));

/** The country named at token `i` ("South Korean", "Russia", "the U.S."), longest first. */
function countryAt(tokens: Token[], i: number, end: number, names: boolean): Phrase | undefined {
  const start = tokens[i].lower === 'the' ? i + 1 : i;
  return longestForm(tokens, start, Math.min(end, start + MAX_COUNTRY_WORDS), (found) => !names || found.name);
}

/**
 * Where a country's name or adjective ends at token `end` (exclusive) starts ("South Korea" of "South Korea's
 * Yonhap", "South Korean" of "the South Korean news agency"), at or after `from`; -1 when none does.
 */
export function countryStartBefore(tokens: Token[], from: number, end: number): number {
  for (let start = Math.max(from, end - MAX_COUNTRY_WORDS); start < end; start++) {
    if (/^\p{Lu}/u.test(tokens[start].text) && longestForm(tokens, start, end, () => true)?.end === end) return start;
  }
  return -1;
}

/** The longest country form in tokens [start, start + n) for n up to `last` - `start` that `accepts` takes. */
function longestForm(tokens: Token[], start: number, last: number, accepts: (found: { code: string; name: boolean }) => boolean): Phrase | undefined {
  let best: Phrase | undefined;
  let phrase = '';
  for (let j = start + 1; j <= last; j++) {
    phrase += (j > start + 1 ? ' ' : '') + tokens[j - 1].lower;
    if (!countryFormStarts.has(phrase)) break;
    const found = countryByForm.get(phrase);
    if (found && accepts(found)) best = { code: found.code, end: j };
  }
  return best;
}

/** The end of a country adjective standing at token `i` ("Ukrainian", "South Korean"), or -1. */
export function countryAdjectiveEnd(tokens: Token[], i: number, end: number): number {
  return countryCodeOfAdjective(tokens, i, end)?.end ?? -1;
}

/** First words of country adjectives ("south" of "South Korean"): a quick test before any phrase is built. */
const ADJECTIVE_FIRST_WORDS = new Set<string>();
for (const [form, found] of countryByForm) if (!found.name) ADJECTIVE_FIRST_WORDS.add(form.split(' ')[0]);

export function isCountryAdjectiveStart(lower: string): boolean {
  return ADJECTIVE_FIRST_WORDS.has(lower);
}

/**
 * A nationality and nothing else ("North Korean", "Senior Ukrainian",
 * "Russians"): the adjective of a phrase whose noun is lower-case ("a North
 * Korean diplomat's threat", "earlier Russian charges") names nobody, and a
 * people is no source.
 */
export function isNationality(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && NATIONALITY_MODIFIERS.has(words[k])) k++;
  const rest = words.slice(k).join(' ');
  const form = countryByForm.get(rest) ?? (rest.endsWith('s') ? countryByForm.get(rest.slice(0, -1)) : undefined);
  return form !== undefined && !form.name;
}

/** The country of an adjective standing at token `i` ("South Korean" -> KR) and where it ends. */
export function countryCodeOfAdjective(tokens: Token[], i: number, end: number): Phrase | undefined {
  if (!ADJECTIVE_FIRST_WORDS.has(tokens[i].lower)) return undefined;
  for (let j = Math.min(end, i + 2); j > i; j--) {
    let phrase = '';
    for (let k = i; k < j; k++) phrase += (k > i ? ' ' : '') + tokens[k].lower;
    const found = countryByForm.get(phrase);
    if (found && !found.name) return { code: found.code, end: j };
  }
  return undefined;
}

/** "New Zealand police", "the Kenyan police" [from, at): where the country's adjective before "police" at `at` starts, else -1. */
export function countryBeforePolice(tokens: Token[], from: number, at: number): number {
  const start = tokens[from].lower === 'the' ? from + 1 : from;
  if (start >= at || !/^\p{Lu}/u.test(tokens[start].text) || longestForm(tokens, start, at, () => true)?.end !== at) return -1;
  // a country's name serves as its adjective there ("New Zealand police", "Kenya police"); a capital's police are the city's
  return CAPITAL_FORMS.has(tokens.slice(start, at).map((t) => t.lower).join(' ')) ? -1 : start;
}

function wordsAt(tokens: Token[], i: number, end: number, words: readonly string[]): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k].lower !== words[k]) return false;
  return true;
}

interface Office {
  office: string;
  end: number;
  /** The domain as written ("Defense"), for an unregistered body's name. */
  written?: string;
  /** Written as "<domain> ministry" ("Islamabad's foreign ministry"): an unregistered body is named so, not by its long form. */
  shortForm?: boolean;
  /** Tokens of the domain ("Digital Affairs"), when the office names one. */
  domain?: [number, number];
  /** A known domain joined to more ("Health and Wellness"), as a body's name writes it. */
  compound?: string;
  /**
   * Headed "Department" ("the Department of Health", "Health Department"): an unregistered body keeps the
   * word, as the Philippines' and Minnesota's do; readers and annotators do not call it a ministry.
   */
  department?: boolean;
}

function domainAt(tokens: Token[], i: number, end: number): { office: string; end: number } | undefined {
  if (i >= end) return undefined;
  let best: { office: string; end: number } | undefined;
  for (const { office, words } of DOMAINS_BY_FIRST_WORD.get(tokens[i].lower) ?? []) {
    if (wordsAt(tokens, i, end, words) && (!best || i + words.length > best.end)) best = { office, end: i + words.length };
  }
  return best;
}

/** "foreign minister", "Ministry of Foreign Affairs", "Defense Department", "president", "top diplomat". */
function officeAt(tokens: Token[], i: number, end: number): Office | undefined {
  let k = i;
  while (k < end && OFFICE_RANKS.has(tokens[k].lower) && k - i < 2) k++;
  let title: Office | undefined;
  const titles = k < end ? TITLES_BY_FIRST_WORD.get(tokens[k].lower) : undefined;
  for (const { words, office } of titles ?? []) if (wordsAt(tokens, k, end, words) && (!title || k + words.length > title.end)) title = { office, end: k + words.length };
  const domain = domainAt(tokens, k, end);
  if (domain && domain.end < end && (OFFICE_BODY_HEADS.has(tokens[domain.end].lower) || OFFICE_HOLDER_HEADS.has(tokens[domain.end].lower))) {
    const shortForm = domain.end === k + 1 && tokens[domain.end].lower === 'ministry';
    const department = tokens[domain.end].lower === 'department';
    return { office: domain.office, end: domain.end + 1, written: tokens[k].text, domain: [k, domain.end], ...(shortForm && { shortForm }), ...(department && { department }) };
  }
  const head = tokens[k]?.lower;
  if (k + 2 < end && (OFFICE_BODY_HEADS.has(head) || OFFICE_HOLDER_HEADS.has(head)) && (tokens[k + 1].lower === 'of' || tokens[k + 1].lower === 'for')) {
    const from = tokens[k + 2].lower === 'the' ? k + 3 : k + 2;
    const inner = from < end ? domainAt(tokens, from, end) : undefined;
    // "Secretary of State for International Development": a British secretary of state's office is the one after "for"
    if (inner && inner.office === 'foreign' && tokens[from].lower === 'state' && tokens[inner.end]?.lower === 'for') return portfolioAfter(tokens, inner.end + 1, end);
    if (inner) {
      const compoundEnd = compoundDomainEnd(tokens, from, inner.end, end);
      // "Ministry of Health and Wellness": an unregistered body is named by the whole compound, the office stays the known domain's
      // (not when the name goes on with "of": "Ministry of Defense and Support of the Armed Forces" keeps the known domain's)
      const whole = compoundEnd > inner.end && tokens[compoundEnd - 1].text !== ',' && (tokens[compoundEnd]?.lower !== 'of' || countryAt(tokens, compoundEnd + 1, end, true)) ? titleCase(tokens, from, compoundEnd) : undefined;
      return { office: inner.office, end: compoundEnd, written: whole ?? tokens[from].text, domain: [from, inner.end], ...(whole && { compound: whole }), ...(head === 'department' && { department: true }) };
    }
    const open = from < end && head !== 'secretary' ? openDomainEnd(tokens, from, end) : -1;
    if (open > from) {
      const written = titleCase(tokens, from, open);
      return { office: `other:${written.toLowerCase()}`, end: open, written, domain: [from, open] };
    }
  }
  return title;
}

/** Capitalised words a known domain's second half may have ("and Social Affairs", "and Armed Forces Logistics"). */
const MAX_COMPOUND_DOMAIN_WORDS = 4;

/**
 * "Ministry of Health and Social Affairs", "Ministry of Defense and Support of the Armed Forces": a known
 * domain joined by "and" to more capitalised words is one ministry's name, never a second body; the office
 * stays the known domain's. Returns where the name ends.
 */
function compoundDomainEnd(tokens: Token[], from: number, domainEnd: number, end: number): number {
  const listEnd = listedDomainsEnd(tokens, domainEnd, end);
  if (listEnd > 0) return listEnd;
  if (domainEnd + 1 >= end || tokens[domainEnd].lower !== 'and' || !isCapitalizedWord(tokens[from].text)) return domainEnd;
  // "the Ministry of Defence and Jane Roe said": a name after "and" is a second speaker
  const second = tokens[domainEnd + 1];
  let k = domainEnd + 1;
  while (k < end && k - domainEnd <= MAX_COMPOUND_DOMAIN_WORDS && isCapitalizedWord(tokens[k].text) && /^\p{L}/u.test(tokens[k].text)) k++;
  if (k === domainEnd + 1) return domainEnd;
  // a proper name may still be a domain word's run when the name goes on with "of" ("and Support of the Armed Forces")
  if (second.pos === 'PROPN' && !MINISTRY_DOMAIN_WORDS.has(second.lower) && tokens[k]?.lower !== 'of') return domainEnd;
  return k;
}

/** Words of a domain no list knows, at most: "Supply and Internal Trade" is four. */
const MAX_OPEN_DOMAIN_WORDS = 5;

/**
 * "Minister of Social Affairs", "Ministry of Supply and Internal Trade",
 * "Minister for Civil Aviation": every government names its ministries its
 * own way, so after "Minister of" / "Ministry for" the words ministries are
 * named with (joined by "and") are a domain even when no OFFICE_DOMAINS
 * entry knows the whole. Returns where it ends, or -1.
 */
function openDomainEnd(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_OPEN_DOMAIN_WORDS && MINISTRY_DOMAIN_WORDS.has(tokens[k].lower)) {
    k++;
    if (k + 1 < end && (tokens[k].lower === 'and' || tokens[k].text === '&') && MINISTRY_DOMAIN_WORDS.has(tokens[k + 1].lower)) k++;
  }
  if (k === from) return -1;
  const listEnd = listedDomainsEnd(tokens, k, end);
  return listEnd > 0 ? listEnd : k;
}

/** Domains a comma list may add to a ministry's name: "Industry, Mine and Trade" is three, one body. */
const MAX_LISTED_DOMAINS = 4;

/**
 * "Minister of Industry, Mine and Trade Jane Roe", "Ministry of Roads, Ports and Housing": a comma after
 * a domain goes on naming the same ministry when capitalised domain words follow and an "and" closes the
 * list; otherwise ("Minister of Finance, Jane Roe, said") the comma ends the title. Returns where the
 * list ends, or -1.
 */
function listedDomainsEnd(tokens: Token[], at: number, end: number): number {
  let k = at;
  for (let listed = 0; listed < MAX_LISTED_DOMAINS && k + 1 < end && tokens[k].text === ','; listed++) {
    if (!isListedDomainWord(tokens[k + 1])) return -1;
    k += 2;
    if (k + 1 < end && (tokens[k].lower === 'and' || tokens[k].text === '&') && isListedDomainWord(tokens[k + 1])) return k + 2;
  }
  return -1;
}

const isListedDomainWord = (token: Token | undefined) => token !== undefined && isCapitalizedWord(token.text) && MINISTRY_DOMAIN_WORDS.has(token.lower);

/**
 * "former Minister of Industry, Mine and Trade Jane Roe": when a proper run [start, end) opens with the
 * last domains of a title's comma list ("Mine and Trade Jane Roe"), where the holder's name begins; else -1.
 */
export function afterListedDomains(tokens: Token[], from: number, start: number, end: number): number {
  let at = start - 1;
  let inTitle = false;
  for (let listed = 0; listed < MAX_LISTED_DOMAINS && at - 1 >= from && tokens[at].text === ',' && isListedDomainWord(tokens[at - 1]); listed++) {
    at -= 2;
    const joiner = tokens[at]?.lower;
    const head = tokens[at - 1]?.lower ?? '';
    inTitle = at - 1 >= from && (joiner === 'of' || joiner === 'for') && (OFFICE_BODY_HEADS.has(head) || OFFICE_HOLDER_HEADS.has(head));
    if (inTitle) break;
  }
  if (!inTitle) return -1;
  let k = start;
  while (k < end && isListedDomainWord(tokens[k])) {
    k++;
    if (k + 1 < end && (tokens[k].lower === 'and' || tokens[k].text === '&') && isListedDomainWord(tokens[k + 1])) k++;
  }
  return k > start && k < end ? k : -1;
}

/** "internal trade" -> "Internal Trade": a body's name, however the sentence wrote it. */
function titleCase(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const word = tokens[k].lower === 'and' ? 'and' : tokens[k].text.replace(/^./, (c) => c.toUpperCase());
    out += (k > from && word !== ',' ? ' ' : '') + word;
  }
  return out;
}

/** The office a British "Secretary of State for ..." holds, from the domain at `at` ("for the Home Department"), if the lexicon knows it. */
function portfolioAfter(tokens: Token[], at: number, end: number): Office | undefined {
  const from = tokens[at]?.lower === 'the' ? at + 1 : at;
  const domain = from < end ? domainAt(tokens, from, end) : undefined;
  return domain && { office: domain.office, end: domain.end, written: tokens[from].text, domain: [from, domain.end] };
}

/**
 * "Russian defence official Jane Roe", "European agriculture official Jane Roe": a country's adjective, a domain in
 * [from, to) and "official": the body of that domain in that country (the EU's is the Commission), if the words
 * are a domain the lexicon knows.
 */
export function officialsBody(registry: OutletRegistry, tokens: Token[], code: string, from: number, to: number): { name: string; outlet?: OutletRecord } | undefined {
  const domain = domainAt(tokens, from, to);
  if (!domain || domain.end !== to) return undefined;
  if (COUNTRY_ONLY_OFFICES.commission === code) return bodyFor(registry, code, { office: 'commission', end: to });
  return bodyFor(registry, code, { office: domain.office, end: to, written: titleCase(tokens, from, from + 1) });
}

/** The office a holder's title names ("Agriculture Secretary", "Minister of Energy"), when the title is all of [from, to). */
export function officeOfHolderTitle(tokens: Token[], from: number, to: number): string | undefined {
  const office = officeAt(tokens, from, to);
  return office?.end === to && office.domain ? office.office : undefined;
}

/** The office starting at token `i`, with its country before ("Russia's") or after ("of Ukraine"). */
export function officeMentionAt(tokens: Token[], i: number, end: number, registry: OutletRegistry): OfficeMention | undefined {
  if (!FIRST_WORDS.has(tokens[i].lower)) return undefined;
  const country = countryAt(tokens, i, end, false);
  // "Former British prime minister David Cameron", "former Russian President Dmitry Medvedev": "former" before the
  // country's adjective retires the holder as it does after it ("Russia's former president")
  if (country && i > 0 && FORMER_OFFICE.has(tokens[i - 1].lower)) return undefined;
  if (country) {
    let at = country.end;
    if (isPossessive(tokens[at])) at++;
    if (at < end && FORMER_OFFICE.has(tokens[at].lower)) return undefined;
    const office = at < end ? officeAt(tokens, at, end) : undefined;
    if (office && !belongsElsewhere(office.office, country.code)) return { first: i, end: office.end, office: office.office, country: country.code, ...bodyFor(registry, country.code, office) };
    return undefined;
  }
  // "former Minister of Industry Jane Roe": a former holder speaks for himself, whatever country the office has
  if (i > 0 && FORMER_OFFICE.has(tokens[i - 1].lower)) return undefined;
  const office = officeAt(tokens, i, end);
  if (!office) return undefined;
  const after = office.end + 1 < end && (tokens[office.end].lower === 'of' || tokens[office.end].lower === 'for') ? countryAt(tokens, office.end + 1, end, true) : undefined;
  if (after) return belongsElsewhere(office.office, after.code) ? undefined : { first: i, end: after.end, office: office.office, country: after.code, ...bodyFor(registry, after.code, office) };
  // "Commissioner Thierry Breton": the Commission, once the article turns out to be about the EU
  if (COUNTRY_ONLY_OFFICES[office.office]) return { first: i, end: office.end, office: office.office, name: office.office, countryless: true, holderFollows: true };
  return countrylessOffice(tokens, i, office);
}

const belongsElsewhere = (office: string, code: string) => COUNTRY_ONLY_OFFICES[office] !== undefined && COUNTRY_ONLY_OFFICES[office] !== code;

/**
 * "Energy Minister Jane Roe", "the Minister for Digital Affairs": an office
 * whose country the sentence does not say is still a body, unregistered
 * ("Ministry of Energy"). Only ministries named by their domain: "President"
 * alone may head anything.
 */
function countrylessOffice(tokens: Token[], i: number, office: Office): OfficeMention | undefined {
  // "the Joint Chiefs of Staff said", "the joint chiefs of staff": a body's own name, whatever its case, is a body of the
  // country the article is about (else named as written)
  if (COUNTRYLESS_BODY_OFFICES.has(office.office)) return { first: i, end: office.end, office: office.office, name: OFFICE_BODY_NAMES[office.office], countryless: true };
  if (isVoiceOfCountry(tokens, office)) return { first: i, end: office.end, office: office.office, name: '', countryless: true, holderFollows: true };
  if (!office.domain || !isCapitalizedWord(tokens[office.domain[0]].text)) return undefined;
  // "Foreign Secretary", "Secretary of State": titles one country writes
  const titleCountry = TITLE_COUNTRIES.get(titleWords(tokens, i, office.end));
  // "Secretary of State" names a state's office only where the title says whose
  if (office.office === 'foreign' && tokens[office.domain[0]].lower === 'state' && !titleCountry) return undefined;
  // "Minnesota Department of Health": a name the office begins; "Energy Minister Jane Roe": the
  // holder is the better name where the country is unknown (the person is among a body's names)
  if (i > 0 && isCapitalizedWord(tokens[i - 1].text) && tokens[i - 1].pos === 'PROPN') return undefined;
  // "Regional Department of the Ministry of Interior": the office closes a longer name
  // ("on the website of the Ministry of Finance" is no such name: the word before "of the" is lower-case)
  const nameBefore = tokens[i - 1]?.lower === 'of' ? i - 2 : tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' ? i - 3 : -1;
  if (nameBefore >= 0 && isCapitalizedWord(tokens[nameBefore].text)) return undefined;
  const holderFollows = tokens[office.end] !== undefined && isCapitalizedWord(tokens[office.end].text);
  const [from, to] = office.domain;
  let written = '';
  for (let k = from; k < to; k++) written += (k > from ? ' ' : '') + tokens[k].text;
  const long = office.compound ?? (to - from === 1 ? OFFICE_LONG_NAMES[tokens[from].lower] : undefined);
  // an open domain ("Supply and Internal Trade") or a compound one ("Health and Wellness") is named whole once a country is known
  const domainWritten = office.office.startsWith('other:') || office.compound ? office.written : tokens[from].text;
  // written "<domain> Ministry" ("the Defense Ministry told reporters"): named so, as in bodyFor
  const name = office.shortForm ? `${written} Ministry` : `${office.department ? 'Department' : 'Ministry'} of ${long ?? written}`;
  return { first: i, end: office.end, office: office.office, name, countryless: true, written: domainWritten, ...(holderFollows && { holderFollows }), ...(titleCountry && { titleCountry }), ...(office.department && { department: true }) };
}

const isCapitalizedWord = (text: string) => text[0] !== text[0].toLowerCase();

/**
 * "Government spokesperson Hirokazu Matsuno", "Presidential spokesman Dmitry Peskov", "the government
 * spokesperson": the voice of a country's government or presidency with no country written, which is the
 * article's country's (without one, only the person is named: as for "Energy Minister Jane Roe", whose
 * body needs a country, and "Presidential" or "Government" alone named nothing).
 */
function isVoiceOfCountry(tokens: Token[], office: Office): boolean {
  const last = tokens[office.end - 1].lower;
  return isWholeGovernmentOffice(office.office) && (OFFICE_SPOKESPEOPLE.has(last) || last === 'secretary'); // "press secretary"
}

/** The offices that are a country's whole government, no ministry of it: no domain names them. */
const isWholeGovernmentOffice = (office: string) => office === 'government' || office === 'presidency';

/** "Presidential spokesman", "Government spokesperson": the title of a country's voice fills [from, to). */
export function isCountryVoiceTitle(tokens: Token[], from: number, to: number): boolean {
  const office = FIRST_WORDS.has(tokens[from].lower) ? officeAt(tokens, from, to) : undefined;
  return office !== undefined && office.end === to && isVoiceOfCountry(tokens, office);
}


/** Offices whose title is the body's own name, no holder's ("Joint Chiefs of Staff"). */
const COUNTRYLESS_BODY_OFFICES: ReadonlySet<string> = new Set(['joint-chiefs']);

/**
 * "The Joint Chiefs of Staff said" in a story about North Korea's launch: the country a story names most is often the
 * one acted on, not the one speaking, so such a body takes that country only where the registry has the body there;
 * else it stays as written (never an invented "North Korean Joint Chiefs of Staff").
 */
export function needsRegisteredBody(office: string): boolean {
  return COUNTRYLESS_BODY_OFFICES.has(office);
}

/**
 * "the home secretary", "The work and pensions secretary, Mel Stride,": the country a title alone says (see
 * TITLE_COUNTRIES), for a lower-case title in a text that names no country often enough to be about one.
 */
export function countryOfTitle(tokens: Token[], from: number, to: number): string | undefined {
  const k = from < to && tokens[from].lower === 'the' ? from + 1 : from;
  return k < to ? TITLE_COUNTRIES.get(titleWords(tokens, k, to)) : undefined;
}

/** "foreign secretary", "secretary of state": a title's words, lower-case, without ranks ("Acting"). */
function titleWords(tokens: Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) if (!OFFICE_RANKS.has(tokens[k].lower)) words.push(tokens[k].lower);
  return words.join(' ');
}

/**
 * "This is stated on the website of the Ministry of Finance" in a story about
 * Russia: an office named without its country is the body of the country the
 * article is about (issue 9, pattern 1).
 */
export function officeInCountry(registry: OutletRegistry, code: string, mention: OfficeMention): { name: string; outlet?: OutletRecord } {
  return bodyFor(registry, code, { office: mention.office, end: mention.end, written: mention.written, department: mention.department });
}

/** The country a country's name or capital stands for ("Japan", "the United States", "Kyiv"), if the lexicon knows it. */
export function countryCodeOfName(name: string): string | undefined {
  const found = countryByForm.get(name.toLowerCase().replace(/^the /, ''));
  return found?.name ? found.code : undefined;
}

/**
 * "its health ministry", "the foreign ministry", "the Ministry of Public Health", "the government": words
 * [from, to) that are all one office and name no country, as a sentence writes an office of the country it
 * has just named.
 */
export function officeWithoutCountry(tokens: Token[], from: number, to: number): OfficeMention | undefined {
  const k = from < to && (tokens[from].lower === 'the' || tokens[from].lower === 'its') ? from + 1 : from;
  if (k >= to || countryAt(tokens, k, to, false)) return undefined;
  const office = officeAt(tokens, k, to);
  if (!office || office.end !== to) return undefined;
  // "the government said", "the presidency said" in a story about one country: that country's
  if (!office.domain) return isWholeGovernmentOffice(office.office) ? { first: from, end: to, office: office.office, name: '' } : undefined;
  // the domain as a body's name writes it, whatever case the sentence used ("health" -> "Health")
  const written = office.office.startsWith('other:') ? office.written : titleCase(tokens, office.domain[0], office.domain[0] + 1);
  return { first: from, end: to, office: office.office, name: '', written, ...(office.department && { department: true }) };
}

/** How often a country must be named, and how far ahead of the next, to be what an article is about. */
const CONTEXT_MIN_MENTIONS = 3;
const CONTEXT_LEAD = 2;

/**
 * The country an article is about: the one its text names (by name, adjective
 * or capital) at least three times and twice as often as any other, if any.
 */
export function contextCountry(tokens: Token[]): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!countryFormStarts.has(tokens[i].lower)) continue;
    const found = longestForm(tokens, i, Math.min(tokens.length, i + MAX_COUNTRY_WORDS), () => true);
    if (!found) continue;
    counts.set(found.code, (counts.get(found.code) ?? 0) + 1);
    i = found.end - 1;
  }
  // "ANKARA (Reuters) - The foreign ministry said": a wire's dateline says where the story is told from, which a
  // countryless office means unless the text names another country at least as often
  const dateline = datelineCountry(tokens);
  if (dateline) counts.set(dateline, (counts.get(dateline) ?? 0) + CONTEXT_MIN_MENTIONS - 1);
  let best: [string, number] | undefined;
  let second = 0;
  for (const entry of counts) {
    if (!best || entry[1] > best[1]) {
      second = best?.[1] ?? 0;
      best = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  return best && best[1] >= CONTEXT_MIN_MENTIONS && best[1] >= CONTEXT_LEAD * second ? best[0] : undefined;
}

/** How far into the text a dateline may stand (after a headline and a byline), and how far its dash from its place. */
const MAX_DATELINE_START = 120;
const MAX_DATELINE_DASH = 10;

/**
 * The country of a dateline's place: a capital or country written in capitals ("ANKARA", "MANILA, Philippines")
 * with a dash standing apart a few tokens on ("ANKARA, May 3 (Reuters) -"), near the text's start.
 */
function datelineCountry(tokens: Token[]): string | undefined {
  const last = Math.min(tokens.length, MAX_DATELINE_START);
  for (let i = 0; i < last; i++) {
    const text = tokens[i].text;
    if (text.length < 3 || text !== text.toUpperCase() || !/\p{Lu}/u.test(text) || !countryFormStarts.has(tokens[i].lower)) continue;
    const found = longestForm(tokens, i, Math.min(tokens.length, i + MAX_COUNTRY_WORDS), () => true);
    if (!found) continue;
    for (let k = found.end; k < tokens.length && k - found.end < MAX_DATELINE_DASH; k++) if (DATELINE_DASHES.has(tokens[k].text)) return found.code;
    return undefined;
  }
  return undefined;
}

function bodyFor(registry: OutletRegistry, code: string, office: Office): { name: string; outlet?: OutletRecord } {
  const index = bodyIndex(registry);
  for (const key of OFFICE_FALLBACKS[office.office] ?? [office.office]) {
    const outlet = index.get(`${code}:${key}`);
    if (outlet) return { name: outlet.name, outlet };
  }
  const adjective = COUNTRY_FORMS[code]?.adjective ?? code;
  // "Ministry of Health and Wellness": a compound domain's unregistered body keeps its whole name
  const fixed = office.written?.includes(' and ') ? undefined : OFFICE_BODY_NAMES[office.office];
  // "EU Commission": a name the registry knows under another one (the European Commission)
  const known = fixed ? registry.findByName(`${adjective} ${fixed}`) : undefined;
  if (known) return { name: known.name, outlet: known };
  if (fixed) return { name: `${adjective} ${fixed}` };
  const written = (office.written ?? office.office).replace(/^./, (c) => c.toUpperCase());
  if (code === 'US') return { name: `${adjective} ${written} Department` };
  // annotators and readers name a body the way the text writes it: "Pakistani Foreign Ministry" after "Islamabad's foreign ministry"
  if (office.shortForm) return { name: `${adjective} ${written} Ministry` };
  if (office.department) return { name: `${adjective} Department of ${written}` };
  return { name: `${adjective} Ministry of ${OFFICE_LONG_NAMES[written.toLowerCase()] ?? written}` };
}

// ---- The registry, indexed by country and office ------------------------------

const indexes = new WeakMap<OutletRegistry, Map<string, OutletRecord>>();

/**
 * officeOfName's answers by name: every government body a sentence quotes is asked again (SpeakerMemory.remember),
 * the same few names over and over, and each answer splits the name and scans every office's phrases (the largest
 * allocation of the attribution). The answer depends on the name alone; the map is emptied when it grows past
 * OFFICE_OF_NAME_CACHE_SIZE, so a long-running engine keeps no more than that.
 */
const officesOfNames = new Map<string, string | undefined>();
const OFFICE_OF_NAME_CACHE_SIZE = 4096;

/** Which office a body's name or alias names ("Ministry of Foreign Affairs of Ukraine" -> foreign). */
export function officeOfName(name: string): string | undefined {
  if (officesOfNames.has(name)) return officesOfNames.get(name);
  if (officesOfNames.size >= OFFICE_OF_NAME_CACHE_SIZE) officesOfNames.clear();
  const office = officeNamedIn(name);
  officesOfNames.set(name, office);
  return office;
}

function officeNamedIn(name: string): string | undefined {
  const words = name.toLowerCase().replace(/['’]s\b/g, ' s').split(/[^\p{L}]+/u).filter(Boolean);
  const has = (word: string) => words.includes(word);
  if (has('presidency') || (has('presidential') && (has('office') || has('administration'))) || (has('president') && (has('office') || has('administration')))) return 'presidency';
  if ((has('prime') && has('minister') && has('office')) || (has('downing') && has('street'))) return 'prime-minister';
  // "General Staff of the Armed Forces of Ukraine", "Russian General Staff": the general staff, whatever follows
  const general = words.indexOf('general');
  if (general >= 0 && words[general + 1] === 'staff' && !has('directorate')) return 'general-staff';
  const chiefs = words.indexOf('chiefs');
  if (chiefs > 0 && words[chiefs - 1] === 'joint' && words[chiefs + 1] === 'of' && words[chiefs + 2] === 'staff') return 'joint-chiefs';
  // the body is what the name begins with: "Statistics Bureau of the Ministry of ..." is a bureau
  const firstOf = words.findIndex((w) => w === 'of' || w === 'for');
  const lead = firstOf < 0 ? words : words.slice(0, firstOf);
  const body = lead.some((w) => OFFICE_BODY_HEADS.has(w));
  if ((has('government') || has('cabinet')) && !body) return 'government';
  if (!body && !lead.includes('treasury')) return undefined;
  let best: { office: string; length: number } | undefined;
  for (const [office, phrases] of Object.entries(OFFICE_DOMAINS)) {
    for (const phrase of phrases) {
      const at = words.findIndex((_, k) => phrase.every((w, j) => words[k + j] === w));
      if (at >= 0 && (!best || phrase.length > best.length)) best = { office, length: phrase.length };
    }
  }
  return best?.office;
}

/** country:office -> the registry's body; canonical names win over aliases. */
export function bodyIndex(registry: OutletRegistry): Map<string, OutletRecord> {
  let index = indexes.get(registry);
  if (index) return index;
  index = new Map();
  const bodies = registry.records.filter((r) => r.country && r.country !== 'INT' && (r.type === 'government' || r.type === 'military'));
  for (const pass of ['name', 'aliases'] as const) {
    for (const record of bodies) {
      for (const name of pass === 'name' ? [record.name] : (record.aliases ?? [])) {
        const office = officeOfName(name);
        const key = `${record.country}:${office}`;
        if (office && !index.has(key)) index.set(key, record);
      }
    }
  }
  indexes.set(registry, index);
  return index;
}

/** The office a title alone names ("President", "Head of State", "Prime Minister"), if any. */
export function officeOfTitle(words: readonly string[]): string | undefined {
  for (const [title, office] of OFFICE_TITLES) if (title.length === words.length && title.every((w, k) => w === words[k])) return office;
  return undefined;
}

/** The registry's government of a country (the cabinet, else the presidency), if it has one. */
export function registeredGovernment(registry: OutletRegistry, code: string): OutletRecord | undefined {
  const index = bodyIndex(registry);
  return index.get(`${code}:government`) ?? index.get(`${code}:presidency`);
}
