import { DASH_TOKENS, isPossessive, type Token } from '../text/tokenize.js';
import {
  COMMA_COMPANY_SUFFIXES,
  OWN_SOURCE_WORDS,
  QUESTIONED_PARTICIPLES,
  TIME_ASIDE_OPENERS,
  CARRYING_WORDS,
  CARRIED_WORDS_NOUNS,
  POSSESSED_SPEAKER_WORDS,
  SOURCE_NOUNS,
  LEGISLATOR_TITLES,
  MEDIA_KIND_NOUNS,
  MINISTRY_DOMAIN_WORDS,
  OFFICE_BODY_HEADS,
  OFFICE_HOLDER_HEADS,
  OFFICE_SPOKESPEOPLE,
  ANONYMOUS_HEADS,
  LEGISLATOR_PLURAL_ABBREVIATIONS,
  UNNAMED_ROLE_NOUNS,
  INDEFINITE_ARTICLES,
  ARTICLES,
  OUTLET_WORK_HEADS,
  CLAUSE_BREAKS,
  CLOSING_QUOTES,
  DATE_GAP_WORDS,
  DOCUMENT_NOUNS,
  EXPERT_NOUNS,
  ISSUED_DOCUMENTS,
  LEADING_PARTICIPLES,
  GENERIC_MEDIA_NOUNS,
  LEGAL_DOCUMENTS,
  LEGAL_FRAMEWORK_NAME_HEADS,
  LEGAL_FRAMEWORK_PARTS,
  NAME_CONNECTORS,
  OBJECT_LEAD_WORDS,
  SHOWN_OR_PLACE_HEADS,
  OCCASION_PREPOSITIONS,
  DOCUMENT_TOPIC_PREPOSITIONS,
  OCCASIONS,
  OPENING_QUOTES,
  ORGANISATION_DESCRIPTORS,
  LISTING_PARTICIPLES,
  CLAUSE_CONJUNCTIONS,
  ORGANISATION_PRONOUNS,
  PERSON_PRONOUNS,
  PLATFORMS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  TITLED_DOCUMENTS,
  OWNED_DOCUMENT_HEADS,
  OUTLET_STORY_NOUNS,
  OUTLET_DESCRIPTOR_WORDS,
  TIME_OF_DAY_WORDS,
  RELATIVE_PRONOUNS,
  CAPITALISED_FUNCTION_WORDS,
  MODIFYING_PARTICIPLES,
  OPENING_CONJUNCTIONS,
  UNNAMED_PERSON_OPENERS,
  UNNAMED_PERSON_ROLES,
  US_STATES,
  PARTY_LETTERS,
  PERIODICALS,
  UNNAMED_STATE_BODIES,
  RELEASING_VERBS,
  RELEASE_PARTICIPLES,
  RELEASE_SPAN_WORDS,
  RESEARCH_TEAMS,
  SOURCE_HEADS,
  SUBJECT_GAP_WORDS,
  TITLE_WORDS,
} from './lexicon.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import { stateOf } from './states.js';
import { isCapitalized } from './mentions.js';
import { isBroadcasterNumber, isClauseVerb, isHandle, isHyphenatedNameTail, isModifierJoin, isTitle, isTitleWith, lastProperRun } from './names.js';
import { countryAdjectiveEnd } from './offices.js';
import { phraseCueAt } from './phrase-cues.js';
import { isNonStateBody, named, type NamedSource, type Referent } from './referent.js';
import type { ReferentResolver } from './referent-resolver.js';
import type { SentenceTokens } from './sentence-tokens.js';

export const MAX_PHRASE_TOKENS = 16;
/** Auxiliaries, adverbs and dates between a subject and its verb ("has also, on Jan. 14, ..."). */
export const MAX_GAP_TOKENS = 10;
/** Prepositions that open how or where an inverted speaker spoke ("said Jane Roe during a call"). */
const SPEAKER_OCCASION_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'via', 'after']);
/** Determiners of such an occasion's noun ("a statement", "his Telegram channel"). */
const OCCASION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Whose part an aside gives: "for his part", "for its part". */
const PART_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** What a body's "its" owns that speaks as the body does, beside SOURCE_HEADS: "according to its information". */
const OWNED_INFORMATION_HEADS: ReadonlySet<string> = new Set(['information', 'figures', 'count', 'tally', 'records']);
/** Describing words between an owner's possessive and its outlet's name ("state-run news agency"). */
const MAX_OUTLET_DESCRIPTORS = 5;
const MAX_APPOSITIVE = 18;
/** Words after a lower-case list's "and" up to the aside's closing comma ("and social affairs"). */
const MAX_LIST_TAIL_WORDS = 3;
/** Tokens of a relative clause between commas at most (", who has ... on UPS,"). */
const MAX_RELATIVE_CLAUSE = 28;
/** "the Police Command in Zarya": a police body named by its unit and its place. */
const POLICE_UNITS: ReadonlySet<string> = new Set(['command', 'department', 'service', 'force']);
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "Hamas-run Gaza", "Kremlin-controlled Donetsk": who rules a place is no part of its name. */
const RULED_PARTICIPLES: ReadonlySet<string> = new Set(['run', 'controlled', 'held', 'occupied', 'ruled']);
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const MONTHS: ReadonlySet<string> = new Set(['jan.', 'january', 'feb.', 'february', 'march', 'apr.', 'april', 'may', 'june', 'july', 'aug.', 'august', 'sept.', 'september', 'oct.', 'october', 'nov.', 'november', 'dec.', 'december']);
/** Words of an aside between dashes: "Jane Roe — who won a case against her label last year — said". */
const MAX_DASH_ASIDE = 40;
/** Tokens of a dateline before its dash ("RIYADH, Jul 30 (NNN-SPA) –"). */
const MAX_DATELINE_TOKENS = 12;
/** "(NASDAQ:ICOC)", "(NYSE: ACME)": tokens of a stock ticker's brackets, at most. */
const MAX_TICKER_TOKENS = 6;
/** Who employs a person that speaks for it ("Jane Roe at Norvale Research said"). */
const EMPLOYER_TYPES = new Set<NamedSource['type']>(['company', 'think-tank', 'news-agency', 'newspaper', 'broadcaster', 'online-outlet', 'magazine']);
/** Employees who speak for the firm a clause names ("Zarya Capital, where analyst Jane Roe said"). */
const COLLEAGUE_NOUNS = new Set(['colleagues', 'team', 'co-authors']);
/** Words of an outlet's name before its pictures ("The Associated Press" footage): a bound on the walk back. */
const MAX_OUTLET_WORK_NAME = 4;

const EMPLOYEE_TITLES = new Set(['analyst', 'analysts', 'strategist', 'strategists', 'economist', 'economists', 'reporter', 'correspondent']);

/** Words after a body's possessive that may still name what it published ("the ministry's latest monthly data"). */
const MAX_POSSESSED_WORDS = 4;
/** Words of a document's topic between its preposition and the verb: "for the banking sector", "for 2025 to 2027". */
const MAX_DOCUMENT_TOPIC = 6;
/** Words of a release's date or span between its participle and the verb: "on Tuesday", "over the past three days". */
const MAX_RELEASE_SPAN = 6;

/** What may stand between a document and its verb: the word that opens it, the words it goes on with, how many. */
interface DocumentTail {
  maxWords: number;
  opens(token: Token): boolean;
  /** The word before the opening one is a document's head. */
  follows(head: Token): boolean;
  continues(token: Token): boolean;
}

/**
 * "OMB's plan for managing data states", "the Fed's Financial Stability Report for the banking sector says": a
 * topic; "A Gallup poll released Monday found", "a Pew survey conducted over three days showed": a release and its
 * date or span (RELEASE_PARTICIPLES). The document's owner speaks past either.
 */
const DOCUMENT_TAILS: readonly DocumentTail[] = [
  {
    maxWords: MAX_DOCUMENT_TOPIC,
    opens: (token) => DOCUMENT_TOPIC_PREPOSITIONS.has(token.lower),
    follows: (head) => (isCapitalized(head) ? TITLED_DOCUMENTS.has(head.lower) : OWNED_DOCUMENT_HEADS.has(head.lower)),
    // a topic is lower-case words, a gerund and figures: a name, a clause or a break ends it
    continues: (token) =>
      !isCapitalized(token) && token.pos !== 'PUNCT' && token.pos !== 'AUX' && (token.pos !== 'VERB' || token.lower.endsWith('ing')),
  },
  {
    maxWords: MAX_RELEASE_SPAN,
    opens: (token) => RELEASE_PARTICIPLES.has(token.lower),
    follows: (head) => OWNED_DOCUMENT_HEADS.has(head.lower),
    continues: (token) => DATE_GAP_WORDS.has(token.lower) || RELEASE_SPAN_WORDS.has(token.lower) || token.pos === 'NUM',
  },
];

/** The type of an outlet its kind names ("channel ONT" is a broadcaster). */
const MEDIA_KIND_TYPES: Record<string, NamedSource['type']> = {
  channel: 'broadcaster', station: 'broadcaster', network: 'broadcaster', broadcaster: 'broadcaster',
  newspaper: 'newspaper', daily: 'newspaper', agency: 'news-agency',
};

/** Domains a comma list may hold inside one ministry's title ("Industry, Mine and Trade"). */
const MAX_LISTED_DOMAINS = 4;
const isListedDomainWord = (token: Token | undefined) => token !== undefined && isCapitalized(token) && MINISTRY_DOMAIN_WORDS.has(token.lower);

/** Names in one list after a cue: a joint statement has a handful of signatories. */
const MAX_LIST_ITEMS = 8;
/** Verbs whose object is what was said, without "that": "which said 3 camps were full". */
const SAYING_VERBS = new Set(['said', 'says', 'say', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'claimed', 'claims', 'told', 'tells']);
/** The most words giving a story's day between it and "that" ("on Wednesday night"). */
const MAX_STORY_DAY_WORDS = 3;

/** Words after a relative clause's verb within which "that" opens what it reports ("which said in its first report that"). */
const MAX_CLAUSE_LOOKAHEAD = 8;
/** Participles that modify a noun before it ("held", "owned", "backed"). */
const PRENOMINAL_PARTICIPLE = /(?:ed|held|run|known)$/;
/** Tokens of a date after its month or weekday ("March 3, 2024"). */
const MAX_DATE_TOKENS = 4;
/** "Police in the West Midlands in England": places nested after "Police in". */
const MAX_PLACE_HOPS = 3;

/** "Commissioner", "Vice-President", "Director-General": a capitalised title opening an appositive. */
function opensTitle(token: Token): boolean {
  if (isTitle(token)) return true;
  if (!isCapitalized(token)) return false;
  return TITLE_WORDS.has(token.lower) || token.lower.split('-').every((part) => TITLE_WORDS.has(part));
}

/** Comma-separated parts of one title ("Commissioner for A, B and C"), at most. */
const MAX_TITLE_LIST_SEGMENTS = 4;

/** How many words an unnamed person's phrase may take: "a lawmaker with close ties to intelligence". */
const MAX_UNNAMED_PERSON_TOKENS = 9;
/** Words between "a" and the role: "a senior South Korean". */
const MAX_ROLE_MODIFIERS = 4;

/** How many tokens a place or backer before "-based", "-backed" may take ("U.K.", "New York"). */
const MAX_MODIFIER_TOKENS = 5;

