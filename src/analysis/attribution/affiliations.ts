import { guessSourceType } from './guess-type.js';
import { isPossessive } from '../text/tokenize.js';
import { COUNTRY_FORMS, OPENING_QUOTES, REPORTING_VERBS, SUBJECT_LEAD_WORDS } from './lexicon.js';
import { isCapitalized } from './mentions.js';
import { isTitle } from './names.js';
import { countryCodeOfAdjective, isNationality, officialsBody } from './offices.js';
import { isGovernmentTitle, startsCountryAdjective } from './word-classes.js';
import { personSource, type NamedSource } from './referent.js';
import type { ReferentResolver } from './referent-resolver.js';
import type { SentenceTokens } from './sentence-tokens.js';
import type { SpeakerMemory } from './speaker-memory.js';

// A person named with the body they work for, in any part of a sentence
// ("an interview with Voice of America's Steve Herman", "experts, including
// NSC Director of Strategic Communications John Kirby", "North Korean
// diplomat Jon Yong Ryong predicted"), speaks for that body when a later
// sentence quotes them by surname alone ("Herman says", "Kirby said")
// (docs/annotation-guidelines.md §3). The sentence's own attribution is not
// changed here: only who the surname means from now on.

const MAX_NAME_WORDS = 4;
const MAX_TITLE_TOKENS = 6;
/** Words of a domain before "official" ("foreign affairs official"). */
const MAX_DOMAIN_WORDS = 3;


/** A capitalised proper-name word, or the hyphen inside one ("Yung-woo"). */
function namePart(sentence: SentenceTokens, k: number): boolean {
  const token = sentence.tokens[k];
  if (token.text === '-') return k + 1 < sentence.end && isCapitalized(sentence.tokens[k - 1]) && /^\p{L}/u.test(sentence.tokens[k + 1].text);
  if (k > sentence.first && sentence.tokens[k - 1].text === '-') return /^\p{L}/u.test(token.text);
  return isCapitalized(token) && token.pos === 'PROPN';
}

/**
 * The person's name after a body and its titles, from token `from`
 * ("'s Steve Herman", " Director of Strategic Communications John Kirby"):
 * [start, end) of two to four name words, or undefined.
 */
export function nameAfterBody(sentence: SentenceTokens, from: number, needsLink: boolean): [number, number] | undefined {
  const { tokens, end } = sentence;
  let k = from;
  let linked = false;
  if (k < end && isPossessive(tokens[k])) {
    k++;
    linked = true;
  }
  const titleStart = k;
  while (k < end && k - titleStart < MAX_TITLE_TOKENS && isTitle(tokens[k])) k++;
  let complement = false;
  if (k > titleStart) {
    linked = true;
    // "Director of Strategic Communications John Kirby": the title's domain runs into the name
    if (k < end && (tokens[k].lower === 'of' || tokens[k].lower === 'for')) {
      k++;
      if (k < end && tokens[k].lower === 'the') k++;
      complement = true;
    }
  }
  if (!linked && needsLink) return undefined;
  let stop = k;
  while (stop < end && stop - k < MAX_NAME_WORDS + (complement ? 3 : 0) && namePart(sentence, stop)) stop++;
  // a name ends the phrase: "John Kirby said", "Steve Herman." (not "Steve Herman Center")
  if (stop < end && isCapitalized(tokens[stop])) return undefined;
  let start = k;
  if (complement) {
    // the domain's words first, the name's two words last
    let words = 0;
    start = stop;
    while (start > k && words < 2) {
      start--;
      if (tokens[start].text !== '-' && !(start > k && tokens[start - 1].text === '-')) words++;
    }
    if (start === k) return undefined; // nothing left for the domain: no telling where the name starts
  }
  let words = 0;
  for (let j = start; j < stop; j++) if (tokens[j].text !== '-' && !(j > start && tokens[j - 1].text === '-')) words++;
  return words >= 2 && words <= MAX_NAME_WORDS ? [start, stop] : undefined;
}

/** The surname the copy will use alone: the last name word ("Yung-woo" is a given name, but rare as a reference). */
function surnames(sentence: SentenceTokens, name: [number, number]): string[] {
  const { tokens } = sentence;
  const out: string[] = [];
  const last = tokens[name[1] - 1];
  if (tokens[name[1] - 2]?.text !== '-') out.push(last.text);
  // "Chun Yung-woo", "Jon Yong Ryong": a family name written first is used alone too
  out.push(tokens[name[0]].text);
  return out;
}

