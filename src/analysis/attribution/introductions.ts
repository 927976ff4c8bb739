import { ARTICLES, INTRODUCING_VERBS, PERSON_PRONOUNS, REGULATOR_NAME_HEADS, TITLE_ABBREVIATIONS, TITLE_WORDS, UNNAMED_BODY_NOUNS } from './lexicon.js';
import { isCapitalized } from './mentions.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import { countryBeforePolice } from './offices.js';
import { isPoliceForceHead } from './word-classes.js';
import { isPossessive, type Token } from '../text/tokenize.js';
import { closesRankOfPolice, placeBeforePolice } from './names.js';
import type { PhraseFinder } from './phrase-finder.js';
import { named, personSource, type NamedSource } from './referent.js';
import type { ReferentResolver } from './referent-resolver.js';
import type { SentenceTokens } from './sentence-tokens.js';
import { descriptionFits, isKindOfNameEnd, kindsOfName, type SpeakerMemory } from './speaker-memory.js';

// A sentence that quotes nobody may still say whom a person speaks for:
// "Jang Il Hun is North Korea's deputy ambassador to the United Nations.",
// "She heads the National Institute on Drug Abuse." Later "Mr. Jang said"
// and "she says" then speak for that body (docs/annotation-guidelines.md §3).

const MAX_NAME_WORDS = 4;
/** How far after "is" the title and the body may stand. */
const MAX_DESCRIPTION_TOKENS = 12;

/** The person's name opening the sentence ("Dr. Nora Volkow", "Jang Il Hun"): [start of the name, end). */
function openingName(sentence: SentenceTokens): [number, number] | undefined {
  const { tokens, first, end } = sentence;
  let k = first;
  while (k < end && (TITLE_ABBREVIATIONS.has(tokens[k].lower) || tokens[k].text === '.')) k++;
  const start = k;
  // the tagger may read a surname as a verb ("Jerald Block is"): after a first name any capitalised word continues it
  while (k < end && k - start < MAX_NAME_WORDS && isCapitalized(tokens[k]) && (tokens[k].pos === 'PROPN' || (k > start && tokens[k - 1].pos === 'PROPN'))) k++;
  const titled = start > first;
  return k - start >= (titled ? 1 : 2) ? [start, k] : undefined;
}

/** "X is Country's <title> ...", "X is the <title> of <Body>": the body (or country) the description names. */
function describedBody(sentence: SentenceTokens, resolver: ReferentResolver, from: number): NamedSource | undefined {
  const { tokens, end } = sentence;
  const stop = Math.min(end, from + MAX_DESCRIPTION_TOKENS);
  let titled = false;
  let k = from;
  for (; k < stop && tokens[k].text !== ',' && tokens[k].text !== ';'; k++) if (TITLE_WORDS.has(tokens[k].lower)) titled = true;
  if (!titled) return undefined;
  // the first body named, not the one an envoy is sent to ("ambassador to the United Nations")
  const body = sentence.mentionsWithin(from, k).find((m) => m.first === from || (tokens[m.first - 1].lower !== 'to' && !(tokens[m.first - 1].lower === 'the' && tokens[m.first - 2]?.lower === 'to')));
  return body && resolver.fromMention(body);
}

/**
 * Records who the sentence introduces, when it quotes nobody: the person
 * opening it and the body a description gives them.
 */