/**
 * Finds the phrase a cue points at: the subject before a reporting verb
 * (skipping auxiliaries, dates and appositives), the subject after an
 * inverted verb ("said Peskov"), or the object after "according to".
 */
export class PhraseFinder {
  private readonly tokens: Token[];
  private readonly first: number;
  private readonly end: number;

  constructor(
    private readonly sentence: SentenceTokens,
    private readonly resolver: ReferentResolver,
  ) {
    this.tokens = sentence.tokens;
    this.first = sentence.first;
    this.end = sentence.end;
  }

  /** The outlet named right before a story noun at `noun` ("a Guardian article"), if any. */
  private storyOwner(noun: number): Referent | undefined {
    const mention = this.sentence.mentionEndingAt(noun);
    return mention && isMediaType(mention.type) ? { kind: 'named', sources: [this.resolver.fromMention(mention)] } : undefined;
  }

  /**
   * The noun phrase that ends just before `at`, skipping auxiliaries and appositives; when it names nobody, the
   * owner of a document whose topic or release stands before `at` ("OMB's plan for managing data states", "A Gallup
   * poll released Monday found").
   */
  subjectBefore(at: number): Referent | undefined {
    const found = this.phraseBefore(at);
    if (found?.kind === 'named') return found;
    for (const tail of DOCUMENT_TAILS) {
      const owner = this.documentOwnerBefore(at, tail);
      if (owner) return owner;
    }
    return found;
  }

  /**
   * The owner of a document named before `at` with its topic or its release between it and `at`
   * ({@link DOCUMENT_TAILS}); only an owner named in the document's phrase speaks ("The plan for managing data
   * states", "A poll released Monday found" name nobody).
   */
  private documentOwnerBefore(at: number, tail: DocumentTail): Referent | undefined {
    const { tokens, first } = this;
    for (let k = at - 1; k > first && at - k <= tail.maxWords + 1; k--) {
      const token = tokens[k];
      if (tail.opens(token)) {
        if (k === at - 1 || !tail.follows(tokens[k - 1])) return undefined;
        const owner = this.phraseBefore(k);
        return owner?.kind === 'named' ? owner : undefined;
      }
      if (!tail.continues(token)) return undefined;
    }
    return undefined;
  }

  private phraseBefore(at: number): Referent | undefined {
    const { tokens, first } = this;
    let k = at - 1;
    // a subject stands a few words before its verb; a longer run of adverbs is no subject (and rescanning it is quadratic)
    const floor = Math.max(first, at - 1 - MAX_GAP_TOKENS);
    while (k >= floor && this.isGap(k)) k--;
    if (k < floor) return undefined;
    const word = tokens[k].lower;
    if (word === 'and' || word === 'but' || word === 'or') return { kind: 'coordinated' };
    // "a review by the ECA, which concluded that", "the MSMT, which said in its first report": the relative clause reports for the name before it
    // ("Meanwhile, WHO has suggested": the World Health Organization written in capitals is no pronoun)
    if ((word === 'which' || word === 'who') && !isAllCaps(tokens[k].text) && k - 1 > first && tokens[k - 1].text === ',') return this.reportsClause(at) ? this.antecedent(k - 1) : undefined;
    // "a Guardian article that said", "the Times story that reported": the outlet's own story reports
    if (word === 'that' && k - 1 > first) {
      // (the story's day may stand between: "a Post article on Wednesday that said")
      let noun = k - 1;
      while (noun > first && k - noun <= MAX_STORY_DAY_WORDS && (DATE_GAP_WORDS.has(tokens[noun].lower) || TIME_OF_DAY_WORDS.has(tokens[noun].lower))) noun--;
      const owner = OUTLET_STORY_NOUNS.has(tokens[noun].lower) ? this.storyOwner(noun) : undefined;
      if (owner) return owner;
    }
    let appositive: [number, number] | undefined;
    // "Singer Jane Roe — who won a case against her label last year — said": an aside between dashes, as between commas
    const dash = tokens[k].text === '—' || tokens[k].text === '–' ? this.openingDash(k) : -1;
    if (dash > first) {
      appositive = [dash + 1, k];
      k = dash - 1;
    } else if (tokens[k].text === ',') {
      const open = this.titleListStart(k, this.appositiveStart(k));
      if (open < 0 && this.strayCommaAfterAbbreviation(k)) return this.subjectBefore(k);
      if (open < 0) return undefined;
      appositive = [open + 1, k];
      k = open - 1;
      // "An international team, led by researchers at Stockholm University, found", "The study, led by X, found": the team's home speaks
      const leader = this.leaderAfter(open + 1);
      if (leader >= 0 && k >= first && (this.isResearchGroup(tokens[k]) || DOCUMENT_NOUNS.has(tokens[k].lower))) return this.objectAfter(leader);
    }
    if (k < first) return undefined;
    // "Kim Byung Kee, a South Korean lawmaker and secretary to the committee told NBC": the person before an unclosed appositive speaks
    const opened = appositive ? -1 : this.unclosedAppositive(k);
    if (opened >= 0) {
      const name = lastProperRun(tokens, first, opened);
      if (name) return this.resolver.resolveNounPhrase(name[0], name[1], [opened + 1, k + 1]);
    }
    // "One rescuer told NDTV", "a lawmaker with close ties to intelligence told NBC News": an unnamed person by role
    if (!appositive && this.unnamedPersonBefore(k)) return { kind: 'anonymous' };
    let npStart = this.nounPhraseStart(k);
    if (npStart > k) return undefined;
    // "ICO, Inc. (NASDAQ:ICOC), a maker of films, today announced": the suffix after the comma ends the company's name
    if (npStart - 2 >= first && COMMA_COMPANY_SUFFIXES.has(tokens[npStart].lower) && tokens[npStart - 1].text === ',' && isCapitalized(tokens[npStart - 2])) {
      npStart = this.nounPhraseStart(npStart - 2);
    }
    // "Minister of Industry, Mine and Trade Jane Roe said": the commas are inside the title
    npStart = this.titleDomainListStart(npStart, k) ?? npStart;
    // "The warning came from Zarya Capital, where analyst Jane Roe said": the firm the clause is about speaks through her
    const firm = this.employerBeforeWhere(npStart, k);
    if (firm) return firm;
    // "But the ministry said", "And the study found": the conjunction opening the sentence is no part of the subject
    if (npStart === first && npStart < k && OPENING_CONJUNCTIONS.has(tokens[npStart].lower)) npStart++;
    // "media including national broadcaster NHK and the Nikkei newspaper reported": the outlets listed are the ones named
    const listed = LISTING_PARTICIPLES.has(tokens[npStart - 1]?.lower ?? '') && npStart - 1 > first ? this.listedNames(npStart, k + 1) : undefined;
    if (listed) return listed;
    if (this.objectOfParticiple(npStart)) {
      // "Some voters backing Smith said": the voters speak, not the one they back
      return this.resolver.resolveNounPhrase(this.nounPhraseStart(npStart - 2), npStart - 1);
    }
    // "A Reuters correspondent who saw the bodies said": the object of a relative clause is no subject; the
    // one the clause describes is
    const relative = this.relativeClauseOpening(npStart);
    if (relative > first) return this.resolver.resolveNounPhrase(this.nounPhraseStart(relative - 1), relative);
    if (npStart - 2 > first && POSSESSIVE_DETERMINERS.has(tokens[npStart - 1].lower) && OCCASION_PREPOSITIONS.has(tokens[npStart - 2].lower) && OCCASIONS.has(tokens[npStart].lower)) {
      // "The Bank of Russia in its review of financial stability noted": the speaker stands before its document
      return this.subjectBefore(npStart - 2);
    }
    // "after the synthetic fibre company said": a conjunction opens a clause whose subject the phrase is
    if (this.opensConjunctionClause(npStart, k, at)) return this.resolver.resolveNounPhrase(npStart, k + 1, appositive);
    if (npStart > first && PREPOSITIONS.has(tokens[npStart - 1].lower)) {
      // "Pletenchuk in an interview with Radio Svoboda said": the speaker stands before the occasion
      const occasion = this.occasionStart(npStart - 1, k);
      if (occasion > first) return this.subjectBefore(occasion);
      return this.subjectAroundPreposition(npStart, k + 1, appositive);
    }
    const list = this.listBefore(npStart, k + 1);
    if (list) return list;
    return this.resolver.resolveNounPhrase(npStart, k + 1, appositive);
  }

  /**
   * Whether the phrase from `npStart` to `last` opens a clause after a conjunction ("after", "when", "as", ...):
   * one led by "the" ("after the synthetic fibre company said"), or a name of capitalised words right before the
   * verb at `verb` ("fell 7% after Reuters reported that", "after Fayetteville Police say"), which as a
   * preposition's object would stand before no verb of its own. A day or a month opens no speaker's name ("after
   * Monday's report showed"), and a name with words between it and the verb is left as before ("after Germany and
   * France both announced", "after Ukraine's government last week dismissed": the clause of a report, or a verb
   * that need not report).
   */
  private opensConjunctionClause(npStart: number, last: number, verb: number): boolean {
    const { tokens, first } = this;
    if (npStart <= first || !CLAUSE_CONJUNCTIONS.has(tokens[npStart - 1].lower)) return false;
    if (tokens[npStart].lower === 'the') return true;
    if (last !== verb - 1 || DATE_GAP_WORDS.has(tokens[npStart].lower)) return false;
    for (let k = npStart; k <= last; k++) if (!isCapitalized(tokens[k])) return false;
    return true;
  }

  /**
   * "which said 3 camps were full", "which concluded that": the verb at
   * `verb` reports what follows it. "which had published cartoons" names
   * what was published, no report of the sentence's news.
   */
  private reportsClause(verb: number): boolean {
    const { tokens } = this;
    if (SAYING_VERBS.has(tokens[verb].lower)) return true;
    for (let k = verb + 1; k < this.end && k <= verb + MAX_CLAUSE_LOOKAHEAD; k++) {
      const text = tokens[k].lower;
      if (text === 'that' || text === ':' || OPENING_QUOTES.has(text)) return true;
      if (text === '.' || text === ';') return false;
    }
    return false;
  }

  /**
   * The noun phrase a relative clause opened at `comma` describes. After a
   * preposition, the phrase before it is the one described ("officials in
   * Kyiv, who said": unnamed people; "Putin in Helsinki, who said": Putin),
   * unless a verb stands there ("the figures come from Amnesty, which said":
   * Amnesty).
   */
  private antecedent(comma: number): Referent | undefined {
    const { tokens, first } = this;
    const npStart = this.nounPhraseStart(comma - 1);
    if (npStart >= comma) return undefined;
    const preposition = npStart - 1;
    if (preposition > first && PREPOSITIONS.has(tokens[preposition].lower)) {
      const before = tokens[preposition - 1];
      if (before.pos === 'NOUN') return this.subjectAroundPreposition(npStart, comma);
      if (before.pos === 'PROPN') return this.resolver.resolveNounPhrase(this.nounPhraseStart(preposition - 1), preposition);
      // "a source close to Jane Roe, who confirmed", "people familiar with Acme's plans, who said": the unnamed people speak
      if ((before.pos === 'ADJ' || before.pos === 'ADV') && preposition - 2 > first) return this.resolver.resolveNounPhrase(this.nounPhraseStart(preposition - 2), preposition - 1);
    }
    return this.resolver.resolveNounPhrase(npStart, comma);
  }