function countryBody(_sentence: SentenceTokens, code: string, first: number, end: number): NamedSource {
  const name = COUNTRY_FORMS[code].names[0];
  return { name, type: 'government', registered: false, state: true, first, end, confidence: 0.6 };
}

/**
 * "North Korean diplomat Jon Yong Ryong": the country whose adjective and
 * government title stand just before the name starting at `nameStart`.
 */
export function countryBeforeTitle(sentence: SentenceTokens, nameStart: number, nameEnd: number, person: string): NamedSource | undefined {
  const { tokens, first } = sentence;
  const title = nameStart - 1;
  const official = officialOfDomain(sentence, title, nameEnd, person);
  if (official) return official;
  if (title - 1 < first || !isGovernmentTitle(tokens[title])) return undefined;
  for (const at of [title - 1, title - 2]) {
    if (at < first || !isCapitalized(tokens[at])) continue;
    const adjective = countryCodeOfAdjective(tokens, at, title);
    if (adjective?.end === title) return { ...countryBody(sentence, adjective.code, at, nameEnd), person };
  }
  return undefined;
}

/**
 * "Russian defence official Jane Roe said", "European agriculture official Jane Roe": a country's adjective and a
 * lower-case domain before "official" name the body of that domain, through the person.
 */
function officialOfDomain(sentence: SentenceTokens, title: number, nameEnd: number, person: string): NamedSource | undefined {
  const { tokens, first } = sentence;
  if (title - 2 < first || tokens[title].lower !== 'official') return undefined;
  for (let domainStart = title - 1; domainStart > first && title - domainStart <= MAX_DOMAIN_WORDS; domainStart--) {
    if (isCapitalized(tokens[domainStart])) return undefined;
    for (const at of [domainStart - 1, domainStart - 2]) {
      if (at < first || !isCapitalized(tokens[at])) continue;
      const adjective = countryCodeOfAdjective(tokens, at, domainStart);
      if (adjective?.end !== domainStart) continue;
      const body = officialsBody(sentence.registry, tokens, adjective.code, domainStart, title);
      if (body) return { name: body.name, type: body.outlet?.type ?? 'government', registered: body.outlet !== undefined, outletId: body.outlet?.id, first: at, end: nameEnd, confidence: 0.6, person };
    }
  }
  return undefined;
}

/** Records, for each person the sentence names with their body, the body their surname stands for. */
export function noteAffiliations(sentence: SentenceTokens, resolver: ReferentResolver, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  for (const mention of sentence.mentions) {
    if (mention.state) continue;
    const name = nameAfterBody(sentence, mention.end, true);
    if (!name) continue;
    const body = resolver.fromMention(mention, sentence.slice(...name));
    memory.rememberSurnames(surnames(sentence, name), body);
  }
  // one pass over the words: a title opening a name, or a country adjective and a government title
  for (let i = first; i < end - 2; i++) {
    const token = tokens[i];
    if (isTitle(token)) {
      if (isCapitalized(token)) i = noteTitledPerson(sentence, i, memory);
      continue;
    }
    if (startsCountryAdjective(token)) {
      const official = noteCountryOfficial(sentence, i, memory);
      if (official !== i) {
        i = official;
        continue;
      }
    }
    // (a name starts with a word: a hyphen opening the sentence has nothing before it to join; the word is
    // looked at before the one ahead of it, as most words start no name)
    if (token.text !== '-' && namePart(sentence, i) && untitledAt(sentence, i) && !startsCountryAdjective(token)) i = notePersonInPassing(sentence, resolver, i, memory);
  }
}

/** A name after a title or a possessive is the other rules' ("leader Kim Jong Un", "VOA's Steve Herman"). */
function untitledAt(sentence: SentenceTokens, i: number): boolean {
  const before = i > sentence.first ? sentence.tokens[i - 1] : undefined;
  return !before || (!isCapitalized(before) && !isTitle(before) && !isGovernmentTitle(before) && !isPossessive(before));
}

/**
 * "Jang Il Hun met reporters ...": a person's full name, with no title or body
 * beside it, is still whom "Mr. Jang" means later (never in place of a body
 * or title known for that surname). Returns the last token looked at.
 */