export function noteIntroduction(sentence: SentenceTokens, resolver: ReferentResolver, phrases: PhraseFinder, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  const name = openingName(sentence);
  const pronoun = !name && PERSON_PRONOUNS.has(tokens[first].lower) ? memory.lastPerson() : undefined;
  const verb = name ? name[1] : first + 1;
  if (verb >= end || (!name && !pronoun)) return;
  const person = name ? sentence.slice(...name) : pronoun?.person ?? (pronoun?.type === 'person' ? pronoun.name : undefined);
  if (!person) return;
  let body: NamedSource | undefined;
  const word = tokens[verb].lower;
  const affiliation = verb + 2 < end && (word === 'is' || word === 'was') ? tokens[verb + 1].lower : '';
  // "Shakira Suglia is with Columbia University's Mailman School of Public Health"
  if (affiliation === 'with' || affiliation === 'at' || affiliation === 'from') body = named(phrases.objectAfter(verb + 2))[0];
  else if (word === 'is' || word === 'was') body = describedBody(sentence, resolver, verb + 1);
  else if (INTRODUCING_VERBS.has(word)) body = named(phrases.objectAfter(verb + 1))[0];
  if (body && body.type !== 'person') memory.rememberPerson({ ...body, person, confidence: Math.min(body.confidence, 0.7) });
  else if (name && tokens[first].lower !== tokens[name[0]].lower && (tokens[verb].pos === 'VERB' || word === 'is' || word === 'was')) {
    // "Mr. Jang spoke about ...": a surname already known keeps the body its bearer speaks for
    const known = name[1] - name[0] === 1 ? memory.findBySurname(person) : undefined;
    // "Dr. Nora Volkow led the study.", "Dr Jerald Block is a psychiatrist.": whom "she" and "Dr Block" mean next
    memory.rememberPerson(known ?? personSource(person, name[0], name[1]));
  }
}

const MAX_DESCRIPTION_WORDS = 3;

/**
 * "A federal court has ordered ...": a body the article introduces without a
 * name, which "the court found" and "according to the court" cite later.
 */
export function noteUnnamedBodies(sentence: SentenceTokens, memory: SpeakerMemory, nouns: readonly number[]): void {
  const { tokens, first } = sentence;
  for (const k of nouns) {
    if (k <= first || !UNNAMED_BODY_NOUNS.has(tokens[k].lower)) continue;
    let start = k;
    while (start - 1 >= first && k - start < MAX_DESCRIPTION_WORDS && !isCapitalized(tokens[start - 1]) && (tokens[start - 1].pos === 'ADJ' || tokens[start - 1].pos === 'NOUN')) start--;
    const article = start - 1 >= first ? tokens[start - 1].lower : '';
    if (article !== 'a' && article !== 'an') continue;
    memory.noteUnnamedBody(tokens[k].lower, { name: sentence.slice(start, k + 1), type: 'government', registered: false, first: start, end: k + 1, confidence: 0.5 });
  }
}

/** Heads of a body named "Ministry of X" that "the ministry said" may mean later. */
const NAMED_BODY_HEADS = new Set(['ministry', 'department']);

/**
 * "A clerk of the Ministry of Rivers and Lakes was hurt on Friday ... the
 * ministry said": a body named in full in a sentence that quoted nobody is what
 * a later bare description of its kind means, when no speaker of that kind came since.
 */
export function noteNamedBodies(sentence: SentenceTokens, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  for (let k = first; k + 2 < end; k++) {
    if (!isCapitalized(tokens[k]) || !NAMED_BODY_HEADS.has(tokens[k].lower) || tokens[k + 1].lower !== 'of' || !isCapitalized(tokens[k + 2])) continue;
    let stop = k + 2;
    while (stop < end && (isCapitalized(tokens[stop]) || (BODY_NAME_JOINS.has(tokens[stop].lower) && stop + 1 < end && isCapitalized(tokens[stop + 1])))) stop++;
    memory.noteUnnamedBody(tokens[k].lower, { name: sentence.slice(k, stop), type: 'government', registered: false, first: k, end: stop, confidence: 0.5 });
    k = stop - 1;
  }
}

/**
 * Capitalised words before a kind's word that may still be the body's name: "American Airlines", "Norvale Air Lines",
 * "South London Healthcare NHS Trust".
 */
const MAX_NAME_WORDS_BEFORE_KIND = 4;

/**
 * "Hundreds were stranded after Spirit Airlines canceled flights. The airline says ...": a body named anywhere in a
 * sentence that quoted nobody, whose name's last word says its kind, is what a later "the airline" means; noted under
 * that kind until another body is quoted. The name is the mention ending there, else the capitalised words before
 * the kind's word (an article opening them left out).
 */