  /**
   * "Target, Costco and Kroger said": a list of names, each one a source. Only
   * with a comma before the last pair, so "Johnson and Johnson said" stays one.
   */
  private listBefore(npStart: number, npEnd: number): Referent | undefined {
    const { tokens, first } = this;
    if (npStart - 2 < first || tokens[npStart - 1].text !== ',' || !isCapitalized(tokens[npStart - 2])) return undefined;
    let and = -1;
    // "Bahrain, Egypt and the United Arab Emirates said": the last name may take its article
    for (let k = npStart + 1; k < npEnd - 1; k++) {
      const next = tokens[k + 1].lower === 'the' && k + 2 < npEnd ? k + 2 : k + 1;
      if (tokens[k].lower === 'and' && isCapitalized(tokens[next]) && isCapitalized(tokens[k - 1]) && !this.andInsideName(k)) and = k;
    }
    if (and < 0) return undefined;
    const items: Array<[number, number]> = [[and + 1, npEnd], [npStart, and]];
    let end = npStart - 1; // the comma
    while (end - 1 >= first && isCapitalized(tokens[end - 1]) && items.length < 8) {
      let start = end - 1;
      while (start - 1 >= first && isCapitalized(tokens[start - 1]) && end - start < 5) start--;
      items.push([start, end]);
      if (start - 1 < first || tokens[start - 1].text !== ',') break;
      end = start - 1;
    }
    items.reverse();
    // "Minister of Industry, Mine and Trade Jane Roe said": the list names one ministry's domains, not speakers
    if (this.isOfficeDomainList(items[0][0])) return undefined;
    const resolved = items.map(([from, to]) => named(this.resolver.resolveNounPhrase(from, to)));
    // "On Monday, Egypt, Bahrain, Jordan and Oman announced": the phrase the sentence opens with is no item
    if (items.length > 3 && items[0][0] === first && tokens[first].pos === 'ADP' && !resolved[0].length) resolved.shift();
    const sources = resolved.flat();
    return sources.length === resolved.length ? { kind: 'named', sources } : undefined;
  }

  /**
   * "Acme Inc., the U.S. Food and Drug Administration said", "in Texas, the Department of Health and Human
   * Services said": the "and" at `k` lies inside one name the text's mentions found, so it joins no list.
   */
  private andInsideName(k: number): boolean {
    const mention = this.sentence.mentionCovering(k);
    return mention !== undefined && mention.first < k && k + 1 < mention.end;
  }

  /**
   * Where a title begins whose domains a comma list names ("Minister of Industry, Mine and Trade Jane Roe"),
   * when the phrase [npStart, last] is the list's end, closed by "and"; else undefined.
   */
  private titleDomainListStart(npStart: number, last: number): number | undefined {
    const { tokens, first } = this;
    let closed = false;
    for (let k = npStart; k < last && !closed; k++) closed = (tokens[k].lower === 'and' || tokens[k].text === '&') && isListedDomainWord(tokens[k + 1]);
    if (!closed) return undefined;
    let at = npStart - 1;
    for (let listed = 0; listed < MAX_LISTED_DOMAINS && at - 1 > first && tokens[at].text === ',' && isListedDomainWord(tokens[at - 1]); listed++) {
      at -= 2;
      if (this.isOfficeDomainList(at + 1)) return this.nounPhraseStart(at - 1);
    }
    return undefined;
  }

  /**
   * Where a lower-case kind of outlet ("channel", "station") follows a run [from, to) that ends in a media
   * word ("Belarusian TV", "TV"), when the kind is followed by a name or the run is only media words; else -1.
   */
  private mediaKindAfter(from: number, to: number): number {
    const { tokens, end } = this;
    if (to + 1 >= end || !GENERIC_MEDIA_NOUNS.has(tokens[to - 1].lower) || !MEDIA_KIND_NOUNS.has(tokens[to].text)) return -1;
    if (isCapitalized(tokens[to + 1])) return to;
    for (let k = from; k < to; k++) if (!GENERIC_MEDIA_NOUNS.has(tokens[k].lower)) return -1;
    return to;
  }

  /**
   * "citing the firm's weak forecast", "citing the company's slowing sales": the cue's object at `at` is a
   * body's doing given as a reason, not a source passed on (nobody is relayed, nobody unnamed speaks).
   */
  citesReason(at: number): boolean {
    const { tokens, end } = this;
    let k = at;
    while (k < end && k - at < 3 && !isCapitalized(tokens[k]) && !ORGANISATION_DESCRIPTORS.has(tokens[k].lower)) k++;
    return k + 1 < end && ORGANISATION_DESCRIPTORS.has(tokens[k].lower) && isPossessive(tokens[k + 1]) && !this.possessedIsSource(k + 2);
  }

  /** Whether the few words after a possessive at `from` name a source's output ("data", "the latest report"). */
  private possessedIsSource(from: number): boolean {
    const { tokens, end } = this;
    for (let k = from; k < end && k - from < MAX_POSSESSED_WORDS && !CLAUSE_BREAKS.has(tokens[k].text); k++) {
      if (SOURCE_HEADS.has(tokens[k].lower) || ISSUED_DOCUMENTS.has(tokens[k].lower) || POSSESSED_SPEAKER_WORDS.has(tokens[k].lower)) return true;
    }
    return false;
  }

  /** The outlet named after its kind ("channel ONT"): an outlet, even where the registry does not know it. */
  private outletOfKind(kindAt: number): { referent: Referent | undefined; end?: number } | undefined {
    const item = this.objectItem(kindAt + 1);
    if (item?.referent?.kind !== 'named' || item.referent.sources.length !== 1) return item;
    const [source] = item.referent.sources;
    if (isMediaType(source.type)) return item;
    const type = MEDIA_KIND_TYPES[this.tokens[kindAt].text] ?? 'online-outlet';
    return { ...item, referent: { kind: 'named', sources: [{ ...source, type }] } };
  }

  /** Whether a list starting at `start` follows "Minister of", "Ministry for", "Department of": a title's domains. */
  private isOfficeDomainList(start: number): boolean {
    const { tokens, first } = this;
    const joiner = tokens[start - 1]?.lower;
    const head = start - 2 >= first ? tokens[start - 2].lower : '';
    return (joiner === 'of' || joiner === 'for') && (OFFICE_BODY_HEADS.has(head) || OFFICE_HOLDER_HEADS.has(head));
  }

  /**
   * Where "in an interview with", "at a press conference in", "in a post on"
   * begins, when the preposition at `at` closes such a phrase; else -1.
   */
  private occasionStart(at: number, phraseEnd: number): number {
    const { tokens, first } = this;
    // "at a press conference said": the occasion is the phrase itself
    for (let k = at + 1; k <= phraseEnd; k++) if (OCCASIONS.has(tokens[k].lower) && OCCASION_PREPOSITIONS.has(tokens[at].lower)) return at;
    for (let k = at - 1; k >= first && k >= at - 5; k--) {
      if (!OCCASIONS.has(tokens[k].lower)) continue;
      const opener = k - 1 >= first && tokens[k - 1].pos === 'DET' ? k - 2 : k - 1;
      if (opener >= first && OCCASION_PREPOSITIONS.has(tokens[opener].lower)) return opener;
    }
    return -1;
  }

  /**
   * The phrase before the verb follows a preposition: "analysts at ING said"
   * (the employer speaks), "Al Jazeera's correspondent in Gaza reported" (the
   * outlet speaks), "sources close to the Élysée said" (nobody named),
   * "anglers in Poland had reported" (Poland does not speak).
   */
  private subjectAroundPreposition(npStart: number, npEnd: number, appositive?: [number, number]): Referent | undefined {
    const { tokens, first } = this;
    const preposition = npStart - 1;
    const before = preposition - 1;
    if (before < first) return undefined;
    const word = tokens[before].lower;
    const police = this.policeOf(npStart, npEnd);
    if (police) return police;
    const office = tokens[preposition].lower === 'in' ? this.officeInPlace(before, npStart, npEnd) : undefined;
    if (office) return { kind: 'named', sources: [office] };
    // "AFPTV footage from Deir el-Balah showed": where the outlet's pictures were taken says nothing of who speaks
    if (OUTLET_WORK_HEADS.has(word) && (tokens[preposition].lower === 'from' || tokens[preposition].lower === 'in')) {
      let start = before;
      while (start - 1 >= first && before - start < MAX_OUTLET_WORK_NAME && (isCapitalized(tokens[start - 1]) || ARTICLES.has(tokens[start - 1].lower))) start--;
      const work = start < before ? this.resolver.resolveNounPhrase(start, before + 1) : undefined;
      if (work?.kind === 'named') return work;
    }
    // "analysts at ING said", "a team from the University of Oslo found"
    if (this.isResearchGroup(tokens[before]) && (tokens[preposition].lower === 'at' || tokens[preposition].lower === 'from')) {
      return this.resolver.resolveNounPhrase(npStart, npEnd, appositive);
    }
    const spokesperson = tokens[preposition].lower === 'at' && OFFICE_SPOKESPEOPLE.has(word) ? this.bodyOfSpokespersonAt(npStart, npEnd, appositive) : undefined;
    if (spokesperson) return spokesperson;
    // "Jane Roe at Norvale Research said": a person with her employer speaks for the employer
    const employer = tokens[preposition].lower === 'at' ? this.employerOfPerson(before, npStart, npEnd) : undefined;
    if (employer) return employer;
    // "Chief Jane Roe with the Norvale Police Department said": the body a person works "with" speaks through her
    const body = isTitleWith(tokens, preposition, first) ? this.bodyOfPersonWith(before, npStart, npEnd) : undefined;
    if (body) return body;
    // "Researchers led by Harvard University found": who leads the team speaks for it
    if (this.leaderAfter(before) === npStart && before - 1 >= first && this.isResearchGroup(tokens[before - 1])) {
      return this.resolver.resolveNounPhrase(npStart, npEnd, appositive);
    }
    // "An official announcement from Islamabad's foreign ministry stated", "a statement by the embassy said": the issuer speaks
    if (ISSUED_DOCUMENTS.has(word) && (tokens[preposition].lower === 'by' || tokens[preposition].lower === 'from')) {
      return this.resolver.resolveNounPhrase(npStart, npEnd, appositive);
    }
    // "Data released Tuesday by the Commerce Department showed": who released the data speaks
    if (tokens[preposition].lower === 'by' && this.releasedDataBefore(before)) return this.resolver.resolveNounPhrase(npStart, npEnd, appositive);
    for (let k = before; k >= first && k >= before - 2; k--) if (ANONYMOUS_HEADS.has(tokens[k].lower)) return { kind: 'anonymous' };
    if (TITLE_WORDS.has(word) || ORGANISATION_DESCRIPTORS.has(word)) {
      const start = this.nounPhraseStart(before);
      if (start <= before) return this.resolver.resolveNounPhrase(start, before + 1);
    }
    return undefined;
  }