function notePersonInPassing(sentence: SentenceTokens, resolver: ReferentResolver, i: number, memory: SpeakerMemory): number {
  const { tokens, end } = sentence;
  let stop = i;
  while (stop < end && stop - i < MAX_NAME_WORDS && namePart(sentence, stop)) stop++;
  // part of a longer name ("Steve Herman Center"), or a registered name or office: not a person in passing
  if ((stop < end && isCapitalized(tokens[stop])) || sentence.anyMentionStartingIn(i, stop)) return stop - 1;
  const name = sentence.slice(i, stop);
  if (stop - i < 2 || guessSourceType(name) !== 'person') return stop - 1;
  const body = bodyDefinedAfter(sentence, resolver, stop, name);
  if (body) memory.rememberSurnames(surnames(sentence, [i, stop]), body);
  else memory.rememberSurnamesOnce(surnames(sentence, [i, stop]), personSource(name, i, stop));
  return stop - 1;
}

/** Words between "is" and the body in a definition ("is the head of the", "is North Korea's deputy ambassador"). */
const MAX_DEFINITION_TOKENS = 5;

/**
 * "Jang Il Hun is North Korea's deputy ambassador to the United Nations",
 * "Jane Roe is the head of the Odesa Regional Military Administration": the
 * body a definition right after the name says the person works for.
 */
function bodyDefinedAfter(sentence: SentenceTokens, resolver: ReferentResolver, at: number, person: string): NamedSource | undefined {
  const { tokens, end } = sentence;
  if (at + 2 >= end || (tokens[at].lower !== 'is' && tokens[at].lower !== 'was')) return undefined;
  const [mention] = sentence.mentionsStartingIn(at + 1, Math.min(end, at + 1 + MAX_DEFINITION_TOKENS));
  if (!mention) return undefined;
  // "is North Korea's deputy ambassador": the country's possessive and a title
  const owned = mention.first === at + 1 && isPossessive(tokens[mention.end]) && titleWithin(sentence, mention.end + 1);
  // "is the head of the ...": a title and "of" before the body
  const headed = !owned && titleWithin(sentence, at + 1) && (tokens[mention.first - 1]?.lower === 'of' || tokens[mention.first - 2]?.lower === 'of');
  return owned || headed ? resolver.fromMention(mention, person) : undefined;
}

/** A title among the next few words ("deputy ambassador", "the head"). */
function titleWithin(sentence: SentenceTokens, from: number): boolean {
  for (let k = from; k < sentence.end && k < from + 3; k++) if (isTitle(sentence.tokens[k]) || isGovernmentTitle(sentence.tokens[k])) return true;
  return false;
}

/**
 * "Foreign Minister Yun Byung-se met ...": a titled person whose body the
 * sentence does not say is still whom "Minister Yun" means later (never in
 * place of a body known for that surname). Returns the last token looked at.
 */
function noteTitledPerson(sentence: SentenceTokens, i: number, memory: SpeakerMemory): number {
  const { tokens, first, end } = sentence;
  if (i > first && isCapitalized(tokens[i - 1]) && !isTitle(tokens[i - 1])) return i;
  let k = i;
  while (k < end && isTitle(tokens[k]) && isCapitalized(tokens[k])) k++;
  const name = nameAfterBody(sentence, k, false);
  // No name after the run of titles: from any later title of the run the scan ends at the same
  // word and finds none either, so the run is passed over (rescanning it was quadratic: "Mr. Mr. ...").
  if (!name) return Math.max(i, k - 1);
  const person = sentence.slice(...name);
  memory.rememberSurnamesOnce(surnames(sentence, name), personSource(person, name[0], name[1]));
  return name[1] - 1;
}

/** "North Korean diplomat Jon Yong Ryong": a country adjective and a government title before a name. */
function noteCountryOfficial(sentence: SentenceTokens, i: number, memory: SpeakerMemory): number {
  const { tokens, end } = sentence;
  if (!isCapitalized(tokens[i])) return i;
  const adjective = countryCodeOfAdjective(tokens, i, end);
  if (!adjective || adjective.end >= end || !isGovernmentTitle(tokens[adjective.end])) return i;
  if (sentence.anyMentionStartingIn(i, adjective.end)) return i; // an office: handled as a mention
  const name = nameAfterBody(sentence, adjective.end + 1, false);
  if (!name) return i;
  const body = countryBody(sentence, adjective.code, i, adjective.end);
  memory.rememberSurnames(surnames(sentence, name), { ...body, person: sentence.slice(...name) });
  return name[1] - 1;
}

/**
 * "Deadly Russian shelling was reported", "Fresh French strikes": a country's adjective closing a capitalised run and
 * describing the lower-case noun after it is no surname ("Judith French said" is a name: a verb follows).
 */
