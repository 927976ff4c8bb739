import type { ClaimSource, SourceRole } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { isPossessive } from '../text/tokenize.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import { APOLOGY_VERBS, ARTICLES, GIVEN_STATEMENT_NOUNS, STATEMENT_GIVING_VERBS, UNNAMED_CITED, FROM_SOURCE_WORDS, REPORTER_NOUNS, AUDIENCE_MEDIA_ONLY_WORDS, OWN_SOURCE_WORDS, INTERVIEW_KIND_WORDS, INTERVIEW_NOUNS, OUTLET_INTERVIEW_DETERMINERS, OUTLET_INTERVIEW_OPENERS, MEASURING_PARTICIPLES, DIPLOMAT_TITLES, EXPERT_NOUNS, FINDING_NOUNS, TITLE_WORDS, CLAUSE_BREAKS, isCompanyDescriptionHead, GOVERNMENT_NOUNS, CLOSING_QUOTES, OPENING_QUOTES, COPULAS, DOCUMENT_NOUNS, ESTIMATE_HEADS, ORGANISATION_DESCRIPTORS, ISSUER_OWN_WORDS, ISSUER_STANCE_WORDS, INTERVIEW_GIVING, LEGISLATOR_TITLES, REGULATOR_NAME_HEADS, ISSUING_WORDS, RELEASING_VERBS, STATE_STANCE_WORDS, STATEMENT_NOUNS, STATEMENT_LABEL_WORDS, LABEL_WORDS, ISSUER_VOICE_VERBS, KNOWN_SPEAKER_VERBS, NEGATION_PROOF_VERBS, NEWS_OUTLET_TYPES, OPENING_AUDIENCE_PARTICIPLES, OUTLET_WITNESS_VERBS, OUTLET_DESCRIPTOR_WORDS, OPENING_STATEMENT_NOUNS, OUTLET_STORY_NOUNS, PARTICIPLE_CUES, RELATIVE_PRONOUNS, SUBJECT_GAP_WORDS, PASSIVE_AUXILIARIES, POSSESSED_STATEMENT_NOUNS, DATE_GAP_WORDS, TIME_OF_DAY_WORDS, PLATFORMS, POSSESSIVE_DETERMINERS, PUBLISHING_VENUE_CUES, PUBLISHING_VERBS, QUOTED_SPEECH, RESEARCH_TEAMS, QUOTING_VERBS, REPORTING_VERBS, SENTENCE_MARKERS, SHARE_PREPOSITIONS, SITE_NOUNS, SITE_RUNNING_PARTICIPLES, type SentenceMarker, STRONG_REPORTING_VERBS, VERB_CUES } from './lexicon.js';
import { isCapitalized, looksLikeAbbreviation, type MentionContext } from './mentions.js';
import { noteAffiliations, notePersonOfQuietSentence } from './affiliations.js';
import { nameInArticleYear } from './eras.js';
import { noteActingBody, noteBodiesByKind, noteIntroduction, noteNamedBodies, notePoliceForce, noteUnnamedBodies } from './introductions.js';
import { isBroadcasterNumber, isCallSign, isTitle, lastProperRun } from './names.js';
import { contextCountry, countryCodeOfName, countryStartBefore, isNationality, officeInCountry, officeOfTitle, officeWithoutCountry } from './offices.js';
import { MAX_GAP_TOKENS, MAX_PHRASE_TOKENS, PhraseFinder } from './phrase-finder.js';
import { phraseCueAt, type CueKind, yetToCome } from './phrase-cues.js';
import { isNonStateBody, named, personSource, pointedAt, POINTED_CONFIDENCE, type NamedSource, type Referent } from './referent.js';
import { ReferentResolver } from './referent-resolver.js';
import { SentenceTokens } from './sentence-tokens.js';
import { CUE_LOOP_WORD, wordClasses } from './word-classes.js';
import type { SpeakerMemory } from './speaker-memory.js';

export interface SentenceAttribution {
  sources: ClaimSource[];
  anonymous: boolean;
  /** Named sources that are not in the registry. */
  unregistered: string[];
}

/** Company kinds that also open companies' own names ("Giant Eagle", "Bank Leumi", "Group Lotus"), never read as a trade. */
const NAME_OPENING_KINDS: ReadonlySet<string> = new Set(['giant', 'group', 'bank', 'company', 'firm']);

/** Auxiliaries a negation stands after ("did not say", "would not confirm"). */
const NEGATION_AUXILIARIES = new Set(['do', 'does', 'did', 'would', 'could', 'will', 'can', 'has', 'have', 'had', 'should', 'may', 'might']);

/** Auxiliaries and adverbs between "We" and a stance ("We will also not", "We remain deeply"). */
const MAX_STANCE_GAP = 4;
/** Words of a statement's time between it and its participle: "a statement late on Monday saying". */
const MAX_STATEMENT_TIME = 4;
/** Words of an opening "In a statement released with its third-quarter results on Monday," before its comma. */
const MAX_OPENING_PHRASE = 12;
/** Words saying which kind of statement opens a sentence ("In a regulatory securities filing"). */
const MAX_STATEMENT_KIND_WORDS = 2;
/** A quotation's opening mark and the one that closes it (a single curly quote is also an apostrophe: left out). */
const QUOTATION_PAIRS: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ['«', '»'], ['„', '“']]);
/** Words of what a warning is about, after its noun ("for heavy rain over the weekend"). */
const MAX_STATEMENT_TOPIC_WORDS = 6;
/** Words naming whom a letter or memo went to ("to all staff"). */
const MAX_RECIPIENT_WORDS = 3;
/** What is sent rather than released: "sent staff a memo saying", "emailed a letter". */
const SENT_DOCUMENTS = new Set(['memo', 'memos', 'email', 'emails', 'letter', 'letters', 'message', 'note', 'release']);
/** Verbs that send a memo or letter ("sent out an internal memo ... saying"). */
const SENDING_VERBS = new Set(['sent', 'sends', 'wrote', 'writes', 'emailed', 'circulated']);
/** What a company's name opening a market report may be followed by ("Norvale Devices shares fell", "Norvale stock rose"). */
const OWN_SHARE_WORDS: ReadonlySet<string> = new Set(['shares', 'stock']);
/** Words describing a company before its name opens a sentence ("South Korean tech giant"). */
const MAX_COMPANY_DESCRIPTION = 4;
/** Words of an unregistered company's name opening a quiet sentence ("Norvale Semiconductor Holdings"). */
const MAX_QUIET_NAME_WORDS = 5;
/** Tokens of a ticker in brackets after a company's name ("(ticker: NDV)", "(NYSE: ACM)"). */
const MAX_TICKER_TOKENS = 5;
/** Tokens of an appositive describing it (", the Oslo-based snack maker,"). */
const MAX_COMPANY_APPOSITIVE = 8;
/** Words opening a relative clause after an appositive's head (", a company that manufactures tooling products,"). */
const APPOSITIVE_RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'whose']);

/** Words the tagger may not read as adverbs between a subject and its stance ("has long been clear"). */
const STANCE_ADVERBS: ReadonlySet<string> = new Set(['also', 'long', 'always', 'now', 'still']);
/** What may stand between "We" and its stance besides auxiliaries and adverbs ("We will not", "We remain"). */
const WE_STANCE_GAP_WORDS: ReadonlySet<string> = new Set(['not', 'remain']);

/** Words between "released" and the document it names ("an independent, detailed assessment"). */
const MAX_DOCUMENT_GAP = 6;
/** Tokens between a journal a study appeared in and the verb that reports the study ("published in The Lancet Infectious Diseases on Monday, found"). */
const MAX_VENUE_TO_VERB = 8;
const MAKING_VERBS: ReadonlySet<string> = new Set(['made', 'make', 'makes', 'making']);
/** Words between "made" and the finding ("a monumental scientific"). */
const MAX_FINDING_ADJECTIVES = 3;
/** Bodies after the first that researchers may be introduced from ("from X, Y and Z" reads X and the ones after "and"). */
const MAX_JOINED_HOMES = 3;
/** Words of the speaker between "with" and a reporting gerund ("with the Ukrainian military intelligence agency claiming"). */
const MAX_WITH_SPEAKER_WORDS = 6;
/** "The Kremlin issued a statement on Monday. ..., the statement said.": a statement released is its issuer's, as a report is. */
const ISSUED_STATEMENTS: ReadonlySet<string> = new Set(['statement', 'announcement', 'communique', 'communiqué']);

/** One unnamed person as the subject's head: "an official said", "a source said", "a diplomat told". */
const UNNAMED_PERSON_HEADS: ReadonlySet<string> = new Set(['official', 'source', 'diplomat', 'insider', 'aide', 'person', 'witness', 'resident', 'someone']);

/** Tokens from such a participle to the last "by" of its clause ("logged as magnitude 5.9 by X and magnitude 6.2 by Y"). */
const MAX_MEASURE_TO_AGENT = 14;

/** Verbs of a denial, whose clause reports what the speaker rejects: "denied that Jane Roe said ...". */
const DENIAL_VERBS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'refutes']);

/** The article of what is given to an outlet: "issued KSAT a statement", "gave the BBC another interview". */
const GIVEN_STATEMENT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Words opening whom a quoter does not name: "quoted a crew member as saying", "cited one of the crew as saying". */
const UNNAMED_QUOTED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'another']);

/** Quoting verbs that may name their unnamed source without "as saying" ("quoted a source who said"). */
const QUOTING_WITHOUT_AS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'cited', 'cites']);

/** Words between "from" and "source(s)": "from two informed sources". */
const MAX_FROM_SOURCE_WORDS = 2;

/** Words between "on" and a platform's name: "on his official Telegram channel". */
const MAX_PLATFORM_WORDS = 3;

/** Adverbs of time between a passive report and its agent: "was reported earlier by", "was announced previously by". */
const AGENT_GAP_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'previously', 'first', 'initially', 'originally']);

/** Tokens of an outlet's name between "in a" and "interview" ("Channel 4 News", "RBC-Ukraine"). */
const MAX_INTERVIEW_OUTLET_TOKENS = 6;

/** How far after "according to" a described site ("a website run by ...") may stand. */
const MAX_SITE_LOOKAHEAD = 16;
/** Words describing an outlet before its name ("state-run news agency"): "-" is a word of the tokenizer. */
const MAX_OUTLET_DESCRIPTOR_WORDS = 5;
/** Words between "Shares of" and the company's name: "cloud communications company". */
const MAX_SHARES_LEAD = 6;
/** Words of a company's name after "Shares of": "eBay Inc.". */
const MAX_SHARES_NAME = 5;
/** Words of a company's home before "-based" ("Woodland Hills-based"). */
const MAX_PLACE_BASED_WORDS = 3;
/** Words a legislator's party may take between the title and the name ("deputy from the People's Front Party"). */
const MAX_PARTY_WORDS = 6;
const PARTY_WORDS: ReadonlySet<string> = new Set(['party', 'faction', 'bloc', 'caucus']);
/** Capitalised words after an ambassador's title: where he is posted and his name ("Tehran Dmitry Koltsov"). */
const MAX_DIPLOMAT_RUN = 4;

/** How far after an outlet's cue its own clause may close ("broke the news, and ..."). */
const MAX_OWN_CLAUSE_TOKENS = 24;
/** Conjunctions that open a clause of its own after a comma. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/** Words before the country a sentence opens with ("Meanwhile, in Asia, Japan ..."), at most. */
const MAX_OPENING_COUNTRY_SKIP = 6;

const OWN_STATEMENTS = new Set(['statement', 'release', 'filing', 'announcement']);
/** A document one files with a regulator: "an SEC filing", "SEC filings". */
const FILING_NOUNS: ReadonlySet<string> = new Set(['filing', 'filings']);
/** A body one files documents with: a government body, or an unregistered one named as a regulator is. */
function isRegulator(source: NamedSource): boolean {
  if (source.type === 'government') return true;
  const last = source.name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return !source.registered && source.type === 'unknown' && REGULATOR_NAME_HEADS.has(last);
}

interface Attached {
  source: NamedSource;
  role: SourceRole;
  /** Token where the cue stands, to order cues within the sentence. */
  cueAt: number;
  cueStart: number;
  cueEnd: number;
  /** The subject of a reporting verb (an outlet there may be relaying someone). */
  viaVerb: boolean;
  /** A report clause closing the sentence ("..., TASS reported"): it passes on what the sentence said before. */
  trailing?: boolean;
  /** Spoke in a statement's own voice: "We urge", "The United States is deeply concerned". */
  statement?: boolean;
  /** An outlet's own story ("a story in The Times that reported"): its own reporting, never a relay of the sentence's speaker. */
  ownStory?: boolean;
  /** Measured a figure the sentence gives ("logged as magnitude 5.9 by the USGS"): no voice a later "the report" means. */
  measured?: boolean;
  /** An outlet people it does not name told ("two officials told the FT"): its own account, never a relay. */
  toldByUnnamed?: boolean;
}

/** Finds the cues of one sentence and the sources they point at, with their roles. */
class SentenceAttributor {
  private readonly tokens: Token[];
  private readonly first: number;
  private readonly end: number;
  private readonly sentence: SentenceTokens;
  private readonly resolver: ReferentResolver;
  private readonly phrases: PhraseFinder;
  private readonly attached: Attached[] = [];
  /** The same sources by name: a long sentence may name thousands. */
  private readonly attachedByName = new Map<string, Attached>();
  /** First verb of the sentence, found once (-1: none yet looked for, past the end: none). */
  private firstVerb = -1;
  private anonymous = false;
  private pendingRelay = false;
  private lastSubject: Referent | undefined;
  /** One unnamed person ("an official", "a source") spoke in the sentence: whom "he" means next, not a person named before. */
  private unnamedPersonSpoke = false;
  /** Verbs whose subject is someone unnamed ("one source told Reuters"): a speaker outside a quotation all the same. */
  private readonly unnamedSpeakerVerbs: number[] = [];
  /** The first "released", "issued" ... of the sentence (-1: none), and the nouns of bodies it may introduce unnamed. */
  private releaseVerb = -1;
  private readonly unnamedBodyNouns: number[] = [];

  constructor(ctx: MentionContext, first: number, end: number, private readonly memory: SpeakerMemory) {
    this.sentence = new SentenceTokens(ctx, first, end);
    this.tokens = ctx.tokens;
    this.first = first;
    this.end = end;
    this.resolver = new ReferentResolver(this.sentence, memory, () => this.attached[this.attached.length - 1]?.source);
    this.phrases = new PhraseFinder(this.sentence, this.resolver);
  }