  /**
   * "A spokesman at Abbott Nutrition International said": a spokesperson "at" a body speaks for it, as one "for" it
   * does (the phrase read before "at" named nobody); never a place or a country ("a spokesman at the scene"), nor a
   * body named by only the phrase's last words. A spokesperson works for no person: a name the type guess takes for
   * one ("Acme Foods") is a body of unknown kind.
   */
  private bodyOfSpokespersonAt(npStart: number, npEnd: number, appositive?: [number, number]): Referent | undefined {
    const body = named(this.resolver.resolveNounPhrase(npStart, npEnd, appositive));
    const start = ARTICLES.has(this.tokens[npStart].lower) ? npStart + 1 : npStart;
    if (body.length !== 1 || body[0].state || body[0].first > start) return undefined;
    const source = body[0].type === 'person' && !body[0].registered ? { ...body[0], type: 'unknown' as const } : body[0];
    return { kind: 'named', sources: [source] };
  }

  /**
   * "Jane Roe at Norvale Research said", "analyst John Doe at Zarya Capital said": a named person, then
   * "at" and a firm, an outlet or a think tank: the employer speaks through her (an analyst or reporter
   * speaks for the employer). A government, a university or a place after "at" is no employer read so.
   */
  private employerOfPerson(last: number, npStart: number, npEnd: number): Referent | undefined {
    const person = this.resolver.personIn(this.nounPhraseStart(last), last + 1);
    if (!person || guessSourceType(person) !== 'person') return undefined;
    return this.asEmployer(npStart, npEnd, person);
  }

  /** The body of any kind but a person or a country [npStart, npEnd) names, through the person whose name ends at `last`. */
  private bodyOfPersonWith(last: number, npStart: number, npEnd: number): Referent | undefined {
    const person = this.resolver.personIn(this.nounPhraseStart(last), last + 1);
    if (!person || guessSourceType(person) !== 'person') return undefined;
    const body = named(this.resolver.resolveNounPhrase(npStart, npEnd));
    if (body.length !== 1 || !isNonStateBody(body[0]) || body[0].person) return undefined;
    return { kind: 'named', sources: [{ ...body[0], person }] };
  }

  /** "Zarya Capital, where analyst Jane Roe said": the firm before ", where", when an employee of its kind speaks. */
  private employerBeforeWhere(npStart: number, last: number): Referent | undefined {
    const { tokens, first } = this;
    if (npStart - 3 < first || tokens[npStart - 1].lower !== 'where' || tokens[npStart - 2].text !== ',') return undefined;
    let employee = false;
    for (let k = npStart; k <= last && !employee; k++) employee = EMPLOYEE_TITLES.has(tokens[k].lower);
    if (!employee) return undefined;
    // "analyst Jane Roe and colleagues said": her team speaks with her
    let named = last;
    if (COLLEAGUE_NOUNS.has(tokens[named].lower)) named--;
    if (POSSESSIVE_DETERMINERS.has(tokens[named].lower)) named--;
    if (named < last && tokens[named].lower === 'and') named--;
    const person = this.resolver.personIn(npStart, named + 1);
    return this.asEmployer(this.nounPhraseStart(npStart - 3), npStart - 2, person && guessSourceType(person) === 'person' ? person : undefined);
  }

  /** The body [from, to) names, through `person`, when it is a firm, an outlet or a think tank. */
  private asEmployer(from: number, to: number, person: string | undefined): Referent | undefined {
    const employer = from < to ? this.resolver.resolveNounPhrase(from, to) : undefined;
    if (employer?.kind !== 'named' || employer.sources.length !== 1 || !EMPLOYER_TYPES.has(employer.sources[0].type)) return undefined;
    return { kind: 'named', sources: [{ ...employer.sources[0], ...(person && { person }) }] };
  }

  /** "The health ministry in Hamas-run Gaza said": the office before "in" of the place [npStart, npEnd) (a "-run" ruler skipped). */
  private officeInPlace(before: number, npStart: number, npEnd: number): NamedSource | undefined {
    const { tokens } = this;
    let place = npStart;
    if (place + 2 < npEnd && tokens[place + 1].text === '-' && RULED_PARTICIPLES.has(tokens[place + 2].lower)) place += 3;
    if (place >= npEnd || !isCapitalized(tokens[place])) return undefined;
    const start = this.nounPhraseStart(before);
    if (start > before || before - start > 3) return undefined;
    return this.resolver.officeInPlace(start, before + 1, place, npEnd);
  }

  /**
   * "Police in the West Midlands in England today said": the force of the
   * place named first after "Police in" ("West Midlands Police").
   */
  private policeOf(npStart: number, npEnd: number): Referent | undefined {
    const { tokens, first } = this;
    let place: [number, number] = [npStart, npEnd];
    let at = npStart - 1;
    for (let hops = 0; hops < MAX_PLACE_HOPS && at > first && tokens[at].lower === 'in'; hops++) {
      const word = tokens[at - 1];
      // "The Police Command in Zarya has dismissed claims": the place's police command ("Zarya Police Command")
      const unit = POLICE_UNITS.has(word.lower) && isCapitalized(word) && at - 2 > first && tokens[at - 2].lower === 'police' ? word.text : '';
      if (word.lower === 'police' || unit) {
        const start = tokens[place[0]].lower === 'the' ? place[0] + 1 : place[0];
        if (start >= place[1] || !isCapitalized(tokens[start])) return undefined;
        const name = `${this.sentence.slice(start, place[1])} Police${unit ? ` ${unit}` : ''}`;
        return { kind: 'named', sources: [this.resolver.bodyNamed(name, unit ? at - 2 : at - 1, place[1])] };
      }
      if (!isCapitalized(word)) return undefined;
      const start = this.nounPhraseStart(at - 1);
      place = [start, at];
      at = start - 1;
    }
    return undefined;
  }

  /** "Mailman School of Public Health in New York City": where a body stands is no part of its name. */
  private withoutPlace(from: number, to: number): number {
    for (let k = from + 1; k < to - 1; k++) {
      if (this.tokens[k].lower !== 'in') continue;
      const type = guessSourceType(this.sentence.slice(from, k));
      // "announced by Jane Roe in Brussels": no person's name goes on with "in"; what follows is where she was
      if (type === 'person') return k;
      // "in New York City", "in Kyiv": a place of several words or a known one ("Studies in Economics" stays)
      const place = to - (k + 1) >= 2 || stateOf(this.sentence.slice(k + 1, to)) !== undefined || US_STATES.has(this.tokens[k + 1].lower);
      if (type !== 'unknown' && place) return k;
    }
    return to;
  }

  /** "Data released Tuesday", "figures published on Monday": data or a document and its releasing verb end at `last`, a date after it. */
  private releasedDataBefore(last: number): boolean {
    const { tokens, first } = this;
    let k = last;
    while (k > first && last - k < MAX_DATE_TOKENS && (DATE_GAP_WORDS.has(tokens[k].lower) || tokens[k].pos === 'NUM' || tokens[k].text === ',')) k--;
    return k > first && RELEASING_VERBS.has(tokens[k].lower) && (SOURCE_HEADS.has(tokens[k - 1].lower) || ISSUED_DOCUMENTS.has(tokens[k - 1].lower));
  }

  /** Experts or a team doing a study ("researchers", "the team"), whose home or leader is then the source. */
  private isResearchGroup(token: Token): boolean {
    return EXPERT_NOUNS.has(token.lower) || RESEARCH_TEAMS.has(token.lower);
  }

  /** Where the leader named after "led by" at `at` starts, or -1. */
  leaderAfter(at: number): number {
    const { tokens } = this;
    return at + 2 < this.end && LEADING_PARTICIPLES.has(tokens[at].lower) && tokens[at + 1].lower === 'by' ? at + 2 : -1;
  }

  /** Auxiliaries, adverbs and dates between a subject and its verb. */
  isGap(k: number): boolean {
    const token = this.tokens[k];
    // "USA Today reported", "Good Morning America said": a date or adverb word that closes a registered name is the name's
    if (this.closesName(k)) return false;
    if (SUBJECT_GAP_WORDS.has(token.lower)) return true;
    // "Kim has been calling for", "The CDC has been saying": "been" before a present participle
    if (token.lower === 'been' && k + 1 < this.end && this.tokens[k + 1].lower.endsWith('ing')) return true;
    if (this.inInterjection(k)) return true;
    // "The board on late Tuesday evening, March 17, confirmed": the commas of a date aside, and "late" or "early" before its day
    // ("Jane Roe, speaking to reporters on Monday, said": that comma closes an aside the appositive logic skips)
    if (token.text === ',' && k - 1 > this.first && this.endsDate(k - 1) && !this.closesAsideWithVerb(k)) return true;
    if (TIME_OF_DAY_WORDS.has(token.lower) && k + 1 < this.end && DATE_GAP_WORDS.has(this.tokens[k + 1].lower) && this.tokens[k + 1].lower !== 'in') return true;
    // "the daily said": a word after an article is a noun, whatever the tagger says
    // "foreign secretary James Cleverly said": a capitalised word after a capitalised word mid-sentence ends a name
    // ("The Stockholm-based firm said": a word after a place's "-based" is a noun too)
    if (token.pos === 'ADV') return !this.nounAfterArticle(k) && !this.surnameAfterName(k) && !(k - 2 >= this.first && isModifierJoin(this.tokens, k - 2));
    if (!DATE_GAP_WORDS.has(token.lower) && !(token.pos === 'NUM' && k > this.first && DATE_GAP_WORDS.has(this.tokens[k - 1].lower))) return false;
    // only a date ("on Jan. 14", "on Monday"), not any name
    return token.lower !== 'in' || (k + 1 < this.end && this.tokens[k + 1].pos === 'NUM');
  }

  /**
   * The comma at `close` ends an aside with a verb of its own, or a preposition's noun, opened by the comma before
   * it: ", speaking to reporters on Monday,", ", who spoke on Monday,", ", in a statement on Monday,", not the
   * commas of a date alone ("on Tuesday, March 17,").
   */
  private closesAsideWithVerb(close: number): boolean {
    const { tokens, first } = this;
    let noun = false;
    for (let k = close - 1; k > first; k--) {
      const token = tokens[k];
      // ", in a statement on Monday,": a prepositional aside of its own, its day no date to skip
      if (token.text === ',') return noun && tokens[k + 1].pos === 'ADP';
      if (token.pos === 'NOUN' && !isCapitalized(token) && !DAY_PARTS.has(token.lower)) noun = true;
      if (CLAUSE_BREAKS.has(token.text)) return false;
      // "evening" of "late Tuesday evening" is no verb, whatever its ending
      if (DAY_PARTS.has(token.lower) || isCapitalized(token)) continue;
      // ", briefing reporters on Tuesday,": a participle opening the aside, whatever the tagger calls it
      if (RELATIVE_PRONOUNS.has(token.lower) || token.pos === 'VERB' || (token.lower.endsWith('ing') && tokens[k - 1].text === ',')) return true;
    }
    return false;
  }