export function noteBodiesByKind(sentence: SentenceTokens, resolver: ReferentResolver, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  for (let k = first + 1; k < end; k++) {
    if (!isCapitalized(tokens[k]) || !isKindOfNameEnd(tokens[k].lower)) continue;
    const body = bodyEndingAt(sentence, resolver, k);
    if (body) for (const kind of kindsOfName(body.name)) memory.noteBodyOfKind(kind, body);
  }
}

/** The body whose name ends with the word at `at`: a mention's, else the capitalised words before it. */
function bodyEndingAt(sentence: SentenceTokens, resolver: ReferentResolver, at: number): NamedSource | undefined {
  const { tokens, first } = sentence;
  const mention = sentence.mentionsStartingIn(Math.max(first, at - MAX_NAME_WORDS_BEFORE_KIND), at + 1).find((m) => m.end === at + 1);
  if (mention) return mention.type === 'person' ? undefined : resolver.fromMention(mention);
  let start = at;
  while (start - 1 >= first && at - start < MAX_NAME_WORDS_BEFORE_KIND && isCapitalized(tokens[start - 1]) && !ARTICLES.has(tokens[start - 1].lower)) start--;
  if (start === at) return undefined;
  // an airline is a company; a patrol or a state's police a government's force
  const type = tokens[at].lower === 'patrol' || tokens[at].lower === 'police' ? 'government' : 'company';
  return { name: sentence.slice(start, at + 1), type, registered: false, first: start, end: at + 1, confidence: 0.7 };
}

/** Words inside a body's name: "Ministry of Rivers and Lakes". */
const BODY_NAME_JOINS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * "New Zealand police arrested a man", "Police in Norvale closed the road": the
 * force a later bare "police say" or "a police spokesperson said" means, named
 * whether or not the sentence quotes it.
 */
export function notePoliceForce(sentence: SentenceTokens, resolver: ReferentResolver, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  for (let k = first; k < end; k++) {
    if (!isPoliceForceHead(tokens[k]) || describesAnotherNoun(tokens, k, end)) continue;
    const force = policeForceAt(sentence, resolver, k);
    if (force) memory.noteUnnamedBody('police', force);
  }
}

/** "Cleveland police officers", "Boise police detectives": the force's own people, so the words still name the force. */
const FORCE_MEMBERS = new Set(['officer', 'officers', 'detective', 'detectives', 'investigators', 'deputies', 'troopers']);

/**
 * "a Paris, France police station": "police" at `at` describes the noun after it, and names no force. The force's
 * own people ("Cleveland police officers") are the force's; and a "noun" followed by a determiner is a verb the
 * tagger misread ("Arlington police shot a man": no compound noun takes "a" after it).
 */