  run(): SentenceAttribution {
    // "Shots were fired at Cleveland police officers ..., police said": the force a bare "police" in the same
    // sentence means is the one the sentence itself named (noted again after the sentence, for the next ones)
    notePoliceForce(this.sentence, this.resolver, this.memory);
    this.applyIssuerStance();
    this.applyIssuerOwnVoice();
    this.applyStateStance();
    for (let i = this.first; i < this.end; i++) {
      // (CUE_LOOP_WORDS in word-classes.ts: a rule added to the loop adds its words there)
      if ((wordClasses(this.tokens[i]) & CUE_LOOP_WORD) === 0) continue;
      const marker = SENTENCE_MARKERS.get(this.tokens[i].lower);
      if (marker) this.noteMarker(marker, i);
      const cue = phraseCueAt(this.tokens, i, this.end);
      if (cue) {
        const before = this.attached.length;
        this.applyPhraseCue(cue.kind, i, i + cue.length);
        if (cue.kind === 'original') this.markOwnFigures(i, before);
        // "told" is also a reporting verb whose subject speaks
        if (!cue.alsoVerb) {
          i += cue.length - 1;
          continue;
        }
      } else if (OUTLET_INTERVIEW_OPENERS.has(this.tokens[i].lower) && this.applyOutletInterview(i)) continue;
      if (QUOTING_VERBS.has(this.tokens[i].lower) && this.applyQuotedAsSaying(i)) continue;
      if (STATEMENT_GIVING_VERBS.has(this.tokens[i].lower) && this.applyStatementGivenTo(i)) continue;
      if (this.isPossessedStatement(i)) this.applyPossessedStatement(i);
      if (this.isTerritorialClaim(i)) {
        i++;
        continue;
      }
      if (MEASURING_PARTICIPLES.has(this.tokens[i].lower) && this.applyMeasuredBy(i)) continue;
      const agentBy = this.passiveAgentBy(i);
      if (agentBy > 0) {
        // "The figure was confirmed by Ukraine's Defence Ministry", "was reported earlier by Dow Jones": the agent is the source
        const before = this.attached.length;
        this.applyPhraseCue('original', i, agentBy + 1);
        this.markOwnFigures(i, before);
        i = agentBy;
        continue;
      }
      if ((this.sentence.isReportingVerb(i) || this.isOwnedDocumentCopula(i) || this.issuesStatementThat(i)) && !this.isNegated(i)) this.applyVerb(i);
      else if (this.tokens[i].lower === 'agreed' && this.tokens[i + 1]?.lower === 'that') this.applyReadoutParties(i);
      else if (FINDING_NOUNS.has(this.tokens[i].lower)) this.applyMadeFinding(i);
    }
    if (this.attached.length === 0) this.applyOpeningStatement();
    this.dropPublishingVenues();
    this.dropSpeakersInsideQuotations();
    this.demoteRelayingMedia();
    this.relayAsReportedOutlet();
    this.relayQuotationClosedByOutlet();
    this.speakThroughOwnOffice();
    return this.result();
  }

  /**
   * "Japan reported 300 new cases, its health ministry said", "Thailand reported ..., the Ministry of Public
   * Health said": an office written after a country the sentence has a speaker, and naming no country of its
   * own, is that country's office; the country speaks through it and is no second source.
   */
  private speakThroughOwnOffice(): void {
    // only an original speaker's office is moved to a country: without one, the country is not looked for
    if (!this.attached.some((a) => a.role === 'original')) return;
    // a country the state lexicon lacks ("Kenya") is still a country here
    const states = this.attached.filter((a) => a.role === 'original' && (a.source.state || (a.source.type !== 'person' && countryCodeOfName(a.source.name))));
    if (states.length > 1) return;
    const state: Attached | undefined = states[0];
    // "Russia will send troops, its foreign ministry said": the country the sentence opened with, speaking or not
    const opening = state ? undefined : this.sentence.mentionsStartingIn(this.first, this.first + MAX_OPENING_COUNTRY_SKIP).find((m) => m.state);
    const code = countryCodeOfName(state?.source.name ?? opening?.name ?? '');
    if (!code) return;
    const after = state?.source.end ?? opening?.end ?? this.end;
    const { registry } = this.sentence;
    let through = false;
    for (const a of this.attached) {
      if (a === state || a.role !== 'original' || a.source.first < after) continue;
      // "Japan reported ..., the Bank of Japan said": a registered body of the country (its media report on their own)
      if (a.source.outletId && !isMediaType(a.source.type) && registry.findById(a.source.outletId)?.country === code) {
        through = true;
        continue;
      }
      const office = a.source.registered ? undefined : officeWithoutCountry(this.tokens, a.source.first, a.source.end);
      if (!office) continue;
      const body = officeInCountry(registry, code, office);
      this.attachedByName.delete(a.source.name);
      a.source = { ...a.source, name: body.name, type: body.outlet?.type ?? 'government', registered: body.outlet !== undefined, outletId: body.outlet?.id };
      this.attachedByName.set(a.source.name, a);
      through = true;
    }
    if (!through || !state) return;
    this.attached.splice(this.attached.indexOf(state), 1);
    if (this.attachedByName.get(state.source.name) === state) this.attachedByName.delete(state.source.name);
  }

  /** "Doe's statement that", "the minister's remarks that": a possessive at `i` before a statement noun and "that". */
  private isPossessedStatement(i: number): boolean {
    const { tokens } = this;
    return i > this.first && i + 2 < this.end && isPossessive(tokens[i]) && POSSESSED_STATEMENT_NOUNS.has(tokens[i + 1].lower) && tokens[i + 2].lower === 'that';
  }

  /** What the statement says is its owner's: the name before the possessive speaks, as "Doe stated that" would. */
  private applyPossessedStatement(i: number): void {
    // after a verb ("welcomed the minister's statement that") the owner is the name run before the possessive
    const run = lastProperRun(this.tokens, this.first, i);
    const owner = this.phrases.subjectBefore(i) ?? (run ? this.resolver.resolveNounPhrase(run[0], run[1]) : undefined);
    for (const source of named(owner)) {
      if (source.state) continue;
      this.attach(source, 'original', i + 1, source.first, source.end, false);
      // "Reuters praised Doe's pledge that": the pledge is what the subject reacts to, not a report it passes on
      const attached = this.attachedByName.get(source.name);
      if (attached) attached.trailing = true;
    }
  }

  /**
   * 'Jane Roe said the plant would shut. "We have no choice," the BBC reported.': an outlet's report closing a
   * quotation passes on the words of the one speaker the sentence before quoted, who stays the original.
   */
  private relayQuotationClosedByOutlet(): void {
    if (this.attached.length !== 1) return;
    const media = this.attached[0];
    if (media.role !== 'original' || !media.trailing || media.ownStory || !isMediaType(media.source.type)) return;
    if (!this.closesQuotationBefore(media.source.first)) return;
    const voices = this.memory.lastVoices().filter((v) => !isMediaType(v.type) && !v.state);
    if (voices.length !== 1 || this.memory.lastVoices().length !== 1) return;
    media.role = 'relay';
    this.attach(pointedAt(voices[0], media.source.first, media.source.end), 'original', media.cueAt, media.source.first, media.source.end, true);
  }

  /** A closing quotation mark and a comma (either order) right before `at` ("...," the BBC), "the" aside. */
  private closesQuotationBefore(at: number): boolean {
    const { tokens } = this;
    let k = at - 1;
    if (k > this.first && tokens[k].lower === 'the') k--;
    if (k - 1 <= this.first) return false;
    const pair = [tokens[k].text, tokens[k - 1].text];
    if (!pair.includes(',') || !pair.some((t) => CLOSING_QUOTES.has(t))) return false;
    // the quotation opened in an earlier sentence: one that opens here may be the outlet's own quoting
    for (let i = this.first; i < k - 1; i++) if (OPENING_QUOTES.has(tokens[i].text)) return false;
    return true;
  }