  /**
   * The comma at `k` separates items of a lower-case list that runs on to `close` ("for political, security, and social
   * affairs"): each item after it one word, at most three after "and" or "or", and a lower-case word before.
   */
  private insideLowerCaseList(k: number, close: number): boolean {
    const { tokens } = this;
    const lower = (at: number) => at >= this.first && at < this.end && /^\p{Ll}/u.test(tokens[at].text) && tokens[at].pos !== 'VERB';
    const joins = (at: number) => tokens[at].lower === 'and' || tokens[at].lower === 'or';
    if (!lower(k - 1)) return false;
    let at = k + 1;
    while (at + 1 < close && lower(at) && tokens[at + 1].text === ',') at += 2;
    // ("security and social affairs": the item before "and" may have no comma of its own)
    if (at + 1 < close && lower(at) && joins(at + 1)) at++;
    if (at >= close || !joins(at)) return false;
    const rest = close - at - 1;
    if (rest < 1 || rest > MAX_LIST_TAIL_WORDS) return false;
    for (let w = at + 1; w < close; w++) if (!lower(w)) return false;
    return true;
  }

  /** The comma at `k` separates a date's parts: "Monday, July 25", "July 25, 2022". */
  private insideDate(k: number): boolean {
    const { tokens } = this;
    if (k - 1 <= this.first || k + 1 >= this.end) return false;
    const next = tokens[k + 1];
    return this.endsDate(k - 1) && (MONTHS.has(next.lower) || (next.pos === 'NUM' && /^\d{4}$/.test(next.text)));
  }

  /** Token `k` closes a day: "Tuesday", "Tuesday evening", "March 17" (a month and its number). */
  private endsDate(k: number): boolean {
    const { tokens } = this;
    if (WEEKDAYS.has(tokens[k].lower) || (DAY_PARTS.has(tokens[k].lower) && k > this.first && WEEKDAYS.has(tokens[k - 1].lower))) return true;
    return tokens[k].pos === 'NUM' && k > this.first && MONTHS.has(tokens[k - 1].lower);
  }

  /**
   * "The ambassador for his part said", "Jane Roe in turn said": an aside of translated copy, written without
   * commas between the subject and its verb; token `k` is one of its words.
   */
  private inInterjection(k: number): boolean {
    const word = (at: number) => (at >= this.first && at < this.end ? this.tokens[at].lower : '');
    const forPart = (at: number) => word(at) === 'for' && PART_OWNERS.has(word(at + 1)) && word(at + 2) === 'part';
    if (forPart(k) || forPart(k - 1) || forPart(k - 2)) return true;
    return (word(k) === 'in' && word(k + 1) === 'turn') || (word(k) === 'turn' && word(k - 1) === 'in');
  }

  /** Token `k` is the last word of a longer name found in the sentence (only a capitalised word can be). */
  private closesName(k: number): boolean {
    if (k <= this.first || !isCapitalized(this.tokens[k])) return false;
    const mention = this.sentence.mentionEndingAt(k + 1);
    return mention !== undefined && mention.first < k;
  }

  /** A capitalised word inside the sentence right after a capitalised word: a surname the tagger took for an adverb ("Cleverly"). */
  private surnameAfterName(k: number): boolean {
    const { tokens } = this;
    return k > this.first && isCapitalized(tokens[k]) && isCapitalized(tokens[k - 1]) && !CAPITALISED_FUNCTION_WORDS.has(tokens[k - 1].lower) && !CAPITALISED_FUNCTION_WORDS.has(tokens[k].lower);
  }

  /**
   * "One rescuer", "a South Korean lawmaker", "a lawmaker with close ties to
   * intelligence": "a", "an" or "one" opening a clause, adjectives, a noun
   * naming a person by role, then only lower-case words up to `last`.
   */
  private unnamedPersonBefore(last: number): boolean {
    const { tokens, first } = this;
    let role = -1;
    for (let k = last; k >= first && k > last - MAX_UNNAMED_PERSON_TOKENS; k--) {
      if (UNNAMED_PERSON_ROLES.has(tokens[k].lower) && !isCapitalized(tokens[k])) {
        role = k;
        break;
      }
      if (isCapitalized(tokens[k]) || CLAUSE_BREAKS.has(tokens[k].text) || tokens[k].text === ',' || isClauseVerb(tokens, k, first)) return false;
    }
    if (role < 0) return false;
    let k = role - 1;
    // adjectives, a nationality ("South Korean") or a body's name ("a Pentagon official") before the role
    while (k > first && role - k <= MAX_ROLE_MODIFIERS && (tokens[k].pos === 'ADJ' || (isCapitalized(tokens[k]) && !UNNAMED_PERSON_OPENERS.has(tokens[k].lower)))) k--;
    if (k < first || !UNNAMED_PERSON_OPENERS.has(tokens[k].lower)) return false;
    return this.opensClause(k);
  }

  /**
   * Token `k` opens a clause: the sentence's first, or after a comma or a closing quote ('"...," a lawmaker told'),
   * after "that", or right after a noun ("said on his website a senator told him"): an article after a noun opens
   * a new noun phrase, here the subject of a reported clause written without "that".
   */
  private opensClause(k: number): boolean {
    if (k === this.first) return true;
    const before = this.tokens[k - 1];
    return before.text === ',' || before.text === '"' || CLOSING_QUOTES.has(before.text) || before.lower === 'that' || before.pos === 'NOUN';
  }

  /**
   * The comma before "a"/"an" that opens an appositive the writer never
   * closed ("Kim Byung Kee, a South Korean lawmaker told"), when a person's
   * name (two capitalised words or more) opening the clause stands before it
   * and no verb or break stands between it and `last`; else -1.
   */
  private unclosedAppositive(last: number): number {
    const { tokens, first } = this;
    for (let k = last; k > first && k > last - MAX_APPOSITIVE; k--) {
      const token = tokens[k];
      if (CLAUSE_BREAKS.has(token.text) || token.text === ',' || isClauseVerb(tokens, k, first)) {
        if (token.text !== ',' || k + 1 > last || !INDEFINITE_ARTICLES.has(tokens[k + 1].lower)) return -1;
        const name = lastProperRun(tokens, first, k);
        if (!name || name[1] !== k || name[1] - name[0] < 2 || this.sentence.anyMentionWithin(name[0], name[1])) return -1;
        return this.opensClause(name[0]) ? k : -1;
      }
    }
    return -1;
  }

  /** The comma opening an appositive or relative clause that ends at `close`. */
  private appositiveStart(close: number): number {
    const tag = this.partyTagStart(close);
    if (tag >= 0) return tag;
    let verbs = 0;
    for (let k = close - 1; k >= this.first && k > close - MAX_RELATIVE_CLAUSE; k--) {
      const token = this.tokens[k];
      // ", addressing the media on Monday, July 25, 2022,": the commas inside the date are no edge of the aside
      if (token.text === ',' && this.insideDate(k)) continue;
      // ", the deputy governor for political, security, and social affairs,": a list's commas inside the aside
      if (token.text === ',' && this.insideLowerCaseList(k, close)) continue;
      if (token.text === ',') {
        const opener = this.tokens[k + 1];
        // ", who has a rating of attractive with a 12-month price target of $64 a share on UPS,": only a relative
        // clause runs longer than an appositive
        if (close - k >= MAX_APPOSITIVE && !(opener && RELATIVE_PRONOUNS.has(opener.lower))) return -1;
        // ", which has seen a draft," and ", a spokeswoman for the Russian-installed management," may hold verbs
        const participle = opener?.lower.endsWith('ing') || this.opensReducedRelative(k + 1, close); // ", speaking on condition of anonymity,"
        const aside = opener?.pos === 'ADP' && close - k <= 4; // ", in turn,", ", for its part,"
        // ", when asked about the report,", ", while visiting Kyiv,", ", asked about the report,": when it spoke
        const occasion = opener && (TIME_ASIDE_OPENERS.has(opener.lower) || QUESTIONED_PARTICIPLES.has(opener.lower));
        const described = opener && (opener.pos === 'DET' || isTitle(opener) || RELATIVE_PRONOUNS.has(opener.lower) || participle || aside || occasion || this.closesTicker(k - 1));
        return verbs === 0 || described || phraseCueAt(this.tokens, k + 1, close) ? k : -1;
      }
      if (token.text === '.' || token.text === ';') return -1;
      // "RIYADH, Jul 30 (NNN-SPA) – The OIC (OIC), has condemned": the dateline's comma opens no aside
      if (this.isDatelineDash(k)) return -1;
      // a capitalised participle is a word of a name or title ("Director of Emerging Infection"), not a verb,
      // nor is the tail of a hyphenated given name ("Chun Yung-woo")
      if (token.pos === 'VERB' && isClauseVerb(this.tokens, k, this.first)) verbs++;
    }
    return -1;
  }

  /** A dash standing apart within a dateline's first tokens ("SEOUL, Nov. 2 (Yonhap) --"): the sentence's own words open after it. */
  private isDatelineDash(k: number): boolean {
    const { tokens, first } = this;
    return k > first && k - first <= MAX_DATELINE_TOKENS && DASH_TOKENS.has(tokens[k].text) && tokens[k].start > tokens[k - 1].end && tokens[k + 1]?.start > tokens[k].end;
  }

  /**
   * "The Organisation of Islamic Cooperation (OIC), has condemned": a comma right after a name's bracketed
   * abbreviation that opens no aside is a stray one (releases written in a hurry); the name before it is the subject.
   */
  private strayCommaAfterAbbreviation(comma: number): boolean {
    const { tokens, first } = this;
    const close = comma - 1;
    if (close - 2 < first || tokens[close].text !== ')' || tokens[close - 2].text !== '(') return false;
    return isAllCaps(tokens[close - 1].text) && isCapitalized(tokens[close - 3] ?? tokens[close]);
  }

  /**
   * "ICO, Inc. (NASDAQ:ICOC), global producer of ..., today announced": a stock ticker in brackets closing at `at`; what
   * a release writes between commas after it describes the company, however it opens.
   */
  private closesTicker(at: number): boolean {
    const { tokens, first } = this;
    if (at <= first || tokens[at].text !== ')') return false;
    const open = this.sentence.openParen(at);
    if (open < first || at - open > MAX_TICKER_TOKENS) return false;
    for (let k = open + 1; k < at; k++) if (tokens[k].text === ':') return true;
    return false;
  }

  /** The dash opening an aside that the dash at `close` ends, within MAX_DASH_ASIDE words and one sentence; else -1. */
  private openingDash(close: number): number {
    const { tokens, first } = this;
    for (let k = close - 1; k >= first && k > close - MAX_DASH_ASIDE; k--) {
      if (tokens[k].text === tokens[close].text) return k;
      if (tokens[k].text === '.' || tokens[k].text === ';') return -1;
    }
    return -1;
  }

  /**
   * ", D-Ill.,", ", R-Texas,": a lawmaker's party and state between commas, an
   * aside whose abbreviation stop closes no sentence; the comma opening it, else -1.
   */
  private partyTagStart(close: number): number {
    const { tokens, first } = this;
    let k = close - 1;
    if (k > first && tokens[k].text === '.') k--;
    if (k - 3 < first || !isCapitalized(tokens[k]) || tokens[k - 1].text !== '-') return -1;
    const party = tokens[k - 2];
    return PARTY_LETTERS.has(party.text) && tokens[k - 3].text === ',' ? k - 3 : -1;
  }