function endsInNationalityAdjective(sentence: SentenceTokens, stop: number): boolean {
  const { tokens, end } = sentence;
  const next = tokens[stop];
  if (stop >= end || !isNationality(tokens[stop - 1].text) || !/^\p{Ll}/u.test(next.text)) return false;
  return next.pos !== 'AUX' && !REPORTING_VERBS.has(next.lower);
}

/**
 * "Ministry spokesman Qin Gang made the remarks at a press conference. He said ...": in a sentence that quotes nobody,
 * the one person it names in full (titles before the name left out) is whom "he" or "she" means next. Two or more
 * people named, a name inside a registered name, or a sentence opening a quotation leave the last speaker as it was.
 */
export function notePersonOfQuietSentence(sentence: SentenceTokens, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  if (OPENING_QUOTES.has(tokens[first]?.text)) return;
  const people = new Set<string>();
  let found: [number, number] | undefined;
  for (let i = first; i < end; i++) {
    // (a name starts with a word: a hyphen opening the sentence has nothing before it to join)
    if (tokens[i].text === '-' || !namePart(sentence, i)) continue;
    let stop = i;
    while (stop < end && namePart(sentence, stop)) stop++;
    let start = i;
    // "House Speaker Newt Gingrich": the name starts after the last title of the run
    for (let k = i; k < stop; k++) if (isTitle(tokens[k]) || isGovernmentTitle(tokens[k])) start = k + 1;
    const words = stop - start;
    // ("was scheduled to fly to Buenos Aires", "their flight to Kennedy Airport in New York": a place, no second person)
    if (start === i && isPlaceAfterPreposition(sentence, start)) {
      i = stop - 1;
      continue;
    }
    // ("The North Korean official": a country's adjective is no name)
    if (words >= 2 && words <= MAX_NAME_WORDS && !startsCountryAdjective(tokens[start]) && !endsInNationalityAdjective(sentence, stop) && !sentence.anyMentionStartingIn(start, stop) && !overlapsMention(sentence, start, stop)) {
      const name = sentence.slice(start, stop);
      if (guessSourceType(name) === 'person') {
        people.add(name);
        // the subject, or a person introduced by a title anywhere ("an interview with former House Speaker Jane Roe")
        if (opensAsSubject(sentence, start) || start > i) found = [start, stop];
      }
    }
    i = stop - 1;
  }
  if (people.size !== 1 || !found) return;
  const name = sentence.slice(...found);
  // the body the other rules gave the name ("Jang Il Hun is North Korea's deputy ambassador"), under either surname
  const known = [memory.findBySurname(tokens[found[1] - 1].text), memory.findBySurname(tokens[found[0]].text)].find((source) => source && (source.person ?? source.name) === name);
  memory.notePassingPerson(known ?? personSource(name, found[0], found[1]));
}

/** Prepositions of place and direction: "fly to Buenos Aires", "an airport in New York", "drove from Kennedy Airport". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'at', 'from', 'near', 'into', 'outside', 'around', 'across']);

/**
 * Two capitalised words after a preposition of place, with no title before them, are where the sentence's people
 * went or were, not a second person: "Marcio Mattos, 38, was scheduled to fly to Buenos Aires" names one person.
 * ("He wrote to Jane Roe" loses her as a second person: the subject is then the one "he" means, as when she is absent.)
 */
function isPlaceAfterPreposition(sentence: SentenceTokens, start: number): boolean {
  return start > sentence.first && PLACE_PREPOSITIONS.has(sentence.tokens[start - 1].lower);
}

/** Words a subject's name may follow at the opening of a sentence ("Ministry spokesman", "Former Foreign Minister"). */
const MAX_SUBJECT_LEAD = 3;

/** The name at `start` opens the sentence as its subject: only capitalised words or titles stand before it. */
function opensAsSubject(sentence: SentenceTokens, start: number): boolean {
  const { tokens, first } = sentence;
  if (start - first > MAX_SUBJECT_LEAD) return false;
  for (let k = first; k < start; k++) {
    const token = tokens[k];
    if (!isCapitalized(token) && !isTitle(token) && !isGovernmentTitle(token) && !SUBJECT_LEAD_WORDS.has(token.lower)) return false;
  }
  return true;
}

/**
 * Whether a name of the sentence overlaps [start, stop): one starts inside, or one starting before covers `start`.
 * By binary search, as the names are sorted and disjoint: a look at every name per run of capitalised words was
 * quadratic in a sentence of thousands of people and outlets.
 */
function overlapsMention(sentence: SentenceTokens, start: number, stop: number): boolean {
  return sentence.anyMentionStartingIn(start, stop) || sentence.mentionCovering(start) !== undefined;
}