  /**
   * "In a statement released with the results, Acme's chief executive praised ...", "In a statement on
   * Monday, the ministry welcomed ...": a sentence opening with its speaker's statement is that speaker's
   * account whatever the main verb, so the main clause's subject speaks.
   */
  private applyOpeningStatement(): void {
    const { tokens, first, end } = this;
    if (tokens[first].lower !== 'in' || first + 2 >= end) return;
    let k = first + 1;
    if (ARTICLES.has(tokens[k].lower) || POSSESSIVE_DETERMINERS.has(tokens[k].lower)) k++;
    // "In a securities filing", "In a joint statement": lower-case words saying which kind
    const kindFrom = k;
    while (k < end && k - kindFrom < MAX_STATEMENT_KIND_WORDS && !OPENING_STATEMENT_NOUNS.has(tokens[k].lower) && !isCapitalized(tokens[k]) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k++;
    if (!OPENING_STATEMENT_NOUNS.has(tokens[k]?.lower ?? '')) return;
    let comma = k + 1;
    while (comma < end && comma - k <= MAX_OPENING_PHRASE && tokens[comma].text !== ',') comma++;
    if (comma >= end || tokens[comma].text !== ',') return;
    let verb = comma + 1;
    while (verb < end && verb - comma <= MAX_PHRASE_TOKENS && !(tokens[verb].pos === 'VERB' && !isCapitalized(tokens[verb]))) verb++;
    if (verb >= end || verb - comma > MAX_PHRASE_TOKENS) return;
    const subject = this.phrases.subjectBefore(verb);
    if (subject?.kind !== 'named') return;
    for (const source of subject.sources) if (!source.state) this.attach(source, 'original', verb, source.first, source.end, true);
  }

  /**
   * "A study conducted by researchers at Harvard and published in The BMJ
   * found": the researchers' body is the study's source; the journal that
   * published it neither made it nor passes it on, so it is no source of the
   * sentence. Alone ("The study, published in Nature, found") it still is,
   * but only as the subject of a report: "The study, published in The Lancet,
   * involved 600 people" and "... found low rates in studies published in
   * Nature" say where something appeared, and the journal reports nothing.
   */
  private dropPublishingVenues(): void {
    if (this.attached.length === 0) return;
    const venue = (a: Attached) => PUBLISHING_VENUE_CUES.some((cue) => cue.every((word, k) => this.tokens[a.cueAt + k]?.lower === word));
    const others = this.attached.some((a) => a.role === 'original' && !venue(a));
    const kept = this.attached.filter((a) => !venue(a) || (!others && this.reportFollows(a.source.end)));
    if (kept.length === this.attached.length) return;
    for (const a of this.attached) if (!kept.includes(a) && this.attachedByName.get(a.source.name) === a) this.attachedByName.delete(a.source.name);
    this.attached.splice(0, this.attached.length, ...kept);
  }

  /** A reporting verb stands within a few tokens after `from` ("..., published in Nature, found"). */
  private reportFollows(from: number): boolean {
    const last = Math.min(this.end, from + MAX_VENUE_TO_VERB);
    for (let k = from; k < last; k++) if (this.tokens[k].lower !== 'published' && REPORTING_VERBS.has(this.tokens[k].lower)) return true;
    return false;
  }

  /**
   * '"We are on schedule, and Acme hereby confirms it," Norvale said': a
   * quotation holds the speaker's words, report clauses and all; when a
   * speaker is named outside the quotations, only that one speaks. So does an
   * unnamed one: '"The prime minister asked him to deal with it," one source
   * told Reuters' is the source's account, no report of the prime minister's.
   */
  private dropSpeakersInsideQuotations(): void {
    // no source, none to drop: most sentences, whose quotation marks are then not read
    if (this.attached.length === 0) return;
    const quoted = this.quotedTokens();
    if (!quoted) return;
    const outside = (cue: number) => !quoted[cue - this.first];
    if (!this.attached.some((a) => outside(a.cueAt) && a.role === 'original') && !this.unnamedSpeakerVerbs.some(outside)) return;
    const inside = (a: Attached) => quoted[a.cueAt - this.first];
    const kept = this.attached.filter((a) => !inside(a));
    if (kept.length === this.attached.length) return;
    for (const a of this.attached) if (inside(a) && this.attachedByName.get(a.source.name) === a) this.attachedByName.delete(a.source.name);
    this.attached.splice(0, this.attached.length, ...kept);
  }

  /**
   * Which tokens of the sentence stand inside a quotation (by its own kind of
   * closing mark; a single curly quote is also an apostrophe and is left out),
   * or undefined when the sentence quotes nothing or leaves a quotation open.
   */
  private quotedTokens(): boolean[] | undefined {
    const { tokens } = this;
    const quoted: boolean[] = [];
    let closing: string | undefined;
    let any = false;
    for (let k = this.first; k < this.end; k++) {
      const text = tokens[k].text;
      if (closing !== undefined && text === closing) {
        closing = undefined;
        quoted.push(false);
        continue;
      }
      if (closing === undefined && QUOTATION_PAIRS.has(text)) {
        closing = QUOTATION_PAIRS.get(text);
        any = true;
        quoted.push(false);
        continue;
      }
      quoted.push(closing !== undefined);
    }
    return any && closing === undefined ? quoted : undefined;
  }

  private applyPhraseCue(kind: CueKind, start: number, end: number): void {
    if (kind === 'document' && !this.sentence.reportsLater(end)) {
      // "a piece from an annual publication by the Wilson Center": no report here, but "The publication suggests" next is its
      for (const source of named(this.phrases.objectAfter(end))) this.memory.notePublisher(source, this.tokens[start].lower);
      return;
    }
    if (kind === 'pronoun') {
      const possessive = this.tokens[start + 1].lower;
      const recalled = this.resolver.recall(possessive === 'his' || possessive === 'her' ? 'person' : 'organisation', start, end);
      for (const source of named(recalled)) this.attach(source, 'original', start, start, end, false);
      return;
    }
    const found = kind === 'original' ? this.phrases.objectAfter(end) ?? this.ownerOfBareStatement(end) ?? this.runnerOfDescribedSite(end) : this.phrases.objectAfter(end);
    const object = kind === 'original' ? this.filerInsteadOfRegulator(start, end, found) : found;
    if (kind === 'audience') {
      // "told Reuters", "in an interview with the BBC": the outlet relays the speaker;
      // one gives an interview or a comment only to an outlet, so an unknown name there is one
      const told = VERB_CUES.has(this.tokens[start].lower);
      // "Agency officials told GAO that ...": what unnamed people told a registered body, that body reports
      const unnamedTeller = told && this.phrases.subjectBefore(start)?.kind === 'anonymous';
      // "speaking on X", "appearing on X": a known outlet's programme, never a place or an occasion; one converses
      // with people too, and "on the air of" a telethon names none: there only a known outlet
      const broadcast = this.tokens[start + 1]?.lower === 'on' || AUDIENCE_MEDIA_ONLY_WORDS.has(this.tokens[end - 2]?.lower ?? '');
      for (const source of named(object)) {
        if (broadcast && !isMediaType(source.type)) continue;
        // ("told WBZ": a station's call sign the registry lacks is one too, though alone it could be any abbreviation)
        const station = !source.registered && isCallSign(source.name);
        if (!isMediaType(source.type) && !(unnamedTeller && isBody(source)) && !station && (told || source.type !== 'unknown' || source.registered)) continue;
        if (!isMediaType(source.type)) source.type = station ? 'broadcaster' : 'online-outlet';
        this.attach(source, 'relay', start, start, end, false);
        const attached = this.attachedByName.get(source.name);
        if (unnamedTeller && attached) attached.toldByUnnamed = true;
      }
      // "Jane Roe gave an interview to the BBC": the interviewee speaks, as after "told"
      if (INTERVIEW_GIVING.has(this.tokens[start].lower)) {
        for (const speaker of named(this.phrases.subjectBefore(start))) this.attach(speaker, 'original', start, speaker.first, speaker.end, true);
      }
      this.applyOpeningAudience(start, end);
      return;
    }
    if (object?.kind === 'anonymous') this.anonymous = true;
    // "according to Kommersant's sources": the outlet's own unnamed sources
    if (kind === 'original' && named(object).some((source) => isMediaType(source.type) && this.ownSourcesAfter(source.end))) this.anonymous = true;
    if (kind === 'original' && named(object).length) this.relayReportedCue(start);
    for (const source of named(object)) this.attach(source, 'original', start, start, end, false);
    if (kind === 'document' && OUTLET_STORY_NOUNS.has(this.tokens[start].lower)) this.markOwnStories(named(object));
    // "KCTV said ..., according to Yonhap.": an outlet closing the sentence passes on what was said before it
    if (kind === 'original' && this.closesWithCue(start, named(object))) {
      for (const source of named(object)) {
        const attached = this.attachedByName.get(source.name);
        if (attached && isMediaType(attached.source.type)) attached.trailing = true;
      }
    }
    const document = kind === 'relay' ? undefined : this.documentNamed(start, named(object)[0]?.first);
    if (document) for (const source of named(object)) this.memory.notePublisher(source, document);
    if (kind !== 'relay') return;
    // "Analysts downgraded the stock, citing the firm's weak forecast": a reason, no report passed on
    if (!object && this.phrases.citesReason(end)) return;
    // "BleepingComputer, citing a leaked internal memo, reported": nobody named behind the report
    if (!object) this.anonymous = true;
    // "According to Axios, which cited two officials, ...": the outlet that names no one is the account's original,
    // whoever its report says spoke ("Trump has told aides") relays nothing of it
    if (!named(object).length && RELATIVE_PRONOUNS.has(this.tokens[start].lower) && start > this.first && this.tokens[start - 1].text === ',') {
      for (const a of this.attached) if (a.source.end === start - 1 && a.role === 'original' && isMediaType(a.source.type)) a.ownStory = true;
    }
    const before = start > this.first && this.tokens[start - 1].text === ',' ? start - 1 : start;
    // "Bloomberg reported on Wednesday, citing people familiar with the matter": the reporter relays
    let verb = before - 1;
    while (verb > this.first && verb >= before - MAX_GAP_TOKENS && this.phrases.isGap(verb)) verb--;
    const afterVerb = before !== start && verb >= this.first && this.sentence.isReportingVerb(verb);
    let relays = named(this.phrases.subjectBefore(afterVerb ? verb : before));
    // "Moody's downgraded the country's rating on Friday, citing 3 risks": the clause's subject cites
    if (!relays.length && before !== start) relays = named(this.sentenceSubject(before));
    for (const relay of relays) this.attach(relay, 'relay', start, relay.first, relay.end, false);
    // "Citing X, Reuters reported": the relay comes later; never after "which cited" ("According to Axios, which
    // cited two officials, Trump has told aides ..."): the relative's antecedent cited, no later subject
    if (!relays.length && !RELATIVE_PRONOUNS.has(this.tokens[start].lower)) this.pendingRelay = true;
  }

  /**
   * "said in a CNN interview", "In an exclusive VOA interview, X says", "during a BBC radio interview": the
   * outlet whose name qualifies the interview relays the speaker, as after "in an interview with". A name
   * the registry lacks is taken for an outlet (one gives an interview only to one); a platform is none.
   */
  private applyOutletInterview(at: number): boolean {
    const { tokens } = this;
    let k = at + 1;
    if (k >= this.end || !OUTLET_INTERVIEW_DETERMINERS.has(tokens[k].lower)) return false;
    k++;
    if (k < this.end && INTERVIEW_KIND_WORDS.has(tokens[k].lower)) k++;
    const first = k;
    if (first >= this.end || !isCapitalized(tokens[first]) || PLATFORMS.has(tokens[first].lower)) return false;
    let interview = first + 1;
    while (interview < this.end && interview - first <= MAX_INTERVIEW_OUTLET_TOKENS && !INTERVIEW_NOUNS.has(tokens[interview].lower)) {
      if (CLAUSE_BREAKS.has(tokens[interview].text)) return false;
      interview++;
    }
    if (interview >= this.end || !INTERVIEW_NOUNS.has(tokens[interview].lower)) return false;
    // "a BBC radio interview", "a CNN television interview": the kind may follow the name
    const nameEnd = INTERVIEW_KIND_WORDS.has(tokens[interview - 1].lower) ? interview - 1 : interview;
    let found = false;
    for (const source of named(this.resolver.resolveNounPhrase(first, nameEnd))) {
      if (source.state || source.person || source.type === 'person') continue;
      if (!isMediaType(source.type)) {
        if (source.registered || source.type !== 'unknown') continue;
        source.type = 'online-outlet';
      }
      this.attach(source, 'relay', at, at, interview + 1, false);
      found = true;
    }
    return found;
  }

  /** "'s sources", "'s own sources", " sources" right after a name ending at `end`. */
  private ownSourcesAfter(end: number): boolean {
    const { tokens } = this;
    let k = end;
    if (k < this.end && isPossessive(tokens[k])) k++;
    while (k < this.end && k - end <= 2 && OWN_SOURCE_WORDS.has(tokens[k].lower)) k++;
    return k < this.end && (tokens[k].lower === 'sources' || tokens[k].lower === 'source');
  }

  /**
   * "Speaking to Reuters, Acme analyst Jane Roe shared her view": the
   * subject of the main clause after the opening participle is who spoke to the
   * outlet, whatever its verb (a reporting verb attaches it anyway).
   */
  private applyOpeningAudience(start: number, end: number): void {
    const { tokens } = this;
    if (start !== this.first || !OPENING_AUDIENCE_PARTICIPLES.has(tokens[start].lower)) return;
    let comma = end;
    while (comma < this.end && comma - end < MAX_GAP_TOKENS && tokens[comma].text !== ',') comma++;
    if (comma >= this.end || tokens[comma].text !== ',') return;
    let verb = comma + 1;
    while (verb < this.end && verb - comma <= MAX_GAP_TOKENS && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX') verb++;
    if (verb >= this.end || verb - comma > MAX_GAP_TOKENS) return;
    const subject = this.phrases.subjectBefore(verb);
    if (subject?.kind === 'anonymous') this.anonymous = true;
    for (const speaker of named(subject)) this.attach(speaker, 'original', start, speaker.first, speaker.end, false);
  }

  /**
   * "The President said that, according to Ukrainian intelligence, ...": the
   * speaker passes on what the cue's source found, so the speaker relays it.
   */
  private relayReportedCue(cue: number): void {
    let k = cue - 1;
    if (k > this.first && this.tokens[k].text === ',') k--;
    if (k <= this.first || this.tokens[k].lower !== 'that') return;
    for (const a of this.attached) if (a.cueAt === k - 1 && a.role === 'original') a.role = 'relay';
  }

  /** "according to a new report published today by X", "a study by X": the document the cue names X as publishing ("report"), if any. */
  private documentNamed(from: number, to: number | undefined): string | undefined {
    if (to === undefined) return undefined;
    for (let k = from; k < to; k++) if (DOCUMENT_NOUNS.has(this.tokens[k].lower)) return this.tokens[k].lower;
    return undefined;
  }

  private applyVerb(verb: number): void {
    if (this.applyIssuerVoice(verb)) return;
    if (this.isReportedRelative(verb)) {
      this.anonymous = true;
      return;
    }
    let subject = this.participleSubject(verb) ?? this.causedSpeaker(verb) ?? this.withSpeaker(verb) ?? this.phrases.subjectBefore(verb);
    // "..., reports the BBC.": the subject after the verb closes the sentence as a trailing one before it would
    let closingInversion = false;
    if (!subject && this.phrases.isInverted(verb)) {
      subject = this.phrases.subjectAfter(verb);
      closingInversion = verb > this.first && (this.tokens[verb - 1].text === ',' || CLOSING_QUOTES.has(this.tokens[verb - 1].text));
    }
    if (subject?.kind === 'coordinated') subject = this.lastSubject ?? this.sentenceSubject(verb);
    if ((!subject || subject.kind === 'anonymous') && this.applyReadoutParties(verb)) return;
    if (!subject) return;
    this.lastSubject = subject;
    if (subject.kind === 'anonymous') {
      this.anonymous = true;
      this.unnamedSpeakerVerbs.push(verb);
      // "Japan demanded an explanation, a Foreign Ministry official said. ... , he said.": one unnamed person spoke
      if (verb > this.first && UNNAMED_PERSON_HEADS.has(this.tokens[verb - 1].lower)) this.unnamedPersonSpoke = true;
      return;
    }
    if (subject.kind !== 'named') return;
    // "He did not say whether Biden confirmed the spying": a question, nobody's report
    const opener = subject.sources[0]?.first - 1;
    if (opener >= this.first && (this.tokens[opener].lower === 'whether' || (this.tokens[opener].lower === 'if' && opener > this.first && REPORTING_VERBS.has(this.tokens[opener - 1].lower)))) return;
    // "appealed to residents to leave", "appealed for calm" report; "appealed the ruling" is a step in a case
    if (APPEAL_VERBS.has(this.tokens[verb].lower) && !APPEAL_LINKS.has(this.tokens[verb + 1]?.lower ?? '')) return;
    const strong = STRONG_REPORTING_VERBS.has(this.tokens[verb].lower);
    const role: SourceRole = this.pendingRelay ? 'relay' : 'original';
    // "..., Reuters and TASS reported": names joined in a closing report clause all close the sentence
    const closing = closingInversion || (subject.sources.length > 0 && this.closesSentence(subject.sources[0].first));
    for (const source of subject.sources) {
      // a country speaks only through strong verbs; a person speaking for it through any
      if (source.state && !source.person && !strong) continue;
      if (KNOWN_SPEAKER_VERBS.has(this.tokens[verb].lower) && !source.registered && !source.person && source.type !== 'person' && !this.expertsOf(source)) continue;
      if (OUTLET_WITNESS_VERBS.has(this.tokens[verb].lower) && !NEWS_OUTLET_TYPES.has(source.type)) continue;
      const titled = source.first > this.first && isTitle(this.tokens[source.first - 1]); // "Energy Minister Jane Roe reported"
      // ("Vitaliy Kim wrote on Telegram, Suspilne reports": a name posting on its own channel is no outlet, the one after relays it)
      const posted = this.postsOnPlatform(verb);
      if (!source.registered && !titled && !source.person && !posted && PUBLISHING_VERBS.has(this.tokens[verb].lower) && (source.type === 'person' || source.type === 'unknown') && source.end - source.first <= 2) {
        source.type = 'online-outlet';
      }
      this.pendingRelay = false;
      this.attach(source, role, verb, source.first, source.end, true);
      if (closing) {
        const attached = this.attachedByName.get(source.name);
        if (attached) attached.trailing = true;
      }
    }
  }

  /** "wrote on Telegram", "wrote on his Facebook page": the verb at `verb` is followed by "on" and a platform a few words on. */
  private postsOnPlatform(verb: number): boolean {
    const { tokens } = this;
    if (tokens[verb + 1]?.lower !== 'on') return false;
    for (let k = verb + 2; k < this.end && k <= verb + 1 + MAX_PLATFORM_WORDS; k++) if (PLATFORMS.has(tokens[k].lower)) return true;
    return false;
  }

  /**
   * "Sen. John Doe, who reportedly backed the dam": a relative clause the
   * article hedges with "reportedly" says what unnamed reports tell of the person,
   * not what the person said (an aside explaining a name, not a report of his).
   */
  private isReportedRelative(verb: number): boolean {
    let k = verb - 1;
    let hedged = false;
    while (k > this.first && SUBJECT_GAP_WORDS.has(this.tokens[k].lower)) {
      if (this.tokens[k].lower === 'reportedly') hedged = true;
      k--;
    }
    return hedged && RELATIVE_PRONOUNS.has(this.tokens[k].lower);
  }

  /**
   * "A team of researchers from the University of Oxford has made a monumental discovery": who made a discovery
   * reports it, as "found" would.
   */
  private applyMadeFinding(noun: number): void {
    const { tokens } = this;
    let made = noun - 1;
    while (made > this.first && noun - made <= MAX_FINDING_ADJECTIVES + 1 && !MAKING_VERBS.has(tokens[made].lower)) made--;
    if (!MAKING_VERBS.has(tokens[made].lower)) return;
    for (let k = made + 1; k < noun; k++) if (CLAUSE_BREAKS.has(tokens[k].text)) return;
    for (const source of named(this.phrases.subjectBefore(made))) if (!source.state) this.attach(source, 'original', made, source.first, source.end, true);
  }

  /**
   * "Putin is said to be furious, with Ukrainian intelligence reportedly claiming that ...", "with the Kremlin saying
   * that": the one after "with" says what the gerund reports.
   */
  private withSpeaker(verb: number): Referent | undefined {
    const { tokens } = this;
    if (!tokens[verb].lower.endsWith('ing')) return undefined;
    let end = verb;
    while (end - 1 > this.first && SUBJECT_GAP_WORDS.has(tokens[end - 1].lower)) end--;
    for (let k = end - 1; k > this.first && end - k <= MAX_WITH_SPEAKER_WORDS; k--) {
      if (CLAUSE_BREAKS.has(tokens[k].text)) return undefined;
      if (tokens[k - 1].lower !== 'with') continue;
      const speaker = this.resolver.resolveNounPhrase(k, end);
      return speaker?.kind === 'named' || speaker?.kind === 'anonymous' ? speaker : undefined;
    }
    return undefined;
  }

  /**
   * "It prompted Ukrainian foreign minister Dmytro Kuleba to warn: ...", "The ruling led Acme to announce that ...":
   * the one something moved to speak is the speaker, the object of the causing verb before "to".
   */
  private causedSpeaker(verb: number): Referent | undefined {
    const object = this.sentence.causedObjectStart(verb);
    if (object < 0) return undefined;
    const speaker = this.resolver.resolveNounPhrase(object, verb - 1);
    return speaker?.kind === 'named' ? speaker : undefined;
  }

  /**
   * "The FTC sued the operators, alleging that ...": the participle reports
   * for the clause's subject; after a report clause ('"Staff informed
   * inspectors ...," the agency said, adding that ...') for that clause's
   * speaker, not for a subject inside the quotation.
   */
  private participleSubject(verb: number): Referent | undefined {
    if (!PARTICIPLE_CUES.has(this.tokens[verb].lower) || verb - 1 <= this.first) return undefined;
    if (this.tokens[verb - 1].text !== ',') return this.releasedStatementSubject(verb);
    // "Acme met its lenders, a person familiar with the matter said, adding that ...": the unnamed speaker adds it
    if (this.lastSubject?.kind === 'named' || this.lastSubject?.kind === 'anonymous') return this.lastSubject;
    const subject = this.sentenceSubject(verb);
    // "The Met Office issued a yellow warning for rain, saying ...": whoever released the statement says it
    return subject?.kind === 'named' ? subject : this.releasedStatementSubject(verb - 1);
  }

  /**
   * "The US military released a statement saying ...", "Nokia issued a
   * statement claiming ...": whoever released the statement says it.
   */
  private releasedStatementSubject(verb: number): Referent | undefined {
    const { tokens } = this;
    // "issued a statement Thursday saying", "a statement late on Monday saying": the time of the statement between
    let noun = verb - 1;
    while (noun > this.first && verb - noun <= MAX_STATEMENT_TIME && (DATE_GAP_WORDS.has(tokens[noun].lower) || TIME_OF_DAY_WORDS.has(tokens[noun].lower))) noun--;
    // "sent a letter to staff on Monday saying": whom it was sent to, before the time
    const sentTo = this.recipientBefore(noun + 1);
    if (sentTo >= 0) noun = sentTo - 1;
    // "issued a yellow weather warning for heavy rain over the weekend saying": what the warning is about, before it
    const about = this.statementTopicBefore(noun + 1);
    if (about >= 0) noun = about - 1;
    const sent = SENT_DOCUMENTS.has(tokens[noun].lower);
    if (!STATEMENT_NOUNS.has(tokens[noun].lower) && !sent) return undefined;
    let k = noun - 1;
    // "a yellow weather warning": lower-case words describing the statement
    while (k > this.first && noun - 1 - k < MAX_STANCE_GAP && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || (tokens[k].pos === 'NOUN' && !isCapitalized(tokens[k])))) k--;
    // "sent out an internal memo": the particle after the verb
    if (k > this.first && tokens[k].lower === 'out') k--;
    if (k <= this.first || !(RELEASING_VERBS.has(tokens[k].lower) || (sent && SENDING_VERBS.has(tokens[k].lower)))) return undefined;
    const subject = this.phrases.subjectBefore(k);
    return subject?.kind === 'named' ? subject : undefined;
  }

  /**
   * "The Met Office has issued a warning that heavy rain ...", "issued an alert on Monday that", "released a statement
   * that": a body releasing a statement, warning or alert with what it says in a "that" clause reports it, as
   * "issued a statement saying" does; `verb` is the releasing verb, whose subject speaks. "issued a warning for heavy
   * rain" says nothing.
   */
  private issuesStatementThat(verb: number): boolean {
    const { tokens } = this;
    if (!RELEASING_VERBS.has(tokens[verb].lower)) return false;
    let noun = verb + 1;
    while (noun < this.end && noun - verb <= MAX_STANCE_GAP && (tokens[noun].pos === 'DET' || tokens[noun].pos === 'ADJ') && !STATEMENT_NOUNS.has(tokens[noun].lower)) noun++;
    if (noun === verb + 1 || noun >= this.end || !STATEMENT_NOUNS.has(tokens[noun].lower)) return false;
    // "issued an alert on Monday that": the time of the statement between
    let that = noun + 1;
    while (that < this.end && that - noun <= MAX_STATEMENT_TIME && (DATE_GAP_WORDS.has(tokens[that].lower) || TIME_OF_DAY_WORDS.has(tokens[that].lower))) that++;
    return that < this.end && tokens[that].lower === 'that';
  }

  /**
   * "a warning for heavy rain over the weekend", "an alert about the outbreak": where a "for" or "about" phrase of a
   * few words after a statement's noun ends at `end`, the index of "for" or "about"; -1 when none does.
   */
  private statementTopicBefore(end: number): number {
    const { tokens } = this;
    for (let k = end - 1; k > this.first && end - k <= MAX_STATEMENT_TOPIC_WORDS + 1; k--) {
      if ((tokens[k].lower === 'for' || tokens[k].lower === 'about') && STATEMENT_NOUNS.has(tokens[k - 1].lower)) return k;
      // (a place may be what it is for: "a warning for Wales")
      if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return -1;
    }
    return -1;
  }

  /**
   * "a letter to staff on Monday", "a memo to employees": where a "to"
   * phrase of a few lower-case words (and the time after it) ends at `end`,
   * the index of "to"; -1 when none does.
   */
  private recipientBefore(end: number): number {
    const { tokens } = this;
    for (let k = end - 1; k > this.first && end - k <= MAX_RECIPIENT_WORDS + 1; k--) {
      if (tokens[k].lower === 'to') return k;
      // (the tagger reads "to staff" as an infinitive: any lower-case word may be the recipient)
      if (isCapitalized(tokens[k]) || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT') return -1;
    }
    return -1;
  }

  /**
   * "We condemn ...", "We also call on ...": a statement's text in its
   * issuer's voice speaks for whoever the statement named last as speaking
   * (several bodies for a joint statement).
   */
  private applyIssuerVoice(verb: number): boolean {
    const { tokens, first } = this;
    // "I urged President Kiir ...": a signed statement's "I" is its issuer, where a label names one
    const voice = tokens[first].lower === 'we' || (tokens[first].text === 'I' && this.memory.issuer() !== undefined);
    if (!voice || !ISSUER_VOICE_VERBS.has(tokens[verb].lower)) return false;
    for (let k = first + 1; k < verb; k++) if (!this.phrases.isGap(k)) return false;
    for (const voice of this.memory.weVoices()) {
      this.attachIssuer(voice, first, first + 1, verb);
    }
    return true;
  }

  /**
   * "We are committed to ...", "We will not rest ...": a statement's stance
   * speaks, like "We condemn", for whoever the statement named last as speaking.
   */
  private applyIssuerStance(): void {
    const { tokens, first } = this;
    if (tokens[first].lower !== 'we') return;
    const k = this.afterStanceGap(first + 1, WE_STANCE_GAP_WORDS);
    if (k >= this.end || !ISSUER_STANCE_WORDS.has(tokens[k].lower)) return;
    for (const voice of this.memory.weVoices()) this.attachIssuer(voice, first, first + 1, k);
  }

  /**
   * Past the auxiliaries and adverbs between a subject and its stance ("We
   * will also not", "has long been"), at most MAX_STANCE_GAP of them from
   * `from`, plus the words in `alsoSkipped` the tagger may read otherwise.
   */
  private afterStanceGap(from: number, alsoSkipped: ReadonlySet<string>): number {
    const { tokens } = this;
    let k = from;
    while (k < this.end && k <= from + MAX_STANCE_GAP && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || alsoSkipped.has(tokens[k].lower))) k++;
    return k;
  }

  /** A statement's issuer (or its last voice) speaks through the words at `first`..`end` with the cue at `cue`, at a statement's modest confidence. */
  private attachIssuer(source: NamedSource, first: number, end: number, cue: number): void {
    this.attach(pointedAt(source, first, end), 'original', cue, first, cue + 1, true);
    this.markStatement(source.name);
  }

  private markStatement(name: string): void {
    const attached = this.attachedByName.get(name);
    if (attached) attached.statement = true;
  }

  /**
   * "Both presidents agreed that ...", "the two sides stressed ...": a
   * readout's account of what the parties said together is its issuer's.
   */
  private applyReadoutParties(verb: number): boolean {
    const issuer = this.memory.issuer();
    if (!issuer) return false;
    const { tokens } = this;
    let k = verb - 1;
    while (k > this.first && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
    if (k <= this.first || !READOUT_PARTIES.has(tokens[k].lower)) return false;
    const before = tokens[k - 1].lower;
    if (before !== 'both' && before !== 'two') return false;
    this.attachIssuer(issuer, k - 1, k + 1, verb);
    return true;
  }

  /**
   * "We estimate ...", "After discussions with ..., we concluded that ...",
   * "I am pleased to announce ...": under labels that name the issuer, its
   * own voice speaks for it (an author's "we" elsewhere does not).
   */
  private applyIssuerOwnVoice(): void {
    const issuer = this.memory.issuer();
    if (!issuer) return;
    const { tokens } = this;
    const at = this.ownVoiceSubject();
    if (at < 0) return;
    const k = this.afterStanceGap(at + 1, STANCE_ADVERBS);
    if (k >= this.end || !ISSUER_OWN_WORDS.has(tokens[k].lower)) return;
    this.attachIssuer(issuer, at, at + 1, k);
  }

  /** "We" or "I" opening the sentence, or its main clause after an opening phrase ("In regards to X, we understand"). */
  private ownVoiceSubject(): number {
    const { tokens, first } = this;
    const isVoice = (k: number) => tokens[k].lower === 'we' || tokens[k].text === 'I';
    if (isVoice(first)) return first;
    const pos = tokens[first].pos;
    if (pos !== 'ADP' && pos !== 'SCONJ' && pos !== 'ADV') return -1;
    for (let k = first + 1; k + 1 < this.end; k++) {
      if (CLOSING_QUOTES.has(tokens[k].text) || tokens[k].text === ';') return -1;
      if (tokens[k].text === ',' && isVoice(k + 1)) return k + 1;
    }
    return -1;
  }

  /**
   * "The United States is deeply concerned over ...", "The United Kingdom has
   * long been clear that ...": in a statement, a country's stance is its
   * government speaking (a news story describing one is not).
   */
  private applyStateStance(): void {
    if (!this.memory.isStatementPage()) return;
    const { tokens } = this;
    const [mention] = this.sentence.mentionsStartingIn(this.first, this.first + 2);
    if (!mention?.state || (mention.first > this.first && tokens[this.first].lower !== 'the')) return;
    const k = this.afterStanceGap(mention.end, STANCE_ADVERBS);
    if (k === mention.end || k >= this.end || !STATE_STANCE_WORDS.has(tokens[k].lower)) return;
    if (tokens[k].lower === 'clear' && tokens[k + 1]?.lower !== 'that') return;
    const source = this.resolver.fromMention(mention);
    this.attach(source, 'original', k, mention.first, k + 1, true);
    this.markStatement(source.name);
  }

  /** ", according to Yonhap.": a cue after a comma whose object ends the sentence. */
  private closesWithCue(cue: number, objects: NamedSource[]): boolean {
    if (!objects.length || cue <= this.first || this.tokens[cue - 1].text !== ',') return false;
    let k = objects[objects.length - 1].end;
    while (k < this.end && CLOSING_PUNCTUATION.has(this.tokens[k].text)) k++;
    return k >= this.end;
  }

  /** "..., TASS reported.": a report clause after a comma or a closing quote, ending the sentence. */
  private closesSentence(subjectStart: number): boolean {
    let before = subjectStart - 1;
    // "Radio Free Europe/Radio Liberty reported": the registry may know the name's last part only
    if (this.tokens[before]?.text === '/') while (before > this.first && (this.tokens[before].text === '/' || isCapitalized(this.tokens[before]))) before--;
    // "..., state news agency SANA reported", "..., the state-run SANA news agency reported": the outlet described
    before = this.beforeOutletDescriptors(before);
    // "..., South Korea's Yonhap news agency reported", "..., the official South Korean news agency Yonhap reported":
    // the outlet's country stands before or among its descriptors
    const country = before > this.first ? countryStartBefore(this.tokens, this.first + 1, isPossessive(this.tokens[before]) ? before : before + 1) : -1;
    if (country > this.first) before = this.beforeOutletDescriptors(country - 1);
    // "..., a correspondent of Ukrinform reports.": the outlet's reporter, as "an Ukrinform correspondent"
    if (before - 1 > this.first && this.tokens[before].lower === 'of' && REPORTER_NOUNS.has(this.tokens[before - 1].lower)) before -= 2;
    if (before > this.first && ARTICLES.has(this.tokens[before].lower)) before--; // "..., The Associated Press reports.", "..., a Reuters correspondent reported.
    if (before <= this.first) return false;
    if (CLOSING_QUOTES.has(this.tokens[before].text)) return true;
    return this.tokens[before].text === ',' && !this.isOpeningPhraseComma(before);
  }

  /** The token before the outlet's descriptor words ending at `at` ("state news agency", "the state-run"), a few at most. */
  private beforeOutletDescriptors(at: number): number {
    let before = at;
    for (let words = 0; before > this.first && words < MAX_OUTLET_DESCRIPTOR_WORDS && OUTLET_DESCRIPTOR_WORDS.has(this.tokens[before].lower); words++) before--;
    return before;
  }

  /**
   * "In the phone conversation, Wang said that ...", "On Monday, the ministry said ...": the comma closes a
   * phrase the sentence opens with (a preposition and no verb), so the name after it opens the main clause
   * and reports what follows; it closes nothing.
   */
  private isOpeningPhraseComma(comma: number): boolean {
    const { tokens } = this;
    if (tokens[this.first].pos !== 'ADP' || comma - this.first > MAX_OPENING_PHRASE) return false;
    for (let k = this.first + 1; k < comma; k++) {
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || CLAUSE_BREAKS.has(tokens[k].text) || OPENING_QUOTES.has(tokens[k].text) || CLOSING_QUOTES.has(tokens[k].text)) return false;
    }
    return true;
  }

  /**
   * "Counterpoint's estimate was lower than ...", "Gartner's forecast is for
   * ...": a body's own estimate, then "is" or "was", states what the body
   * found, as "Nielsen's figures show" does (a possessive before the head,
   * at most one word between).
   */
  private isOwnedDocumentCopula(verb: number): boolean {
    const { tokens } = this;
    if (!COPULAS.has(tokens[verb].lower) || verb - 2 < this.first) return false;
    const head = tokens[verb - 1];
    if (isCapitalized(head) || !ESTIMATE_HEADS.has(head.lower)) return false;
    return isPossessive(tokens[verb - 2]) || (verb - 3 >= this.first && isPossessive(tokens[verb - 3]) && !isCapitalized(tokens[verb - 2]));
  }

  /** "did not say", "would never confirm": a report denied is no report. */
  private isNegated(verb: number): boolean {
    // "has not ruled out talks": the body states a position, negated or not
    if (NEGATION_PROOF_VERBS.has(this.tokens[verb].lower)) return false;
    for (let k = verb - 1; k >= this.first && k >= verb - 3; k--) {
      const word = this.tokens[k].lower;
      if (word === 'not' || word === "n't" || word === 'never') return true;
      if (!PASSIVE_AUXILIARIES.has(word) && !NEGATION_AUXILIARIES.has(word) && this.tokens[k].pos !== 'ADV') return false;
    }
    return false;
  }

  private noteMarker(marker: SentenceMarker, i: number): void {
    if (marker === 'sources') {
      if (this.ownSources(i)) this.anonymous = true;
    } else if (marker === 'reports') {
      this.anonymous = true;
    } else if (marker === 'unnamed-body') {
      this.unnamedBodyNouns.push(i);
    } else if (this.releaseVerb < 0 && i > this.first && this.tokens[i].pos === 'VERB') {
      this.releaseVerb = i;
    }
  }

  /**
   * "found out from its own sources", "according to their sources", "TASS learned from a source in the ministry":
   * unnamed people behind the report.
   */
  private ownSources(i: number): boolean {
    const { tokens } = this;
    if (i - 1 <= this.first) return false;
    const before = tokens[i - 1].lower;
    if (tokens[i].lower === 'sources' && (before === 'own' || before === 'its' || before === 'their')) return true;
    let k = i - 1;
    while (k > this.first && i - k <= MAX_FROM_SOURCE_WORDS && FROM_SOURCE_WORDS.has(tokens[k].lower)) k--;
    return tokens[k].lower === 'from' && (tokens[i].lower === 'sources' || k < i - 1);
  }

  /**
   * "The islets are claimed by China and Taiwan": land that states claim as theirs, no report of theirs
   * (a claim by anyone else, "The attack was claimed by X", "the figure claimed by the ministry", still is one).
   */
  private isTerritorialClaim(i: number): boolean {
    const { tokens } = this;
    const by = tokens[i].lower === 'claimed' ? this.passiveAgentBy(i) : -1;
    if (by < 0) return false;
    const agents = named(this.phrases.objectAfter(by + 1));
    return agents.length > 0 && agents.every((source) => source.state);
  }

  /**
   * "41.85 percent, as compared to 42.5 percent announced by Anadolu": a figure an outlet gave is its own report, which
   * it passes on for nobody else in the sentence. Marks the outlets attached since `before` by the passive cue at `i`.
   */
  private markOwnFigures(i: number, before: number): void {
    if (this.tokens[i + 1]?.lower !== 'by' || !REPORTING_VERBS.has(this.tokens[i].lower) || !this.isFigure(i - 1)) return;
    for (let k = before; k < this.attached.length; k++) if (isMediaType(this.attached[k].source.type)) this.attached[k].ownStory = true;
  }

  /**
   * "42.5 percent", "1,200": a number at token `k`, what a passive report's agent gave ("a figure reported by
   * Reuters" after the ministry's figure may pass the ministry's on).
   */
  private isFigure(k: number): boolean {
    if (k < this.first) return false;
    const token = this.tokens[k];
    return token.pos === 'NUM' || token.lower === 'percent' || token.text === '%';
  }

  /** The "by" of a reporting verb's passive at `i` ("was confirmed by X", "as noted by X", "was reported earlier by X"), or -1. */
  private passiveAgentBy(i: number): number {
    const { tokens } = this;
    if (i + 1 >= this.end || !REPORTING_VERBS.has(tokens[i].lower)) return -1;
    // an adverb of time between the participle and its agent: "was reported earlier by", "was first reported by" reads so already
    const by = tokens[i + 1].lower === 'by' ? i + 1 : AGENT_GAP_ADVERBS.has(tokens[i + 1].lower) && tokens[i + 2]?.lower === 'by' ? i + 2 : -1;
    if (by < 0) return -1;
    // "The results will be announced by the commission on Friday": a report still to come
    if (yetToCome(tokens, i)) return -1;
    // "was confirmed by X", "as noted by X"
    return i > this.first && (PASSIVE_AUXILIARIES.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'as') ? by : -1;
  }

  /**
   * "The earthquake, which was logged as magnitude 5.9 by the US Geological Survey and magnitude 6.2 by Xinhua,":
   * who measured or recorded a figure reports it; each "by" of the passive's clause names one.
   */
  private applyMeasuredBy(verb: number): boolean {
    const { tokens } = this;
    if (verb - 1 <= this.first || !PASSIVE_AUXILIARIES.has(tokens[verb - 1].lower)) return false;
    // the figure follows "as" or "at" ("logged as magnitude 5.9", "measured at 6.1"), or is a grade ("rated B"):
    // "was recorded in 1999 by the Beatles" is no measurement
    const next = tokens[verb + 1]?.lower;
    if (next !== 'as' && next !== 'at' && tokens[verb].lower !== 'rated') return false;
    let found = false;
    for (let k = verb + 1; k < this.end && k - verb <= MAX_MEASURE_TO_AGENT; k++) {
      if (CLAUSE_BREAKS.has(tokens[k].text) || OPENING_QUOTES.has(tokens[k].text)) break;
      if (tokens[k].lower !== 'by' || k + 1 >= this.end || !isCapitalized(tokens[k + 1]) && tokens[k + 1].lower !== 'the') continue;
      const before = this.attached.length;
      this.applyPhraseCue('original', k, k + 1);
      // each agent reports its own figure, an outlet's included: none passes on another's
      for (const a of this.attached.slice(before)) {
        a.ownStory = true;
        a.measured = true;
      }
      found ||= this.attached.length > before;
    }
    return found;
  }

  /** "TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying ...": the one quoted speaks, the quoter relays. */
  private applyQuotedAsSaying(verb: number): boolean {
    const { tokens } = this;
    let as = verb + 1;
    // "quoted the Joint Chiefs of Staff of the Republic of Korea (JCS) as saying": the abbreviation a name defines in
    // brackets is no break, and no part of whom the phrase names
    let bracket = -1;
    while (as < this.end && as - verb <= MAX_PHRASE_TOKENS + MAX_ABBREVIATION_BRACKET && tokens[as].lower !== 'as') {
      const close = tokens[as].text === '(' ? this.abbreviationBracketEnd(as) : -1;
      if (close > 0) {
        bracket = as;
        as = close + 1;
        continue;
      }
      if (CLAUSE_BREAKS.has(tokens[as].text) || as - verb > MAX_PHRASE_TOKENS) break;
      as++;
    }
    // "Yonhap cited the Joint Chiefs of Staff as the source of the information": named as the source, it speaks
    const asSource = as + 2 < this.end && (tokens[as + 1].lower === 'the' || tokens[as + 1].lower === 'its') && tokens[as + 2].lower === 'source';
    if (tokens[as]?.lower !== 'as') return this.applyQuotedUnnamedSource(verb);
    if (as + 1 >= this.end || (!QUOTED_SPEECH.has(tokens[as + 1].lower) && !asSource)) return false;
    const quotedEnd = bracket > 0 && as === this.abbreviationBracketEnd(bracket) + 1 ? bracket : as;
    // "Peskov was quoted by TASS as saying", "the JCS was quoted as saying": the passive turns the roles round, the subject speaks
    const byQuoter = tokens[verb + 1].lower === 'by';
    if (verb > this.first && PASSIVE_AUXILIARIES.has(tokens[verb - 1].lower) && (byQuoter || as === verb + 1)) return this.applyQuotedPassive(verb, as, byQuoter);
    if (as === verb + 1) return false;
    const quoted = this.resolver.resolveNounPhrase(verb + 1, quotedEnd);
    // "Kyodo quoted one of the sources as saying": nobody named speaks, the quoter is the source and the claim anonymous
    // ("quoted one of the ship's crew members", "a crew member": someone the quoter does not name; "quotes people
    // familiar with the matter": people it does not name, as after "citing")
    const opener = tokens[verb + 1].lower;
    const unnamed = quoted?.kind === 'anonymous' || (quoted?.kind !== 'named' && (UNNAMED_QUOTED_OPENERS.has(opener) || UNNAMED_CITED.has(opener)));
    if (unnamed) this.anonymous = true;
    for (const source of named(quoted)) this.attach(source, 'original', verb, verb, as + 2, false);
    const quoterRole: SourceRole = unnamed ? 'original' : 'relay';
    for (const source of named(this.phrases.subjectBefore(verb))) this.attach(source, quoterRole, verb, source.first, source.end, true);
    return true;
  }

  /**
   * "On Friday, the Business Journal quoted a source who said that ...", "also quoted a source that wished to remain on
   * background": a quoter's unnamed source written without "as saying" (a relative clause, or nothing, after it)
   * leaves the quoter the source and the claim anonymous, as "quoted a source as saying" does. Only "quoted" and
   * "cited", and only a person's word for the one quoted ("a source", "two officials"), never a document.
   */
  private applyQuotedUnnamedSource(verb: number): boolean {
    const { tokens } = this;
    if (!QUOTING_WITHOUT_AS.has(tokens[verb].lower) || !UNNAMED_QUOTED_OPENERS.has(tokens[verb + 1]?.lower ?? '')) return false;
    let k = verb + 2;
    while (k < this.end && k - verb <= MAX_PHRASE_TOKENS && !RELATIVE_PRONOUNS.has(tokens[k].lower) && tokens[k].lower !== 'that' && !CLAUSE_BREAKS.has(tokens[k].text)) k++;
    if (k - verb > MAX_PHRASE_TOKENS || !UNNAMED_CITED.has(tokens[k - 1].lower)) return false;
    const quoters = named(this.phrases.subjectBefore(verb));
    if (!quoters.length) return false;
    this.anonymous = true;
    for (const source of quoters) this.attach(source, 'original', verb, source.first, source.end, true);
    return true;
  }

  /**
   * "Acme issued KSAT12 a statement", "gave Reuters an interview", "sent the BBC both an apology and a statement": the
   * outlet written as the indirect object of a verb giving words (`verb`) relays the subject, as after "told". Only an
   * outlet or a station's call sign: one sends a statement to a company or a person too ("sent Acme a statement").
   */
  private applyStatementGivenTo(verb: number): boolean {
    const { tokens } = this;
    let k = verb + 1;
    if (k < this.end && tokens[k].lower === 'the') k++;
    const first = k;
    while (k < this.end && k - first < MAX_PHRASE_TOKENS && (isCapitalized(tokens[k]) || isBroadcasterNumber(tokens, k, first))) k++;
    const nameEnd = k;
    if (nameEnd === first) return false;
    // "both an apology and a statement"
    if (k < this.end && tokens[k].lower === 'both') k++;
    if (k >= this.end || !GIVEN_STATEMENT_ARTICLES.has(tokens[k].lower)) return false;
    k++;
    // "an emailed statement", "a brief written statement"
    while (k < this.end && k - nameEnd <= MAX_STANCE_GAP && !GIVEN_STATEMENT_NOUNS.has(tokens[k].lower) && (tokens[k].pos === 'ADJ' || INTERVIEW_KIND_WORDS.has(tokens[k].lower))) k++;
    if (k >= this.end || !GIVEN_STATEMENT_NOUNS.has(tokens[k].lower)) return false;
    const outlets = named(this.resolver.resolveNounPhrase(verb + 1, nameEnd)).filter((source) => isMediaType(source.type) || (!source.registered && isCallSign(source.name)));
    if (!outlets.length) return false;
    for (const speaker of named(this.phrases.subjectBefore(verb))) this.attach(speaker, 'original', verb, speaker.first, speaker.end, true);
    for (const outlet of outlets) this.attach({ ...outlet, type: isMediaType(outlet.type) ? outlet.type : 'broadcaster' }, 'relay', verb, verb, k + 1, false);
    return true;
  }

  /** The closing bracket of "(JCS)", "(MND)" opening at `open`: one token in capitals, else -1. */
  private abbreviationBracketEnd(open: number): number {
    const { tokens } = this;
    const close = open + 2;
    return close < this.end && tokens[close].text === ')' && looksLikeAbbreviation(tokens[open + 1].text) ? close : -1;
  }

  /** "X was quoted (by Y) as saying": X speaks, Y, when named, relays. */
  private applyQuotedPassive(verb: number, as: number, byQuoter: boolean): boolean {
    const speakers = named(this.phrases.subjectBefore(verb - 1));
    for (const source of speakers) this.attach(source, 'original', verb, source.first, source.end, true);
    if (!byQuoter) return speakers.length > 0;
    for (const source of named(this.phrases.objectAfter(verb + 2))) this.attach(source, 'relay', verb, verb, as + 2, false);
    return true;
  }

  /** "Grossi has proposed a ceasefire, and said ...": the subject that opens the sentence. */
  private sentenceSubject(before: number): Referent | undefined {
    if (this.firstVerb < 0) {
      // looked for once: each "and said" of a long sentence would scan it again
      let k = this.first + 1;
      while (k < this.end && this.tokens[k].pos !== 'VERB' && this.tokens[k].pos !== 'AUX') k++;
      this.firstVerb = k;
    }
    return this.firstVerb < before ? this.phrases.subjectBefore(this.firstVerb) : undefined;
  }

  /**
   * "said on his Facebook page", "a letter, posted on Twitter,", "wrote on X": a platform after "on" is where the
   * words were put, never who said them (the company speaks only as a subject: "Facebook said it removed ...").
   */
  private isPlatformVenue(source: NamedSource): boolean {
    const { tokens } = this;
    if (source.first >= tokens.length || !PLATFORMS.has(tokens[source.first].lower)) return false;
    let k = source.first - 1;
    if (k > this.first && POSSESSIVE_DETERMINERS.has(tokens[k].lower)) k--;
    return k >= this.first && (tokens[k].lower === 'on' || tokens[k].lower === 'via');
  }

  /** `cueFrom`/`cueTo`: tokens of the cue phrase, underlined together with the name. */
  private attach(source: NamedSource, role: SourceRole, cueAt: number, cueFrom: number, cueTo: number, viaVerb: boolean): void {
    const { tokens } = this;
    const from = Math.min(source.first, cueFrom);
    const to = Math.max(source.end, cueTo);
    // "Senior Ukrainian operating staff", "repeated earlier Russian charges": a nationality names nobody
    if (!source.registered && !source.state && isNationality(source.name)) return;
    if (this.isPlatformVenue(source)) return;
    const existing = this.attachedByName.get(source.name);
    if (existing) {
      if (role === 'relay' && existing.viaVerb) existing.role = 'relay';
      return;
    }
    // "Kommersant's sources said": the outlet is the original of what people it does not name told it (the outlet
    // remembered for "the daily" next is the outlet alone)
    if (source.ownSources) {
      this.anonymous = true;
      source = { ...source, ownSources: undefined };
    }
    const attached: Attached = { source, role, cueAt, cueStart: tokens[from].start, cueEnd: tokens[to - 1].end, viaVerb };
    this.attached.push(attached);
    this.attachedByName.set(source.name, attached);
  }

  /** "Reuters reported that Peskov said ...": the outlet passes on what another source said. */
  private markOwnStories(sources: NamedSource[]): void {
    for (const source of sources) {
      const attached = this.attachedByName.get(source.name);
      if (attached && isMediaType(attached.source.type)) attached.ownStory = true;
    }
  }

  private demoteRelayingMedia(): void {
    // In one pass, not one scan per source: a long sentence may name thousands. Sources before
    // the one looked at count with the role just decided, those after with the role they had.
    // An outlet's closing report ("..., Yonhap said, AFP reported", "..., according to Yonhap, Reuters reported")
    // passes on what was said before it, an earlier outlet's report included: a later such report makes no earlier
    // source a relay, an earlier one makes it one. Names sharing one cue ("Reuters and TASS reported") report side
    // by side: neither relays the other.
    const { attached } = this;
    const n = attached.length;
    if (n < 2) {
      // one source relays nothing (an outlet alone stays the original)
      return;
    }
    const closingMedia = (a: Attached) => a.trailing === true && isMediaType(a.source.type);
    const groupEnd = new Int32Array(n + 1);
    groupEnd[n] = n;
    const laterOriginals = new Int32Array(n + 1);
    const latestLaterCue = new Float64Array(n + 1).fill(-1);
    for (let j = n - 1; j >= 0; j--) {
      const original = attached[j].role === 'original';
      groupEnd[j] = j + 1 < n && attached[j + 1].cueAt === attached[j].cueAt ? groupEnd[j + 1] : j + 1;
      laterOriginals[j] = laterOriginals[j + 1] + (original && !closingMedia(attached[j]) ? 1 : 0);
      // a trailing report ("..., TASS reported", "..., according to Yonhap") relays; it makes no earlier speaker a relay
      latestLaterCue[j] = Math.max(latestLaterCue[j + 1], original && !attached[j].trailing ? attached[j].cueAt : -1);
    }
    let earlierOriginals = 0;
    let earlierThanGroup = 0;
    let latestEarlierCue = -1;
    const cues = new Set<number>();
    for (const a of attached) if (a.role === 'original' && !a.trailing) cues.add(a.cueAt);
    for (let j = 0; j < n; j++) {
      const media = attached[j];
      if (j === 0 || attached[j - 1].cueAt !== media.cueAt) earlierThanGroup = earlierOriginals;
      if (media.role === 'original' && isMediaType(media.source.type) && !media.ownStory) {
        const other = media.viaVerb && !media.trailing
          ? Math.max(latestEarlierCue, latestLaterCue[j + 1]) > media.cueAt && !this.reportsInOwnClause(media, cues)
          : earlierThanGroup + laterOriginals[groupEnd[j]] > 0;
        if (other) media.role = 'relay';
      }
      if (media.role === 'original') {
        earlierOriginals++;
        latestEarlierCue = Math.max(latestEarlierCue, media.cueAt);
      }
    }
  }

  /**
   * "As TASS reported earlier, Peskov said ...", "Peskov said, as TASS reported, that ...": an outlet in an "as"
   * clause credits its report for what another speaker in the sentence said, so it passes that speaker on ("As
   * TASS reported, two drones were downed" names nobody else: TASS stays the original).
   */
  private relayAsReportedOutlet(): void {
    if (this.attached.length < 2) return;
    const speakers = this.attached.filter((a) => a.role === 'original' && !isMediaType(a.source.type));
    if (!speakers.length) return;
    for (const media of this.attached) {
      if (media.role !== 'original' || !media.viaVerb || media.ownStory || !isMediaType(media.source.type)) continue;
      if (media.cueAt < media.source.end || !this.opensAsClause(media.source.first)) continue;
      media.role = 'relay';
    }
  }

  /** "As the BBC", ", as state news agency TASS": "as" opening the sentence or after a comma stands before the name at `first`. */
  private opensAsClause(first: number): boolean {
    const { tokens } = this;
    let before = first - 1;
    for (let words = 0; before > this.first && words < MAX_OUTLET_DESCRIPTOR_WORDS && OUTLET_DESCRIPTOR_WORDS.has(tokens[before].lower); words++) before--;
    if (before > this.first && ARTICLES.has(tokens[before].lower)) before--;
    if (before < this.first || tokens[before].lower !== 'as') return false;
    return before === this.first || tokens[before - 1].text === ',';
  }

  /**
   * "The Daily Planet broke the news, and Jane Roe confirmed it": every other speaker's cue after the outlet's
   * stands past a clause break (", and", ", but", ";") that closes the outlet's own report, so the outlet passes
   * nothing on. The break is looked for a few words after the outlet's cue, no further.
   */
  private reportsInOwnClause(media: Attached, cues: ReadonlySet<number>): boolean {
    const { tokens } = this;
    const last = Math.min(this.end - 1, media.cueAt + MAX_OWN_CLAUSE_TOKENS);
    for (let k = media.cueAt + 1; k < last; k++) {
      if (cues.has(k) || OPENING_QUOTES.has(tokens[k].text)) return false;
      // ", and added that ...": the same subject goes on, its report with it
      if (tokens[k].text === ';' || (tokens[k].text === ',' && CLAUSE_JOINERS.has(tokens[k + 1].lower) && tokens[k + 2]?.pos !== 'VERB')) return true;
    }
    return false;
  }

  /**
   * "security researchers at Mandiant", "Researchers from the JKM
   * Technologies company and the University of Virginia did the study": the
   * bodies "the researchers" means in the sentences after.
   */
  private noteExperts(): void {
    const { tokens } = this;
    for (let k = this.first; k + 1 < this.end; k++) {
      if (!INTRODUCED_EXPERTS.has(tokens[k].lower)) continue;
      const home = this.expertsHome(k + 1);
      const atHome = home >= 0 && home < this.end ? this.joinedObjects(home).filter(isNonStateBody) : [];
      const bodies = atHome.length ? atHome : this.employerBefore(k).filter(isNonStateBody);
      if (!bodies.length) continue;
      this.memory.noteExperts(bodies);
      return;
    }
    this.memory.noteExperts([]);
  }

  /**
   * "researchers from the University of Oxford and the University of Cambridge": the bodies named from `at` on,
   * each joined to the one before by "and" (the object finder stops at the first).
   */
  private joinedObjects(at: number): NamedSource[] {
    const bodies = named(this.phrases.objectAfter(at));
    for (let joins = 0; joins < MAX_JOINED_HOMES && bodies.length; joins++) {
      const and = bodies[bodies.length - 1].end;
      if (and + 1 >= this.end || this.tokens[and].lower !== 'and') break;
      const next = named(this.phrases.objectAfter(and + 1));
      if (!next.length || next[0].first <= and) break;
      bodies.push(...next);
    }
    return bodies;
  }

  /**
   * "According to a commentary posted on Qianlong, a website run by the Beijing municipal government": an unnamed
   * piece on a site described as run by a body is that body's. Looks a bounded stretch ahead, within the clause.
   */
  private runnerOfDescribedSite(at: number): Referent | undefined {
    const { tokens } = this;
    for (let k = at; k + 3 < this.end && k - at <= MAX_SITE_LOOKAHEAD; k++) {
      const text = tokens[k].text;
      if (text === '.' || text === ';' || text === ':') return undefined;
      if (!ARTICLES.has(tokens[k].lower) || tokens[k].lower === 'the' || !SITE_NOUNS.has(tokens[k + 1].lower)) continue;
      if (!SITE_RUNNING_PARTICIPLES.has(tokens[k + 2].lower) || tokens[k + 3].lower !== 'by') continue;
      // the whole phrase up to the clause's end: "the Beijing municipal government", not the city alone
      let stop = k + 4;
      while (stop < this.end && stop - k <= MAX_SITE_LOOKAHEAD && !CLAUSE_BREAKS.has(tokens[stop].text)) stop++;
      const runner = stop > k + 4 ? this.resolver.resolveNounPhrase(k + 4, stop) : undefined;
      if (named(runner).length) return runner;
      // "the Beijing municipal government": a capitalised place and a lower-case body word, as written
      let start = k + 4;
      while (start < stop && !isCapitalized(tokens[start])) start++;
      const head = tokens[stop - 1].lower;
      if (start >= stop - 1 || (!GOVERNMENT_NOUNS.has(head) && !ORGANISATION_DESCRIPTORS.has(head))) return undefined;
      return { kind: 'named', sources: [this.resolver.bodyNamed(this.sentence.slice(start, stop), start, stop)] };
    }
    return undefined;
  }

  /**
   * "..., according to an SEC filing", "According to SEC filings, Acme submitted ...": a filing made with a
   * government body is the filer's document, not the body's (the guidelines' "a document: its publisher"). The
   * company the article is about (recalled as "the company" would be) speaks, or nobody; never the regulator.
   */
  private filerInsteadOfRegulator(start: number, end: number, object: Referent | undefined): Referent | undefined {
    const { tokens } = this;
    if (tokens[start].lower !== 'according') return object;
    const sources = named(object);
    // "according to a filing with the SEC": the filing is named before the body it went to
    const filedWith = end + 2 < this.end && ARTICLES.has(tokens[end].lower) && FILING_NOUNS.has(tokens[end + 1].lower) && tokens[end + 2].lower === 'with';
    if (!filedWith) {
      if (sources.length !== 1) return object;
      const [body] = sources;
      if (!isRegulator(body) || body.end >= this.end || !FILING_NOUNS.has(tokens[body.end].lower)) return object;
    } else if (sources.some((source) => !isRegulator(source))) {
      return object;
    }
    const filer = named(this.resolver.recall('organisation', start, end, 'company')).filter((source) => source.type === 'company' && !sources.some((body) => body.name === source.name));
    return filer.length ? { kind: 'named', sources: filer } : filedWith ? object : undefined;
  }

  /**
   * "Twilio's revenue grew 75%, according to a statement.": a statement no
   * one is named as issuing is the one whose figures the sentence gives (its
   * possessive owner, "its" the body before).
   */
  private ownerOfBareStatement(at: number): Referent | undefined {
    const { tokens } = this;
    if (at + 1 >= this.end || !ARTICLES.has(tokens[at].lower) || !OWN_STATEMENTS.has(tokens[at + 1].lower)) return undefined;
    if (at + 2 < this.end && tokens[at + 2].pos !== 'PUNCT') return undefined;
    for (let k = this.first + 1; k < at; k++) {
      if (!isPossessive(tokens[k])) continue;
      const owner = tokens[k - 1];
      if (!isCapitalized(owner)) return ORGANISATION_DESCRIPTORS.has(owner.lower) ? this.resolver.recall('organisation', k - 1, k, owner.lower) : undefined;
      const run = lastProperRun(tokens, this.first, k);
      return run ? this.resolver.resolveNounPhrase(run[0], k) : undefined;
    }
    return tokens[this.first].lower === 'its' ? this.resolver.recall('organisation', this.first, this.first + 1) : undefined;
  }

  /** "Piper Jaffray analysts led by Jane Roe", "Goldman Sachs economists": the employer named before the experts. */
  private employerBefore(experts: number): NamedSource[] {
    const run = experts > this.first && isCapitalized(this.tokens[experts - 1]) ? lastProperRun(this.tokens, this.first, experts) : undefined;
    // the one who employs analysts is no person, however its name reads ("Piper Jaffray")
    return run ? named(this.resolver.resolveNounPhrase(run[0], experts + 1)).map((s) => (s.type === 'person' ? { ...s, type: 'company' } : s)) : [];
  }

  /** Where the body after experts at `at` is named: "at X", "from X", ", led by researchers at X" (-1: none). */
  private expertsHome(at: number): number {
    if (EXPERT_LINKS.has(this.tokens[at].lower)) return at + 1;
    // "The researchers were from Harvard University": the copula before the link
    if (COPULAS.has(this.tokens[at].lower) && at + 1 < this.end && EXPERT_LINKS.has(this.tokens[at + 1].lower)) return at + 2;
    return this.phrases.leaderAfter(this.tokens[at].text === ',' ? at + 1 : at);
  }

  /** "The Conflict Observatory ... released an assessment": its publisher is who "the report notes" means next. */
  private notePublishedDocument(): void {
    const { tokens } = this;
    const k = this.releaseVerb;
    if (k < 0) return;
    let object = k + 1;
    const published = (at: number) => DOCUMENT_NOUNS.has(tokens[at].lower) || ISSUED_STATEMENTS.has(tokens[at].lower);
    while (object < this.end && object - k <= MAX_DOCUMENT_GAP && !published(object) && (tokens[object].text === ',' || !CLAUSE_BREAKS.has(tokens[object].text))) object++;
    if (object >= this.end || !published(object)) return;
    const [publisher] = named(this.phrases.subjectBefore(k));
    if (publisher) this.memory.notePublisher(publisher, tokens[object].lower);
  }

  /**
   * "The governor of the State Bank said ... He said": a body quoted through its holder's title alone speaks through a
   * person, so the "he" or "she" of the next sentences is that holder, and the body speaks again.
   */
  private noteUnnamedHolder(): void {
    const { tokens } = this;
    for (const a of this.attached) {
      if (a.role !== 'original' || a.source.type === 'person' || a.source.person || a.source.state) continue;
      // "the chief of General Staff and the Armed Forces commander Jane Roe": a title or name after the body is someone
      // the sentence names, whom "he" means instead
      const next = tokens[a.source.end];
      // "A Chinese Foreign Ministry spokesperson said ... He said": the body's unnamed holder spoke, whom "he" means next
      // (the title may close the span the body was found in: "Pentagon spokesman")
      const titled = a.source.end - 1 > a.source.first && HOLDER_TITLES.has(tokens[a.source.end - 1].lower) ? a.source.end : a.source.end + 1;
      const title = tokens[titled - 1];
      const after = titled < this.end ? tokens[titled] : undefined;
      // (only a holder the sentence introduces as "a" spokesman: "the President stressed" means one named before)
      const article = tokens[a.source.first].lower === 'a' || tokens[a.source.first].lower === 'an' ? a.source.first : a.source.first - 1;
      const unnamed = article >= this.first && (tokens[article].lower === 'a' || tokens[article].lower === 'an');
      if (unnamed && title && HOLDER_TITLES.has(title.lower) && !(after && (isCapitalized(after) || TITLE_WORDS.has(after.lower) || HOLDER_TITLES.has(after.lower)))) {
        this.memory.notePassingPerson(a.source);
        continue;
      }
      if (next && (isCapitalized(next) || HOLDER_TITLES.has(next.lower) || TITLE_WORDS.has(next.lower))) continue;
      let k = a.source.first - 1;
      if (k >= this.first && tokens[k].lower === 'the') k--;
      if (k - 1 >= this.first && tokens[k].lower === 'of' && HOLDER_TITLES.has(tokens[k - 1].lower)) this.memory.notePassingPerson(a.source);
    }
  }

  /** A registered body opening a sentence without a cue ("The ECB kept rates ...") is what a following "its" means. */
  private noteTopic(): void {
    if (this.attached.length) return;
    this.noteOfficeHolder();
    this.noteDiplomat();
    noteIntroduction(this.sentence, this.resolver, this.phrases, this.memory);
    // a company the market report or its description opened with, by name ("Norvale Devices shares fell")
    const company = this.sharesOf() ?? this.sharesAfterName() ?? this.unregisteredCompanyAfterDescription();
    if (company) {
      this.memory.noteTopic(company);
      return;
    }
    const described = this.companyAfterDescription();
    const opening = described ?? this.sentence.mentionsStartingIn(this.first, this.first + 2)[0];
    if (!opening) this.noteQuietName();
    if (!opening?.outlet || opening.state) return;
    if (!described && opening.first === this.first + 1 && this.tokens[this.first].lower !== 'the') return;
    // "They" may mean it only when the sentence named no one else ("Kyiv's president called 3 leaders. They confirmed ...")
    this.memory.noteTopic(this.resolver.fromMention(opening), this.sentence.countMentionsWithin(this.first, this.end) === 1);
  }

  /**
   * "Norvale Semiconductor posted a record quarter.", "Acme Motors, the Oslo-based firm, booked a loss.": an unregistered
   * name opening a sentence that quotes nobody, as its subject (a lower-case verb next, or an
   * appositive ending in a company's description and then the verb), is the company a later "the chipmaker" means.
   */
  private noteQuietName(): void {
    const { tokens } = this;
    // "Dubai-based Emirates had to cancel ...": a company's home written before it says a company follows,
    // so the name after it is what a later trade ("the airline") means
    const start = this.placeBasedEnd(this.first) ?? this.first;
    let end = start;
    while (end < this.end && end - start < MAX_QUIET_NAME_WORDS && isCapitalized(tokens[end]) && tokens[end].pos === 'PROPN') end++;
    if (end === start || end >= this.end || this.sentence.anyMentionStartingIn(start, end)) return;
    let verbAt = end;
    let described = false;
    // "Norvale Devices (ticker: NDV) saw", "Acme (NYSE: ACM) said": the stock's ticker in brackets after the name
    const ticker = this.tickerAfter(end);
    if (ticker !== undefined) verbAt = ticker;
    else if (tokens[end].text === ',' && ARTICLES.has(tokens[end + 1]?.lower ?? '')) {
      let k = end + 1;
      while (k < this.end && k - end <= MAX_COMPANY_APPOSITIVE && tokens[k].text !== ',') k++;
      if (k >= this.end || tokens[k].text !== ',' || !this.appositiveDescribesCompany(end + 2, k)) return;
      described = true;
      verbAt = k + 1;
    }
    const verb = tokens[verbAt];
    if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || isCapitalized(verb)) return;
    const source = this.resolver.unregisteredName(start, end);
    if (source.state || !(source.type === 'company' || source.type === 'unknown' || source.type === 'person')) return;
    // one word ("Nokia") may be a common noun the tagger read as a name ("Air alerts were sounding"): only a trade means it
    const oneWord = end - start === 1;
    if (oneWord && this.sentence.writtenInLowerCase(start)) return;
    this.memory.noteQuietName(source, !described && (source.type === 'person' || oneWord), oneWord);
  }