function describesAnotherNoun(tokens: Token[], at: number, end: number): boolean {
  const next = tokens[at + 1];
  if (at + 1 >= end || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  if (FORCE_MEMBERS.has(next.lower)) return false;
  return !(next.pos === 'NOUN' && at + 2 < end && ARTICLES.has(tokens[at + 2].lower));
}

/** The force the word "police" at `at` belongs to: a registry name around it, a country before it, a place after "in". */
export function policeForceAt(sentence: SentenceTokens, resolver: ReferentResolver, at: number): NamedSource | undefined {
  const { tokens, first, end } = sentence;
  if (closesRankOfPolice(tokens, at, first)) return undefined;
  const mentions = sentence.mentionsStartingIn(Math.max(first, at - MAX_NAME_WORDS), at + 1);
  // "Ukrainian police", "West Midlands Police": the registry's force
  const named = mentions.find((m) => !m.state && m.first <= at && m.end > at);
  if (named) return resolver.fromMention(named);
  // "Derbyshire Constabulary": a constabulary is named only by its own capitalised name
  const constabulary = tokens[at].lower !== 'police';
  if (constabulary && !isCapitalized(tokens[at])) return undefined;
  // "New Zealand police", "Kenyan police": the country's force
  for (let from = at - 1; !constabulary && from >= first && from >= at - 2; from--) {
    const country = countryBeforePolice(tokens, from, at);
    if (country >= 0) return resolver.bodyNamed(`${sentence.slice(country, at)} Police`, country, at + 1);
  }
  // "Essex Police", "Thames Valley Police": a force's own name, its place's capitalised words before "Police"
  if (isCapitalized(tokens[at]) && at > first) {
    let named = at;
    while (named > first && at - named < MAX_NAME_WORDS && isCapitalized(tokens[named - 1]) && tokens[named - 1].pos === 'PROPN') named--;
    if (named < at) return resolver.bodyNamed(sentence.slice(named, at + 1), named, at + 1);
  }
  // "Spokane police told local media": the city's force, named as "Spokane Police" would be
  const place = constabulary ? -1 : placeBeforePolice(sentence, first, at);
  if (place >= 0) return resolver.bodyNamed(`${sentence.slice(place, at)} Police`, place, at + 1);
  // "Police in Norvale": the place's force
  let start = at + 1;
  if (!constabulary && start < end && tokens[start].lower === 'in') start++;
  else return undefined;
  if (start < end && tokens[start].lower === 'the') start++;
  let stop = start;
  // "Police in Colorado Springs": a place's later capitalised words may be tagged otherwise ("Springs"), its first not
  while (stop < end && stop - start < MAX_NAME_WORDS && isCapitalized(tokens[stop]) && (tokens[stop].pos === 'PROPN' || stop > start)) stop++;
  return stop > start ? resolver.bodyNamed(`${sentence.slice(start, stop)} Police`, start, stop) : undefined;
}

/** The most words of a body's name opening a sentence as its subject ("Board of the Central Bank of Norvale"). */
const MAX_ACTOR_WORDS = 8;
/** Words inside such a name between capitalised ones. */
const ACTOR_NAME_JOINS = new Set(['of', 'the', 'and', 'for', '&']);
/** "The Board of the Central Bank": a body's governing organ, which acts for the body named after "of". */
const GOVERNING_ORGANS = new Set(['board', 'council', 'governors', 'presidium']);
/** Acts of a body overseeing others: one that "fined" or "sanctioned" is what "the regulator" means later. */
const SANCTION_VERBS = new Set(['fined', 'penalised', 'penalized', 'sanctioned', 'slapped', 'censured', 'reprimanded', 'banned', 'barred']);

/**
 * "The Federal Reserve Board on Tuesday fined Norvale Bank.", "FDIC slapped Apple Bank with the fine.": the body opening
 * a sentence that quoted nobody, as the subject of its verb, is what a later "the Board" or "the regulator" means when
 * no body quoted since fits (SpeakerMemory.actingBody). Nobody when the subject is a person, a country or an outlet.
 */
export function noteActingBody(sentence: SentenceTokens, resolver: ReferentResolver, memory: SpeakerMemory): void {
  const { tokens, first, end } = sentence;
  const start = first < end && tokens[first].lower === 'the' ? first + 1 : first;
  let stop = start;
  while (stop < end && stop - start < MAX_ACTOR_WORDS && (isCapitalized(tokens[stop]) || (stop > start && joinsName(sentence, stop)))) stop++;
  if (stop === start) return;
  const verb = verbAfterSubject(sentence, stop);
  if (verb === undefined) return;
  // "The Ministry extended condolences": a body named only by what it is, no name to recall it by
  if (start > first && stop - start === 1 && !sentence.mentionsStartingIn(start, stop).length) return;
  const source = actingSource(sentence, resolver, first, stop);
  if (!source || source.state || source.person || source.type === 'person' || isOutlet(source)) return;
  const registeredCompany = source.registered && source.type === 'company';
  const head = tokens[stop - 1].lower;
  const authority = descriptionFits('regulator', source) || REGULATOR_NAME_HEADS.has(head) || (SANCTION_VERBS.has(tokens[verb].lower) && !registeredCompany);
  memory.noteActor(source, sentence.slice(start, stop), authority);
}

/** An outlet: a registered one, or a name of a medium ("Norvale Deposit Agency" is guessed a news agency, acting it is none). */
function isOutlet(source: NamedSource): boolean {
  return isMediaType(source.type) && (source.registered || source.type !== 'news-agency');
}

/** "of" in "Board of Governors", "of the" in "Board of the Central Bank", "'s" (ownsNamedOffice): a name goes on after it. */
function joinsName(sentence: SentenceTokens, at: number): boolean {
  const { tokens, end } = sentence;
  if (isPossessive(tokens[at])) return at + 1 < end && isCapitalized(tokens[at + 1]) && ownsNamedOffice(sentence, at);
  if (!ACTOR_NAME_JOINS.has(tokens[at].lower) || at + 1 >= end) return false;
  return isCapitalized(tokens[at + 1]) || (tokens[at + 1].lower === 'the' && at + 2 < end && isCapitalized(tokens[at + 2]));
}

/**
 * "'s" in "Sonoma County Sheriff's Office": a place and an office's owner before the possessive, in capitals, so the
 * office's name goes on after it; a country's possessive ("Ukraine's President Volodymyr Zelenskyy") names no body.
 */
function ownsNamedOffice(sentence: SentenceTokens, at: number): boolean {
  const { tokens, first } = sentence;
  if (at - 2 < first || !isCapitalized(tokens[at - 2]) || !isCapitalized(tokens[at - 1])) return false;
  return !sentence.mentionsWithin(at - 2, at).some((m) => m.state);
}

/**
 * The verb right after a subject ending at `at`: past "(FDIC)" and "on Tuesday", and past an auxiliary ("The Sonoma
 * County Sheriff's Office has launched a probe": the perfect a lead is written in); undefined when none follows.
 */
function verbAfterSubject(sentence: SentenceTokens, at: number): number | undefined {
  const { tokens, end } = sentence;
  let k = at;
  if (tokens[k]?.text === '(') {
    while (k < end && k - at < 4 && tokens[k].text !== ')') k++;
    k++;
  }
  if (k + 1 < end && tokens[k].lower === 'on' && isCapitalized(tokens[k + 1])) k += 2;
  if (k + 1 < end && tokens[k].pos === 'AUX' && tokens[k + 1].pos === 'VERB') k++;
  const verb = tokens[k];
  return k < end && verb.pos === 'VERB' && !isCapitalized(verb) ? k : undefined;
}

/**
 * The body [from, stop) names: the registry's or the text's (a defined abbreviation), else as written, the article
 * with it ("The Financial Conduct Authority", as a cue finds it); for a governing organ, its body.
 */
function actingSource(sentence: SentenceTokens, resolver: ReferentResolver, from: number, stop: number): NamedSource | undefined {
  const { tokens } = sentence;
  const article = tokens[from].lower === 'the';
  const start = article ? from + 1 : from;
  if (start >= stop) return undefined;
  // "The Board of the Central Bank of Norvale": the bank acts through its board
  if (GOVERNING_ORGANS.has(tokens[start].lower) && start + 2 < stop && tokens[start + 1].lower === 'of') {
    const body = tokens[start + 2].lower === 'the' ? start + 3 : start + 2;
    return body < stop ? actingSource(sentence, resolver, body, stop) : undefined;
  }
  const mention = sentence.mentionsStartingIn(start, start + 1)[0];
  if (mention && mention.end <= stop) return resolver.fromMention(mention);
  // (a name after "The" is a body's or a title's, never a person's: "The Financial Conduct Authority")
  if (!article && guessSourceType(sentence.slice(start, stop)) === 'person') return undefined;
  const source = resolver.unregisteredName(from, stop);
  return source.type === 'person' ? { ...source, type: 'unknown' } : source;
}