  /**
   * "Pierre Moscovici, Commissioner for Economic and Financial Affairs,
   * Taxation and Customs, said": a title holding a list is one appositive,
   * from the comma before the title to the one before the verb.
   */
  private titleListStart(close: number, open: number): number {
    const { tokens, first } = this;
    if (open < 0 || isTitle(tokens[open + 1]) || tokens[open + 1].pos === 'DET') return open;
    let start = open;
    for (let segments = 0; segments < MAX_TITLE_LIST_SEGMENTS; segments++) {
      const before = this.appositiveStart(start);
      if (before < 0 || before <= first) return open;
      if (opensTitle(tokens[before + 1])) {
        // the title follows a name: "Pierre Moscovici, Commissioner ..."
        return isCapitalized(tokens[before - 1]) ? before : open;
      }
      start = before;
    }
    return open;
  }

  /** ", publicly targeted by the Ukrainian president,", ", backed by Moscow,": a past participle (after adverbs) opens a reduced relative clause. */
  private opensReducedRelative(from: number, close: number): boolean {
    let k = from;
    while (k < close && this.tokens[k].pos === 'ADV') k++;
    const token = this.tokens[k];
    return k + 1 < close && token.pos === 'VERB' && !isCapitalized(token) && token.lower.endsWith('ed') && this.tokens[k + 1].lower === 'by';
  }

  private prenominalParticiple(k: number, last: number): boolean {
    const token = this.tokens[k];
    const next = this.tokens[k + 1];
    return k < last && token.pos === 'VERB' && PRENOMINAL_PARTICIPLE.test(token.lower) && next.pos === 'NOUN' && !isCapitalized(next);
  }

  /** The phrase starting at `npStart` is the object of a participle after a common noun ("voters backing Smith"). */
  private objectOfParticiple(npStart: number): boolean {
    const { tokens, first } = this;
    if (npStart - 2 < first) return false;
    const participle = tokens[npStart - 1];
    const noun = tokens[npStart - 2];
    return participle.pos === 'VERB' && (participle.lower.endsWith('ing') || participle.lower.endsWith('ed')) && noun.pos === 'NOUN' && !isCapitalized(noun);
  }

  /** The names a listing participle introduces, split at a bare "and" ("NHK and the Nikkei newspaper"); undefined when one is no name. */
  private listedNames(from: number, to: number): Referent | undefined {
    const { tokens } = this;
    const items: Array<[number, number]> = [];
    let start = from;
    for (let k = from; k < to; k++) {
      if (tokens[k].lower !== 'and' || k === start) continue;
      items.push([start, k]);
      start = k + 1;
    }
    if (start >= to) return undefined;
    items.push([start, to]);
    const sources: NamedSource[] = [];
    for (const [a, b] of items) {
      const found = named(this.resolver.resolveNounPhrase(a, b));
      if (!found.length) return undefined;
      sources.push(...found);
    }
    return { kind: 'named', sources };
  }

  /** "the daily said": a word the tagger reads as an adverb is a noun after an article. */
  private nounAfterArticle(k: number): boolean {
    if (this.tokens[k].pos !== 'ADV' || k <= this.first) return false;
    const previous = this.tokens[k - 1];
    // "the Nikkei business daily reported": a periodical after a noun is one too
    return ARTICLES.has(previous.lower) || (PERIODICALS.has(this.tokens[k].lower) && (previous.pos === 'NOUN' || previous.pos === 'PROPN'));
  }