  /**
   * Whether the appositive's words [from, to), its article left out, say the name before it is a company: by their last
   * word (", the Oslo-based firm,") or by the head a relative clause follows (", a company that manufactures tooling
   * products,", the Johnson City Press), whose own last word says nothing of the name.
   */
  private appositiveDescribesCompany(from: number, to: number): boolean {
    const { tokens } = this;
    if (isCompanyDescriptionHead(tokens[to - 1].lower)) return true;
    const clause = tokens.slice(from, to).findIndex((t) => APPOSITIVE_RELATIVE_OPENERS.has(t.lower));
    return clause > 0 && isCompanyDescriptionHead(tokens[from + clause - 1].lower);
  }

  /** The token after a stock's ticker in brackets opening at `k` ("(ticker: NDV)", "(NYSE: ACM)", "(ACM)"), if one does. */
  private tickerAfter(k: number): number | undefined {
    const { tokens } = this;
    if (tokens[k]?.text !== '(') return undefined;
    let close = k + 1;
    while (close < this.end && close - k <= MAX_TICKER_TOKENS && tokens[close].text !== ')') close++;
    if (close >= this.end || tokens[close].text !== ')' || close === k + 1) return undefined;
    // the symbol itself is written in capitals ("NDV", "BRK.B"); the words before it end in a colon
    if (!/^[A-Z][A-Z0-9.]*$/.test(tokens[close - 1].text)) return undefined;
    if (close - 1 > k + 1 && tokens[close - 2].text !== ':') return undefined;
    return close + 1;
  }

  /**
   * "South Korean tech giant Samsung is suspending ...", "Chipmaker Intel
   * will ...": a registered company opening the sentence after words that
   * describe it, the last a company's trade or kind ("giant", "chipmaker").
   */
  private companyAfterDescription(): ReturnType<SentenceTokens['mentionsStartingIn']>[number] | undefined {
    const k = this.companyDescriptionHead();
    if (k < 0) return undefined;
    const mention = this.sentence.mentionsStartingIn(k + 1, k + 2)[0];
    return mention?.type === 'company' ? mention : undefined;
  }

  /**
   * "The Irish software company CBT fell 20%", "Cellular provider Norvale Mobile expects": an unregistered name after
   * words describing a company, opening the sentence as its subject (a lower-case verb next), is that company, which
   * "the company" and "it" mean next.
   */
  private unregisteredCompanyAfterDescription(): NamedSource | undefined {
    const { tokens } = this;
    const head = this.companyDescriptionHead();
    if (head < 0 || this.sentence.anyMentionStartingIn(head + 1, head + 2)) return undefined;
    let end = head + 1;
    while (end < this.end && end - head <= MAX_QUIET_NAME_WORDS && isNameWord(tokens[end])) end++;
    const verb = tokens[end];
    if (end === head + 1 || !verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || isCapitalized(verb)) return undefined;
    const source = this.resolver.unregisteredName(head + 1, end);
    return source.state || source.type === 'person' ? undefined : { ...source, type: 'company' };
  }