  private nounPhraseStart(last: number): number {
    const { tokens } = this;
    // a subject is a handful of words; the bound keeps a run of capitalised words linear
    const first = Math.max(this.first, last - MAX_PHRASE_TOKENS);
    let k = last;
    while (k >= first) {
      const token = tokens[k];
      if (CLOSING_QUOTES.has(token.text) || token.text === '“' || token.text === '«' || token.text === '"') {
        k--;
        continue;
      }
      if (token.text === ')') {
        const open = this.sentence.openParen(k);
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      // "MOSCOW (Reuters) - The Kremlin said": a dash standing apart ends the phrase, as "—" does
      if (isStandingDash(tokens, k)) break;
      // "..., her ministry said": a possessive pronoun (tagged a pronoun) opens the phrase as "its" does
      const nominal = token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'DET' || this.nounAfterArticle(k) || (k < last && POSSESSIVE_DETERMINERS.has(token.lower));
      const connector = NAME_CONNECTORS.has(token.lower) && k > first && k < last && token.lower !== 'in' && token.lower !== 'on';
      // "RFE/RL": a slash joins the halves of a name
      const slash = token.text === '/' && k > first && isCapitalized(tokens[k - 1]);
      // "The Stockholm-based firm": the participle of a place's "-based" (tagged a verb) belongs to the phrase
      const modifier = (k > first && isModifierJoin(tokens, k - 1)) || (k - 2 >= first && isModifierJoin(tokens, k - 2));
      if (nominal || connector || slash || modifier || isCapitalized(token) || isHandle(token) || token.text === '-' || token.text === '.' || isHyphenatedNameTail(tokens, k, first) || this.closesRegisteredName(k, last)) {
        k--;
        continue;
      }
      // "The Committee to Protect Journalists": a registered name's lower-case words are part of it
      const name = this.registeredNameAround(k);
      if (name) {
        k = name.first - 1;
        continue;
      }
      if (token.pos === 'PRON' && k === last && (PERSON_PRONOUNS.has(token.lower) || ORGANISATION_PRONOUNS.has(token.lower))) k--;
      // "RWE sees no reason to change course, its chief executive said": "its" after a comma opens the phrase
      else if (token.lower === 'its' && k < last && k > first && tokens[k - 1].text === ',') k--;
      else if (this.prenominalParticiple(k, last)) {
        // "the privately held company", "the state-owned firm": a participle before the noun belongs to the phrase
        k--;
        if (k >= first && tokens[k].pos === 'ADV') k--;
        continue;
      }
      // "the Sunnyvale, Calif.-based company": the comma between a town and its state's "-based" is inside the phrase
      // (only a state after the comma: "on Saturday, Seoul-based news agency Yonhap reported" opens a new phrase)
      if (token.text === ',' && k > first && k < last && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]) && (tokens[k + 1].text.endsWith('.') || US_STATES.has(tokens[k + 1].lower)) && (/-based$/.test(tokens[k + 1].text) || (tokens[k + 2]?.text === '-' && tokens[k + 3]?.lower === 'based'))) {
        k--;
        continue;
      }
      break;
    }
    return k + 1;
  }

  /** "who" opening a relative clause whose verb (and an adverb) stands right before the phrase at `npStart`, or -1. */
  private relativeClauseOpening(npStart: number): number {
    const { tokens } = this;
    let j = npStart - 1;
    if (j <= this.first || tokens[j].pos !== 'VERB') return -1;
    j--;
    if (j > this.first && tokens[j].pos === 'ADV') j--;
    return j > this.first && tokens[j].lower === 'who' ? j : -1;
  }

  /** The registered name whose inside token `k` is (not its first word), if any. */
  private registeredNameAround(k: number): { first: number } | undefined {
    if (k === this.first) return undefined;
    return this.sentence.mentionsStartingIn(Math.max(this.first, k - MAX_PHRASE_TOKENS), k).find((m) => m.end > k && !m.state);
  }

  /** "Moody's said", "a Lloyd's spokesperson": the "'s" ending a registered name is no possessive. */
  private closesRegisteredName(k: number, last: number): boolean {
    const text = this.tokens[k].text;
    if ((text !== "'s" && text !== '’s') || k === this.first) return false;
    return k <= last && this.sentence.mentionsStartingIn(Math.max(this.first, k - MAX_PHRASE_TOKENS), k).some((m) => m.end === k + 1 && !m.state);
  }

  /** “...,” said Peskov. */
  isInverted(verb: number): boolean {
    if (verb <= this.first) return false;
    const previous = this.tokens[verb - 1].text;
    return previous === ',' || CLOSING_QUOTES.has(previous);
  }

  /**
   * "said Dr. Ana Petrović, chief scientist at the Blue Basin Alliance". An
   * inverted subject is a noun phrase: after "..., says he is disappointed by
   * a North Korean diplomat" the words are the reported clause, and a
   * finite verb among them says so (a relative clause may follow the name:
   * "said the official who asked not to be named"; an infinitive is no
   * clause: "claiming to be from Taliban spokesman Zabihullah Mujahid").
   */
  subjectAfter(verb: number): Referent | undefined {
    const { tokens } = this;
    let end = verb + 1;
    while (end < this.end && !CLAUSE_BREAKS.has(tokens[end].text) && end - verb <= 10) {
      // "disclosed the probe in a statement in Abuja on Wednesday": a lower-case noun's "in" opens where or how it
      // was said, never the speaker, so a place or a day after it is none
      if (tokens[end].lower === 'in' && end > verb + 1 && !isCapitalized(tokens[end - 1])) break;
      // "said Jane Roe on Monday", "tweeted Roe Tuesday": the day closes the speaker, it says when she spoke
      if (end > verb + 1 && dayAt(tokens, end, this.end)) break;
      // "said CEO Lino Saputo during a conference call", "said Acme Corp. in a statement", "said Jane Roe at a briefing":
      // a preposition before a determiner and a lower-case word says how or where the speaker spoke, after a name too
      if (end > verb + 1 && this.opensOccasion(end)) break;
      if (isClauseVerb(tokens, end, this.first) && tokens[end - 1].lower !== 'to' && !this.leadOfExperts(end)) {
        if (!RELATIVE_PRONOUNS.has(tokens[end - 1].lower)) return undefined;
        end--;
        break;
      }
      end++;
    }
    if (end === verb + 1) return undefined;
    let appositive: [number, number] | undefined;
    if (end < this.end && this.tokens[end].text === ',') {
      let close = end + 1;
      while (close < this.end && close - end < MAX_APPOSITIVE && !CLAUSE_BREAKS.has(this.tokens[close].text)) close++;
      appositive = [end + 1, close];
    }
    return this.resolver.resolveNounPhrase(verb + 1, end, appositive);
  }

  /** "said lead author Jane Roe", "says study lead researcher Jane Roe": "lead" before an expert's noun is no verb. */
  private leadOfExperts(k: number): boolean {
    return this.tokens[k].lower === 'lead' && k + 1 < this.end && EXPERT_NOUNS.has(this.tokens[k + 1].lower);
  }

  /** "during a call", "in a statement", "at the briefing", "on her Telegram channel": a preposition opening an occasion at `k`. */
  private opensOccasion(k: number): boolean {
    const { tokens } = this;
    if (k + 2 >= this.end || !SPEAKER_OCCASION_PREPOSITIONS.has(tokens[k].lower) || !OCCASION_DETERMINERS.has(tokens[k + 1].lower)) return false;
    const next = tokens[k + 2];
    return !isCapitalized(next) && /^\p{L}/u.test(next.text);
  }

  /** The source a prepositional cue introduces ("according to the latest report by X"), or the list of them. */
  objectAfter(at: number): Referent | undefined {
    const item = this.objectItem(at);
    if (!item || item.end === undefined) return item?.referent;
    return this.objectList(item.referent, item.end) ?? item.referent;
  }

  /**
   * "released by UK Foreign Secretary Boris Johnson, French Foreign Minister
   * Jean-Yves Le Drian, and U.S. Acting Secretary John Sullivan": each is a
   * source. Only a list closed by "and <name>" and a clause break, so in
   * "According to Reuters, Russia and China agreed" Reuters stays alone.
   */
  private objectList(head: Referent | undefined, from: number): Referent | undefined {
    const { tokens, end } = this;
    const sources = [...named(head)];
    if (!sources.length) return undefined;
    let k = from;
    for (let items = 1; items < MAX_LIST_ITEMS && k < end; items++) {
      if (tokens[k].text === ',') k++;
      const last = k < end && tokens[k].lower === 'and';
      if (last) k++;
      if (k >= end || !isCapitalized(tokens[k])) return undefined;
      const item = this.objectItem(k);
      if (!item || item.end === undefined || item.referent?.kind !== 'named') return undefined;
      sources.push(...item.referent.sources);
      k = item.end;
      if (last) return k >= end || CLAUSE_BREAKS.has(tokens[k].text) ? { kind: 'named', sources } : undefined;
      if (k >= end || (tokens[k].text !== ',' && tokens[k].lower !== 'and')) return undefined;
    }
    return undefined;
  }

  /** Token `k` (and at most one adjective before it) is a document or data word a body owns: "data", "latest estimates", "information". */
  private ownedSourceHead(k: number): boolean {
    const { tokens, end } = this;
    if (k < end && tokens[k].pos === 'ADJ' && k + 1 < end) k++;
    if (k >= end || isCapitalized(tokens[k])) return false;
    if (k + 1 < end && !CLAUSE_BREAKS.has(tokens[k + 1].text) && tokens[k + 1].text !== '.') return false;
    return SOURCE_HEADS.has(tokens[k].lower) || OWNED_INFORMATION_HEADS.has(tokens[k].lower);
  }

  /**
   * "the spirit of the Constitution", "the provisions of the Unlawful Activities Act", "the Paris Agreement" at `at`:
   * a law or a treaty (or the parts of one), which says what a thing accords with, never who said it.
   */
  private legalFrameworkAt(at: number): boolean {
    const { tokens, end } = this;
    let k = at < end && tokens[at].lower === 'the' ? at + 1 : at;
    if (k + 1 < end && !isCapitalized(tokens[k]) && LEGAL_FRAMEWORK_PARTS.has(tokens[k].lower) && tokens[k + 1].lower === 'of') {
      k += 2;
      if (k < end && tokens[k].lower === 'the') k++;
    }
    if (k >= end || !isCapitalized(tokens[k])) return false;
    let last = k;
    // a law's name is a phrase, not a run of capitalised words to the end of the sentence (which made a sentence of them quadratic)
    while (last + 1 < end && last - k < MAX_PHRASE_TOKENS && (isCapitalized(tokens[last + 1]) || (NAME_CONNECTORS.has(tokens[last + 1].lower) && last + 2 < end && isCapitalized(tokens[last + 2])))) last++;
    // "the Constitution's framers", "the Act's sponsors": people the law's name describes
    if (last + 1 < end && isPossessive(tokens[last + 1])) return false;
    return LEGAL_FRAMEWORK_NAME_HEADS.has(tokens[last].lower);
  }

  /** One object of a prepositional cue, with the token after its name when it is a name. */
  private objectItem(at: number): { referent: Referent | undefined; end?: number } | undefined {
    const { tokens, end } = this;
    if (this.legalFrameworkAt(at)) return { referent: undefined };
    // "according to a government estimate", "according to government figures released on Monday"
    const figures = this.resolver.governmentFiguresAt(at, end);
    if (figures) return { referent: { kind: 'named', sources: [figures] }, end: figures.end };
    // "according to the provincial Health Commission": the body of the region the sentence named
    const health = this.resolver.localHealthBodyFrom(at, end);
    if (health) return { referent: { kind: 'named', sources: [health] }, end: health.end };
    let k = at;
    let sawThe = false;
    let theAt = at;
    // lower-case words before the name: "the state news agency TASS", "security researchers at Mandiant"
    // (and link markers: "a report [uk] by RFE/RL")
    while (k < end && k - at < 7 && (k = this.sentence.afterLinkTag(k)) < end && !isCapitalized(tokens[k]) && !CLAUSE_BREAKS.has(tokens[k].text)) {
      const token = tokens[k];
      // "people familiar with the matter", "sources in the Commission": unnamed people, even inside a named body
      const inside = k + 1 < end && (tokens[k + 1].lower === 'in' || tokens[k + 1].lower === 'at' || tokens[k + 1].lower === 'within');
      // "According to the researchers" after "A team of researchers from the University of Oxford ...": those researchers
      if (sawThe && k === theAt + 1 && EXPERT_NOUNS.has(token.lower) && !inside && !this.capitalisedSoon(k + 1)) {
        const introduced = this.resolver.resolveNounPhrase(theAt, k + 1);
        if (introduced?.kind === 'named') return { referent: introduced, end: k + 1 };
      }
      // "according to sources of Ukrainska Pravda": the outlet's own unnamed sources; the outlet is the original
      const ownedBy = SOURCE_NOUNS.has(token.lower) ? this.outletAfterSourcesOf(k + 1) : undefined;
      if (ownedBy) return { referent: { kind: 'named', sources: [ownedBy] }, end: ownedBy.end };
      if (ANONYMOUS_HEADS.has(token.lower) && (inside || !this.capitalisedSoon(k + 1))) return { referent: { kind: 'anonymous' } };
      if (PERSON_PRONOUNS.has(token.lower) && k === at) return { referent: this.resolver.recall('person', k, k + 1) };
      if (ORGANISATION_PRONOUNS.has(token.lower) && k === at) return { referent: this.resolver.recall('organisation', k, k + 1) };
      // "According to its information, survivors ...", "according to its data": the body quoted before, as "it" is
      if (k === at && (token.lower === 'its' || token.lower === 'their') && this.ownedSourceHead(k + 1)) return { referent: this.resolver.recall('organisation', k, k + 2) };
      if (OPENING_QUOTES.has(token.text)) break;
      const previous = k > at ? tokens[k - 1].lower : '';
      // "citing satellite images of the port of Rajin": what a picture shows, or a place, names nobody behind the report
      if (token.lower === 'of' && SHOWN_OR_PLACE_HEADS.has(previous)) return { referent: undefined };
      // "the impact of United States tariffs" is no source; "calculations of Argus", "researchers at Mandiant" are
      const preposition = token.pos === 'ADP' && (k === at || OBJECT_LEAD_WORDS.has(previous) || EXPERT_NOUNS.has(previous) || TITLE_WORDS.has(previous));
      // "according to state-owned news agency TASS": an outlet's hyphenated describing words lead to its name
      const hyphenated = OUTLET_DESCRIPTOR_WORDS.has(token.lower) && (token.text === '-' || tokens[k + 1]?.text === '-' || (k > at && tokens[k - 1].text === '-'));
      const lead = OBJECT_LEAD_WORDS.has(token.lower) || hyphenated || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'DET' || token.pos === 'NUM' || preposition;
      // "according to a statement carried by SPA": the outlet that carried the words, no issuer named with them
      if (!lead && k > at && CARRYING_WORDS.has(token.lower) && CARRIED_WORDS_NOUNS.has(tokens[k - 1].lower) && tokens[k + 1]?.lower === 'by') return this.objectItem(k + 2);
      // "according to the sheriff's office": the body named before whose name holds the owner
      const owned = !lead && k + 1 < end ? this.resolver.officeOfOwnerNamed(k + 1) : undefined;
      if (owned) return { referent: { kind: 'named', sources: [owned] }, end: k + 2 };
      if (!lead) break;
      if (token.lower === 'the' && !sawThe) {
        sawThe = true;
        theAt = k;
      }
      // "According to the parliamentarian": the member of the legislature named before, if any
      const member = sawThe && LEGISLATOR_TITLES.has(token.lower) && (k + 1 >= end || !isCapitalized(tokens[k + 1])) ? this.resolver.legislatorMeant(theAt, k + 1) : undefined;
      if (member) return { referent: member };
      if (sawThe && (ORGANISATION_DESCRIPTORS.has(token.lower) || LEGAL_DOCUMENTS.has(token.lower) || UNNAMED_STATE_BODIES.has(token.lower)) && !this.capitalisedSoon(k + 1)) {
        // "citing the firm's weak forecast": what the body did is a reason given, not a source ("the ministry's data" is one)
        if (isPossessive(tokens[k + 1]) && !this.possessedIsSource(k + 2)) return { referent: undefined };
        // "the coast guard", "the police": a state body's word recalls nobody but a body of its kind
        const recalled = ORGANISATION_DESCRIPTORS.has(token.lower) || LEGAL_DOCUMENTS.has(token.lower) ? this.resolver.recall('organisation', k, k + 1, token.lower) : undefined;
        // "Interfax reported, citing the emergencies ministry": a state body described, as "the coast guard said" names one
        if (!recalled && UNNAMED_STATE_BODIES.has(token.lower) && (k + 1 >= end || !isCapitalized(tokens[k + 1]))) return { referent: this.resolver.resolveNounPhrase(theAt, k + 1) };
        return { referent: recalled };
      }
      k++;
    }
    if (k >= end || !(isCapitalized(tokens[k]) || OPENING_QUOTES.has(tokens[k].text))) return undefined;
    // "according to London-based Interfax", "by U.K.-based Transforma Insights": the place or backer qualifies the name after it
    const modified = this.afterModifyingParticiple(k);
    if (modified >= 0) return this.objectItem(modified);
    // "estimates released on Monday by the Bank of Korea": the date is no name, the agent after it is
    const agent = this.agentAfterDate(k);
    if (agent >= 0) return this.objectItem(agent);
    // "according to Russia's state news agency TASS", "the North's official Korean Central News Agency": the outlet
    // its owner's possessive describes is the source
    const ownedOutlet = this.afterOwnerOfOutlet(k);
    if (ownedOutlet >= 0) return this.objectItem(ownedOutlet);
    const described = this.afterCountryAdjective(k);
    if (described !== undefined) {
      if (typeof described !== 'number') return described;
      k = described;
    }
    // "United States Citizenship and Immigration Services": a country opening a longer name is part of it
    // ("told NBC 7": a network's name with a channel's number is the local station, read below as a name)
    const mention = this.sentence.mentionsStartingIn(k, k + 2).find((m) => (m.first === k || (m.first === k + 1 && tokens[k].lower === 'the')) && !(m.state && m.end < end && isCapitalized(tokens[m.end])) && !(m.end < end && isBroadcasterNumber(tokens, m.end, m.first)));
    if (mention) {
      // "citing two White House officials": unnamed people inside a body name no source
      // (also "a senior U.S. defense official", "White House press officials": a word or two before the people)
      if (this.unnamedPeopleAfter(mention.end)) {
        // "according to RBC sources": an outlet's own unnamed sources, as "RBC's sources" are; the outlet is the original
        if (isMediaType(mention.type) && this.sourcesAt(mention.end)) return { referent: { kind: 'named', sources: [{ ...this.resolver.fromMention(mention), ownSources: true }] }, end: mention.end };
        return { referent: { kind: 'anonymous' } };
      }
      const to = this.nameEnd(mention.end);
      return { referent: { kind: 'named', sources: [this.resolver.fromMention(mention, this.resolver.personIn(mention.end, to))] }, end: to };
    }
    let to = k;
    // a full stop, hyphen or connector only inside a name ("Jean-Yves"), never the full stop ending the sentence
    const inside = (at: number) => at + 1 < end && ((isCapitalized(tokens[at + 1]) && (tokens[at].text === '-' || tokens[at].text === '.' || NAME_CONNECTORS.has(tokens[at].lower))) || isGivenNameHyphen(tokens, at, k));
    // "Kwon Jong-gun": a short lower-case tail glued to a capitalised word by a hyphen is part of the name
    while (to < end && to - k < MAX_PHRASE_TOKENS && (isCapitalized(tokens[to]) || inside(to) || (to > k && isGivenNameHyphen(tokens, to - 1, k)))) to++;
    // "told Channel 9", "Norvale TV 2": a broadcaster's number after its kind is part of its name ("the BBC 3 times" is none)
    if (to < end && to - k < MAX_PHRASE_TOKENS && isBroadcasterNumber(tokens, to, k) && !(to + 1 < end && tokens[to + 1].pos === 'NOUN' && !isCapitalized(tokens[to + 1]))) {
      to++;
      while (to < end && to - k < MAX_PHRASE_TOKENS && isCapitalized(tokens[to])) to++;
    }
    // "urged by his backbench MPs", "by Tory MPs": unnamed members of a legislature (see LEGISLATOR_PLURAL_ABBREVIATIONS)
    if (LEGISLATOR_PLURAL_ABBREVIATIONS.has(tokens[to - 1].text)) return { referent: { kind: 'anonymous' } };
    // "the Telegram channel of the department": the owner of the channel is the source
    if (to === k + 1 && PLATFORMS.has(tokens[k].lower)) {
      let owner = to;
      while (owner < end && owner - to < 3 && !CLAUSE_BREAKS.has(tokens[owner].text) && tokens[owner].lower !== 'of') owner++;
      if (owner < end && tokens[owner].lower === 'of') return { referent: this.objectAfter(owner + 1) };
      return undefined;
    }
    // "told Belarusian TV channel ONT": the name after the outlet's kind is the outlet; "the TV channel" names none
    const kindAt = this.mediaKindAfter(k, to);
    if (kindAt >= 0) return isCapitalized(tokens[kindAt + 1]) ? this.outletOfKind(kindAt) : { referent: undefined };
    // "published in Nature on Wednesday": the date is not part of the name
    while (to > k + 1 && (DATE_GAP_WORDS.has(tokens[to - 1].lower) || NAME_CONNECTORS.has(tokens[to - 1].lower))) to--;
    to = this.withoutPlace(k, to);
    if (this.unnamedPeopleAfter(to)) return { referent: { kind: 'anonymous' } }; // "according to Israeli media", "a U.S. defense official"
    let appositive: [number, number] | undefined;
    if (to < end && tokens[to].text === ',') appositive = [to + 1, Math.min(end, to + MAX_APPOSITIVE)];
    return { referent: this.resolver.candidate(k, to, appositive), end: to };
  }

  /** Where the agent starts when a date at `at` is followed by "by" ("Monday by", "March 3 by"), else -1. */
  private agentAfterDate(at: number): number {
    const { tokens, end } = this;
    // "released on Monday by X", and the wire's "a report released Wednesday by X" without the "on"
    const previous = tokens[at - 1]?.lower;
    if (!DATE_GAP_WORDS.has(tokens[at].lower) || (previous !== 'on' && !RELEASING_VERBS.has(previous ?? ''))) return -1;
    let k = at + 1;
    while (k < end && k - at <= MAX_DATE_TOKENS && (tokens[k].pos === 'NUM' || tokens[k].text === ',')) k++;
    return k + 1 < end && tokens[k].lower === 'by' ? k + 1 : -1;
  }

  /** "sources", "own sources", "informed sources" at `at`, right after an outlet's name. */
  private sourcesAt(at: number): boolean {
    const { tokens, end } = this;
    let k = at;
    while (k < end && k - at < 2 && OWN_SOURCE_WORDS.has(tokens[k].lower)) k++;
    return k < end && SOURCE_NOUNS.has(tokens[k].lower);
  }

  /** The outlet of "sources of RBC-Ukraine", "sources of the Kommersant daily" when `at` is that "of", as its own sources. */
  private outletAfterSourcesOf(at: number): NamedSource | undefined {
    const { tokens, end } = this;
    if (at >= end || tokens[at].lower !== 'of') return undefined;
    const first = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
    const mention = this.sentence.mentionsStartingIn(first, first + 1).find((m) => m.first === first && isMediaType(m.type));
    return mention ? { ...this.resolver.fromMention(mention), ownSources: true } : undefined;
  }

  /** Unnamed people right after a name, past at most two lower-case words: "officials", "defense official". */
  private unnamedPeopleAfter(from: number): boolean {
    const { tokens, end } = this;
    for (let k = from; k < end && k <= from + 2; k++) {
      if (ANONYMOUS_HEADS.has(tokens[k].lower)) return true;
      if (isCapitalized(tokens[k]) || CLAUSE_BREAKS.has(tokens[k].text) || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ')) return false;
    }
    return false;
  }

  /**
   * "Russia's state news agency TASS", "China's official Xinhua news agency": where the outlet's name starts after
   * a short capitalised owner, its possessive and an outlet's describing words ("state", "official", "news
   * agency"), else -1. "Ukraine's General Staff" (no describing word) stays the owner's body.
   */
  private afterOwnerOfOutlet(at: number): number {
    const { tokens, end } = this;
    let k = at;
    while (k < end && k - at < 3 && isCapitalized(tokens[k])) k++;
    if (k === at || k >= end || !isPossessive(tokens[k])) return -1;
    const described = ++k;
    while (k < end && k - described < MAX_OUTLET_DESCRIPTORS && !isCapitalized(tokens[k]) && OUTLET_DESCRIPTOR_WORDS.has(tokens[k].lower)) k++;
    return k > described && k < end && isCapitalized(tokens[k]) ? k : -1;
  }

  /**
   * A country adjective is no name on its own: "South Korean news agency
   * Yonhap" names Yonhap (the token where it starts), "Israeli media" nobody,
   * "Ukrainian intelligence" the body as written.
   */
  private afterCountryAdjective(at: number): number | { referent: Referent | undefined; end?: number } | undefined {
    const { tokens, end } = this;
    const adjectiveEnd = countryAdjectiveEnd(tokens, at, end);
    // "the British defence ministry" is an office, a name of its own
    if (adjectiveEnd >= 0 && this.sentence.anyMentionStartingIn(at, at + 1)) return undefined;
    if (adjectiveEnd < 0 || adjectiveEnd >= end || isCapitalized(tokens[adjectiveEnd]) || CLAUSE_BREAKS.has(tokens[adjectiveEnd].text)) return undefined;
    let k = adjectiveEnd;
    while (k < end && k - adjectiveEnd < 4 && !isCapitalized(tokens[k]) && !CLAUSE_BREAKS.has(tokens[k].text) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'ADP') {
      if (ANONYMOUS_HEADS.has(tokens[k].lower) || EXPERT_NOUNS.has(tokens[k].lower)) return { referent: { kind: 'anonymous' } };
      // "citing a South Korean lawmaker": a role after an indefinite article, no name following it
      if (UNNAMED_ROLE_NOUNS.has(tokens[k].lower) && INDEFINITE_ARTICLES.has(tokens[at - 1]?.lower ?? '') && !this.capitalisedSoon(k + 1) && !(tokens[k + 1]?.text === ',' && k + 2 < end && isCapitalized(tokens[k + 2]))) return { referent: { kind: 'anonymous' } };
      k++;
    }
    if (k < end && isCapitalized(tokens[k]) && k > adjectiveEnd) return k;
    if (k === adjectiveEnd) return undefined;
    // "told Russian state television", "according to Iranian state media": a kind of outlet, none named
    if (GENERIC_MEDIA_NOUNS.has(tokens[k - 1].lower)) return { referent: { kind: 'anonymous' } };
    return { referent: { kind: 'named', sources: [this.resolver.unregisteredName(at, k)] }, end: k };
  }

  /**
   * "London-based Interfax", "Kremlin-backed broadcaster Sputnik": where the
   * phrase resumes after a capitalised run joined to "-based", "-backed" (a
   * name follows within a few words), else -1.
   */
  private afterModifyingParticiple(at: number): number {
    const { tokens, end } = this;
    for (let k = at; k < end && k - at < MAX_MODIFIER_TOKENS; k++) {
      if (k > at && k + 2 < end && isModifierJoin(tokens, k) && this.capitalisedSoon(k + 2)) return k + 2;
      if (!isCapitalized(tokens[k]) && tokens[k].text !== '.') return -1;
    }
    return -1;
  }

  private capitalisedSoon(from: number): boolean {
    for (let k = from; k < this.end && k < from + 4; k++) {
      if (isCapitalized(this.tokens[k])) return true;
      // "Sources tell the outlet that Jane Roe ...": a name in the clause "that" opens names no one the words before describe
      if (CLAUSE_BREAKS.has(this.tokens[k].text) || this.tokens[k].lower === 'that') return false;
    }
    return false;
  }

  private nameEnd(from: number): number {
    let k = from;
    const joins = (at: number) => (this.tokens[at].text === '-' || this.tokens[at].text === '.') && at + 1 < this.end && isCapitalized(this.tokens[at + 1]); // "Jean-Yves"
    while (k < this.end && k - from < MAX_PHRASE_TOKENS && (isTitle(this.tokens[k]) || isCapitalized(this.tokens[k]) || joins(k))) k++;
    return k;
  }
}