  /** Where the words describing a company that open the sentence end with its trade or kind ("giant"); -1: none. */
  private companyDescriptionHead(): number {
    const { tokens } = this;
    let k = this.first;
    while (k < this.end && k - this.first < MAX_COMPANY_DESCRIPTION && !isCompanyDescriptionHead(tokens[k].lower)) {
      // a nationality or a trade ("South Korean tech"); no verb or break
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT') return -1;
      k++;
    }
    return k < this.end && isCompanyDescriptionHead(tokens[k].lower) ? k : -1;
  }

  /**
   * "Shares of eBay Inc. fell ...", "Shares of cloud communications company
   * Twilio fell ...", "A downgrade sent shares of Dallas-based Norvale Online
   * down": a market report about a company's shares is about that company,
   * which "the company" means next.
   */
  private sharesOf(): NamedSource | undefined {
    const { tokens } = this;
    let opener = this.first;
    while (opener + 2 < this.end && !(tokens[opener].lower === 'shares' && SHARE_PREPOSITIONS.has(tokens[opener + 1].lower))) opener++;
    if (opener + 2 >= this.end) return undefined;
    let k = opener + 2;
    while (k < this.end && k - opener < MAX_SHARES_LEAD && !isNameWord(tokens[k]) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].lower === 'the')) k++;
    if (k >= this.end || !isNameWord(tokens[k])) return undefined;
    // "Dallas-based Norvale Online", "Woodland Hills-based Norvale": the company's home is no part of its name
    const home = this.placeBasedEnd(k);
    if (home !== undefined) k = home;
    if (k >= this.end || !isNameWord(tokens[k])) return undefined;
    const mention = this.sentence.mentionsStartingIn(k, k + 1)[0];
    if (mention?.state) return undefined;
    if (mention) return { ...this.resolver.fromMention(mention), type: 'company' };
    let end = k + 1;
    while (end < this.end && end - k < MAX_SHARES_NAME && (isNameWord(tokens[end]) || (tokens[end].text === '.' && end + 1 < this.end && !CLAUSE_BREAKS.has(tokens[end + 1].text) && tokens[end - 1].text.length <= 4))) end++;
    // "Shares of the Internet switch maker": a capitalised word describing a trade names no company
    if (tokens[k - 1].lower === 'the' && end < this.end && /^\p{Ll}/u.test(tokens[end].text) && [end, end + 1].some((j) => j < this.end && isCompanyDescriptionHead(tokens[j].lower))) return undefined;
    return { ...this.resolver.unregisteredName(k, end), type: 'company' };
  }

  /**
   * "Alpha MOS shares fell 20%", "Norvale Devices' shares rose", "Norvale stock slid": a name opening the sentence
   * before its shares is the company the market report is about, as "Shares of Norvale" is. One word may be a
   * market's or a trade's ("Bank shares fell", "Asian shares rose"): only a registered name, one in capitals ("MTN")
   * or one glued in mixed case ("eBay"), and never a country.
   */
  private sharesAfterName(): NamedSource | undefined {
    const { tokens } = this;
    // "Chipmaker Norvale Devices' shares fell": the trade written before the name is no part of it
    const first = this.tradeBeforeName() ? this.first + 1 : this.first;
    let end = first;
    while (end < this.end && end - first < MAX_SHARES_NAME && isNameWord(tokens[end])) end++;
    if (end === first) return undefined;
    // "Norvale Devices' shares", "Norvale's shares": the possessive between
    let shares = end;
    if (isPossessive(tokens[shares]) || tokens[shares]?.text === "'" || tokens[shares]?.text === '’') shares++;
    if (shares + 1 >= this.end || !OWN_SHARE_WORDS.has(tokens[shares].lower)) return undefined;
    const verb = tokens[shares + 1];
    if (!(verb.pos === 'VERB' || verb.pos === 'AUX') || isCapitalized(verb)) return undefined;
    const mention = this.sentence.mentionsStartingIn(first, first + 1)[0];
    if (mention) return mention.state || mention.end !== end ? undefined : { ...this.resolver.fromMention(mention), type: 'company' };
    if (end - first === 1 && !/^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u.test(tokens[first].text)) return undefined;
    const source = this.resolver.unregisteredName(first, end);
    return source.state || countryCodeOfName(source.name) || isNationality(source.name) ? undefined : { ...source, type: 'company' };
  }

  /**
   * The sentence opens with a company's trade written capitalised before a name ("Chipmaker Norvale", "Drugmaker
   * Acme"), not with a word that may open a company's own name ("Giant Eagle", "Bank Leumi", "Group Lotus").
   */
  private tradeBeforeName(): boolean {
    const { tokens, first } = this;
    const word = tokens[first].lower;
    return first + 1 < this.end && isCompanyDescriptionHead(word) && !NAME_OPENING_KINDS.has(word) && isCapitalized(tokens[first + 1]);
  }

  /** The token after a home joined to "-based" that starts at `k` ("Dallas-based", "Woodland Hills-based", "Hills - based"). */
  private placeBasedEnd(k: number): number | undefined {
    const { tokens } = this;
    for (let j = k; j < this.end && j - k < MAX_PLACE_BASED_WORDS; j++) {
      if (/^\p{Lu}[\p{L}.]*-based$/u.test(tokens[j].text)) return j + 1;
      if (tokens[j].text === '-' && tokens[j + 1]?.lower === 'based') return j + 2;
      if (!isNameWord(tokens[j])) return undefined;
    }
    return undefined;
  }

  /**
   * "Jane Roe, an analyst at Brightwater Capital, said": the firm speaks through an expert it employs, about the company
   * the story is about, which a later "the chemical maker said" still means.
   */
  private analystsEmployer(source: NamedSource): boolean {
    const k = source.first - 1;
    return k - 1 >= this.first && EXPERT_LINKS.has(this.tokens[k].lower) && EXPERT_NOUNS.has(this.tokens[k - 1].lower);
  }

  /**
   * "analysts surveyed by FactSet had expected", "According to Thomson Reuters, analysts on average were expecting",
   * "the average of estimates compiled by Bloomberg": a data firm that gathers the market's forecasts about the company
   * the story is about, which "the company" and its chief executive still mean after it.
   */
  private consensusProvider(source: NamedSource): boolean {
    const { tokens } = this;
    const k = source.first - 1;
    if (k - 1 >= this.first && tokens[k].lower === 'by' && CONSENSUS_GATHERING.has(tokens[k - 1].lower)) return true;
    if (!(k - 1 >= this.first && tokens[k].lower === 'to' && tokens[k - 1].lower === 'according')) return false;
    for (let j = source.end; j < this.end && j - source.end <= MAX_CONSENSUS_GAP; j++) if (CONSENSUS_FORECASTERS.has(tokens[j].lower)) return true;
    // "Analysts had expected revenue of $3.9 billion, according to FactSet": the forecasters open the sentence
    for (let j = this.first; j < k - 1 && j - this.first <= MAX_CONSENSUS_GAP; j++) if (CONSENSUS_FORECASTERS.has(tokens[j].lower)) return true;
    return false;
  }

  /** "Analysts from BTIG", "researchers at Norvale": the source is the home of the experts named before it, a known speaker. */
  private expertsOf(source: NamedSource): boolean {
    const k = source.first - 1;
    return k - 1 >= this.first && EXPERT_LINKS.has(this.tokens[k].lower) && INTRODUCED_EXPERTS.has(this.tokens[k - 1].lower);
  }

  /**
   * "Belarusian Ambassador to Tehran Dmitry Koltsov met ...", "envoy Jane Roe": the ambassador named, whom "the
   * envoy" and "the Belarusian ambassador" mean in the next sentences (never the last speaker).
   */
  private noteDiplomat(): void {
    const { tokens } = this;
    for (let k = this.first; k < this.end - 1; k++) {
      if (!DIPLOMAT_TITLES.has(tokens[k].lower)) continue;
      let from = k + 1;
      // "Ambassador to Tehran", "envoy to the United Nations": where he is posted stands before his name
      const posted = tokens[from].lower === 'to';
      if (posted) from += tokens[from + 1]?.lower === 'the' ? 2 : 1;
      let to = from;
      while (to < this.end && to - from < MAX_DIPLOMAT_RUN && isCapitalized(tokens[to])) to++;
      const start = posted ? Math.max(from + 1, to - 2) : from;
      const person = to - start >= 2 ? this.resolver.personIn(start, to) : undefined;
      if (person && guessSourceType(person) === 'person') {
        this.memory.rememberHolder(personSource(person, start, to, POINTED_CONFIDENCE), 'diplomat');
      }
    }
  }

  /**
   * "deputy Jane Roe published ...", "Rada deputy from the Zarya Party Jane Roe said": the member named, whom
   * "the parliamentarian", "the lawmaker" and "the deputy" mean in the next sentences (never the last speaker).
   * A capitalised title before another title ("Deputy Foreign Minister") is no legislator's.
   */
  private noteLegislator(): void {
    const { tokens } = this;
    for (let k = this.first; k < this.end - 1; k++) {
      if (!LEGISLATOR_TITLES.has(tokens[k].lower) || isTitle(tokens[k + 1])) continue;
      const from = this.afterParty(k + 1);
      let to = from;
      while (to < this.end && to - from < MAX_DIPLOMAT_RUN && isCapitalized(tokens[to])) to++;
      const person = to - from >= 2 ? this.resolver.personIn(from, to) : undefined;
      if (person && guessSourceType(person) === 'person') {
        this.memory.rememberHolder(personSource(person, from, to, POINTED_CONFIDENCE), 'legislator');
      }
    }
  }

  /** After "from the Zarya Party" / "of the Zarya faction" at `at`, where the name begins; else `at`. */
  private afterParty(at: number): number {
    const { tokens } = this;
    if (tokens[at]?.lower !== 'from' && tokens[at]?.lower !== 'of') return at;
    for (let k = at + 1; k < this.end && k - at <= MAX_PARTY_WORDS; k++) {
      if (PARTY_WORDS.has(tokens[k].lower) && isCapitalized(tokens[k])) return k + 1;
    }
    return at;
  }

  /**
   * "President of Ukraine Volodymyr Zelenskyy met ...": the office holder is
   * who "the President", "he" and "Zelenskyy" mean in the next sentences,
   * even where this one quotes nobody.
   */
  private noteOfficeHolder(surnamesOnly = false): void {
    for (const mention of this.sentence.mentions) {
      if (!mention.office) continue;
      // "the Health Secretary, Matt Hancock, at ...": the holder may stand in apposition after a comma
      const from = this.tokens[mention.end]?.text === ',' && mention.end + 1 < this.end ? mention.end + 1 : mention.end;
      let to = from;
      while (to < this.end && to - from < 4 && isCapitalized(this.tokens[to])) to++;
      if (from > mention.end && to < this.end && this.tokens[to].text !== ',' && this.tokens[to].text !== '.') continue;
      const person = this.resolver.personIn(from, to);
      if (!person) continue;
      const holder = this.resolver.fromMention(mention, person);
      if (!surnamesOnly) {
        this.memory.rememberHolder(holder, mention.office);
        continue;
      }
      // "Kim expressed ..." after "overseen by North Korean leader Kim Jong Un, KCNA reported": the holder's names,
      // not whom "he" means (the sentence quoted someone else)
      const words = person.split(/\s+/);
      if (words.length < 2) continue;
      this.memory.rememberSurnames([words[words.length - 1]], holder);
      this.memory.rememberSurnamesOnce([words[0]], holder);
    }
  }

  /**
   * "Bloomberg reported, citing people familiar with the matter", "two
   * officials told the FT": a relay passes on a named original; with none
   * named, the outlet is the source and the claim anonymous.
   */
  private promoteOutletsOfUnnamedSources(): void {
    // "An unnamed source told Al Arabiya ..., but the US did say ...": the outlet's account stays its own whatever
    // other source the sentence names
    for (const a of this.attached) if (a.toldByUnnamed) a.role = 'original';
    if (!this.anonymous || this.attached.some((a) => a.role === 'original')) return;
    for (const a of this.attached) a.role = 'original';
  }

  /**
   * "Kirby said the ministry had confirmed that ...", "Benham said NORAD had
   * determined that ...": a speaker whose reported clause is itself a named
   * source's report passes that report on, so the speaker relays it.
   */
  private relayNestedReports(): void {
    // a nested report needs two sources, the speaker and the one it reports
    if (this.attached.length < 2) return;
    const { tokens } = this;
    const reportersAt = new Map<number, Attached>();
    for (const a of this.attached) if (a.role === 'original' && a.viaVerb) reportersAt.set(a.source.first, a);
    const ownStance = new Set<Attached>();
    for (const speaker of this.attached) {
      if (speaker.role !== 'original' || !speaker.viaVerb || speaker.trailing) continue;
      // "The ministry denied that Jane Roe said in an interview with Al Jazeera that ...": a denial passes on nothing it
      // rejects; the one it says spoke (below) and the outlet spoken to are no sources of the denial
      if (DENIAL_VERBS.has(tokens[speaker.cueAt].lower) && tokens[speaker.cueAt + 1]?.lower === 'that') {
        for (const a of this.attached) if (a.role === 'relay' && a.cueAt > speaker.cueAt && !a.trailing && this.isAudienceCue(a.cueAt)) ownStance.add(a);
      }
      let k = speaker.cueAt + 1;
      while (k < this.end && k <= speaker.cueAt + 2 && (tokens[k].lower === 'that' || tokens[k].lower === 'the')) k++;
      const nested = reportersAt.get(k);
      // "Acme rejected the Guardian story that reported ...": the outlet's story is the speaker's object, no nested report
      const story = nested !== undefined && OUTLET_STORY_NOUNS.has(tokens[nested.source.end]?.lower ?? '');
      if (!nested || nested === speaker || nested.cueAt <= speaker.cueAt || story) continue;
      // "Wang said that China welcomes the agreement", "the minister said Ruritania supports the plan": a speaker
      // stating a country's stance (a statement's own verb) speaks for it, no report of the country's passed on
      // "Suga said Biden apologized": an apology another speaker tells of is that speaker's news, the apologiser no source
      const ownNews = APOLOGY_VERBS.has(tokens[nested.cueAt].lower);
      if (ownNews || (nested.source.state && !nested.source.person && !isMediaType(speaker.source.type) && isStatementVerb(tokens[nested.cueAt].lower))) {
        ownStance.add(nested);
        continue;
      }
      if (DENIAL_VERBS.has(tokens[speaker.cueAt].lower)) {
        ownStance.add(nested);
        continue;
      }
      speaker.role = 'relay';
    }
    if (!ownStance.size) return;
    const kept = this.attached.filter((a) => !ownStance.has(a));
    this.attached.length = 0;
    this.attached.push(...kept);
    for (const a of ownStance) if (this.attachedByName.get(a.source.name) === a) this.attachedByName.delete(a.source.name);
  }

  /** The cue at `at` names whom words were given to ("told X", "in an interview with X"), no report of an outlet's. */
  private isAudienceCue(at: number): boolean {
    const word = this.tokens[at].lower;
    return VERB_CUES.has(word) || !REPORTING_VERBS.has(word);
  }

  private result(): SentenceAttribution {
    this.relayNestedReports();
    this.promoteOutletsOfUnnamedSources();
    const sources: ClaimSource[] = this.attached.map((a) => toClaimSource(a));
    sources.sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1));
    const unregistered = this.attached.filter((a) => !a.source.registered && a.source.type !== 'person' && !a.source.state).map((a) => a.source.name);
    for (const a of this.attached) this.memory.remember(a.source, a.role === 'relay', this.analystsEmployer(a.source), this.consensusProvider(a.source));
    if (this.unnamedPersonSpoke && !this.attached.some((a) => a.source.type === 'person' || a.source.person)) this.memory.forgetPerson();
    this.noteUnnamedHolder();
    // (unless every original only measured a figure, the report a later "the report added" means is another's)
    const voices = this.attached.filter((a) => a.role === 'original' && !a.measured);
    if (voices.length || !this.attached.some((a) => a.measured)) this.memory.noteVoices(voices.map((a) => a.source));
    // "The United States condemns ...": a voice a later "We urge" still means, whoever the statement quotes in between
    this.memory.noteStatementVoices(this.attached.filter((a) => a.role === 'original' && (a.statement || isStatementVerb(this.tokens[a.cueAt].lower))).map((a) => a.source));
    noteAffiliations(this.sentence, this.resolver, this.memory);
    if (!this.attached.length) notePersonOfQuietSentence(this.sentence, this.memory);
    noteUnnamedBodies(this.sentence, this.memory, this.unnamedBodyNouns);
    if (!this.attached.length) noteNamedBodies(this.sentence, this.memory);
    if (!this.attached.length) noteBodiesByKind(this.sentence, this.resolver, this.memory);
    if (!this.attached.length) noteActingBody(this.sentence, this.resolver, this.memory);
    notePoliceForce(this.sentence, this.resolver, this.memory);
    this.noteExperts();
    this.notePublishedDocument();
    this.noteLegislator();
    // an office holder named in a sentence that quoted someone else: whom his surname means later
    if (this.attached.length) this.noteOfficeHolder(true);
    this.noteTopic();
    return { sources, anonymous: this.anonymous, unregistered };
  }
}

/** Titles of one person who holds a body's office ("the governor of", "the head of"): whom "he" or "she" means next. */
const HOLDER_TITLES = new Set(['governor', 'head', 'chairman', 'chairwoman', 'president', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'minister', 'secretary', 'commander']);

/** "condemns", "urged", "welcomes", "deplores": what a statement does in its own voice. */
function isStatementVerb(word: string): boolean {
  return ISSUER_VOICE_VERBS.has(word) || (word.endsWith('s') && ISSUER_VOICE_VERBS.has(word.slice(0, -1))) || DEPLORING_VERBS.has(word);
}

const DEPLORING_VERBS = new Set(['deplore', 'deplores', 'deplored']);

/** A word of a name: capitalised, or a camel-cased brand ("eBay", "iRobot"). */
const isNameWord = (token: Token) => isCapitalized(token) || /^\p{Ll}+\p{Lu}/u.test(token.text);

/** A body, not a person or a country: registered, typed by its name ("... Office") or an abbreviation ("GAO"). */
function isBody(source: NamedSource): boolean {
  if (!isNonStateBody(source)) return false;
  return source.registered || source.type !== 'unknown' || looksLikeAbbreviation(source.name);
}

function toClaimSource({ source, role, cueStart, cueEnd }: Attached): ClaimSource {
  const out: ClaimSource = {
    name: source.name,
    role,
    type: source.type,
    registered: source.registered,
    confidence: source.confidence,
    cue: { start: cueStart, end: cueEnd },
  };
  if (source.outletId) out.outletId = source.outletId;
  if (source.person) out.person = source.person;
  return out;
}