/** A hyphen with space on both sides ("(Reuters) - The", "(Yonhap) -- North"): a dash, not a joint of a word. */
function isStandingDash(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (token.text !== '-') return false;
  let from = k;
  let to = k;
  while (from > 0 && k - from < 2 && tokens[from - 1].text === '-' && tokens[from - 1].end === tokens[from].start) from--;
  while (to + 1 < tokens.length && to - k < 2 && tokens[to + 1].text === '-' && tokens[to + 1].start === tokens[to].end) to++;
  return from > 0 && to + 1 < tokens.length && tokens[from].start > tokens[from - 1].end && tokens[to + 1].start > tokens[to].end;
}

/** The hyphen at `at` joins a capitalised word to a short lower-case tail with no space ("Jong-gun", "Yo-jong"), not "Kremlin-backed". */
function isGivenNameHyphen(tokens: Token[], at: number, floor: number): boolean {
  if (at <= floor || at + 1 >= tokens.length || tokens[at].text !== '-') return false;
  const before = tokens[at - 1];
  const tail = tokens[at + 1];
  return isCapitalized(before) && before.end === tokens[at].start && tokens[at].end === tail.start && !isCapitalized(tail)
    && /^\p{Ll}{1,4}$/u.test(tail.text) && !MODIFYING_PARTICIPLES.has(tail.lower);
}

/** "WHO": a word written in capitals, an abbreviation whatever word it spells. */
function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A weekday at `at`, or "on" (after "late", "earlier") right before one: the time of a report, never a name's part. */
function dayAt(tokens: readonly Token[], at: number, end: number): boolean {
  let k = at;
  if (k < end && TIME_OF_DAY_WORDS.has(tokens[k].lower) && !isCapitalized(tokens[k])) k++;
  if (k < end && tokens[k].lower === 'on') k++;
  // "Jane Monday-Roe": a day glued to a name by a hyphen is part of it
  return k < end && WEEKDAYS.has(tokens[k].lower) && isCapitalized(tokens[k]) && tokens[k + 1]?.text !== '-';
}