/**
 * A label the page sets aside ("President of Ukraine" above a presidency's
 * news) still says whose office "the Head of State" is, until a sentence
 * names a holder.
 */
export function noteLabel(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory): void {
  const sentence = new SentenceTokens(ctx, first, end);
  const resolver = new ReferentResolver(sentence, memory, () => undefined);
  for (const mention of sentence.mentions) {
    if (mention.office && mention.first === first && !memory.holderOf(mention.office)) memory.rememberHolder(resolver.fromMention(mention), mention.office);
  }
}

/**
 * A label above a text that names a body ("The press release issued by the
 * Foreign Office", "GAO Testimony", "President of Ukraine", "Dr Jane Roe,
 * UKHSA Director, said:") says who issues the text: whom "we" means in it.
 * A headline names what the text is about, so only these forms count: an
 * issuing formula, the body's name alone (with a kind of text), or a
 * speaker introducing the text. `newBlock`: the label follows prose, so it
 * heads the next text of the page.
 */
export function noteIssuerLabel(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory, newBlock: boolean, formulaOnly: boolean): boolean {
  const { tokens } = ctx;
  let stop = end;
  while (stop > first && (tokens[stop - 1].pos === 'PUNCT' && tokens[stop - 1].text !== ':')) stop--;
  if (onlyLabelWords(tokens, first, stop) && hasStatementWord(tokens, first, stop)) memory.noteStatementPage();
  const introduces = stop - first >= 3 && tokens[stop - 1].text === ':' && REPORTING_VERBS.has(tokens[stop - 2].lower);
  const opener = issuingFormulaEnd(tokens, first, stop);
  if (!introduces && opener < 0) {
    if (formulaOnly) return false;
    // "Secretary of State" above a release, or "Jane Roe, Department Spokesperson": the office in the country the page is about
    const title = officeTitleAlone(ctx, first, stop) ?? officeTitleAlone(ctx, signatoryEnd(tokens, first, stop) + 1, stop);
    if (title) {
      memory.noteIssuer(title, newBlock);
      return true;
    }
    // the name alone: every word around it is a label word; after a dash, a date or place may follow
    // ("CDC-verified tests" is one word: a dash standing apart only)
    for (let k = first + 1; k < stop; k++) if (DASHES.has(tokens[k].text) && tokens[k].start > tokens[k - 1].end) stop = k;
  }
  const sentence = new SentenceTokens(ctx, first, end);
  const resolver = new ReferentResolver(sentence, memory, () => undefined);
  for (const mention of sentence.mentionsStartingIn(opener < 0 ? first : opener, stop)) {
    if (mention.state || (mention.countryless && !mention.outlet) || mention.type === 'person' || isMediaType(mention.type)) continue;
    // the name alone: nothing but label words on either side of it
    if (!introduces && opener < 0 && !(onlyLabelWords(tokens, first, mention.first) && onlyLabelWords(tokens, mention.end, stop))) return false;
    memory.noteIssuer(resolver.fromMention(mention), newBlock);
    return true;
  }
  return false;
}

/**
 * "Previous editions of this report, which CBO publishes annually, are
 * available ...": the text says who publishes it, so that body is its issuer
 * (whom "This report describes", "we found" mean), even in a note set aside.
 */
export function noteOwnPublisher(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory): void {
  const { tokens } = ctx;
  for (let which = first + 3; which + 2 < end; which++) {
    if (tokens[which].lower !== 'which' || tokens[which - 1].text !== ',' || !DOCUMENT_NOUNS.has(tokens[which - 2].lower) || tokens[which - 3].lower !== 'this') continue;
    const sentence = new SentenceTokens(ctx, first, end);
    const resolver = new ReferentResolver(sentence, memory, () => undefined);
    const phrases = new PhraseFinder(sentence, resolver);
    let verb = which + 1;
    while (verb < end && verb - which <= MAX_PHRASE_TOKENS && !RELEASING_VERBS.has(tokens[verb].lower) && !CLAUSE_BREAKS.has(tokens[verb].text)) verb++;
    if (verb >= end || !RELEASING_VERBS.has(tokens[verb].lower)) return;
    const [publisher] = named(phrases.subjectBefore(verb));
    if (publisher && publisher.type !== 'person' && !publisher.state) memory.noteIssuer(publisher, false);
    return;
  }
}

/** A label that is an office's title and nothing else ("Secretary of State"): its body in the article's country. */
function officeTitleAlone(ctx: MentionContext, first: number, end: number): NamedSource | undefined {
  const { tokens } = ctx;
  const words: string[] = [];
  for (let k = first; k < end; k++) if (tokens[k].lower !== 'the') words.push(tokens[k].lower);
  const office = officeOfTitle(words);
  if (!office || office === 'commission') return undefined;
  if (ctx.country === undefined) ctx.country = contextCountry(tokens) ?? null;
  if (!ctx.country) return undefined;
  const body = officeInCountry(ctx.registry, ctx.country, { first, end, office, name: '' });
  if (!body.outlet) return undefined;
  return { name: body.outlet.name, type: body.outlet.type, registered: true, outletId: body.outlet.id, first, end, confidence: 0.9 };
}

/** The comma after a name that opens a label ("Morgan Ortagus, Department Spokesperson"), or `end` when there is none. */
function signatoryEnd(tokens: Token[], first: number, end: number): number {
  let k = first;
  while (k < end && isCapitalized(tokens[k]) && k - first < MAX_SIGNATORY_WORDS) k++;
  return k > first && k < end && tokens[k].text === ',' ? k : end;
}

const MAX_SIGNATORY_WORDS = 4;

/** Experts introduced with the bodies they work at ("researchers at X", "scientists from X"). */
const INTRODUCED_EXPERTS = new Set(['researchers', 'scientists', 'experts', 'analysts', ...RESEARCH_TEAMS]);
const EXPERT_LINKS = new Set(['at', 'from', 'with']);
/** Tokens of an abbreviation in brackets after a name: "(", "JCS", ")". */
const MAX_ABBREVIATION_BRACKET = 3;
/** Verbs of an appeal, which report only as an appeal to people or for something ("appealed to residents", "appealed for calm"). */
const APPEAL_VERBS = new Set(['appeal', 'appeals', 'appealed']);
const APPEAL_LINKS = new Set(['to', 'for']);
/** Participles of a data firm gathering forecasts: "analysts surveyed by FactSet", "estimates compiled by Bloomberg". */
const CONSENSUS_GATHERING = new Set(['surveyed', 'polled', 'compiled', 'tracked', 'gathered', 'collected']);
/** Whose forecasts "According to X, analysts ..." reports. */
const CONSENSUS_FORECASTERS = new Set(['analysts', 'economists', 'estimates', 'consensus']);
/** Words between "According to X" and the forecasters (", analysts"; ", Wall Street analysts"). */
const MAX_CONSENSUS_GAP = 4;

/** "both sides", "the two presidents": the parties a readout reports together. */
const READOUT_PARTIES = new Set(['sides', 'presidents', 'leaders', 'parties', 'ministers', 'delegations', 'governments', 'countries']);

const DASHES = new Set(['-', '–', '—', '|']);

/** What may follow the last word of a sentence. */
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', ')', ...CLOSING_QUOTES]);

/** "The press release issued by", "The speech made by", "Statement by", "Source:": where the issuer's name may start (-1: none). */
function issuingFormulaEnd(tokens: Token[], first: number, end: number): number {
  let k = first;
  if ((tokens[k]?.lower === 'source' || tokens[k]?.lower === 'from') && tokens[k + 1]?.text === ':') return k + 2;
  if (tokens[k]?.lower === 'the') k++;
  for (let to = k; to < end && to < k + ISSUING_FORMULA_MAX; to++) {
    const word = tokens[to].lower;
    if (word === 'by') return to > k && ISSUING_WORDS.has(tokens[to - 1].lower) ? to + 1 : -1;
    if (!ISSUING_WORDS.has(word) && !LABEL_WORDS.has(word)) return -1;
  }
  return -1;
}

const ISSUING_FORMULA_MAX = 5;

function hasStatementWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (STATEMENT_LABEL_WORDS.has(tokens[k].lower)) return true;
  return false;
}

function onlyLabelWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!LABEL_WORDS.has(tokens[k].lower) && tokens[k].pos !== 'PUNCT') return false;
  return true;
}

export function attributeSentence(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory): SentenceAttribution {
  const attribution = new SentenceAttributor(ctx, first, end, memory).run();
  for (const source of attribution.sources) if (source.registered) source.name = nameInArticleYear(ctx, source.name);
  return attribution;
}
