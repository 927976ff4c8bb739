import type { Token } from '../text/tokenize.js';
import { DASH_TOKENS, isPossessive } from '../text/tokenize.js';
import { countryBeforeTitle } from './affiliations.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import {
  OFFICE_BODY_HEADS,
  ABSTRACT_NOUN_ENDINGS,
  ABSTRACT_NOUNS,
  ARTICLES,
  CALENDAR_NAMES,
  CAPITALS,
  DIPLOMAT_TITLES,
  AFFILIATION_WORDS,
  ANONYMOUS_HEADS,
  CAPITALISED_FUNCTION_WORDS,
  CLOSING_QUOTES,
  DOCUMENT_NOUNS,
  CORPORATE_TITLES,
  DOCUMENT_TITLE_HEADS,
  EXPERT_NOUNS,
  GENERIC_PLURAL,
  GENERIC_PLURAL_WORDS,
  GOVERNMENT_DESCRIPTIONS,
  GOVERNMENT_NOUNS,
  UNNAMED_GOVERNMENT_LEVELS,
  LEVEL_OFFICE_HEADS,
  LED_GROUP_HEADS,
  DESCRIPTION_WORD_SENSES,
  SOURCE_NOUNS,
  NATIONAL_LEVEL_WORDS,
  LEGAL_DOCUMENTS,
  MARKET_CONSENSUS_NAMES,
  MEDIA_DESCRIPTIONS,
  OWN_SOURCE_WORDS,
  MEMBER_NOUNS,
  NAME_ARTICLE_PARTICLES,
  NAME_CONNECTORS,
  SURNAME_PARTICLES,
  NEWS_OUTLET_TYPES,
  OUTLET_WORK_HEADS,
  NAME_TYPE_WORDS,
  OFFICE_RANKS,
  OFFICE_SPOKESPEOPLE,
  OPENING_QUOTES,
  ORGANISATION_DESCRIPTORS,
  isCompanyDescriptionHead,
  isTradeDescription,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_JOINING_CONJUNCTIONS,
  ORGANISATION_PRONOUNS,
  OUTLET_DESCRIPTOR_WORDS,
  OUTLET_KIND_HEADS,
  OWNED_DOCUMENT_HEADS,
  PERSON_PRONOUNS,
  PORTFOLIO_OPENERS,
  POSSESSIVE_DETERMINERS,
  RESEARCH_TEAMS,
  SEAT_TITLES,
  SOURCE_HEADS,
  STATE_BODY_HEADS,
  TITLED_DOCUMENTS,
  TITLE_ONLY_WORDS,
  TITLE_ABBREVIATIONS,
  US_STATES,
  TWO_WORD_US_STATES,
  TITLE_WORDS,
  TITLE_LEVEL_WORDS,
  ARMED_GROUP_DESCRIPTIONS,
  COMMA_COMPANY_SUFFIXES,
  LOCAL_BODY_LEVELS,
  SUBNATIONAL_BODY_HEADS,
  SUBNATIONAL_LEVELS,
  PLACE_DESCRIBING_WORDS,
  LOCAL_HEALTH_BODY_HEADS,
  FORMER_OFFICE,
  POLICE_RANKS,
  PREFIXED_POLICE_RANKS,
  POLICE_RANK_QUALIFIERS,
  RANKS_OF_POLICE,
  UNNAMED_BODY_NOUNS,
  UNNAMED_STATE_BODIES,
  CURRENCY_CODES,
  TIME_ZONES,
  LEGISLATOR_TITLES,
  MINISTRY_DOMAIN_WORDS,
  OFFICE_DOMAINS,
  OFFICE_HOLDER_HEADS,
  LEGISLATOR_PLURAL_ABBREVIATIONS,
  SPOKESPERSON_NOUNS,
} from './lexicon.js';
import { isCapitalized, looksLikeAbbreviation, type Mention } from './mentions.js';
import { stateOf } from './states.js';
import { isGovernmentTitle } from './word-classes.js';
import { isHyphenatedNameTail, isModifierJoin, isTitle, isTitleWith, lastProperRun, nameAfterTitles, placeBeforePolice, splitAffiliation } from './names.js';
import { afterListedDomains, countryBeforePolice, countryCodeOfAdjective, countryCodeOfName, countryOfTitle, isCountryVoiceTitle, isNationality, officeInCountry, officeOfHolderTitle, officeOfName, officeOfTitle, officeWithoutCountry, registeredGovernment } from './offices.js';
import { bodyOnly, named, personSource, pointedAt, type NamedSource, type Referent } from './referent.js';
import type { SentenceTokens } from './sentence-tokens.js';
import { carriedVoices, descriptionFits, namesItself, REGULATOR_DESCRIPTIONS, type SpeakerMemory } from './speaker-memory.js';

/** The function a title is of, written capitalised before it: "Communications Director", "Public Affairs Officer". */
const FUNCTION_HEADS = new Set(['relations', 'affairs', 'communications', 'marketing']);
/** Words before such a function: "Public Relations", "Media Relations", "Investor Relations", "Corporate Communications". */
const FUNCTION_MODIFIERS = new Set(['public', 'media', 'investor', 'corporate', 'external', 'government', 'press']);

/** Heads of political bodies, which have secretaries of their own ("Labour Party Secretary Jane Roe"). */
const POLITICAL_BODY_HEADS = new Set(['party', 'union', 'league', 'front', 'movement', 'congress', 'assembly', 'committee']);

/** Cabinet titles: the capitalised words before them name a portfolio ("Civil Rights Secretary"), not a body. */
const PORTFOLIO_TITLES = new Set(['secretary', 'minister']);

/** Kinds of an office holder's office: "Roe's press office", "the minister's media office". */
const OFFICE_KINDS = new Set(['press', 'media', 'communications', 'private']);

/** Words that describe the company a sentence opens with ("Rival Gridline Energy"), no part of its name. */
const NAME_OPENING_DESCRIPTORS = new Set(['rival', 'fellow', 'parent', 'peer', 'competitor']);
/** Heads that describe a think tank ("the think tank", "the thinktank"). */
const THINK_TANK_HEADS = new Set(['tank', 'thinktank', 'think-tank']);
/** Particles an Arabic name opens with in lower case ("al Shabaab", "el-Sisi"). */
const NAME_PARTICLES = new Set(['al', 'el']);

/** One office's holder after "top" or "chief" and a possessive: "the country's top diplomat", "Iran's chief nuclear official". */
const SINGLE_OFFICE_HEADS: ReadonlySet<string> = new Set(['official', 'diplomat']);
const TOP_OFFICE_WORDS: ReadonlySet<string> = new Set(['top', 'chief']);

/** At most this many words name a spokesperson's field ("military operations spokesman"). */
const MAX_DOMAIN_WORDS = 3;
/** Words of a spokesperson's name in apposition, a rank included: "ASP Lawan Shiisu". */
const MAX_APPOSITIVE_PERSON_WORDS = 5;
/** "the sheriff's office", "The county coroner's office": a description of an owner's office, in words. */
const MAX_OWNED_OFFICE_WORDS = 5;
/** A company's titles written before a person's name ("Chief executive", "CEO", "Chief Financial Officer"). */
const EXECUTIVE_TITLE_WORDS = new Set(['chief', 'executive', 'financial', 'operating', 'technology', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'co-founder']);
/** At most this many title words ("Chief Financial Officer" and an "and"-less pair); the bound keeps the scan short. */
const MAX_EXECUTIVE_TITLE_WORDS = 4;
/** Words that make such a run a company's executive ("the chief" alone heads anything). */
const EXECUTIVE_CORE_WORDS = new Set(['ceo', 'cfo', 'coo', 'cto', 'executive', 'chairman', 'chairwoman', 'founder', 'co-founder']);

/** Titles of an employee who speaks for the firm written before the title: "Bluefield analyst Jane Roe". */
const ANALYST_TITLES = new Set(['analyst', 'analysts', 'strategist']);

/** Titles after which the name before them is an employer that speaks ("Kesko chief executive", "Acme spokeswoman"). */
const BODY_SPEAKER_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'chief', 'ceo', 'director', 'head', 'president', 'chairman', 'chairwoman', 'press', 'secretary', 'minister', 'commander', 'governor']);

const isTitleOrGovernmentTitle = (token: Token) => !isCapitalized(token) && (isTitle(token) || isGovernmentTitle(token));

/** "ZARYA weather section chief": at most this many lower-case words between an abbreviation and a title. */
const MAX_DESCRIBING_WORDS = 2;

/** "the country's foreign ministry", "the nation's health department": what "country" may be written as. */
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);
/** Heads of a state body described after "the country's" ("foreign ministry", "maritime safety department"). */
const COUNTRY_BODY_HEADS: ReadonlySet<string> = new Set([...UNNAMED_STATE_BODIES, 'department', 'agency', 'office', 'service', 'administration', 'guard', 'coastguard']);
/** "the defence ministry", "the country's coast guard": a described body is a few words. */
const MAX_DESCRIPTION_TOKENS = 4;
/** "emergency management" of "the provincial emergency management office": what a level's office does, in a few words. */
const MAX_LEVEL_OFFICE_KIND_WORDS = 3;
/** "Turkish customs authorities", "Chinese civil aviation authorities": the authorities' field, in words. */
const MAX_AUTHORITIES_FIELD_WORDS = 2;
/** "joint chiefs", "armed forces": a body's name shortened in lower case, in two or three words. */
const MAX_LOWER_CASE_NAME_WORDS = 3;
/** "U.S." of "the U.S.-led coalition", "Saudi": the leader's name before "-led", in tokens. */
const MAX_LEADER_TOKENS = 5;
/** "Labour's", "Hudson Bay Company's": at most this many words own the person after them. */
const MAX_OWNER_TOKENS = 4;
/** The subject "it" may mean opens the sentence within this many tokens. */
const MAX_OPENING_SUBJECT = 12;
/** Words of a name opening a sentence that "it" may point back to ("Deutsche Telekom", "Tokyo Electric Power Co"). */
const MAX_OPENING_NAME_WORDS = 4;
/** "Yonhap news", "the Nikkei business daily": at most this many describing words after an outlet's name. */
const MAX_OUTLET_DESCRIPTION = 3;

/** Words that end a body's name: "Command", "Committee", "Institute", "Bank", "Agency" ("the Defense Agency" is no person called Agency). */
const BODY_HEADS = new Set<string>([...NAME_TYPE_WORDS.government, ...NAME_TYPE_WORDS.agency, ...NAME_TYPE_WORDS.thinkTank, ...NAME_TYPE_WORDS.ngo, ...NAME_TYPE_WORDS.university, ...NAME_TYPE_WORDS.company]);

/** Descriptions that fit only a body whose name holds the word or one of its senses ("the central bank"). */
const NAME_SAYS_HEADS: ReadonlySet<string> = new Set(['bank']);

/** "spy" of "the spy agency" in "National Intelligence Service": the name says the word, or says it in other words. */
function namesKind(name: string, word: string): boolean {
  return namesItself(name, word) || (DESCRIPTION_WORD_SENSES.get(word) ?? []).some((sense) => namesItself(name, sense));
}

function endsInBodyHead(token: Token): boolean {
  return isCapitalized(token) && BODY_HEADS.has(token.lower);
}

/**
 * Heads of an institution's name that go on with "for the" or "of the" ("Committee for the Protection of Journalists",
 * "Centre for the Study of Democracy"); a title's domain ("Director of Public Health for the Nebraska DHHS") is none.
 */
const INSTITUTION_HEADS = new Set([
  'committee', 'centre', 'center', 'institute', 'agency', 'office', 'council', 'commission', 'organisation', 'organization',
  'foundation', 'federation', 'union', 'association', 'society', 'campaign', 'coalition', 'alliance', 'league', 'fund', 'board',
]);

/** A government's figures: "government data showed", "according to a government estimate". */
const GOVERNMENT_FIGURES = new Set(['data', 'figures', 'statistics', 'estimate', 'estimates']);
/** Words before "government data": "the latest government figures", "new government data", "official government estimates". */
const FIGURES_LEAD_WORDS = new Set(['a', 'an', 'the', 'new', 'latest', 'official', 'preliminary', 'provisional', 'fresh', 'recent', 'separate']);

/** Words that make a place a region ("Tula Region", "Belgorod Oblast"). */
const REGION_WORDS = new Set(['region', 'oblast', 'krai', 'kray', 'province']);
/** Words saying a governor or mayor was put in by an occupying power: "Russian-installed", "occupation", "pro-Russian". */
const INSTALLED_WORDS = new Set(['installed', 'occupation', 'occupying', 'appointed', 'pro', 'self-proclaimed', 'proxy']);
/** Words before a lower-case "governor" or "mayor" that say whose it is: "the regional", "the region's", "the city's". */
const LOCAL_TITLE_OPENERS = new Set(['the', 'regional', 'region', 'city', "'s", '’s', 'local']);
/** Words a city's name follows in a sentence: "the city of Kherson", "near Mariupol", "in Odesa". */
const CITY_PREPOSITIONS = new Set(['of', 'near', 'in', 'outside', 'around']);

/**
 * Nouns before a description's head that say nothing of which body it is ("the state agency", "the news agency");
 * "think" of "the think tank" too: the kind is in the head (a think tank fits by its type, see descriptionFits).
 */
const GENERIC_BODY_MODIFIERS = new Set(['state', 'government', 'country', 'city', 'news', 'press', 'wire', 'media', 'think']);

/** Documents several bodies file or issue together: "the complaint", "the joint statement". */
const JOINT_DOCUMENTS = new Set<string>([...LEGAL_DOCUMENTS, 'statement']);

/** Tokens a sentence may open with before its subject (a live blog's "9:30 p.m.:"). */
const MAX_OPENING_SKIP = 6;
/** Words of a judge's name after the title ("Kathaleen St. J. McCormick"). */
const MAX_JUDGE_NAME_WORDS = 4;
/** Titles of judges: "District Judge", "Supreme Court Justice". */
const JUDGE_TITLES = new Set(['judge', 'justice']);
/** The title of an American county's or city's elected head of law enforcement: "Norvale County Sheriff Jane Roe". */
const SHERIFF_TITLE = 'sheriff';
/** What a sheriff heads, named after the place ("Norvale County Sheriff's Office"): the name American copy writes most. */
const SHERIFFS_OFFICE = "Sheriff's Office";
/** Tokens of a dateline before its dash ("SEOUL, Nov. 2 (Yonhap) --"). */
const MAX_DATELINE_TOKENS = 10;
/** Words of an unregistered name opening a sentence ("Lloyd's of London"). */
const MAX_OPENING_NAME = 8;

/** Words of an opening phrase before the main clause ("Overall,", "In the end,"). */
const MAX_CLAUSE_OPENER = 3;

/** What may follow a place's name in a governor's or mayor's title ("the Kharkiv region", "the Odesa oblast"). */
const PLACE_KINDS = new Set([...REGION_WORDS, 'city', 'prefecture']);
/** Where a region lies, before its kind: "the eastern region of Luhansk". */
const COMPASS_ADJECTIVES = new Set(['eastern', 'western', 'northern', 'southern', 'north-eastern', 'northeastern', 'north-western', 'northwestern', 'south-eastern', 'southeastern', 'south-western', 'southwestern', 'central']);

/** The body a local office holder speaks for, after the place's name. */
const LOCAL_BODIES: ReadonlyMap<string, string> = new Map([['governor', 'regional administration'], ['mayor', 'City Council']]);
/** The registered names a place's governor or mayor may speak for, tried in turn ("Kyiv Regional Military Administration"). */
const LOCAL_BODY_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['governor', ['Regional Military Administration', 'Oblast Military Administration', 'Regional Administration', 'Oblast Administration', 'Regional State Administration', 'Oblast State Administration']],
  ['mayor', ['City Council']],
]);

/** How far back "the company said" looks for the company its own sentence named. */
const MAX_COMPANY_LOOKBACK = 40;
/**
 * Tokens back from a description ("the firm said") within which the sentence's own earlier names are looked
 * for. Far longer than any sentence of prose; a run-on "sentence" of thousands of names and verbs is not
 * searched again from its start at each of them (that was quadratic: 256 KB of it took 10 s).
 */
const MAX_EARLIER_NAME_LOOKBACK = 200;

/** "Evidence", "Bureaucracy", "Unemployment": a word that names an abstraction, not a body. */
function isAbstractNoun(word: string): boolean {
  return ABSTRACT_NOUNS.has(word) || ABSTRACT_NOUN_ENDINGS.test(word);
}

/** "Oslo-based", "U.S.-based": a place joined to "-based", one word. */
const PLACE_BASED = /^\p{Lu}[\p{L}.]*-based$/u;

/** Company descriptions that say no trade: "the company said" may mean any company, "the chipmaker said" only a chipmaker. */
const GENERIC_COMPANY_HEADS = new Set(['company', 'firm', 'group']);

/** Prepositions whose object is what a report is about: "a rise for Samsung", "news about Apple". */
const SUBJECT_MATTER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'about', 'than', 'against', 'over']);
/** "for Apple, Xiaomi and Samsung": words of the names coordinated before a subject-matter name, at most. */
const MAX_COORDINATED_NAME_WORDS = 8;
/** "Ivano-Frankivsk", "Kryvyi Rih": words of a place before "administration", at most. */
const MAX_PLACE_WORDS = 3;
/** Lower-case words inside a body's name after a state: "Ministry of Health and Sanitation". */
const UNIT_BODY_JOINS = new Set(['of', 'and', 'for']);

/** "the Oslo-based snack firm": words before a company's description, at most. */
const MAX_COMPANY_DESCRIPTION_WORDS = 5;

/** "the General Staff": a body's shortened name after "the" is at most this many words. */
const MAX_SHORTENED_NAME_WORDS = 4;

/** Heads a body's long name opens with that the text may write alone for it: "the Ministry of Lands ... the Ministry". */
const SHORTENED_BODY_HEADS = new Set(['ministry', 'department', 'agency', 'commission', 'bureau', 'directorate', 'authority']);

/** "the Ocean City fire department": a local service's lower-case head after its place's name. */
const LOCAL_SERVICE_HEADS = new Set(['department', 'office', 'district', 'service', 'agency']);
/** A place's name before a service is at most this many capitalised words ("Ocean City"). */
const MAX_PLACE_WORDS_BEFORE_SERVICE = 3;

/** "State Health Officer", "County Health Director": the level of government a portfolio's office belongs to. */
const GOVERNMENT_LEVEL_TITLES = new Set(['state', 'county', 'city']);

/** "health", "education", "transportation": a portfolio named in one word (a state's "state" is no portfolio here). */
const ONE_WORD_PORTFOLIOS = new Set(
  Object.values(OFFICE_DOMAINS)
    .flatMap((names) => names.filter((name) => name.length === 1).map(([word]) => word))
    .filter((word) => word !== 'state'),
);

/** "Detective Chief Superintendent": a police rank is at most this many words. */
const MAX_RANK_WORDS = 4;


/** "the ministries Divisional Police Commander": lower-case words between the article and a bare title, at most. */
const MAX_LOWER_WORDS_BEFORE_TITLE = 2;

/** "The State Commissioner for Digital Affairs": a title's portfolio after "for" is at most this many words. */
const MAX_PORTFOLIO_WORDS = 3;

/** "Assistant Commissioner of Police (ACP) Mr": the most tokens of a rank an appositive writes before the holder's name. */
const MAX_APPOSITIVE_RANK_TOKENS = 8;

/** The lower-case words and marks a rank may be written with: "Commissioner of Police (ACP)", "Inspector-General". */
const RANK_JOINS = new Set(['of', '(', ')', '-', '.']);

/** "a spokesperson", "an official": the articles that leave whom a title serves unsaid. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** "ACP", "ASP", "DSP": a police rank's abbreviation written before the holder's name. */
const RANK_ABBREVIATION = /^[A-Z]{2,4}$/;

/** The name after "and" in "Jane Roe and John Doe said": a person's name is at most this many words. */
const MAX_JOINED_PERSON_WORDS = 3;

/**
 * Turns a noun phrase into who it names: a registered outlet, a country
 * speaking, an unregistered organisation or person, unnamed sources, or (for
 * "he", "the ministry") the speaker named before.
 */
export class ReferentResolver {
  private readonly tokens: Token[];
  private readonly first: number;

  constructor(
    private readonly sentence: SentenceTokens,
    private readonly memory: SpeakerMemory,
    /** The source attached last in this sentence, which "he" and "it" may mean. */
    private readonly lastAttached: () => NamedSource | undefined,
  ) {
    this.tokens = sentence.tokens;
    this.first = sentence.first;
  }

  resolveNounPhrase(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const referent = this.withHolderInAppositive(this.resolvePhrase(from, to, appositive), from, to, appositive);
    const holder = this.holderOfBareTitle(referent, from, to, appositive);
    if (holder) return { kind: 'named', sources: [holder] };
    const spokesperson = this.spokespersonInAppositive(from, to, appositive);
    if (!spokesperson) return referent?.kind === 'named' ? referent : (this.personAfterCommonNoun(from, to, appositive) ?? referent);
    // "The spokesperson, Jane Roe, said" after another spokesperson spoke: the name given, not the one recalled
    const recalledOther = referent?.kind === 'named' && referent.sources.length === 1 && referent.sources[0].type === 'person' && referent.sources[0].name !== spokesperson.name;
    return !referent || referent.kind !== 'named' || recalledOther ? { kind: 'named', sources: [spokesperson] } : referent;
  }

  /**
   * "The work and pensions secretary, Mel Stride, has conceded", "The home secretary, Suella Braverman, said": the
   * body a lower-case title found speaks through the person in apposition, who is whom "he" and "Mr Stride" mean next
   * (without the person the body alone was remembered, and "He told the BBC" named nobody).
   */
  private withHolderInAppositive(referent: Referent | undefined, from: number, to: number, appositive?: [number, number]): Referent | undefined {
    if (!appositive || referent?.kind !== 'named' || referent.sources.length !== 1) return referent;
    const [source] = referent.sources;
    const head = this.tokens[to - 1];
    if (source.person || source.type === 'person' || !OFFICE_HOLDER_HEADS.has(head.lower) || isCapitalized(head)) return referent;
    if (appositive[1] - appositive[0] > MAX_APPOSITIVE_PERSON_WORDS) return referent;
    const person = this.personIn(appositive[0], appositive[1]);
    if (!person || guessSourceType(person) !== 'person') return referent;
    return { kind: 'named', sources: [{ ...source, person }] };
  }

  /**
   * "Regional Deputy Commander, ACP Jane Roe, says", "the Divisional Police Commander, ACP Jane Roe, said", "The State
   * Commissioner for Health, Prof. Jane Roe, announced": a title with no body's name in it ([from, to) holds only
   * titles, a level or unit's words and a portfolio after "for") names nobody, though the resolver read the title as
   * a name or found nothing; the holder named in apposition speaks, as an unplaced spokesperson does. A body the
   * title stands for ("The Health Minister" -> the Ministry of Health) or names ("The Acme Director") is kept.
   */
  private holderOfBareTitle(referent: Referent | undefined, from: number, to: number, appositive?: [number, number]): NamedSource | undefined {
    if (!appositive || !this.bareTitle(from, to)) return undefined;
    if (referent?.kind === 'named') {
      if (referent.sources.length !== 1) return undefined;
      const [source] = referent.sources;
      // a body found for the title (an office's ministry, a force) is no reading of the title's own words (which
      // may be guessed a person's: "Regional Deputy Commander")
      if (source.registered || source.first < from || source.end > to || !this.sentence.slice(source.first, source.end).endsWith(source.name.replace(/^The /, ''))) return undefined;
    }
    const holder = this.officerName(appositive[0], appositive[1]);
    if (!holder || holder[0] - appositive[0] > MAX_APPOSITIVE_RANK_TOKENS) return undefined;
    // "Assistant Commissioner of Police (ACP) Mr Jane Roe": before the name only the holder's rank, capitalised
    for (let k = appositive[0]; k < holder[0]; k++) if (!isCapitalized(this.tokens[k]) && !RANK_JOINS.has(this.tokens[k].text)) return undefined;
    return personSource(this.sentence.slice(...holder), holder[0], holder[1]);
  }

  /**
   * [from, to) is an article, at most two lower-case words ("the ministries Divisional Police Commander"), then
   * capitalised titles and level or unit words ending in a title, and at most a portfolio after "for" ("for Health").
   */
  private bareTitle(from: number, to: number): boolean {
    const { tokens } = this;
    let k = from < to && ARTICLES.has(tokens[from].lower) ? from + 1 : from;
    const lower = k;
    while (k < to && k - lower < MAX_LOWER_WORDS_BEFORE_TITLE && !isCapitalized(tokens[k]) && /^\p{Ll}+$/u.test(tokens[k].text) && !isTitle(tokens[k])) k++;
    const start = k;
    let lastTitle = -1;
    while (k < to && isCapitalized(tokens[k]) && (TITLE_WORDS.has(tokens[k].lower) || TITLE_LEVEL_WORDS.has(tokens[k].lower))) {
      if (TITLE_WORDS.has(tokens[k].lower)) lastTitle = k;
      k++;
    }
    if (k === start || lastTitle !== k - 1) return false;
    // "for Health", "for Digital Affairs": the portfolio, capitalised, closing the phrase ("Spokesman for Acme"
    // names the employer)
    if (k < to && tokens[k].lower === 'for' && to - k - 1 >= 1 && to - k - 1 <= MAX_PORTFOLIO_WORDS) {
      for (let j = k + 1; j < to; j++) if (!isCapitalized(tokens[j]) || !MINISTRY_DOMAIN_WORDS.has(tokens[j].lower)) return false;
      return true;
    }
    return k === to;
  }

  /**
   * "The police spokesperson, Jimoh Moshood, said", "The command spokesperson, ASP Lawan Shiisu, said", "The spokesman,
   * Jane Roe, said": a spokesperson no body is found for, named in apposition, speaks as that person (the body a
   * description or a possessive names is found first: "The company's spokesman, Jane Roe,").
   */
  private spokespersonInAppositive(from: number, to: number, appositive?: [number, number]): NamedSource | undefined {
    const { tokens } = this;
    if (!appositive || !SPOKESPERSON_NOUNS.has(tokens[to - 1].lower) || isCapitalized(tokens[to - 1])) return undefined;
    if (!ARTICLES.has(tokens[from].lower) && !POSSESSIVE_DETERMINERS.has(tokens[from].lower)) return undefined;
    // "ASP Lawan Shiisu", "SP Yemisi Opalola": a rank's abbreviation before the name is no part of it
    let start = appositive[0];
    while (start + 2 < appositive[1] && /^[A-Z]{2,4}$/.test(tokens[start].text) && isCapitalized(tokens[start + 1])) start++;
    const person = this.personIn(start, appositive[1]);
    if (!person || guessSourceType(person) !== 'person' || appositive[1] - appositive[0] > MAX_APPOSITIVE_PERSON_WORDS) return undefined;
    const first = appositive[1] - person.split(/\s+/).length;
    return personSource(person, Math.max(first, start), appositive[1]);
  }

  /**
   * "the top commander of the rebels, John Doe, was quoted", "The former chief, Jane Roe, said": a determiner, only
   * adjectives and a title, and at most a lower-case "of" phrase name no one, so the person named in apposition is
   * who speaks. A noun before the title may name a body of some kind ("The club secretary", "the company
   * secretary"), which this does not guess.
   */
  private personAfterCommonNoun(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    if (!appositive || appositive[1] - appositive[0] > MAX_APPOSITIVE_PERSON_WORDS) return undefined;
    if (!ARTICLES.has(tokens[from].lower) && !POSSESSIVE_DETERMINERS.has(tokens[from].lower)) return undefined;
    for (let k = from + 1; k < to; k++) if (isCapitalized(tokens[k])) return undefined;
    let head = from + 1;
    while (head < to && tokens[head].pos === 'ADJ') head++;
    if (head >= to || !isTitle(tokens[head]) || (head + 1 < to && tokens[head + 1].lower !== 'of')) return undefined;
    const person = this.personIn(appositive[0], appositive[1]);
    if (!person || guessSourceType(person) !== 'person') return undefined;
    return { kind: 'named', sources: [personSource(person, appositive[1] - person.split(/\s+/).length, appositive[1])] };
  }

  private resolvePhrase(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    // '"DJI is reassessing," the company said': the quote closing before the phrase is no part of it
    // (unless the mark opens a quoted name: “Radio Liberty”)
    while (from < to - 1 && (CLOSING_QUOTES.has(tokens[from].text) || tokens[from].text === '"') && !this.sentence.anyMentionStartingIn(from, from + 1)) from++;
    const suffixed = this.commaSuffixedCompany(from, to);
    if (suffixed) return { kind: 'named', sources: [suffixed] };
    const owned = to - from <= MAX_OWNED_OFFICE_WORDS ? this.officeOfOwnerNamed(to - 1) : undefined;
    if (owned && owned.first >= from) return { kind: 'named', sources: [owned] };
    // "the Saudi-led coalition said": the coalition, never the country that leads it
    const led = this.ledGroup(from, to);
    if (led) return { kind: 'named', sources: [led] };
    let headAt = to - 1;
    headAt = this.headBeforeAsides(from, headAt);
    headAt = this.titleHead(from, headAt);
    const head = tokens[Math.max(from, headAt)];
    // a common noun is capitalised when it opens the sentence ("Officials said"); "Park Geun-hye" ends in a name
    const lowerHead = (!isCapitalized(head) && !isHyphenatedNameTail(tokens, headAt, from)) || (this.opensText(headAt) && head.pos !== 'PROPN');
    // "Lebanon's top diplomat" names an office, not unnamed diplomats
    const endsOffice = this.sentence.mentionsWithin(from, to).some((m) => !m.state && m.end === headAt + 1);
    // "police say", "a police spokesperson said": the force the story named before ("New Zealand police arrested ...")
    const force = this.isBarePolice(from, to) ? this.memory.policeForce() : undefined;
    if (force) return { kind: 'named', sources: [pointedAt(force, from, to)] };
    const short = this.forceByShortName(from, to);
    if (short) return { kind: 'named', sources: [short] };
    const sheriffs = this.officeOfBareSheriff(from, to);
    if (sheriffs) return { kind: 'named', sources: [sheriffs] };
    const ranked = this.policeRankHolder(from, to);
    if (ranked) return { kind: 'named', sources: [ranked] };
    const officer = this.officerOfPoliceRank(from, to, appositive);
    if (officer) return officer;
    const administration = this.regionalAdministrationNamed(from, to, appositive) ?? this.localHealthBody(from, to) ?? this.stateMinistry(from, to);
    if (administration) return { kind: 'named', sources: [administration] };
    const countrys = this.bodyOfTheCountry(from, to);
    if (countrys) return countrys;
    // "government data showed", "new government figures show": the article's country's government
    const figures = this.governmentFiguresAt(from, to);
    if (figures && figures.end === to) return { kind: 'named', sources: [figures] };
    // "Kommersant's sources said", "according to RBC sources": the outlet whose sources they are is the original
    const outlet = SOURCE_NOUNS.has(head.lower) ? this.outletOfOwnSources(from, headAt) : undefined;
    if (outlet) return { kind: 'named', sources: [{ ...outlet, ownSources: true }] };
    if ((lowerHead || this.opensText(headAt)) && ANONYMOUS_HEADS.has(head.lower) && !endsOffice) {
      // "South Korea's top national security official", "the country's chief health official": one office's holder,
      // whom the text does not name, is no unnamed source; the office is left unresolved
      return this.topOfficeHolder(from, headAt) ? undefined : { kind: 'anonymous' };
    }
    // "Tory MPs said", "Senior MEPs warned": unnamed members of a legislature, as "Republican lawmakers said"
    if (headAt === to - 1 && LEGISLATOR_PLURAL_ABBREVIATIONS.has(head.text)) return { kind: 'anonymous' };
    // "authorities said", "local authorities said": no body named, as "officials said" (a country's or a place's
    // authorities are countryGovernment's and placeAuthorities')
    if (lowerHead && head.lower === 'authorities' && headAt === to - 1 && this.onlyGovernmentLevels(from, headAt)) return { kind: 'anonymous' };
    if (this.namesMarketConsensus(from, to)) return { kind: 'anonymous' };
    if (this.unnamedPeopleOf(from, headAt)) return { kind: 'anonymous' };
    // "the Trustwave experts say": the company before the experts speaks; "Security experts say": nobody
    // named (a capitalised word opening the sentence may be a common noun, so it is no employer)
    // ("Health experts told Anadolu", "Energy analysts said" in a story naming "the Ministry of Health": a ministry's field
    // opening the sentence is what the experts know, though a ministry's name wrote it capitalised mid-sentence)
    const employer = headAt > from && tokens[headAt - 1].pos === 'PROPN' && isCapitalized(tokens[headAt - 1]) && (headAt - 1 !== this.first || (this.sentence.namedMidSentence(headAt - 1) && !MINISTRY_DOMAIN_WORDS.has(tokens[headAt - 1].lower)));
    const unnamedExperts = (lowerHead || this.opensText(headAt)) && EXPERT_NOUNS.has(head.lower) && !POSSESSIVE_DETERMINERS.has(tokens[from].lower) && !employer;
    if (to - from === 1 && PERSON_PRONOUNS.has(head.lower)) return this.recall('person', from, to);
    // "Acme's chief executive, Jane Roe, said": the owner of the titles speaks through the person in apposition
    // ("Asked about it, Acme's chief executive said": without the holder's name, the body alone)
    const titlesOwner = isCapitalized(tokens[from]) ? this.ownerOfTitles(from, to) : undefined;
    if (titlesOwner) {
      const person = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
      const named = person && appositive && person[0] === appositive[0] && person[1] === appositive[1] ? this.sentence.slice(...person) : undefined;
      return { kind: 'named', sources: [{ ...titlesOwner, person: named ?? titlesOwner.person }] };
    }
    if (to - from === 1 && ORGANISATION_PRONOUNS.has(head.lower)) {
      // "after France and Mexico withdrew ... because they said": "they" are the names just before, not an earlier speaker
      if (head.lower === 'they' && !this.lastAttached() && this.sentence.countMentionsWithin(this.first, from) > 1) return undefined;
      // "Researchers from X did the study. They found ...": the researchers the sentence before introduced
      const researchers = head.lower === 'they' && this.opensMainClause(from) ? this.memory.freshExperts() : [];
      if (researchers.length) return { kind: 'named', sources: researchers.map((s) => pointedAt(s, from, to)) };
      // "The ministry did not confirm the figure. In a statement, they said ...": the body the quiet sentence
      // before opened with, not the outlet or body quoted before it
      const topic = this.opensMainClause(from) && !this.lastAttached() ? this.memory.quietTopic(head.lower) : undefined;
      if (topic) return { kind: 'named', sources: [pointedAt(topic, from, to)] };
      // "Pyongyang has stepped up its rhetoric, ... what it has described as": the body the sentence opened with
      const opener = head.lower === 'it' ? this.openingSubject(from) : undefined;
      if (opener) return { kind: 'named', sources: [pointedAt(this.fromMention(opener), from, to)] };
      // "IBM (NYSE:IBM) missed estimates, when it reported ...": an unregistered name opening the sentence likewise
      const openingName = head.lower === 'it' ? this.openingName(from) : undefined;
      if (openingName) return { kind: 'named', sources: [pointedAt(openingName, from, to)] };
      const recalled = this.recall('organisation', from, to);
      // "Our new strategy sets out ... It emphasises ...": in an issuer's text, "it" with nobody before is the issuer's document
      const issuer = !recalled && head.lower === 'it' ? this.memory.issuer() : undefined;
      return issuer ? { kind: 'named', sources: [pointedAt(issuer, from, to)] } : recalled;
    }

    // "Captain Ryan Christen of the Ocean City fire department told": the place's department, through him; "the
    // Johnson County sheriff's office said": the service itself
    const service = lowerHead && LOCAL_SERVICE_HEADS.has(head.lower) ? (this.personOfPlaceService(from, to) ?? this.placeServiceInLowerCase(from, to)) : undefined;
    if (service) return { kind: 'named', sources: [service] };
    const appositiveName = lowerHead && !TITLE_WORDS.has(head.lower) ? this.bodyNamedInAppositive(appositive) : undefined;
    if (appositiveName) return { kind: 'named', sources: [appositiveName] };
    // "The governor of the Kharkiv region, Oleh Syniehubov, said": the place's administration, through him
    const local = this.localOfficial(from, to, appositive) ?? this.placeAdministration(from, to) ?? this.localTitleOfPlaceNamed(from, to, appositive);
    if (local) return { kind: 'named', sources: [local] };
    const documentOwner = this.documentOwner(from, to);
    if (documentOwner) return { kind: 'named', sources: [documentOwner] };
    const government = this.countryGovernment(from, to, headAt);
    if (government) return { kind: 'named', sources: [government] };
    // "New Zealand police said", "Kenyan police said": the country's force, the registry's or named so
    const country = headAt === to - 1 && tokens[headAt].lower === 'police' ? countryBeforePolice(tokens, from, headAt) : -1;
    if (country >= 0) return { kind: 'named', sources: [this.bodyNamed(`${this.sentence.slice(country, headAt)} Police`, country, to)] };
    // "Spokane police told local media", "Boise police said": the city's force, as "Spokane Police" names it
    const placeFrom = ARTICLES.has(tokens[from].lower) ? from + 1 : from;
    const place = headAt === to - 1 ? placeBeforePolice(this.sentence, placeFrom, headAt) : -1;
    if (place === placeFrom) return { kind: 'named', sources: [this.bodyNamed(`${this.sentence.slice(place, headAt)} Police`, place, to)] };
    const inPhrase = this.sentence.mentionsWithin(from, to);
    const bodies = this.withoutParents(inPhrase.filter((m) => !m.state && !this.onlyModifies(m, headAt) && !this.givenNameOfPerson(m, from, headAt)));
    // "NATO allies pledged": the allies act, not NATO
    const headIsName = bodies.length > 0 && bodies[bodies.length - 1].end === headAt + 1;
    // "Yonhap news reported", "the Nikkei business daily reported": an outlet and the words describing it speak
    const describedOutlet = bodies.length > 0 && this.describesOutlet(bodies[bodies.length - 1], headAt);
    // "An AFP journalist saw", "AFPTV footage showed": an outlet's people and pictures report for it
    // ("CCTV footage" is a security camera's)
    const outletWork = bodies.length > 0 && OUTLET_WORK_HEADS.has(head.lower) && NEWS_OUTLET_TYPES.has(bodies[bodies.length - 1].type) && tokens[headAt - 1]?.lower !== 'cctv';
    const headSpeaks = !lowerHead || headIsName || describedOutlet || outletWork || TITLE_WORDS.has(head.lower) || ORGANISATION_DESCRIPTORS.has(head.lower) || SOURCE_HEADS.has(head.lower);
    if (bodies.length) {
      if (!headSpeaks) return undefined;
      // "the European Commission and Germany charged": each name joined in the subject speaks
      if (inPhrase.length > bodies.length && this.onlyJoined(inPhrase) && inPhrase[inPhrase.length - 1].end === headAt + 1) {
        return { kind: 'named', sources: inPhrase.map((m) => this.fromMention(m)) };
      }
      const last = bodies[bodies.length - 1];
      // "The Federal Trade Commission and the state of Arkansas sued": an unregistered name joined after a body speaks too
      if (last.end < headAt && tokens[last.end].lower === 'and' && this.onlyJoined(bodies)) {
        const joined = this.candidate(last.end + 1, to);
        if (joined?.kind === 'named') return { kind: 'named', sources: [...bodies.map((m) => this.fromMention(m)), ...joined.sources] };
      }
      // "Secretary of State John Kerry and Lavrov announced": the office's holder, then a second speaker after "and"
      let joinAt = last.end;
      while (joinAt < headAt && joinAt - last.end < MAX_JOINED_PERSON_WORDS && isCapitalized(tokens[joinAt]) && tokens[joinAt].pos === 'PROPN') joinAt++;
      if (joinAt > last.end && joinAt < headAt && tokens[joinAt].lower === 'and' && isCapitalized(tokens[joinAt + 1]) && this.onlyJoined(bodies)) {
        const joined = this.candidate(joinAt + 1, to);
        const holder = this.personIn(last.end, joinAt);
        if (joined?.kind === 'named' && holder) return { kind: 'named', sources: [...bodies.map((m) => this.fromMention(m, m === last ? holder : undefined)), ...joined.sources] };
      }
      const named = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
      // "the U.N.'s high commissioner for human rights, Volker Turk,": the appositive names him
      const person = this.personIn(last.end, to) ?? (named && named[1] - named[0] >= 2 && named[1] === appositive[1] ? this.sentence.slice(...named) : undefined);
      return { kind: 'named', sources: bodies.map((m) => this.fromMention(m, m === last ? person : undefined)) };
    }
    // "The official Sichuan Daily newspaper said", "the Norvale Gazette newspaper reported": a name the words after it
    // call an outlet is that outlet (a registered one is among the bodies above)
    const calledOutlet = lowerHead && OUTLET_KIND_HEADS.has(head.lower) ? this.outletCalledSo(from, headAt) : undefined;
    if (calledOutlet) return { kind: 'named', sources: [calledOutlet] };
    if (unnamedExperts) {
      // "the researchers said" after "security researchers at Mandiant": the body they were introduced from
      const introduced = tokens[from].lower === 'the' && to - from === 2 ? this.memory.experts() : [];
      if (introduced.length) return { kind: 'named', sources: introduced.map((s) => pointedAt(s, from, to)) };
      return { kind: 'anonymous' }; // "Experts say": nobody named
    }
    if (inPhrase.length > 1 && this.onlyJoined(inPhrase)) return { kind: 'named', sources: inPhrase.map((m) => this.fromMention(m)) }; // "Russia and China said"
    // "The Stockholm-based snack maker": a place joined to "-based" only says where the body described is
    // "the San Francisco social media company", "Slovenia's largest listed company": the company named before
    const homed = lowerHead ? this.companyDescribedByHome(from, to, headAt) : undefined;
    if (homed) return homed;
    const state = inPhrase[0] && !(inPhrase.length === 1 && this.onlyModifies(inPhrase[0], headAt)) ? inPhrase[0] : undefined;
    if (state) return this.resolveState(state, from, to, headAt, appositive) ?? this.companyNamedWithCountry(state, from, headAt);
    let determiner = tokens[from].lower;
    // "Its 2023 outlook put the shortfall at": a document its owner speaks through, as "its report" is
    if (lowerHead && POSSESSIVE_DETERMINERS.has(determiner) && (headSpeaks || OWNED_DOCUMENT_HEADS.has(head.lower))) {
      // "Its chief economist, Philip Lane, said": the body named before speaks through him
      // "RWE sees no reason to change course, its chief executive said": after a comma, "its" is the body the
      // sentence opened with, before any owner remembered from earlier sentences
      const afterComma = determiner === 'its' && from - 1 > this.first && tokens[from - 1].text === ',';
      const opening = afterComma ? this.describedOpeningBody(from, to, true) : undefined;
      // with no such body ("Russia will send troops, its foreign ministry said"), the phrase without "its", as before
      if (afterComma && !opening) {
        // "Russia will send troops, its foreign ministry said": an office, as "the foreign ministry" is (the
        // sentence's attributor gives it the country the sentence opened with)
        if (officeWithoutCountry(tokens, from, to)) return { kind: 'named', sources: [{ ...this.unregistered(from + 1, to), type: 'government', confidence: 0.5 }] };
        return this.resolveNounPhrase(from + 1, to, appositive);
      }
      // "Russian Defence Minister Jane Roe has inspected the plant, her ministry said": the office the sentence
      // opened with is the ministry meant
      const holders = !opening && (determiner === 'his' || determiner === 'her') && to - from === 2 && OFFICE_BODY_HEADS.has(head.lower) ? this.openingOfficeBody(from) : undefined;
      if (holders) return holders;
      const recalled = opening
        ? ({ kind: 'named', sources: [opening] } as Referent)
        : determiner === 'his' || determiner === 'her' ? this.recall('person', from, to) : this.recallOwner(from, to);
      const person = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
      if (recalled?.kind === 'named' && person) recalled.sources[0].person = this.sentence.slice(...person);
      return recalled;
    }
    // "This report describes ...": the text itself, the issuer its labels name or the publisher of "this report"
    if (determiner === 'this' && to - from === 2 && DOCUMENT_NOUNS.has(head.lower)) {
      const issuer = this.memory.issuer() ?? this.memory.lastOrganisation(undefined, head.lower);
      if (issuer) return { kind: 'named', sources: [pointedAt(issuer, from, to)] };
    }
    // "The ministry said in a statement ... This statement adds:": with no issuer above the text, "this statement"
    // is the one the article just cited, as "the statement" would be
    if (determiner === 'this' && to - from === 2 && lowerHead && SOURCE_HEADS.has(head.lower)) determiner = 'the';
    if (determiner === 'the' && to - from === 2 && UNNAMED_BODY_NOUNS.has(head.lower)) {
      // "The Court also noted": the court the article cited or introduced, capitalised or not
      const court = this.recall('organisation', from, to, head.lower);
      if (court) return court;
    }
    const owner = determiner === 'the' && from + 2 < to ? tokens[from + 1] : undefined;
    // "The study's findings suggest", "the report's data show": a document's findings speak as the document does
    if (owner && lowerHead && to === from + 4 && DOCUMENT_NOUNS.has(owner.lower) && isPossessive(tokens[from + 2]) && OWNED_DOCUMENT_HEADS.has(head.lower)) {
      return this.resolveNounPhrase(from, from + 2, appositive);
    }
    // "The government's Council for Cultural Affairs recommended": the body the possessive introduces by name speaks
    if (owner && !isCapitalized(owner) && ORGANISATION_DESCRIPTORS.has(owner.lower) && isPossessive(tokens[from + 2]) && from + 3 < to && isCapitalized(tokens[from + 3]) && !lowerHead && !this.onlyOfficeWords(from + 3, to)) {
      const body = this.candidate(from + 3, to, appositive);
      if (body) return body;
    }
    if (owner && !isCapitalized(owner) && ORGANISATION_DESCRIPTORS.has(owner.lower) && isPossessive(tokens[from + 2]) && headSpeaks) {
      // "the company's spokesperson told TechCrunch", "the agency's data showed": the body described speaks
      // "Brightwater Mining will cut 300 jobs, the company's spokeswoman said": after a comma, the body the
      // sentence named first that the description fits, before one remembered from earlier sentences
      const earlier = from - 1 > this.first && tokens[from - 1].text === ',' ? this.describedEarlierInSentence(from, owner.lower) : undefined;
      return earlier ?? this.recall('organisation', from, from + 2, owner.lower) ?? this.unnamedStateBody(from, from + 2, from + 1);
    }
    if (lowerHead && determiner === 'the' && JOINT_DOCUMENTS.has(head.lower) && !this.lastAttached()) {
      // "The FTC and Arkansas charged ... The complaint alleges": a joint filing speaks for all who filed it
      const filers = carriedVoices(this.memory.lastVoices()).filter((voice) => !voice.state);
      if (filers.length > 1) return { kind: 'named', sources: filers.map((voice) => pointedAt(voice, from, to)) };
    }
    // "The team found" after "a team from X" or "researchers at X": the body the researchers were introduced from
    const team = lowerHead && determiner === 'the' && to - from === 2 && RESEARCH_TEAMS.has(head.lower) ? this.memory.experts() : [];
    if (team.length) return { kind: 'named', sources: team.map((s) => pointedAt(s, from, to)) };
    // "Toray dropped 5% after the synthetic fibre company said": the company the market report opened with
    if (lowerHead && determiner === 'the' && isCompanyDescriptionHead(head.lower) && from > this.first && CLAUSE_CONJUNCTIONS.has(tokens[from - 1].lower) && !this.hasPossessive(from, headAt)) {
      const company = this.openingCompany(from, headAt);
      if (company) return { kind: 'named', sources: [pointedAt(company, from, to)] };
    }
    // "The crisp maker said", "the Oslo-based firm said": a company described by its trade or its home, no name of its
    // own, means the company the article named before
    if (lowerHead && determiner === 'the' && isCompanyDescriptionHead(head.lower) && this.describesCompany(from + 1, headAt)) {
      const company = this.companyNamedBefore(from, to, headAt, from + 1);
      if (company) return company;
    }
    // "The Taliban said ... the insurgents said in a statement": the armed group the article named, if one fits
    if (lowerHead && determiner === 'the' && to - from === 2 && ARMED_GROUP_DESCRIPTIONS.has(head.lower)) {
      const group = this.recall('organisation', from, to, head.lower);
      return group?.kind === 'named' && group.sources.every((source) => descriptionFits(head.lower, source)) ? group : undefined;
    }
    // "the joint chiefs said", "the armed forces said": a body named before, its name's words in lower case
    const lowerName = lowerHead && determiner === 'the' ? this.lowerCaseEarlierName(from, to) : undefined;
    if (lowerName) return { kind: 'named', sources: [lowerName] };
    // "the provincial health commission said", "The Gansu provincial emergency office said": a level of government's
    // office; the one named before if it fits ("the Chicago Police Department ... the city police department"), never
    // a country's ("the National Health Commission")
    const levelled = lowerHead && determiner === 'the' ? this.levelOffice(from, to, headAt) : undefined;
    if (levelled) {
      const recalled = this.recallSameOffice(from, to, headAt, head.lower);
      const national = (source: NamedSource) => source.name.toLowerCase().split(/\s+/).some((word) => NATIONAL_LEVEL_WORDS.has(word));
      return recalled?.kind === 'named' && !recalled.sources.some(national) ? recalled : { kind: 'named', sources: [levelled] };
    }
    if (lowerHead && determiner === 'the' && (ORGANISATION_DESCRIPTORS.has(head.lower) || SOURCE_HEADS.has(head.lower)) && !this.hasPossessive(from, headAt)) {
      return this.recallSameOffice(from, to, headAt, head.lower) ?? this.unnamedStateBody(from, to, headAt) ?? this.placeAuthorities(from, to, headAt);
    }
    if (lowerHead && determiner === 'the' && UNNAMED_STATE_BODIES.has(head.lower)) return this.unnamedStateBody(from, to, headAt);
    // "The Department announced", "the Agency said": a capitalised description means the body quoted before,
    // and is no name of its own ("the Commission" of an EU text may be, when nobody was quoted)
    if (!lowerHead && determiner === 'the' && to - from === 2 && ORGANISATION_DESCRIPTORS.has(head.lower) && !inPhrase.length) {
      const recalled = this.recall('organisation', from, to, head.lower);
      if (recalled || GOVERNMENT_DESCRIPTIONS.has(head.lower)) return recalled;
    }
    // "The Federal Reserve Board on Tuesday fined Norvale Bank. ... the Board said": a capitalised word of the name of
    // the body that acted last, when no body quoted has it in its name
    if (!lowerHead && determiner === 'the' && to - from === 2 && !inPhrase.length && !this.lastAttached()) {
      const acting = this.memory.actingBodyNamed(head.lower);
      if (acting) return { kind: 'named', sources: [pointedAt(acting, from, to)] };
    }
    const described = determiner === 'the' && !TITLE_WORDS.has(head.lower) ? this.describedOpeningBody(from, to) : undefined;
    if (described) return { kind: 'named', sources: [described] };
    // "the ministry of trade said" under a "DAMASCUS -" dateline: that country's office
    const located = determiner === 'the' && lowerHead ? this.officeOfArticleCountry(from, to) : undefined;
    if (located) return { kind: 'named', sources: [located] };
    // "a foreign ministry spokesperson said", "the government spokesman said" under a "TOKYO -" dateline: the office's
    // body in that country speaks, as "a Foreign Ministry spokesman" does (else "the spokesman" meant whoever spoke last)
    const officeVoice = determiner ? this.spokespersonOfArticleCountryOffice(from, to, headAt) : undefined;
    if (officeVoice) return { kind: 'named', sources: [officeVoice] };
    // "the envoy", "The Belarusian ambassador": the ambassador named before, when one was
    if (determiner === 'the' && DIPLOMAT_TITLES.has(tokens[to - 1].lower) && this.onlyCountryOrTitles(from + 1, to - 1)) {
      const diplomat = this.memory.holderOf('diplomat');
      if (diplomat) return { kind: 'named', sources: [pointedAt(diplomat, from, to)] };
    }
    const member = determiner === 'the' ? this.legislatorMeant(from, to) : undefined;
    if (member) return member;
    // "The rise came from many factors, said the chief executive": the company's executive, before any person
    const chief = lowerHead && determiner === 'the' ? this.executiveOfEarlierCompany(from, to) : undefined;
    if (chief) return chief;
    if (lowerHead && determiner === 'the' && TITLE_WORDS.has(head.lower)) return this.recall('person', from, to);
    // "a company spokesperson said", "a ministry spokesman": the body described, unnamed people only when none is known
    if (lowerHead && (determiner === 'a' || determiner === 'an') && to - from === 3 && OFFICE_SPOKESPEOPLE.has(head.lower) && ORGANISATION_DESCRIPTORS.has(tokens[from + 1].lower)) {
      return this.recall('organisation', from, to, tokens[from + 1].lower) ?? this.describedEarlierInSentence(from, tokens[from + 1].lower);
    }
    // "a spokesman for the ministry told TASS", "the spokeswoman of the agency": the body described after the title,
    // as "a ministry spokesman" is
    const spokespersonOf = this.describedBodyAfterSpokesperson(from, to, determiner);
    if (spokespersonOf) return this.recall('organisation', from, to, spokespersonOf) ?? this.describedEarlierInSentence(from, spokespersonOf);
    const bare = this.bodyOfBareSpokesperson(from, to);
    if (bare) return { kind: 'named', sources: [bare] };
    // "a Lloyd's spokesperson", "a Treasury spokeswoman", "Apple's spokesman": the body named before the title speaks
    if (lowerHead && OFFICE_SPOKESPEOPLE.has(head.lower)) {
      const body = this.bodyBeforeSpokesperson(from, headAt);
      if (body) return { kind: 'named', sources: [body] };
    }
    // "The President noted", "The Head of State thanked": the office holder named before, never a name "The President"
    if (determiner === 'the' && this.onlyTitles(from + 1, to)) {
      const holder = this.recallHolder(from, to);
      const shortened = holder ? undefined : this.shortenedEarlierName(from, to);
      return shortened ? { kind: 'named', sources: [shortened] } : holder;
    }
    if (this.isDocumentTitle(from, headAt)) return this.documentIssuer(from, to);
    const shortened = this.shortenedEarlierName(from, to);
    if (shortened) return { kind: 'named', sources: [shortened] };
    const executive = this.executiveOfEarlierCompany(from, to);
    if (executive) return executive;
    return this.candidate(from, to, appositive);
  }

  /**
   * "Gazprom said exports fell. Chief executive Alexei Miller said ...", "CEO Jane Roe told analysts": a
   * company's titles alone before a person's name, with no body named in the phrase, mean the company the
   * article named before, speaking through that person. Only a company (or a name of unknown kind), never
   * a government or an outlet.
   */
  private executiveOfEarlierCompany(from: number, to: number): Referent | undefined {
    const { tokens } = this;
    // "the chief executive": with "the", the title alone (a core word of it: "the chief" heads anything)
    const titleStart = tokens[from].lower === 'the' ? from + 1 : from;
    let k = titleStart;
    let core = false;
    while (k < to && k - titleStart < MAX_EXECUTIVE_TITLE_WORDS && EXECUTIVE_TITLE_WORDS.has(tokens[k].lower)) {
      if (EXECUTIVE_CORE_WORDS.has(tokens[k].lower)) core = true;
      k++;
    }
    const titleOnly = titleStart > from && k === to && core;
    if (k === titleStart || (!titleOnly && (to - k < 2 || to - k > 3))) return undefined;
    // capitalised after the titles, one word at least tagged a proper noun (the tagger reads "Cook" in "Tim Cook" a verb)
    let proper = false;
    for (let j = k; j < to; j++) {
      if (!isCapitalized(tokens[j])) return undefined;
      if (tokens[j].pos === 'PROPN') proper = true;
    }
    if ((k < to && !proper) || this.sentence.anyMentionWithin(from, to)) return undefined;
    // "Saputo Inc.'s quarterly profit beat expectations ... said CEO Lino Saputo": else the unregistered company the
    // sentences before were about, quoting nobody since
    const remembered = this.memory.lastOrganisation(this.lastAttached(), 'company');
    const company = remembered && (remembered.type === 'company' || remembered.type === 'unknown') && !remembered.state ? remembered : this.lastAttached() ? undefined : this.memory.quietCompany(false);
    if (!company) return undefined;
    const person = k < to ? this.sentence.slice(k, to) : undefined;
    return { kind: 'named', sources: [{ ...pointedAt(company, from, to), ...(person && { person }) }] };
  }

  /**
   * "The Ukrainian General Staff said ... The General Staff said", "Russia's Investigative Committee ... the
   * Investigative Committee": "the" and the capitalised words a body's longer name opens with, or follows a
   * country's adjective with ("the Ukrainian Air Force"), mean that body, named before in the article.
   */
  private shortenedEarlierName(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (tokens[from].lower !== 'the' || to - from < 3 || to - from > MAX_SHORTENED_NAME_WORDS + 1) return undefined;
    for (let k = from + 1; k < to; k++) if (!isCapitalized(tokens[k]) || !/^\p{L}/u.test(tokens[k].text)) return undefined;
    // "the Ukrainian Air Force said ... the Air Force said": a country's adjective may stand before the rest of the name
    const earlier = bodyOnly(this.memory.organisationNamedFrom(`${this.sentence.slice(from + 1, to)} `, isNationality));
    return earlier && pointedAt(earlier, from, to);
  }

  /**
   * "Ministry spokesman Qin Gang" after "The Foreign Ministry said": a body's head written alone before a title means
   * the body named before whose name holds it, as "the Ministry" after "the Ministry of Lands" does; none when no
   * such body was named ("Ministry" is then left as written).
   */
  private headNamedBefore(start: number, end: number, person: string): NamedSource | undefined {
    if (end - start === 2) return this.levelPortfolioNamedBefore(start, person);
    if (end - start !== 1 || !SHORTENED_BODY_HEADS.has(this.tokens[start].lower)) return undefined;
    const earlier = bodyOnly(this.memory.organisationNaming(this.tokens[start].lower));
    return earlier && { ...pointedAt(earlier, start, end, 0.7), person };
  }

  /**
   * "State Health Officer Mylynn Tufte" after "The North Dakota Department of Health confirmed": a level of
   * government and a portfolio before a title name no body called "State Health" but the department of that
   * portfolio the article named before, as "Ministry spokesman" does its ministry; none when no department, agency or
   * the like holding the portfolio's word was named ("State Farm CEO Jane Roe" is left as written).
   */
  private levelPortfolioNamedBefore(start: number, person: string): NamedSource | undefined {
    const [level, portfolio] = [this.tokens[start], this.tokens[start + 1]];
    if (!GOVERNMENT_LEVEL_TITLES.has(level.lower) || !ONE_WORD_PORTFOLIOS.has(portfolio.lower)) return undefined;
    const earlier = bodyOnly(this.memory.organisationNaming(portfolio.lower));
    if (!earlier) return undefined;
    const bodyHeads = earlier.name.toLowerCase().split(/\s+/);
    return bodyHeads.some((w) => SHORTENED_BODY_HEADS.has(w)) ? { ...pointedAt(earlier, start, start + 2, 0.7), person } : undefined;
  }

  /**
   * "the ministry (MoD)", "the company”": a closing quote or a
   * parenthesis after the head is no head. A phrase that is all parenthesis
   * ("(ISW) said"), or whose parenthesis opens out of sight, keeps its inside.
   */
  private headBeforeAsides(from: number, headAt: number): number {
    const { tokens } = this;
    while (headAt > from) {
      if (CLOSING_QUOTES.has(tokens[headAt].text)) headAt--;
      else if (tokens[headAt].text !== ')') break;
      else {
        const open = this.sentence.openParen(headAt);
        if (open <= from) return headAt - 1;
        headAt = open - 1;
      }
    }
    return headAt;
  }

  /**
   * "high commissioner for human rights", "director of communications": a
   * title with a lower-case complement is the head of its phrase.
   */
  private titleHead(from: number, headAt: number): number {
    const { tokens } = this;
    if (isCapitalized(tokens[headAt]) || TITLE_WORDS.has(tokens[headAt].lower)) return headAt;
    for (let k = headAt - 1; k > from && k >= headAt - 4; k--) {
      const word = tokens[k].lower;
      if ((word === 'for' || word === 'of') && TITLE_WORDS.has(tokens[k - 1].lower)) return k - 1;
      if (isCapitalized(tokens[k]) || tokens[k].pos === 'PUNCT') return headAt;
    }
    return headAt;
  }

  /**
   * "Ukrainian authorities said", "the Iraqi government said": a country
   * adjective and a word for its government, the registry's body for it or
   * the phrase as written; also with the authorities' field between them
   * ("Turkish customs authorities confirmed").
   */
  private countryGovernment(from: number, to: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    if (headAt !== to - 1 || !GOVERNMENT_NOUNS.has(tokens[headAt].lower) || isCapitalized(tokens[headAt])) return undefined;
    const start = tokens[from].lower === 'the' ? from + 1 : from;
    const adjective = countryCodeOfAdjective(tokens, start, headAt);
    if (!adjective || (adjective.end !== headAt && !this.isFieldOfAuthorities(adjective.end, headAt))) return undefined;
    // "authorities" may be any level of government: only "government" is the cabinet
    const record = tokens[headAt].lower === 'government' ? registeredGovernment(this.sentence.registry, adjective.code) : undefined;
    if (!record) return { ...this.unregistered(start, to), type: 'government' };
    return { name: record.name, type: record.type, registered: true, outletId: record.id, first: start, end: to, confidence: 0.8 };
  }

  /** [from, headAt) is one or two lower-case words before "authorities": their field ("customs", "tax", "civil aviation"). */
  private isFieldOfAuthorities(from: number, headAt: number): boolean {
    const { tokens } = this;
    if (tokens[headAt].lower !== 'authorities' || headAt - from < 1 || headAt - from > MAX_AUTHORITIES_FIELD_WORDS) return false;
    for (let k = from; k < headAt; k++) if ((tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ') || !/^\p{Ll}+$/u.test(tokens[k].text)) return false;
    return true;
  }

  /**
   * "the coast guard said", "The defence ministry said": a state body the
   * article describes without naming it, as written, when nothing named
   * before fits the description. Lower-case words only: a capitalised one is
   * a name of its own.
   */
  private unnamedStateBody(from: number, to: number, headAt: number): Referent | undefined {
    const { tokens } = this;
    if (headAt !== to - 1 || to - from > MAX_DESCRIPTION_TOKENS || !UNNAMED_STATE_BODIES.has(tokens[headAt].lower)) return undefined;
    for (let k = from + 1; k < to; k++) if (isCapitalized(tokens[k]) || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ')) return undefined;
    const located = this.officeOfArticleCountry(from, to);
    if (located) return { kind: 'named', sources: [located] };
    return { kind: 'named', sources: [{ ...this.unregistered(from + 1, to), type: 'government', confidence: 0.5 }] };
  }

  /**
   * "ANKARA (Reuters) - The foreign ministry said", "the health ministry said" in a story about one country: an office
   * written with no country is that country's (a dateline's, or the one the text names most), unless the sentence
   * names a country itself ("Japan reported 300 cases, its health ministry said": that one, see attribute-sentence).
   */
  private officeOfArticleCountry(from: number, to: number): NamedSource | undefined {
    const office = officeWithoutCountry(this.tokens, from, to);
    if (!office || this.sentence.namesState) return undefined;
    // "The home secretary, Suella Braverman, said": a title one country writes is that country's
    const country = this.sentence.articleCountry() ?? countryOfTitle(this.tokens, from, to);
    if (!country) return undefined;
    const body = officeInCountry(this.sentence.registry, country, office);
    return { name: body.name, type: body.outlet?.type ?? 'government', registered: body.outlet !== undefined, outletId: body.outlet?.id, first: from, end: to, confidence: 0.5 };
  }

  /**
   * "a government estimate", "government data", "new government figures" from `from` (before `to`): in a story about
   * one country, that country's government, as "the government said" is; its `end` is the token after the figures.
   */
  governmentFiguresAt(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    let k = from;
    while (k < to && k - from < 3 && FIGURES_LEAD_WORDS.has(tokens[k].lower)) k++;
    if (k + 1 >= to || tokens[k].lower !== 'government' || !GOVERNMENT_FIGURES.has(tokens[k + 1].lower) || isCapitalized(tokens[k + 1])) return undefined;
    const body = this.officeOfArticleCountry(k, k + 1);
    return body && { ...body, first: from, end: k + 2 };
  }

  /**
   * "a foreign ministry spokesperson", "the foreign ministry's spokesman", "a spokeswoman for the foreign ministry"
   * [from, to), its head at `headAt`: the office's body in the article's country.
   */
  private spokespersonOfArticleCountryOffice(from: number, to: number, headAt: number): NamedSource | undefined {
    const office = this.officeOfSpokesperson(from, to, headAt);
    const body = office && office[1] > office[0] ? this.officeOfArticleCountry(office[0], office[1]) : undefined;
    return body && { ...body, first: from, end: to };
  }

  /** The office's words in "a spokeswoman for the foreign ministry" or "the foreign ministry('s) spokesperson", if either. */
  private officeOfSpokesperson(from: number, to: number, headAt: number): [number, number] | undefined {
    const { tokens } = this;
    const joiner = tokens[from + 2]?.lower;
    if (OFFICE_SPOKESPEOPLE.has(tokens[from + 1]?.lower ?? '') && (joiner === 'for' || joiner === 'of')) return [from + 3, to];
    if (headAt !== to - 1 || !OFFICE_SPOKESPEOPLE.has(tokens[headAt].lower)) return undefined;
    return [from + 1, isPossessive(tokens[headAt - 1]) ? headAt - 1 : headAt];
  }

  /**
   * "Head of the Lviv Regional Department of the Ministry of Interior": the
   * title is no part of the body's name (the body speaks through its head).
   */
  private afterHeadOf(start: number, end: number): number {
    const { tokens } = this;
    let k = start;
    while (k < end && TITLE_WORDS.has(tokens[k].lower)) k++;
    if (k === start || k + 1 >= end || (tokens[k].lower !== 'of' && tokens[k].lower !== 'for')) return start;
    const body = tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
    if (body >= end) return start;
    // "Minister for Health Stephen Donnelly", "Director General for Health Patrick Amoth": a portfolio, then its holder
    // (the field's word made "Health Jane Roe" read as a body, as "Public Health England" is)
    if (this.portfolioThenHolder(body, end)) return start;
    const type = guessSourceType(this.sentence.slice(body, end));
    return type === 'person' || type === 'unknown' ? start : body;
  }

  /**
   * "Captain Ryan Christen of the Ocean City fire department", "Jane Roe of the Norvale police department": a person,
   * "of" and a place's capitalised name before a service's lower-case words is that service, written so, through the
   * person (American copy writes a city's department in lower case as often as capitalised). The words after the
   * place must be lower-case and end in the head; a person alone before "of" a place ("Jane Roe of Norvale") is as
   * before.
   */
  private personOfPlaceService(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    const affiliation = splitAffiliation(tokens, from, to);
    if (!affiliation || tokens[affiliation.person[0] - 1]?.lower === 'of' || !this.namesTitledPerson(affiliation.person, to)) return undefined;
    const [bodyStart, bodyEnd] = affiliation.body;
    let lower = bodyStart;
    while (lower < bodyEnd && isCapitalized(tokens[lower])) lower++;
    if (lower === bodyStart || lower - bodyStart > MAX_PLACE_WORDS_BEFORE_SERVICE) return undefined;
    for (let k = lower; k < bodyEnd; k++) if (isCapitalized(tokens[k]) || !/^\p{Ll}/u.test(tokens[k].text)) return undefined;
    const person = this.sentence.slice(...affiliation.person);
    return { ...this.unregistered(bodyStart, bodyEnd, person), person };
  }

  /**
   * "In a statement, the Johnson County sheriff’s office said", "the Ocean City fire department said": "the", a place's
   * capitalised name and a service's lower-case words (an owner's possessive among them) ending in its head are that
   * place's service, a local government's, as written (as personOfPlaceService reads it after a person). A country's
   * name or adjective, or a body's ("the UN health agency"), is no such place: their offices are read elsewhere.
   */
  private placeServiceInLowerCase(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (tokens[from].lower !== 'the') return undefined;
    let lower = from + 1;
    while (lower < to && isCapitalized(tokens[lower])) lower++;
    if (lower === from + 1 || lower - (from + 1) > MAX_PLACE_WORDS_BEFORE_SERVICE || lower >= to - 1) return undefined;
    if (this.sentence.anyMentionStartingIn(from + 1, lower) || countryCodeOfAdjective(tokens, from + 1, lower)) return undefined;
    for (let k = lower; k < to; k++) if (!isPossessive(tokens[k]) && !/^\p{Ll}+$/u.test(tokens[k].text)) return undefined;
    return { ...this.unregistered(from + 1, to), type: 'government', confidence: 0.6 };
  }

  /**
   * [from, to) names a person, with any titles before the name: "Assistant Chief Jeff Wallin", whose two titles the
   * type guess does not know as a person's, is one as "Chief Jeff Wallin" is. `phraseEnd`: where the phrase naming
   * the employer after the person ends; a phrase cut inside a capitalised name ("... of the Justice" before
   * "Department's Criminal Division") names no employer whole, so the titled reading is not taken there.
   */
  private namesTitledPerson([from, to]: [number, number], phraseEnd: number): boolean {
    if (guessSourceType(this.sentence.slice(from, to)) === 'person') return true;
    const name = nameAfterTitles(this.tokens, from, to);
    const cut = phraseEnd < this.sentence.end && isCapitalized(this.tokens[phraseEnd]);
    return name > from && to - from > 3 && !cut && guessSourceType(this.sentence.slice(name, to)) === 'person';
  }

  /** "Director General" + "Health Patrick Amoth": a person part of titles only, and a body part that is a portfolio and its holder. */
  private onlyTitlesThenHolder(person: [number, number], body: [number, number]): boolean {
    for (let k = person[0]; k < person[1]; k++) if (!isTitle(this.tokens[k])) return false;
    return this.portfolioThenHolder(body[0], body[1]);
  }

  /** [from, to) is a title's portfolio in capitalised ministry words ("Health", "Foreign Affairs"), then a person's name. */
  private portfolioThenHolder(from: number, to: number): boolean {
    const { tokens } = this;
    // "Director of Public Health England Jane Roe": a body's name the text's mentions found, or a place after the field
    // ("England"), is the employer's
    if (this.sentence.mentionsStartingIn(from, from + 1).length > 0) return false;
    let k = from;
    while (k < to && isCapitalized(tokens[k]) && MINISTRY_DOMAIN_WORDS.has(tokens[k].lower)) {
      k++;
      if (k + 1 < to && (tokens[k].lower === 'and' || tokens[k].text === '&') && MINISTRY_DOMAIN_WORDS.has(tokens[k + 1].lower)) k++;
    }
    return k > from && to - k >= 2 && !this.isPlace(k, k + 1) && guessSourceType(this.sentence.slice(k, to)) === 'person';
  }

  /**
   * "the head of the OVA Oleh Kiper", "The spokesman of the Air Force Yuriy
   * Ihnat": copy translated from Ukrainian or Russian names the body after the
   * title and the officer's two-word name right after it, with no comma.
   */
  private bodyThenOfficer(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    if (end - start < 3) return undefined;
    let k = start - 1;
    if (k >= this.first && tokens[k].lower === 'the') k--;
    if (k - 1 < this.first || tokens[k].lower !== 'of' || !TITLE_WORDS.has(tokens[k - 1].lower)) return undefined;
    const person = this.sentence.slice(end - 2, end);
    if (guessSourceType(person) !== 'person' || guessSourceType(this.sentence.slice(start, end - 2)) === 'person') return undefined;
    return this.unregistered(start, end - 2, person);
  }

  /** "The President": the last holder of that office; a title no office lexicon knows, the last person. */
  private recallHolder(from: number, to: number): Referent | undefined {
    const words: string[] = [];
    for (let k = from + 1; k < to; k++) words.push(this.tokens[k].lower);
    const office = officeOfTitle(words);
    if (!office) return this.recall('person', from, to);
    const holder = this.memory.holderOf(office);
    if (!holder) return undefined;
    return { kind: 'named', sources: [pointedAt(holder, from, to)] };
  }

  /** Words [from, to) that are only a country's adjective and titles ("Belarusian", "deputy"), or none. */
  private onlyCountryOrTitles(from: number, to: number): boolean {
    let k = from;
    const adjectiveEnd = k < to ? countryCodeOfAdjective(this.tokens, k, to)?.end : undefined;
    if (adjectiveEnd !== undefined) k = adjectiveEnd;
    for (; k < to; k++) if (!TITLE_WORDS.has(this.tokens[k].lower)) return false;
    return true;
  }

  private onlyTitles(from: number, to: number): boolean {
    if (from >= to) return false;
    for (let k = from; k < to; k++) {
      const word = this.tokens[k].lower;
      if (!TITLE_WORDS.has(word) && !TITLE_ONLY_WORDS.has(word)) return false;
    }
    return true;
  }

  /**
   * "The Autumn 2017 Economic Forecast", "The Global Risks Report 2024": a
   * document's title (a capitalised document noun closing it, a year after
   * it) names no body.
   */
  private isDocumentTitle(from: number, headAt: number): boolean {
    const { tokens } = this;
    let k = headAt;
    if (k > from && tokens[k].pos === 'NUM') k--;
    return k > from && isCapitalized(tokens[k]) && TITLED_DOCUMENTS.has(tokens[k].lower) && !this.sentence.anyMentionWithin(from, headAt + 1);
  }

  /** Who speaks through a titled document: the body the page's labels name as issuing it, else the last publisher of one. */
  private documentIssuer(from: number, to: number): Referent | undefined {
    const issuer = this.memory.issuer() ?? this.memory.lastOrganisation(undefined, 'report');
    return issuer && { kind: 'named', sources: [pointedAt(issuer, from, to)] };
  }

  /** "They found", "Overall, they concluded", "In 2020, they found": the word opens the sentence or its main clause after a short opener. */
  private opensMainClause(from: number): boolean {
    if (from === this.first) return true;
    const opener = this.tokens[this.first].pos;
    return from - this.first <= MAX_CLAUSE_OPENER + 1 && this.tokens[from - 1].text === ',' && (opener === 'ADV' || opener === 'ADP' || opener === 'SCONJ');
  }

  /** "The Commission's complaint": an owner named inside the phrase, not a description to recall. */
  private hasPossessive(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (isPossessive(this.tokens[k])) return true;
    return false;
  }

  /**
   * The body or country that is the subject of the sentence's main clause,
   * named in its opening words and followed by its verb ("In recent months,
   * Pyongyang has ...", "Gazprom raised ..."), before `before`.
   */
  private openingSubject(before: number): Mention | undefined {
    const { tokens } = this;
    const limit = Math.min(before, this.first + MAX_OPENING_SUBJECT);
    // a quotation's words ("“Why would Moscow stop now, when it believes ...” Hale asked") are the speaker's, not the sentence's
    for (let k = this.first; k < limit; k++) if (OPENING_QUOTES.has(tokens[k].text)) return undefined;
    for (const mention of this.sentence.mentionsStartingIn(this.first, limit)) {
      if (mention.end >= before || mention.type === 'person') continue;
      const previous = mention.first > this.first ? tokens[mention.first - 1] : undefined;
      if (previous && previous.pos === 'ADP') continue; // "the attack on Gazprom" is no subject
      const verb = tokens[mention.end];
      if ((verb.pos === 'VERB' || verb.pos === 'AUX') && !isCapitalized(verb)) return mention;
    }
    return undefined;
  }

  /**
   * "the Street", "the $24.8 billion Wall Street had expected": a phrase ending
   * in the street's name (capitalised, no other name before it) is the
   * market's analysts, unnamed.
   */
  private namesMarketConsensus(from: number, to: number): boolean {
    const { tokens } = this;
    if (!isCapitalized(tokens[to - 1])) return false;
    for (const words of [1, 2]) {
      const start = to - words;
      if (start < from) break;
      let phrase = '';
      for (let k = start; k < to; k++) phrase += (k > start ? ' ' : '') + tokens[k].lower;
      if (MARKET_CONSENSUS_NAMES.has(phrase) && (start === from || !isCapitalized(tokens[start - 1]))) return true;
    }
    return false;
  }

  /**
   * "IBM (NYSE:IBM) missed revenue expectations, when it reported ...": a name
   * no mention covers, opening the sentence as the subject of its verb (a
   * parenthesis between them is an aside), when it names one body.
   */
  private openingName(before: number): NamedSource | undefined {
    const { tokens } = this;
    let end = this.first;
    while (end < before && end - this.first < MAX_OPENING_NAME_WORDS && isCapitalized(tokens[end]) && tokens[end].pos === 'PROPN') end++;
    if (end === this.first || this.sentence.anyMentionStartingIn(this.first, end)) return undefined;
    let verbAt = end;
    if (tokens[verbAt]?.text === '(') {
      const close = this.sentence.closeParen(verbAt, before);
      if (close < 0) return undefined;
      verbAt = close + 1;
    }
    const verb = tokens[verbAt];
    if (verbAt >= before || !(verb.pos === 'VERB' || verb.pos === 'AUX') || isCapitalized(verb)) return undefined;
    const found = this.candidate(this.first, end);
    const source = found?.kind === 'named' && found.sources.length === 1 ? found.sources[0] : undefined;
    return source && source.type !== 'person' ? source : undefined;
  }

  /**
   * The company the article named before that a description of it at [from, to), its head at `headAt` and its words
   * from `describedFrom`, means: "Norvale Semiconductor posted a record quarter. The chipmaker said": an unregistered
   * name the sentences before opened with, quoting nobody since ("the company" alone only when that name is no
   * person's too); else the last company remembered, or a name of unknown kind ("Acme Foods"), never a government,
   * an outlet or a person.
   */
  private companyNamedBefore(from: number, to: number, headAt: number, describedFrom: number): Referent | undefined {
    const head = this.tokens[headAt];
    const trade = headAt > describedFrom || !GENERIC_COMPANY_HEADS.has(head.lower);
    const quiet = this.lastAttached() ? undefined : this.memory.quietCompany(trade);
    if (quiet) return { kind: 'named', sources: [pointedAt(quiet, from, to)] };
    // "after Spirit Airlines canceled flights ... The airline says": the body of that kind named without being quoted
    const ofKind = this.memory.bodyOfKind(head.lower);
    if (ofKind) return { kind: 'named', sources: [pointedAt(ofKind, from, to)] };
    // "the firm" may also be a market researcher ("Norvale Research"); "the company" and a trade only a company
    const description = head.lower === 'firm' && headAt === describedFrom ? 'firm' : 'company';
    const company = this.recall('organisation', from, to, description);
    return company?.kind === 'named' && company.sources.every((s) => descriptionFits(description, s) && !s.state) ? company : undefined;
  }

  /**
   * "the San Francisco social media company said", "the Slovenian drugmaker said", "Slovenia's largest listed company
   * said": a company described by where it is from, then its trade or rank in lower case, means the company the
   * article named before, as "the Oslo-based firm" does; never the place, nor a body called so. After "the" the home
   * is a country's or a capital's name or adjective, or capitalised words naming no body followed by a lower-case
   * word ("the Acme company" may be a name); without "the" only a country's or a capital's possessive.
   */
  private companyDescribedByHome(from: number, to: number, headAt: number): Referent | undefined {
    const { tokens } = this;
    if (headAt !== to - 1 || !isCompanyDescriptionHead(tokens[headAt].lower) || isCapitalized(tokens[headAt])) return undefined;
    const the = tokens[from].lower === 'the';
    const homeStart = the ? from + 1 : from;
    let homeEnd = homeStart;
    while (homeEnd < headAt && homeEnd - homeStart < MAX_PLACE_WORDS && isCapitalized(tokens[homeEnd]) && !isPossessive(tokens[homeEnd])) homeEnd++;
    if (homeEnd === homeStart) return undefined;
    const possessive = homeEnd < headAt && isPossessive(tokens[homeEnd]);
    const mentions = this.sentence.mentionsWithin(homeStart, homeEnd);
    if (mentions.some((m) => !m.state)) return undefined;
    // ("Slovenia's", "the Slovenian": a country's name is a mention, its adjective is read by the office lexicon)
    const state = (mentions.length === 1 && mentions[0].first === homeStart && mentions[0].end === homeEnd) || countryCodeOfAdjective(tokens, homeStart, homeEnd)?.end === homeEnd;
    const describedFrom = possessive ? homeEnd + 1 : homeEnd;
    if (the ? possessive || (!state && describedFrom === headAt) : !possessive || !state) return undefined;
    // ("largest listed": a participle describes a company as an adjective does)
    for (let k = describedFrom; k < headAt; k++) if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || tokens[k].pos === 'PROPN') return undefined;
    return this.companyNamedBefore(from, to, headAt, homeStart);
  }

  /**
   * The company a market report opens with ("Toray dropped ...", "Shares of Nissan fell ...", "Nissan shares
   * fell ..."), when a lower-case description of it (no capital between `from` and `headAt`) follows.
   */
  private openingCompany(from: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    for (let k = from + 1; k <= headAt; k++) if (isCapitalized(tokens[k]) || tokens[k].pos === 'PROPN') return undefined;
    let start = this.first;
    const sharesOf = tokens[start].lower === 'shares' && (tokens[start + 1]?.lower === 'of' || tokens[start + 1]?.lower === 'in');
    if (sharesOf) start += 2;
    if (start >= from || !isCapitalized(tokens[start]) || tokens[start].pos !== 'PROPN') return undefined;
    let end = start + 1;
    while (end < from && end - start < MAX_OPENING_NAME && isCapitalized(tokens[end]) && tokens[end].pos === 'PROPN') end++;
    const next = tokens[end];
    const ends = sharesOf || next.lower === 'shares' || ((next.pos === 'VERB' || next.pos === 'AUX') && !isCapitalized(next));
    if (!ends || end >= from) return undefined;
    const mention = this.sentence.mentionsStartingIn(start, start + 1).find((m) => m.end === end);
    if (mention) return mention.state || mention.type === 'person' || isMediaType(mention.type) ? undefined : this.fromMention(mention);
    const source = this.unregistered(start, end);
    return source.type === 'person' || isMediaType(source.type) ? undefined : source;
  }

  /**
   * "crisp" of "the crisp maker", "Oslo-based" of "the Oslo-based firm": the words before a company's description are
   * lower-case words of its trade or a place joined to "-based" (at most a few): a description, no name.
   */
  private describesCompany(from: number, headAt: number): boolean {
    const { tokens } = this;
    if (headAt - from > MAX_COMPANY_DESCRIPTION_WORDS) return false;
    for (let k = from; k < headAt; k++) {
      const word = tokens[k];
      // "Oslo-based" as one word, or as "Oslo", "-", "based"
      if (PLACE_BASED.test(word.text)) continue;
      if (word.text === '-' && tokens[k + 1]?.lower === 'based') continue;
      if (word.lower === 'based' && tokens[k - 1]?.text === '-') continue;
      if (isCapitalized(word) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'based') continue;
      // "the Sunnyvale, Calif.-based company": a town and its state's short name before "-based"
      if (isCapitalized(word) && tokens[k + 1]?.text === ',' && this.placeBasedAt(k + 2)) continue;
      if (word.text === ',' && k > from && isCapitalized(tokens[k - 1]) && this.placeBasedAt(k + 1)) continue;
      if (/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) && word.pos !== 'VERB' && word.pos !== 'PROPN') continue;
      return false;
    }
    return true;
  }

  /** A place joined to "-based" starts at `k`: "Oslo-based" as one word, or as "Calif.", "-", "based". */
  private placeBasedAt(k: number): boolean {
    const { tokens } = this;
    const word = tokens[k];
    if (!word) return false;
    return PLACE_BASED.test(word.text) || (isCapitalized(word) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'based');
  }

  /** The words from a news outlet's name to the head describe it ("Yonhap news", "Nikkei business daily"). */
  private describesOutlet(mention: Mention, headAt: number): boolean {
    const { tokens } = this;
    if (!isMediaType(mention.type) || mention.end > headAt || headAt - mention.end >= MAX_OUTLET_DESCRIPTION) return false;
    for (let k = mention.end; k <= headAt; k++) if (!OUTLET_DESCRIPTOR_WORDS.has(tokens[k].lower)) return false;
    return true;
  }

  /**
   * The unregistered outlet named right before the outlet noun at `headAt` and its descriptors ("Sichuan Daily" of
   * "the official Sichuan Daily newspaper"); undefined when a nationality or a country stands there ("the South
   * Korean newspaper" is a description, not a name).
   */
  private outletCalledSo(from: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    let end = headAt;
    while (end > from && headAt - end < MAX_OUTLET_DESCRIPTION && !isCapitalized(tokens[end - 1]) && OUTLET_DESCRIPTOR_WORDS.has(tokens[end - 1].lower)) end--;
    const run = lastProperRun(tokens, from, end);
    if (!run || run[1] !== end) return undefined;
    const name = this.sentence.slice(tokens[run[0]].lower === 'the' ? run[0] + 1 : run[0], run[1]);
    if (!name || isNationality(name) || countryCodeOfName(name)) return undefined;
    return { ...this.unregistered(run[0], run[1]), type: 'newspaper' };
  }

  /**
   * "The Kremlin-backed broadcaster RT", "the Iran-funded militia": a body
   * written before "-backed", "-funded", "-run" qualifies the head of the
   * phrase, which speaks; the backer does not.
   */
  private onlyModifies(mention: Mention, headAt: number): boolean {
    return mention.end + 1 < headAt + 1 && isModifierJoin(this.tokens, mention.end);
  }

  /**
   * "said Kan Gianattasio, the first author": a one-word outlet ("Kan") opening
   * the phrase and followed, with nothing between, by the capitalised word
   * that ends it is a person's given name, not the outlet.
   */
  private givenNameOfPerson(mention: Mention, from: number, headAt: number): boolean {
    const { tokens } = this;
    if (!isMediaType(mention.type) || mention.first !== from || mention.end !== from + 1 || headAt !== from + 1) return false;
    const surname = tokens[headAt];
    return surname.pos === 'PROPN' && isCapitalized(surname) && surname.text !== surname.text.toUpperCase()
      && !OUTLET_DESCRIPTOR_WORDS.has(surname.lower) && !ORGANISATION_DESCRIPTORS.has(surname.lower) && !TITLE_WORDS.has(surname.lower)
      && !this.sentence.anyMentionStartingIn(headAt, headAt + 1);
  }

  /**
   * "Many residents of Kharkiv said", "Residents of Kharkiv said": unnamed
   * people of a place are no source, and the place is none either. The
   * people word opens the phrase (past a determiner or a number).
   */
  private unnamedPeopleOf(from: number, headAt: number): boolean {
    const { tokens } = this;
    let k = from;
    while (k < headAt && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ')) k++;
    return k + 1 < headAt && (ANONYMOUS_HEADS.has(tokens[k].lower) || MEMBER_NOUNS.has(tokens[k].lower)) && tokens[k + 1].lower === 'of';
  }

  /** "The Kremlin-backed Hudson Channel", "The New York-based Hudson Institute": the name starts after the modifier. */
  private afterModifier(start: number, end: number): number {
    const { tokens } = this;
    for (let k = end - 3; k >= start; k--) {
      if (isModifierJoin(tokens, k + 1) && k + 3 < end) return k + 3;
    }
    return start;
  }

  /**
   * "the Bureau of Labor Statistics of the U.S. Department of Labor": a body
   * written after "of" the body before it is that body's parent, which does
   * not speak (bodies joined by "and" each do).
   */
  private withoutParents(bodies: Mention[]): Mention[] {
    if (bodies.length < 2) return bodies;
    const { tokens } = this;
    return bodies.filter((m, i) => {
      if (i === 0) return true;
      let k = bodies[i - 1].end;
      if (tokens[k]?.lower !== 'of') return true;
      k++;
      if (tokens[k]?.lower === 'the') k++;
      return k !== m.first;
    });
  }

  /** "Russia and China", "the US, Britain and France": names joined by commas and "and" alone. */
  private onlyJoined(mentions: Mention[]): boolean {
    for (let i = 1; i < mentions.length; i++) {
      for (let k = mentions[i - 1].end; k < mentions[i].first; k++) {
        const word = this.tokens[k].lower;
        if (word !== 'and' && word !== ',' && word !== 'the') return false;
      }
    }
    return true;
  }

  /** A country or capital in a subject: the government speaking, or part of a longer name. */
  private resolveState(state: Mention, from: number, to: number, headAt: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    const possessive = state.end < to && isPossessive(tokens[state.end]);
    if (possessive && state.end + 1 < to) {
      // "Ukraine's Energy Ministry said": the body after the possessive speaks;
      // "Ukraine's air force said": the phrase as written is its name
      if (isCapitalized(tokens[state.end + 1])) return this.candidate(state.end + 1, to, appositive);
      const head = tokens[headAt];
      if (ORGANISATION_DESCRIPTORS.has(head.lower) || STATE_BODY_HEADS.has(head.lower)) {
        return { kind: 'named', sources: [this.unregistered(state.first, headAt + 1)] };
      }
      return undefined;
    }
    const bare = state.first === from || (state.first === from + 1 && tokens[from].lower === 'the');

    if (state.end === headAt + 1 && bare) return { kind: 'named', sources: [this.fromMention(state)] };
    // "the Japan coast guard said", "a spokeswoman for the Japan coast guard": the country's name before a state
    // body's lower-case words names that body, as "Japan's coast guard" does
    if (bare && headAt === to - 1 && STATE_BODY_HEADS.has(tokens[headAt].lower) && this.lowerCaseWords(state.end, to)) {
      return { kind: 'named', sources: [this.unregistered(state.first, to)] };
    }
    // "The State Nuclear Regulatory Inspectorate of Ukraine": the state is part of a name
    return this.candidate(from, to, appositive);
  }

  /**
   * Where a name [nameStart, nameEnd) that is a country's ends, with the lower-case words of a state body after it
   * ("Japan" + "coast guard") when they close the phrase at `limit` or a comma; else `nameEnd`.
   */
  private stateBodyWordsAfter(nameStart: number, nameEnd: number, limit: number): number {
    const { tokens } = this;
    let k = nameEnd;
    while (k < limit && k - nameEnd < 3 && !isCapitalized(tokens[k]) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k++;
    if (k === nameEnd || (k < limit && tokens[k].text !== ',') || !STATE_BODY_HEADS.has(tokens[k - 1].lower)) return nameEnd;
    return this.sentence.mentionsWithin(nameStart, nameEnd).some((m) => m.state && m.first === nameStart && m.end === nameEnd) ? k : nameEnd;
  }

  /**
   * "the country's foreign ministry said", "the country’s maritime safety department told TASS": a state body of
   * the country the sentence names before it (else the one the article is about), the registry's when the words are
   * an office, else as written; undefined for other phrases.
   */
  private bodyOfTheCountry(from: number, to: number): Referent | undefined {
    const { tokens } = this;
    const start = from + 3;
    if (to - start < 1 || to - start > MAX_DESCRIPTION_TOKENS || tokens[from].lower !== 'the' || !COUNTRY_NOUNS.has(tokens[from + 1].lower) || !isPossessive(tokens[from + 2])) return undefined;
    if (!this.lowerCaseWords(start, to) || !COUNTRY_BODY_HEADS.has(tokens[to - 1].lower)) return undefined;
    const office = officeWithoutCountry(tokens, start, to);
    const state = this.sentence.mentionsStartingIn(this.first, from).filter((m) => m.state && m.end <= from).pop();
    const code = state ? countryCodeOfName(state.name) : this.sentence.articleCountry();
    if (office && code) {
      const body = officeInCountry(this.sentence.registry, code, office);
      return { kind: 'named', sources: [{ name: body.name, type: body.outlet?.type ?? 'government', registered: body.outlet !== undefined, outletId: body.outlet?.id, first: from, end: to, confidence: 0.6 }] };
    }
    return { kind: 'named', sources: [{ ...this.unregistered(start, to), type: 'government', confidence: 0.5 }] };
  }

  /** Whether [from, to) is one to three lower-case nouns or adjectives ("coast guard"). */
  private lowerCaseWords(from: number, to: number): boolean {
    if (to <= from || to - from > 3) return false;
    for (let k = from; k < to; k++) if (isCapitalized(this.tokens[k]) || (this.tokens[k].pos !== 'NOUN' && this.tokens[k].pos !== 'ADJ' && this.tokens[k].pos !== 'PROPN')) return false;
    return true;
  }

  /** "the parliamentarian", "the lawmaker" [from, to): the member of a legislature named before, when one was. */
  legislatorMeant(from: number, to: number): Referent | undefined {
    if (!LEGISLATOR_TITLES.has(this.tokens[to - 1].lower) || !this.onlyCountryOrTitles(from + 1, to - 1)) return undefined;
    const member = this.memory.holderOf('legislator');
    return member && { kind: 'named', sources: [pointedAt(member, from, to)] };
  }

  /** "NATO Secretary General Jens Stoltenberg": the name after the titles. */
  personIn(from: number, to: number): string | undefined {
    const { tokens } = this;
    let k = from;
    while (k < to && (isTitle(tokens[k]) || isPossessive(tokens[k]) || tokens[k].text === '-' || tokens[k].text === '.')) k++;
    if (k >= to || (k === from && to - k < 2)) return undefined;
    for (let j = k; j < to; j++) if (!isCapitalized(tokens[j]) && tokens[j].text !== '-' && tokens[j].text !== '.' && !isHyphenatedNameTail(tokens, j, from) && !isInnerNameParticle(tokens, j, k, to)) return undefined;
    return this.sentence.slice(k, to);
  }

  /** An unregistered proper name: an outlet the registry lacks, or a person. */
  candidate(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    const head = tokens[to - 1];
    // "Roe's press office said": a lower-case word for the office's kind between the possessive and the office
    const kind = to - 2 > from && OFFICE_KINDS.has(tokens[to - 2].lower) ? 1 : 0;
    const possessor = to - 2 - kind > from ? tokens[to - 2 - kind].text : '';
    if (!isCapitalized(head) && ORGANISATION_DESCRIPTORS.has(head.lower) && (possessor === "'s" || possessor === '’s')) {
      // "Zelensky's office said": the office of the holder named before, else the office as written
      const owner = lastProperRun(tokens, from, to - 2 - kind);
      const office = owner && this.holderBody(owner[0], owner[1]);
      if (office) return { kind: 'named', sources: [office] };
      if (owner) return { kind: 'named', sources: [this.unregistered(owner[0], to)] };
    }
    // "the city's mayor has said", "said regional governor Jane Roe": the administration of the place the sentence names
    const placed = this.localTitleOfPlaceNamed(from, to, appositive);
    if (placed) return { kind: 'named', sources: [placed] };
    const joined = this.joinedNames(from, to, appositive);
    if (joined) return joined;
    let stop = to;
    // "Eurostat figures show": the name before the data noun
    while (stop > from + 1 && !isCapitalized(tokens[stop - 1]) && SOURCE_HEADS.has(tokens[stop - 1].lower)) stop--;
    if (stop < to && stop > from + 1 && isPossessive(tokens[stop - 1])) stop--; // "Eurostat's data"
    const run = lastProperRun(tokens, from, stop);
    if (!run) return undefined;
    const end = run[1];
    // "The Autumn 2017 Economic Forecast published today shows", "data from the 2010 Census": a document's title
    // names no body; its publisher speaks, if the article named one
    if (DOCUMENT_TITLE_HEADS.has(tokens[end - 1].lower)) return this.documentPublisher(run[0], end);
    let start = run[0];
    if (start === this.first && end - start > 1 && (tokens[start].pos === 'ADJ' || tokens[start].pos === 'ADV')) start++; // "Separate Eurostat data" 
    while (start < end - 1 && CAPITALISED_FUNCTION_WORDS.has(tokens[start].lower) && tokens[start].lower !== 'the') start++;
    start = this.afterHeadOf(start, end);
    // "former Minister of Industry, Mine and Trade Jane Roe said": the holder after the title's listed domains
    const holder = afterListedDomains(tokens, from, start, end);
    if (holder > 0) start = holder;
    // "The Russian-installed governor of Kherson, Jane Roe, said": the place's administration, never the place
    const local = start > from + 1 ? this.localGovernment(start - 1, start, end) : undefined;
    if (local) {
      const person = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
      return { kind: 'named', sources: [person && person[0] === appositive[0] && person[1] === appositive[1] ? { ...local, person: this.sentence.slice(...person) } : local] };
    }
    const shortened = this.outletByLastWord(start, end);
    if (shortened) return { kind: 'named', sources: [pointedAt(shortened, start, end, 0.7)] };
    if (end - start === 1) {
      const only = tokens[start];
      const opening = this.opensText(start);
      // "figures from March": a month or a weekday alone is a time, no one's name
      if (CAPITALISED_FUNCTION_WORDS.has(only.lower) || CALENDAR_NAMES.has(only.lower)) return undefined;
      // "its CEO said", "the CFO said": an abbreviated title is no name (whose "its" means is left open:
      // in "Juniper says its sales fell, a level its CEO said ..." it is neither the speaker nor the last company)
      const determiner = start > this.first ? tokens[start - 1].lower : '';
      if (CORPORATE_TITLES.has(only.lower) && (POSSESSIVE_DETERMINERS.has(determiner) || ARTICLES.has(determiner))) return undefined;
      // "Skeptics argue", "Economists say", "Projections suggest": nobody named
      if (opening && (GENERIC_PLURAL.test(only.text) || GENERIC_PLURAL_WORDS.has(only.lower)) && !this.memory.findBySurname(only.text)) return { kind: 'anonymous' };
      // "Bureaucracy explains the rest.", "Security experts say": a common word opening the sentence
      // "Yahoo (NASDAQ:YHOO) said": a parenthesis closing the phrase (a ticker, an abbreviation) is an aside, no next word
      const aside = end < to - 1 && tokens[end].text === '(' && this.bracketsOnly(end, to);
      const next = end < to && !aside ? tokens[end].lower : undefined;
      const namesItsData = next === "'s" || next === '’s' || (next !== undefined && SOURCE_HEADS.has(next) && (!EXPERT_NOUNS.has(next) || only.pos === 'PROPN'));
      if (opening && (only.pos !== 'PROPN' || (next !== undefined && !namesItsData))) return undefined;
      const known = this.memory.findBySurname(only.text);
      if (known) return { kind: 'named', sources: [pointedAt(known, start, end, 0.7)] };
      // "Official reports insist", "Articles presented on the site reflect": the tagger reads a capitalised word
      // opening a sentence as a name; the article writing it in lower case elsewhere shows it is a common word
      if (opening && this.sentence.writtenInLowerCase(start) && !this.sentence.namedMidSentence(start)) return undefined;
      if (opening && isAbstractNoun(only.lower) && !this.sentence.namedMidSentence(start)) return undefined;
    }
    // "North Korean diplomat Jon Yong Ryong", "Security Service head Jane Roe": a lower-case title before the name
    if (end - start >= 2 && start > from && isTitleOrGovernmentTitle(tokens[start - 1]) && guessSourceType(this.sentence.slice(start, end)) === 'person') {
      const person = this.sentence.slice(start, end);
      const country = countryBeforeTitle(this.sentence, start, end, person);
      if (country) return { kind: 'named', sources: [country] };
      const owner = this.ownerBeforeLowerTitles(from, start);
      if (owner) return { kind: 'named', sources: [{ ...pointedAt(owner, start, end, 0.7), person }] };
      const body = this.bodyBeforeLowerTitles(from, start);
      if (body) return { kind: 'named', sources: [this.headNamedBefore(body[0], body[1], person) ?? this.unregistered(body[0], body[1], person)] };
    }
    const officer = this.bodyThenOfficer(start, end);
    if (officer) return { kind: 'named', sources: [officer] };
    const affiliation = splitAffiliation(tokens, start, end);
    // ("Director General for Health Patrick Amoth": titles alone before "for" are no person, the holder follows the portfolio)
    const affiliated = affiliation && this.namesTitledPerson(affiliation.person, end) && tokens[affiliation.person[0]].lower !== 'the' && !this.onlyTitlesThenHolder(affiliation.person, affiliation.body);
    // "Prime Minister John Doe of Ohio": a titled holder named with his place reads as the holder alone
    if (end - start > 4 && tokens[end - 2].lower === 'of' && this.isPlace(end - 1, end) && isTitle(tokens[start])) return this.candidate(start, end - 2);
    // "Rep. Jane Roe of Texas": a place after "of" says where the person comes from; the person speaks
    if (affiliation && affiliated && this.isPlace(affiliation.body[0], affiliation.body[1])) {
      return { kind: 'named', sources: [personSource(this.sentence.slice(nameAfterTitles(tokens, ...affiliation.person), affiliation.person[1]), start, end)] };
    }
    if (affiliation && affiliated && guessSourceType(this.sentence.slice(...affiliation.body)) !== 'person') {
      return { kind: 'named', sources: [this.unregistered(affiliation.body[0], affiliation.body[1], this.sentence.slice(...affiliation.person))] };
    }
    // "the head of the OVA Oleh Kiper", "Chairman of the NBU Andriy Pyshnyi": a title of an abbreviated body, then its holder
    if (this.headOfAbbreviation(start, end)) {
      return { kind: 'named', sources: [this.unregistered(start, start + 1, this.sentence.slice(start + 1, end))] };
    }
    // "Labour's Andrew Gwynne says": the body before the possessive speaks through the person after it
    const owned = this.ownerThenPerson(start, end);
    if (owned) return { kind: 'named', sources: [owned] };
    const titledPerson = this.personInAppositiveOfTitle(start, end, appositive);
    if (titledPerson) return { kind: 'named', sources: [titledPerson] };
    // "Delaware Chancery Judge Jane Roe", "Judge Jane Roe": the court the title names, through the judge
    const judged = this.courtOfJudge(start, end);
    if (judged) return { kind: 'named', sources: [judged] };
    // "Cumberland County Sheriff Ennis Wright": the sheriff's office of the place, through the sheriff
    const sheriff = this.sheriffsOfficeOfSheriff(start, end);
    if (sheriff) return { kind: 'named', sources: [sheriff] };
    // "The Chief of Montreal Lake Cree Nation says": a capitalised title and "of" before a body's name name the body
    const titledBody = this.bodyAfterCapitalisedTitle(start, end);
    if (titledBody) return titledBody;
    // "General Staff" is a body, not a person called Staff: a name does not end in a title, nor
    // in a body's head ("North American Aerospace Defense Command" is no person called Command)
    const nameStart = TITLE_WORDS.has(tokens[end - 1].lower) || endsInBodyHead(tokens[end - 1]) ? start : nameAfterTitles(tokens, start, end);
    // "The Member for New England said", "Spokesman for Acme": what the title is for is no person's name; a seat names
    // nobody, an employer speaks
    if (nameStart > start && nameStart + 1 < end && (tokens[nameStart].lower === 'for' || tokens[nameStart].lower === 'of')) {
      return SEAT_TITLES.has(tokens[nameStart - 1].lower) ? undefined : this.candidate(nameStart + 1, end);
    }
    const organisation = nameStart > start || guessSourceType(this.sentence.slice(start, end)) === 'person' ? this.organisationIn(appositive) : undefined;
    if (nameStart > start || (organisation && guessSourceType(this.sentence.slice(start, end)) === 'person')) {
      const person = this.sentence.slice(nameStart, end);
      if (organisation) return { kind: 'named', sources: [{ ...organisation, person }] };
      // "Kyiv Mayor Vitali Klitschko": a mayor speaks for the city's council, never for the city or himself alone
      const city = this.placeBeforeLocalTitle(start, nameStart);
      if (city) return { kind: 'named', sources: [{ ...city, person }] };
      // "NCRPO chief Police Brigadier General Jonnel Estomo": a police rank, no body called "Police Brigadier"
      const ranked = this.policeRankHolder(start, end);
      if (ranked) return { kind: 'named', sources: [ranked] };
      const body = this.bodyBeforeTitles(start, nameStart);
      if (body) return { kind: 'named', sources: [this.headNamedBefore(body[0], body[1], person) ?? this.unregistered(body[0], body[1], person)] };
      // "said Agriculture Secretary Tom Vilsack" after the Department of Agriculture spoke: that department
      const office = officeOfHolderTitle(tokens, start, nameStart);
      const quoted = office ? this.memory.bodyOfOffice(office) : undefined;
      if (quoted) return { kind: 'named', sources: [{ ...pointedAt(quoted, start, end, 0.7), person }] };
      // "Mr. Jang said": the person introduced before, with the body they speak for
      const known = end - nameStart === 1 ? this.memory.findBySurname(person) : undefined;
      if (known) return { kind: 'named', sources: [pointedAt(known, nameStart, end, 0.7)] };
      return { kind: 'named', sources: [personSource(person, nameStart, end)] };
    }
    return { kind: 'named', sources: [this.unregistered(start, end)] };
  }

  /**
   * "U.S. District Judge Jane Roe", "Delaware Chancery Judge Jane Roe": a
   * judge speaks for the court her title names ("U.S. District Court"); with
   * no court before the title ("Judge Jane Roe", "Chief Justice John Doe")
   * the judge speaks, never a name "Judge Jane Roe".
   */
  private courtOfJudge(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    let title = start;
    while (title < end && !(JUDGE_TITLES.has(tokens[title].lower) && isCapitalized(tokens[title]))) title++;
    if (title >= end || end - (title + 1) < 2 || end - (title + 1) > MAX_JUDGE_NAME_WORDS) return undefined;
    for (let k = title + 1; k < end; k++) if (!isCapitalized(tokens[k])) return undefined;
    const person = this.sentence.slice(title + 1, end);
    if (guessSourceType(person) !== 'person') return undefined;
    let court = start;
    while (court < title && TITLE_WORDS.has(tokens[court].lower)) court++;
    for (let k = court; k < title; k++) if (!isCapitalized(tokens[k]) || TITLE_WORDS.has(tokens[k].lower)) return undefined;
    if (court === title) return personSource(person, title + 1, end);
    const written = this.sentence.slice(court, title);
    const name = tokens[title - 1].lower === 'court' ? written : `${written} Court`;
    return { name, type: 'government', registered: false, first: court, end, confidence: 0.6, person };
  }

  /**
   * "Cumberland County Sheriff Ennis Wright", "Jacksonville Sheriff T.K. Waters": a sheriff named with the place
   * before the title speaks for that place's sheriff's office (the one the article named, if it did: "The Norvale
   * County Sheriff's Department"), never for a body called "Cumberland County Sheriff Ennis Wright". With no place
   * before the title ("Sheriff Jane Roe") the name is left as it was.
   */
  private sheriffsOfficeOfSheriff(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    let title = start;
    while (title < end && !(tokens[title].lower === SHERIFF_TITLE && isCapitalized(tokens[title]))) title++;
    if (title === start || title >= end || title - start > MAX_PLACE_WORDS) return undefined;
    if (end - (title + 1) < 2 || end - (title + 1) > MAX_JUDGE_NAME_WORDS) return undefined;
    for (let k = start; k < end; k++) if (k !== title && (!isCapitalized(tokens[k]) || TITLE_WORDS.has(tokens[k].lower))) return undefined;
    const person = this.sentence.slice(title + 1, end);
    // ("T.K. Waters" is no person to the type guess, which wants a capital and a small letter: a body's word is what rules out)
    if (guessSourceType(person) !== 'person' && guessSourceType(person) !== 'unknown') return undefined;
    const place = this.sentence.slice(start, title);
    const named = bodyOnly(this.memory.organisationNaming(`${place} sheriff's`));
    if (named) return { ...pointedAt(named, start, end, 0.7), person };
    return { name: `${place} ${SHERIFFS_OFFICE}`, type: 'government', registered: false, first: start, end, confidence: 0.6, person };
  }

  /**
   * "The sheriff said" after "Norvale County Sheriff Jane Roe said" or "The Norvale County Sheriff's Office said": the
   * sheriff's office the article named before. Nobody when none was named.
   */
  private officeOfBareSheriff(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (to - from !== 2 || tokens[from].lower !== 'the' || tokens[from + 1].lower !== SHERIFF_TITLE) return undefined;
    const named = bodyOnly(this.memory.organisationNaming("sheriff's"));
    return named && pointedAt(named, from, to);
  }

  /** A country, a capital or a US state written as [start, end): a place, no body. */
  private isPlace(start: number, end: number): boolean {
    const name = this.sentence.slice(start, end);
    return stateOf(name) !== undefined || US_STATES.has(name.toLowerCase()) || TWO_WORD_US_STATES.has(name.toLowerCase());
  }

  /** "Wedge Partners Corp. in New York", "Norvale Capital in London": where an unregistered body sits ends its name. */
  private beforePlaceTail(start: number, end: number): number {
    for (let j = start + 1; j < end - 1; j++) if (this.tokens[j].lower === 'in' && isCapitalized(this.tokens[j + 1]) && this.isPlace(j + 1, end)) return j;
    return end;
  }

  /** The body that published the document a title names: the one a cue named as publishing, or the issuer the labels name. */
  private documentPublisher(first: number, end: number): Referent | undefined {
    const publisher = this.memory.documentPublisher();
    if (!publisher) return undefined;
    return { kind: 'named', sources: [pointedAt(publisher, first, end)] };
  }

  /**
   * [start, end) is "The <Title> of <body>", the title capitalised as a heading's ("The Chief of Montreal Lake Cree
   * Nation"): the body the title is of, when its own words say it is one (a council, a nation, a ministry); "The Minister
   * of Finance Jane Roe" ends in a person and is left to the titles' rules.
   */
  private bodyAfterCapitalisedTitle(start: number, end: number): Referent | undefined {
    const { tokens } = this;
    if (end - start < 4 || tokens[start].lower !== 'the' || !isTitle(tokens[start + 1]) || tokens[start + 2].lower !== 'of') return undefined;
    const type = guessSourceType(this.sentence.slice(start + 3, end));
    return type === 'person' || type === 'unknown' ? undefined : this.candidate(start + 3, end);
  }

  /** [start, end) is an abbreviation and a person's name after "<title> of (the)": "head of the OVA Oleh Kiper". */
  private headOfAbbreviation(start: number, end: number): boolean {
    const { tokens } = this;
    if (end - start < 3 || end - start > 4 || !looksLikeAbbreviation(tokens[start].text)) return false;
    let k = start - 1;
    if (k > this.first && tokens[k].lower === 'the') k--;
    if (k <= this.first || tokens[k].lower !== 'of' || !TITLE_WORDS.has(tokens[k - 1].lower)) return false;
    return guessSourceType(this.sentence.slice(start + 1, end)) === 'person';
  }

  /**
   * "National Security Adviser, Chun Yung-woo, says": a title alone names
   * nobody; the person in apposition speaks (and "Chun" means him later).
   */
  private personInAppositiveOfTitle(start: number, end: number, appositive?: [number, number]): NamedSource | undefined {
    // "Member for New England, Barnaby Joyce, said": a seat's title ends in the seat, no name of a body or person
    const seat = end - start >= 3 && SEAT_TITLES.has(this.tokens[start].lower) && this.tokens[start + 1].lower === 'for';
    if (!appositive || (!TITLE_WORDS.has(this.tokens[end - 1].lower) && !seat)) return undefined;
    const run = lastProperRun(this.tokens, appositive[0], appositive[1]);
    if (!run || run[0] !== appositive[0] || run[1] !== appositive[1]) return undefined;
    const person = this.sentence.slice(run[0], run[1]);
    if (guessSourceType(person) !== 'person') return undefined;
    return personSource(person, start, run[1]);
  }

  /**
   * "Jane Roe and John Doe announced", "Secretary John Roe and Doe said": a person's full name (a first name and
   * a surname at least) before "and" and a capitalised name after it are two speakers; one-word pairs ("Johnson
   * and Johnson", "Marks and Spencer") may be one company's name and stay whole.
   */
  private personBeforeAnd(from: number, and: number, to: number): boolean {
    const { tokens } = this;
    if (and - from < 2 || !isCapitalized(tokens[and + 1]) || to - (and + 1) > MAX_JOINED_PERSON_WORDS) return false;
    if (tokens[and - 1].pos !== 'PROPN' || tokens[and - 2].pos !== 'PROPN' || !isCapitalized(tokens[and - 2])) return false;
    for (let k = and + 1; k < to; k++) if (!isCapitalized(tokens[k]) || tokens[k].pos !== 'PROPN') return false;
    // both sides read as people: "United States Citizenship and Immigration Services" is one body
    if (guessSourceType(this.sentence.slice(and + 1, to)) !== 'person' && to - (and + 1) > 1) return false;
    if (guessSourceType(this.sentence.slice(from, and)) !== 'person') return false;
    // a country inside either side ("United States Citizenship and Immigration Services") makes it a body's name
    if (this.sentence.mentionsWithin(from, to).some((m) => m.state)) return false;
    const left = this.candidate(from, and);
    return left?.kind === 'named' && left.sources.length === 1 && (left.sources[0].type === 'person' || left.sources[0].person !== undefined);
  }

  /**
   * "the FTC and Arkansas", "The Federal Trade Commission and the state of
   * Arkansas": two names joined, each a source. Only where the join cannot be
   * inside one name (an abbreviation on one side, or "and the" before a second
   * phrase), so "Johnson and Johnson" stays one.
   */
  private joinedNames(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    for (let k = from + 1; k < to - 1; k++) {
      if (tokens[k].lower !== 'and' || !isCapitalized(tokens[k - 1])) continue;
      // "Acme President and CEO Jane Roe": two titles of one person, no second speaker
      if (isTitle(tokens[k - 1]) && isTitle(tokens[k + 1])) continue;
      const theNext = tokens[k + 1].lower === 'the' && k + 2 < to;
      const abbreviated = looksLikeAbbreviation(tokens[k - 1].text) || (isCapitalized(tokens[k + 1]) && looksLikeAbbreviation(tokens[k + 1].text));
      if (!theNext && !abbreviated && !this.personBeforeAnd(from, k, to)) continue;
      const left = this.candidate(from, k);
      const right = this.candidate(k + 1, to, appositive);
      if (left?.kind !== 'named' || right?.kind !== 'named') return undefined;
      return { kind: 'named', sources: [...left.sources, ...right.sources] };
    }
    return undefined;
  }

  /**
   * "FTC Chairwoman Edith Ramirez", "Security Service head Jane Roe": the
   * body written before the titles, when it is surely a name (an abbreviation
   * or two capitalised words; "Republican Senator" names no body).
   */
  private bodyBeforeTitles(start: number, nameStart: number): [number, number] | undefined {
    const { tokens } = this;
    let title = start;
    while (title < nameStart && !isTitle(tokens[title])) title++;
    if (title === start || title >= nameStart) return undefined;
    // "Former US President Barack Obama": a former holder speaks for himself, "Former US" is no body
    if (FORMER_OFFICE.has(tokens[start].lower)) return undefined;
    // "ZARYA weather section chief Jane Roe": after an abbreviation, lower-case words say which part of the body
    const abbreviated = looksLikeAbbreviation(tokens[start].text);
    for (let k = start; k < title; k++) if (!(abbreviated && k > start && /^[a-z]/.test(tokens[k].text)) && (!isCapitalized(tokens[k]) || tokens[k].pos !== 'PROPN')) return undefined;
    // "U.S. Sen. Jane Roe", "N.Y. Gov. Jane Roe": before a rank or honorific written short ("Sen.", "Gen.",
    // "Dr.") stands whose senator or general the person is, never an employer; the person speaks
    if (TITLE_ABBREVIATIONS.has(tokens[title].lower)) return undefined;
    // "Presidential spokesman Dmitry Peskov" in an article whose country is unknown: a country's voice, no company's
    if (isCountryVoiceTitle(tokens, start, nameStart)) return undefined;
    // "Civil Rights Secretary Jane Roe", "Urban Renewal Minister John Doe": before a cabinet title the
    // capitalised words are the portfolio, no body (a body's own name holds its head: "Acme Energy Ministry")
    if (PORTFOLIO_TITLES.has(tokens[title].lower) && !this.namesBodyHead(start, title)) return undefined;
    // "GitHub CEO Thomas Dohmke": one word is a company before a company's title, not a party before "Senator"
    // ("Chief Executive": the company's title may follow a rank)
    let corporate = false;
    for (let k = title; k < nameStart; k++) if (CORPORATE_TITLES.has(tokens[k].lower)) corporate = true;
    // "Bluefield analyst Jane Roe": a market analyst speaks for the firm named before the title, when that word
    // is a name (mid-sentence, or written so elsewhere), not a sentence's opening common word ("Oil analyst Jane Roe")
    const analyst = ANALYST_TITLES.has(tokens[title].lower) && title === start + 1 && (start > this.first || this.sentence.namedMidSentence(start));
    const company = (corporate || analyst) && !isNationality(tokens[start].text);
    // "ZARYA Weather Specialist Jane Roe": capitalised words after an abbreviation that hold no body's head are
    // the title's own words; the abbreviation alone is the body
    if (abbreviated && title > start + 1 && !this.namesBodyHead(start + 1, title)) return [start, start + 1];
    // "Norvale Bank Public Relations Manager Jane Roe": the function the title is of is no part of the body's name
    const body = this.functionBefore(start, title);
    return body - start >= 2 || company || abbreviated ? [start, body] : undefined;
  }

  /** Where the capitalised words naming a title's function ("Public Relations", "Communications") begin before `title`. */
  private functionBefore(start: number, title: number): number {
    const { tokens } = this;
    if (title - 1 <= start) return title;
    // "Public Affairs Manager": "affairs" is a title's word too ("Foreign Affairs Minister"), found as the title
    if (FUNCTION_HEADS.has(tokens[title].lower) && FUNCTION_MODIFIERS.has(tokens[title - 1].lower)) return title - 1;
    const head = tokens[title - 1].lower;
    const modifier = title - 2 > start ? tokens[title - 2].lower : '';
    if (head === 'information') return modifier === 'public' ? title - 2 : title;
    if (!FUNCTION_HEADS.has(head)) return title;
    return FUNCTION_MODIFIERS.has(modifier) ? title - 2 : title - 1;
  }

  /** A word of [from, to) is a body's head ("Ministry", "Council", "Party") or the run is a registered name. */
  private namesBodyHead(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (endsInBodyHead(this.tokens[k]) || POLITICAL_BODY_HEADS.has(this.tokens[k].lower)) return true;
    return this.sentence.mentionsStartingIn(from, from + 1).some((m) => m.outlet !== undefined);
  }

  /**
   * "Putin's spokesman Dmitry Peskov", "Hudson Power's chief executive Jane
   * Roe": the owner before "'s" and the titles is whom the person speaks for,
   * when it is a registered body or an office holder the article named.
   */
  private ownerBeforeLowerTitles(from: number, nameStart: number): NamedSource | undefined {
    const { tokens } = this;
    let k = nameStart - 1;
    // "chief of staff": a title may hold "of"
    while (k >= from && !isCapitalized(tokens[k]) && (isTitle(tokens[k]) || (tokens[k].lower === 'of' && k < nameStart - 1))) k--;
    if (k === nameStart - 1 || k - 1 < from || !isPossessive(tokens[k])) return undefined;
    const ending = this.sentence.mentionEndingAt(k);
    const mention = ending && ending.first >= from && !ending.state ? ending : undefined;
    if (mention) return this.fromMention(mention);
    const holder = this.memory.findBySurname(tokens[k - 1].text);
    return holder && holder.type !== 'person' ? holder : undefined;
  }

  /** "Security Service head Jane Roe": the body before a lower-case title that stands before the name at `nameStart`. */
  private bodyBeforeLowerTitles(from: number, nameStart: number): [number, number] | undefined {
    const { tokens } = this;
    let k = nameStart - 1;
    while (k >= from && !isCapitalized(tokens[k]) && isTitle(tokens[k])) k--;
    if (k === nameStart - 1) return undefined;
    // "ZARYA weather section chief Jane Roe", "NORVA senior forecaster John Doe": a few lower-case words
    // between an abbreviation and the title say which part of the body, or the rank; the abbreviation speaks
    let described = k;
    while (described >= from && k - described < MAX_DESCRIBING_WORDS && /^[a-z]/.test(tokens[described].text)) described--;
    if (described < k && described >= from && looksLikeAbbreviation(tokens[described].text)) return [described, described + 1];
    const bodyEnd = k + 1;
    while (k >= from && isCapitalized(tokens[k]) && tokens[k].pos === 'PROPN') k--;
    return this.bodyBeforeTitles(k + 1, bodyEnd + 1) ? [k + 1, bodyEnd] : undefined;
  }

  /**
   * "The Kyiv administration announced": a place and "administration" alone is that city's administration, or
   * the region's, when the registry knows one by that name ("the Biden administration" names no place's).
   */
  private placeAdministration(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    const first = tokens[from].lower === 'the' ? from + 1 : from;
    if (to - first < 2 || to - first > MAX_PLACE_WORDS + 1 || tokens[to - 1].text !== 'administration') return undefined;
    for (let k = first; k < to - 1; k++) if (!isCapitalized(tokens[k]) || tokens[k].pos !== 'PROPN') return undefined;
    const place = this.sentence.slice(first, to - 1);
    const { registry } = this.sentence;
    const record = registry.findByName(`${place} City Administration`) ?? registry.findByName(`${place} Regional Administration`);
    if (!record || record.type !== 'government') return undefined;
    return { name: record.name, type: record.type, registered: true, outletId: record.id, first: from, end: to, confidence: 0.8 };
  }

  /** [from, to) holds only a title's or a press office's words ("Press Service", "Chief Executive"): no body's name. */
  private onlyOfficeWords(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!OFFICE_SPOKESPEOPLE.has(this.tokens[k].lower) && !TITLE_WORDS.has(this.tokens[k].lower)) return false;
    return true;
  }

  /**
   * "Superintendent Marc Clothier", "Detective Chief Inspector Jane Roe": a police rank before a name speaks for the
   * force the story named before ("Sussex Police said ..."), the holder as its person; with no force named, nobody here.
   */
  private policeRankHolder(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    let k = from;
    let ranked = false;
    while (k < to && k - from < MAX_RANK_WORDS && isCapitalized(tokens[k]) && (POLICE_RANKS.has(tokens[k].lower) || POLICE_RANK_QUALIFIERS.has(tokens[k].lower))) {
      if (POLICE_RANKS.has(tokens[k].lower)) ranked = true;
      k++;
    }
    // "Police Brigadier General Jean Fajardo", "Police Colonel Jane Roe": an army rank after "Police" is a police
    // rank (the Philippine form), never a body called "Police Brigadier"
    const prefixed = k === from && tokens[from].lower === 'police' && isCapitalized(tokens[from]);
    if (prefixed) {
      k = from + 1;
      while (k < to && k - from <= MAX_RANK_WORDS && isCapitalized(tokens[k]) && PREFIXED_POLICE_RANKS.has(tokens[k].lower)) k++;
      ranked = k > from + 1;
    }
    // "Inspector General Jane Roe" holds another office
    if (!ranked || to - k < 1 || to - k > MAX_JOINED_PERSON_WORDS || isTitle(tokens[k])) return undefined;
    for (let j = k; j < to; j++) if (!isCapitalized(tokens[j]) && tokens[j].text !== '-') return undefined;
    const force = this.memory.policeForce();
    if (force) return { ...pointedAt(force, from, to), person: this.sentence.slice(k, to) };
    // with no force named before, the holder speaks ("Police" alone names no force)
    return prefixed ? personSource(this.sentence.slice(k, to), k, to) : undefined;
  }

  /**
   * "The Commissioner of Police, Jane Roe, said", "Assistant Commissioner of Police (ACP) Mr Jane Roe said", "the
   * Inspector-General of Police said": a rank written "of Police" is an officer's, no body called "Commissioner of
   * Police" (which "the police said" would then recall). As a rank before a name does (policeRankHolder), the
   * officer speaks for the force the story named before; with none named, the officer in person, and an officer
   * the text does not name is nobody here (an empty referent, so no later reading makes a body of the rank).
   */
  private officerOfPoliceRank(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    const rank = from < to && ARTICLES.has(tokens[from].lower) ? from + 1 : from;
    let of = rank;
    while (of < to && of - rank < MAX_RANK_WORDS && (tokens[of].text === '-' || (isCapitalized(tokens[of]) && (RANKS_OF_POLICE.has(tokens[of].lower) || POLICE_RANK_QUALIFIERS.has(tokens[of].lower))))) of++;
    if (of === rank || of + 1 >= to || !RANKS_OF_POLICE.has(tokens[of - 1].lower) || tokens[of].lower !== 'of') return undefined;
    if (tokens[of + 1].lower !== 'police' || !isCapitalized(tokens[of + 1])) return undefined;
    let after = of + 2;
    // "(ACP)": the rank's abbreviation is an aside
    if (after < to && tokens[after].text === '(') while (after < to && tokens[after - 1].text !== ')') after++;
    const span: [number, number] | undefined = after < to ? [after, to] : appositive;
    const holder = span ? this.officerName(span[0], span[1]) : undefined;
    if (span && !holder && after < to) return undefined;
    const force = this.memory.policeForce();
    if (force) return { kind: 'named', sources: [{ ...pointedAt(force, from, to), ...(holder ? { person: this.sentence.slice(...holder) } : {}) }] };
    return { kind: 'named', sources: holder ? [personSource(this.sentence.slice(...holder), holder[0], holder[1])] : [] };
  }

  /**
   * The name of the person closing [from, to) after any honorific or rank's abbreviation ("Mr", "Prof.", "ACP"): two
   * or three capitalised words, else none.
   */
  private officerName(from: number, to: number): [number, number] | undefined {
    const run = lastProperRun(this.tokens, from, to);
    if (!run || run[1] !== to) return undefined;
    let start = nameAfterTitles(this.tokens, run[0], run[1]);
    while (start + 2 < to && RANK_ABBREVIATION.test(this.tokens[start].text)) start++;
    // "Osei Ampofo-Duku": a hyphenated name is one word
    const name = this.sentence.slice(start, to);
    const length = name.split(/\s+/).length;
    return length >= 2 && length <= MAX_JOINED_PERSON_WORDS && guessSourceType(name) === 'person' ? [start, to] : undefined;
  }

  /** The outlet named right before "sources" at `headAt`, with or without "'s" ("Kommersant's sources", "RBC sources"). */
  private outletOfOwnSources(from: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    let end = headAt;
    while (end > from && OWN_SOURCE_WORDS.has(tokens[end - 1].lower)) end--; // "Kommersant's own sources"
    if (end > from && isPossessive(tokens[end - 1])) end--;
    const outlet = this.sentence.mentionsWithin(from, end).find((m) => m.end === end && isMediaType(m.type));
    if (outlet) return this.fromMention(outlet);
    // "the newspaper's sources", "the agency's sources": the outlet the description means
    if (end - from !== 2 || tokens[from].lower !== 'the' || !MEDIA_DESCRIPTIONS.has(tokens[from + 1].lower)) return undefined;
    const recalled = named(this.recall('organisation', from, end, tokens[from + 1].lower))[0];
    return recalled && isMediaType(recalled.type) ? recalled : undefined;
  }

  /** [from, headAt] is a possessive's "top" or "chief" official or diplomat, one ("South Korea's top security official"). */
  private topOfficeHolder(from: number, headAt: number): boolean {
    const { tokens } = this;
    if (!SINGLE_OFFICE_HEADS.has(tokens[headAt].lower)) return false;
    let owned = false;
    let top = false;
    for (let k = from; k < headAt; k++) {
      if (isPossessive(tokens[k]) || POSSESSIVE_DETERMINERS.has(tokens[k].lower)) owned = true;
      else if (TOP_OFFICE_WORDS.has(tokens[k].lower)) top = owned;
    }
    return top;
  }

  /** "a spokesman for the ministry", "the spokeswoman of the agency": [from, to) is exactly that; the description ("ministry"). */
  private describedBodyAfterSpokesperson(from: number, to: number, determiner: string): string | undefined {
    const { tokens } = this;
    if (to - from !== 5 || !(determiner === 'a' || determiner === 'an' || determiner === 'the') || !OFFICE_SPOKESPEOPLE.has(tokens[from + 1].lower)) return undefined;
    const joiner = tokens[from + 2].lower;
    if ((joiner !== 'for' && joiner !== 'of') || tokens[from + 3].lower !== 'the') return undefined;
    const description = tokens[from + 4];
    // ("a spokesperson for the airline": a company's trade, as "for the company")
    return !isCapitalized(description) && (ORGANISATION_DESCRIPTORS.has(description.lower) || isTradeDescription(description.lower)) ? description.lower : undefined;
  }

  /**
   * "the patrol said", "State police on Tuesday night said": a force's short name, its kind's word alone or after
   * "state", is the force named before whose name ends so ("A Colorado State Patrol trooper was killed", "said Arkansas
   * State Police"), quoted or not; no other body was quoted since.
   */
  private forceByShortName(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    let at = ARTICLES.has(tokens[from].lower) ? from + 1 : from;
    const state = at + 1 < to && tokens[at].lower === 'state';
    if (state) at++;
    if (at + 1 !== to) return undefined;
    const head = tokens[at].lower;
    // a capitalised "Police" inside the phrase would be a name of its own ("State Police" after another state's)
    const kind = head === 'patrol' ? 'patrol' : head === 'police' && state && !isCapitalized(tokens[at]) ? 'state police' : undefined;
    const body = kind ? this.memory.bodyOfKind(kind) : undefined;
    return body && pointedAt(body, from, to);
  }

  /** [from, to) is "police", "the police" or "a police spokesperson": the force without its name. */
  private isBarePolice(from: number, to: number): boolean {
    const { tokens } = this;
    const at = ARTICLES.has(tokens[from].lower) ? from + 1 : from;
    if (at >= to || tokens[at].lower !== 'police' || (isCapitalized(tokens[at]) && at !== this.first)) return false;
    return at + 1 === to || (at + 2 === to && OFFICE_SPOKESPEOPLE.has(tokens[at + 1].lower));
  }

  /**
   * "The health ministry in Hamas-run Gaza said", "the foreign ministry in Kyiv said": an office written with no
   * country, then "in" and a place [placeFrom, placeTo), is that place's office, as "Gaza's health ministry" is.
   * A country or capital gives its country's body; another place only a registered "<Place> Health Ministry".
   */
  officeInPlace(from: number, to: number, placeFrom: number, placeTo: number): NamedSource | undefined {
    const ofState = this.ministryOfState(from, to, placeFrom, placeTo);
    if (ofState) return ofState;
    const office = officeWithoutCountry(this.tokens, from, to);
    if (!office) return undefined;
    const place = this.sentence.slice(placeFrom, placeTo);
    const country = countryCodeOfName(place);
    if (country) {
      const body = officeInCountry(this.sentence.registry, country, office);
      return { name: body.name, type: body.outlet?.type ?? 'government', registered: body.outlet !== undefined, outletId: body.outlet?.id, first: from, end: placeTo, confidence: 0.6 };
    }
    const head = this.tokens[to - 1].lower;
    if (head !== 'ministry' && head !== 'office') return undefined;
    const record = this.sentence.registry.findByName(`${place} ${office.written} ${head === 'ministry' ? 'Ministry' : 'Office'}`);
    return record && { name: record.name, type: record.type, registered: true, outletId: record.id, first: from, end: placeTo, confidence: 0.6 };
  }

  /**
   * "The Kano state Ministry of Health said", "The River Nile state Ministry of Health": a ministry written after a
   * state or province in lower case is the state's ("Kano State Ministry of Health"), not the country's bare
   * "Ministry of Health" the registry's words find inside the phrase ("The Kano State Ministry of Health", the level
   * capitalised, is one name already).
   */
  private stateMinistry(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    const start = tokens[from].lower === 'the' ? from + 1 : from;
    let level = start;
    while (level < to && level - start < MAX_PLACE_WORDS && isCapitalized(tokens[level])) level++;
    if (level === start || level >= to || isCapitalized(tokens[level]) || !SUBNATIONAL_LEVELS.has(tokens[level].lower)) return undefined;
    return this.unitBody(start, level, level + 1, to, from);
  }

  /**
   * "The Ministry of Health in Enugu State has announced", "the Ministry of Health in Kano state": a ministry in a
   * state or province is the state's ("Enugu State Ministry of Health"), as "Police in Colorado Springs" are the
   * place's police; `from`-`to` is the ministry, `placeFrom`-`placeTo` the place after "in".
   */
  private ministryOfState(from: number, to: number, placeFrom: number, placeTo: number): NamedSource | undefined {
    const { tokens } = this;
    const level = placeTo - 1;
    if (level <= placeFrom || !SUBNATIONAL_LEVELS.has(tokens[level].lower)) return undefined;
    for (let k = placeFrom; k < level; k++) if (!isCapitalized(tokens[k])) return undefined;
    const start = tokens[from].lower === 'the' ? from + 1 : from;
    const body = this.unitBody(placeFrom, level, start, to, from);
    return body && { ...body, end: placeTo };
  }

  /**
   * The body of a state or province: the place's words (`placeFrom`-`level`), the level capitalised, then the body's
   * capitalised name (`bodyFrom`-`bodyTo`, its lower-case joins allowed: "Ministry of Health and Sanitation") when a
   * ministry heads it; the source spans from `first`.
   */
  private unitBody(placeFrom: number, level: number, bodyFrom: number, bodyTo: number, first: number): NamedSource | undefined {
    const { tokens } = this;
    if (bodyFrom >= bodyTo || !isCapitalized(tokens[bodyFrom])) return undefined;
    let ministry = false;
    for (let k = bodyFrom; k < bodyTo; k++) {
      if (!isCapitalized(tokens[k]) && !UNIT_BODY_JOINS.has(tokens[k].lower)) return undefined;
      ministry ||= SUBNATIONAL_BODY_HEADS.has(tokens[k].lower);
    }
    const place = this.sentence.slice(placeFrom, level);
    if (!ministry || stateOf(place) !== undefined) return undefined;
    const name = `${place} ${SUBNATIONAL_LEVELS.get(tokens[level].lower)} ${this.sentence.slice(bodyFrom, bodyTo)}`;
    return { ...this.bodyNamed(name, first, bodyTo), first, end: bodyTo };
  }

  /** A body the copy names in other words ("Police in the West Midlands"): the registry's entry for the name, else the name. */
  bodyNamed(name: string, first: number, end: number): NamedSource {
    const record = this.sentence.registry.findByName(name);
    if (record) return { name: record.name, type: record.type, registered: true, outletId: record.id, first, end, confidence: 0.8 };
    return { name, type: 'government', registered: false, first, end, confidence: 0.6 };
  }

  /** A body named as written, with no registry entry ("Ukrainian intelligence"). */
  unregisteredName(start: number, end: number): NamedSource {
    return this.unregistered(start, end);
  }

  /**
   * "Facebook removed the posts, a company spokesperson said": with no company
   * quoted before, the body the sentence itself named first that the
   * description fits.
   */
  private describedEarlierInSentence(before: number, description: string): Referent | undefined {
    for (const mention of this.sentence.mentionsWithin(Math.max(this.first, before - MAX_EARLIER_NAME_LOOKBACK), before)) {
      if (mention.state) continue;
      const source = this.fromMention(mention);
      if (descriptionFits(description, source)) return { kind: 'named', sources: [source] };
    }
    return undefined;
  }

  /**
   * Where the sentence's own words open, before `before`: after "Acme:" or a
   * dateline's dash standing apart ("LONDON - Harlow Power sees ...",
   * "SEOUL (Yonhap) -- Prices rose ..."), where a capitalised word says no
   * more than at the sentence's start.
   */
  private textOpening(before: number, dashOnly = false): number {
    const { tokens } = this;
    let start = this.first;
    for (let k = this.first; k < before && k < this.first + MAX_DATELINE_TOKENS; k++) {
      if ((!dashOnly && tokens[k].text === ':') || (DASH_TOKENS.has(tokens[k].text) && k > this.first && tokens[k].start > tokens[k - 1].end && tokens[k + 1]?.start > tokens[k].end)) start = k + 1;
    }
    return start;
  }

  /**
   * Whether the word at `k` opens the sentence's own words: its first word, or the first after a wire's dateline and
   * its dash ("TOKYO (AP) — Investigators say ..."), where a common noun is capitalised as at a sentence's start.
   */
  private opensText(k: number): boolean {
    return k === this.first || (k > this.first && k < this.first + MAX_DATELINE_TOKENS && this.textOpening(k + 1, true) === k);
  }

  /** The body of the office holder a sentence opens with ("Russian Defence Minister Jane Roe has ..."), before the comma at `from - 1`. */
  private openingOfficeBody(from: number): Referent | undefined {
    const { tokens } = this;
    if (from - 1 <= this.first || tokens[from - 1].text !== ',') return undefined;
    const start = this.textOpening(from);
    let end = start;
    while (end < from && end - start < MAX_OPENING_NAME && isCapitalized(tokens[end])) end++;
    if (end - start < 2) return undefined;
    const referent = this.resolveNounPhrase(start, end);
    // only a body the holder speaks for: a person alone ("Jane Roe has left, her office said") is no office
    return referent?.kind === 'named' && referent.sources.every((s) => s.type !== 'person') ? referent : undefined;
  }

  /**
   * "Lloyd's of London is investigating ..., the commercial insurance market
   * said", "Kassio restored 80% ..., the payments processor said": a report
   * clause after a comma whose subject only describes a body means the body
   * that opened the sentence. Lower-case words only, and never a person or a
   * country ("John Smith was arrested, the former senator said").
   */
  private describedOpeningBody(from: number, to: number, owned = false): NamedSource | undefined {
    const { tokens } = this;
    if (from - 1 <= this.first || tokens[from - 1].text !== ',') return undefined;
    for (let k = from + 1; k < to; k++) if (isCapitalized(tokens[k]) || tokens[k].pos === 'PROPN') return undefined;
    // "TOKYO (Reuters) - Japan reported ..., its health ministry said": the sentence opens after a dateline's dash,
    // and the wire the dateline credits is no body the sentence opened with
    const opens = this.textOpening(from, true);
    const opening = this.sentence.mentionsStartingIn(opens, opens + MAX_OPENING_SKIP).find((m) => !m.state);
    if (opening) return this.fromMention(opening);
    if (this.sentence.anyMentionStartingIn(opens, opens + MAX_OPENING_SKIP)) return undefined;
    // "DAMASCUS (SANA) - Prices rose ..., the ministry of trade said": an office describes no name the sentence opened with
    if (officeWithoutCountry(tokens, from, to)) return undefined;
    let start = this.textOpening(from);
    // "Rival Gridline Energy will cut jobs": a capitalised adjective before the name is no part of it
    if (start + 1 < from && (tokens[start].pos === 'ADJ' || NAME_OPENING_DESCRIPTORS.has(tokens[start].lower)) && isCapitalized(tokens[start + 1]) && tokens[start + 1].pos === 'PROPN') start++;
    if (start >= from || !isCapitalized(tokens[start]) || tokens[start].pos !== 'PROPN') return undefined;
    let end = start + 1;
    for (;;) {
      // "Lloyd's of London": connectors join capitalised words
      let next = end;
      while (next < from && NAME_CONNECTORS.has(tokens[next].lower)) next++;
      // bounded: a sentence of capitalised words would otherwise be walked once per description in it
      if (next >= from || next - start >= MAX_OPENING_NAME || !isCapitalized(tokens[next])) break;
      end = next + 1;
    }
    const source = this.unregistered(start, end);
    // "Harlow Power ..., its chief executive said": what "its" points back to is no person, whatever the name looks like
    if (source.type === 'person' && owned) return { ...source, type: 'unknown' };
    return source.type === 'person' ? undefined : source;
  }

  /**
   * "Britain's largest health union, Unison, said", "The French carmaker,
   * Renault, said": a description with the body's name in apposition; the
   * name speaks. Only an appositive that is one proper name and no person's.
   */
  private bodyNamedInAppositive(appositive?: [number, number]): NamedSource | undefined {
    if (!appositive) return undefined;
    const run = lastProperRun(this.tokens, appositive[0], appositive[1]);
    if (!run || run[0] !== appositive[0] || run[1] !== appositive[1]) return undefined;
    const mention = this.sentence.mentionsWithin(run[0], run[1]).find((m) => m.first === run[0] && m.end === run[1]);
    if (mention) return mention.state ? undefined : this.fromMention(mention);
    const source = this.unregistered(run[0], run[1]);
    return source.type === 'person' ? undefined : source;
  }

  /**
   * "Nielsen's latest figures show", "Gartner's survey found", "the IMF's
   * spring outlook puts": the body whose document it is speaks, not a name
   * "Gartner's survey". Only a proper name directly before the possessive.
   */
  private documentOwner(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (!OWNED_DOCUMENT_HEADS.has(tokens[to - 1].lower)) return undefined;
    let possessive = from + 1;
    while (possessive < to - 1 && !isPossessive(tokens[possessive])) possessive++;
    if (possessive >= to - 1) return undefined;
    // "Moody's analysts said": a registered name that ends in "'s"
    const whole = this.sentence.mentionsStartingIn(from, possessive).find((m) => !m.state && m.end === possessive + 1);
    if (whole) return this.fromMention(whole);
    const run = lastProperRun(tokens, from, possessive);
    if (!run || run[1] !== possessive) return undefined;
    // "Marmot's Hole blog": a capitalised word after "'s" continues the owner's name, which is the whole
    if (possessive + 1 < to - 1 && isCapitalized(tokens[possessive + 1])) {
      const owner = this.unregistered(run[0], to - 1);
      return owner.type === 'person' ? undefined : owner;
    }
    while (run[0] < possessive - 1 && CAPITALISED_FUNCTION_WORDS.has(tokens[run[0]].lower)) run[0]++;
    if (CAPITALISED_FUNCTION_WORDS.has(tokens[run[0]].lower)) return undefined;
    const mention = this.sentence.mentionsWithin(run[0], possessive).find((m) => m.end === possessive);
    // "Russia's figures": a country speaks through its government, which the state rules resolve; but "Public Health
    // England's website" is a body whose name ends in the country's
    const country = mention?.state && mention.first > run[0] && !this.sentence.anyMentionWithin(run[0], mention.first);
    if (mention?.state && !country) return undefined;
    const owner = mention && !country ? this.fromMention(mention) : this.unregistered(run[0], possessive);
    return owner.type === 'person' ? undefined : owner;
  }

  /**
   * "Norvale Airlines cancelled ten flights. A spokesperson said", "Norvale Police said ... A spokesperson said": a
   * spokesperson whose phrase names no body ([from, to) is "a"/"an" and the title alone) speaks for the body the last
   * sentences were about, quoting nobody (a registered topic, else an unregistered company's name), else for the
   * last body quoted. A body named after the title ("A
   * spokesperson for Acme said") is another phrase's; with no body remembered the spokesperson stays unnamed.
   */
  private bodyOfBareSpokesperson(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (to - from !== 2 || !INDEFINITE_ARTICLES.has(tokens[from].lower) || !OFFICE_SPOKESPEOPLE.has(tokens[from + 1].lower)) return undefined;
    const body = this.memory.quietTopic('it') ?? this.memory.quietCompany(false) ?? this.memory.lastSpeakingOrganisation(this.lastAttached());
    return body && pointedAt(body, from, to);
  }

  /**
   * "An Air India Express spokesperson told Mint", "A Qatar Airways spokesperson said": a spokesperson of a name
   * that holds a country's ([from, headAt), the title at `headAt`), which read as the country named nobody. When no
   * country's body is found for the phrase, the capitalised run around the country, longer than it and with no
   * title in it, is the company's name, as "a Norvale Airlines spokesperson" names Norvale Airlines.
   */
  private companyNamedWithCountry(state: Mention, from: number, headAt: number): Referent | undefined {
    const { tokens } = this;
    if (!OFFICE_SPOKESPEOPLE.has(tokens[headAt].lower) || isCapitalized(tokens[headAt])) return undefined;
    const run = lastProperRun(tokens, from, headAt);
    if (!run || run[1] !== headAt) return undefined;
    while (run[0] < headAt && CAPITALISED_FUNCTION_WORDS.has(tokens[run[0]].lower)) run[0]++;
    if (run[0] > state.first || state.end > run[1] || run[1] - run[0] <= state.end - state.first) return undefined;
    for (let k = run[0]; k < run[1]; k++) if (isTitle(tokens[k]) || OFFICE_BODY_HEADS.has(tokens[k].lower)) return undefined;
    return { kind: 'named', sources: [this.unregistered(run[0], run[1])] };
  }

  /** Whether [from, to) is bracketed asides back to back: "(NASDAQ:YHOO)", or a ticker for each exchange "(TSE:EXF) (NASDAQ:EXFO)". */
  private bracketsOnly(from: number, to: number): boolean {
    let close = to - 1;
    while (close > from && this.tokens[close].text === ')') {
      const open = this.sentence.openParen(close);
      if (open === from) return true;
      if (open < from) return false;
      close = open - 1;
    }
    return false;
  }

  /** The name right before a spokesperson's title, with or without "'s": "a Lloyd's spokesperson", "a Treasury spokeswoman". */
  private bodyBeforeSpokesperson(from: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    // "a Moody's spokesperson": a registered name that ends in "'s" keeps it
    const whole = this.sentence.mentionsWithin(from, headAt).find((m) => !m.state && m.end === headAt);
    if (whole) return this.fromMention(whole);
    let end = headAt;
    if (end - 1 > from && isPossessive(tokens[end - 1])) end--;
    const run = lastProperRun(tokens, from, end);
    if (!run || run[1] !== end) return undefined;
    // "A spokesperson said": the article opening the sentence is no name
    while (run[0] < end && CAPITALISED_FUNCTION_WORDS.has(tokens[run[0]].lower)) run[0]++;
    if (run[0] === end) return undefined;
    const mention = this.sentence.mentionsWithin(run[0], run[1]).find((m) => !m.state && m.end === end);
    if (mention) return this.fromMention(mention);
    // "Putin's spokesman": the body of the office holder named before
    const office = this.holderBody(run[0], run[1]);
    if (office) return office;
    // a person's name before the title ("Jane Roe spokesperson") is no body
    const name = this.sentence.slice(run[0], run[1]);
    if (guessSourceType(name) === 'person') return undefined;
    // "Lloyd's of London is investigating ... a Lloyd's spokesperson said": the body named before whose name goes on past the "'s"
    const named = end < headAt ? this.memory.organisationNamedFrom(`${name}${tokens[end].text}`) : undefined;
    return named ? pointedAt(named, run[0], headAt, 0.7) : this.unregistered(run[0], run[1]);
  }

  /** The body a holder named before speaks for, when the name at [start, end) is their surname or full name ("Zelenskyy's office"). */
  private holderBody(start: number, end: number): NamedSource | undefined {
    const known = this.memory.findBySurname(this.tokens[end - 1].text);
    if (!known || known.type === 'person' || known.state) return undefined;
    return pointedAt(known, start, end, 0.7);
  }

  /**
   * "Labour's Andrew Gwynne", "Acme's Jane Roe": a name that is no person nor
   * place, its possessive, then a person's two or three names: that body, with
   * the person. A country's ("Russia's Sergei Lavrov") is left to the offices.
   */
  private ownerThenPerson(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    const length = end - start;
    for (let p = start + 1; p < end - 2 && p - start <= MAX_OWNER_TOKENS; p++) {
      if (!isPossessive(tokens[p])) continue;
      const personLength = end - p - 1;
      if (personLength < 2 || personLength > 3 || length > MAX_OWNER_TOKENS + 4) return undefined;
      for (let k = p + 1; k < end; k++) if (!isCapitalized(tokens[k]) || TITLE_WORDS.has(tokens[k].lower)) return undefined;
      for (let k = start; k < p; k++) if (!isCapitalized(tokens[k])) return undefined;
      if (this.sentence.mentionsWithin(start, p).some((m) => m.state)) return undefined;
      const owner = this.sentence.slice(start, p);
      const person = this.sentence.slice(p + 1, end);
      if (guessSourceType(owner) === 'person' || guessSourceType(person) !== 'person' || isNationality(owner)) return undefined;
      return this.unregistered(start, p, person);
    }
    return undefined;
  }

  private unregistered(start: number, end: number, person?: string): NamedSource {
    start = this.afterModifier(start, end);
    end = this.beforePlaceTail(start, end);
    // "the FTC's Bureau of Consumer Protection": a registered body's unit speaks for the body
    const owner = this.sentence.mentionsStartingIn(start, start + 2).find((m) => !m.state && m.outlet && m.end < end - 1 && isPossessive(this.tokens[m.end]));
    if (owner && isCapitalized(this.tokens[owner.end + 1])) return this.fromMention(owner, person);
    const name = this.sentence.slice(start, end);
    // "Kyiv's military administration": the place's body the registry lists as "Kyiv Military Administration"
    const listed = this.registeredWithoutPossessive(start, end);
    if (listed) return person ? { ...listed, person } : listed;
    const earlier = this.bodyByItsHead(start, end);
    if (earlier) return { ...pointedAt(earlier, start, end, 0.7), ...(person && { person }) };
    const type = guessSourceType(name);
    const source: NamedSource = { name, type, registered: false, first: start, end, confidence: type === 'unknown' ? 0.5 : 0.7 };
    if (person) source.person = person;
    return source;
  }

  /**
   * "Kyiv's military administration", "Kharkiv's regional administration": a capitalised place, its possessive and
   * lower-case words of a government body are the registered body named by the place and those words; undefined
   * when the registry has none.
   */
  private registeredWithoutPossessive(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    let owner = start;
    while (owner < end && isCapitalized(tokens[owner])) owner++;
    if (owner === start || owner + 2 > end || !isPossessive(tokens[owner]) || tokens[owner].start !== tokens[owner - 1].end) return undefined;
    for (let k = owner + 1; k < end; k++) if (isCapitalized(tokens[k]) || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ')) return undefined;
    const record = this.sentence.registry.findByName(`${this.sentence.slice(start, owner)} ${this.sentence.slice(owner + 1, end)}`);
    if (!record || record.type !== 'government') return undefined;
    return { name: record.name, type: record.type, registered: true, outletId: record.id, first: start, end, confidence: 0.7 };
  }

  /**
   * "The Ministry of Lands and Natural Resources condemned ... a statement by the Ministry said", "the Public
   * Affairs Directorate of the Ministry": a generic head alone, capitalised, is the body named before whose
   * long name opens with it; a unit of it ("Directorate of the Ministry") speaks for that body too.
   */
  private bodyByItsHead(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    const last = tokens[end - 1];
    if (!isCapitalized(last) || !SHORTENED_BODY_HEADS.has(last.lower) || tokens[end - 2]?.lower !== 'the') return undefined;
    // "the Ministry" alone, or "<capitalised unit> of the Ministry"
    if (start < end - 2 && !(end - 3 > start && tokens[end - 3].lower === 'of' && isCapitalized(tokens[start]))) return undefined;
    return bodyOnly(this.memory.organisationNamedFrom(`${last.text} `));
  }

  /** The body named in an appositive: "Yevgenia Yashina, a spokeswoman for the ZNPP's management,". */
  private organisationIn(range?: [number, number]): NamedSource | undefined {
    if (!range) return undefined;
    const opener = this.tokens[range[0]];
    // "Valdis Dombrovskis, Vice-President for the Euro,": an office opening the appositive is the body
    const office = this.sentence.mentionsStartingIn(range[0], range[0] + 1).find((m) => m.office && !m.state && m.end <= range[1]);
    if (office) return this.fromMention(office);
    // ", the ministry's head of communications,": the body described owns the titles
    if (opener?.lower === 'the') {
      // (an appositive read after an object runs on to the sentence's end: it closes at its comma)
      let close = range[0];
      while (close < range[1] && this.tokens[close].text !== ',') close++;
      const described = this.ownerOfTitles(range[0], close);
      if (described) return described;
    }
    if (opener && isCapitalized(opener) && !isTitle(opener) && !OFFICE_RANKS.has(opener.lower)) return this.ownerOfTitles(range[0], range[1]) ?? this.bodyBeforeTitle(range[0], range[1]);
    // ", al Shabaab's military operations spokesman,": an Arabic name's particle opens the owner's name
    if (opener && NAME_PARTICLES.has(opener.lower) && range[0] + 1 < range[1] && isCapitalized(this.tokens[range[0] + 1])) return this.ownerOfTitles(range[0], range[1]);
    if (!opener || !(opener.pos === 'DET' || opener.pos === 'ADJ' || isTitle(opener))) return undefined;
    // ", responsible for Trade,", ", in charge of Energy,": a portfolio names a field, not a body
    if (PORTFOLIO_OPENERS.has(opener.lower)) return undefined;
    const mention = this.sentence.mentionsWithin(range[0], range[1]).find((m) => !m.state);
    if (mention) return this.fromMention(mention);
    for (let k = range[0]; k < range[1] - 1; k++) {
      if (!AFFILIATION_WORDS.has(this.tokens[k].lower) && !isTitleWith(this.tokens, k, range[0])) continue;
      // "a Republican in the House of Representatives": an "of" inside a capitalised name joins no person to a body
      if (this.insideName(k)) continue;
      let nameStart = k + 1;
      while (nameStart < range[1] && NAME_CONNECTORS.has(this.tokens[nameStart].lower)) nameStart++;
      let nameEnd = nameStart;
      while (nameEnd < range[1] && (isCapitalized(this.tokens[nameEnd]) || (NAME_CONNECTORS.has(this.tokens[nameEnd].lower) && nameEnd + 1 < range[1] && isCapitalized(this.tokens[nameEnd + 1])))) nameEnd++;
      // "deputy director of the regional health commission", "director of the Urumqi health commission"
      const health = this.localHealthBodyFrom(k + 1, range[1]);
      if (health) return health;
      if (nameEnd === nameStart) continue;
      // "chairman of the Committee for the Peaceful Reunification of the Fatherland", "director of the Centre for the
      // Study of Democracy": a body's head and "for the" or "of the" go on with the body's name
      const headEnd = nameEnd;
      nameEnd = this.nameAfterBodyHead(nameEnd, range[1]);
      const bodyNamed = nameEnd > headEnd;
      // "the North's Committee for the Peaceful Reunification of the Fatherland": the owner is no part of the name
      if (bodyNamed) for (let p = headEnd - 2; p > nameStart; p--) if (isPossessive(this.tokens[p])) nameStart = p + 1;
      // "a spokeswoman for the Japan coast guard": a country's name and a state body's lower-case words
      nameEnd = this.stateBodyWordsAfter(nameStart, nameEnd, range[1]);
      // "Director of Public Health for the Nebraska DHHS": a title's capitalised domain, then the body it serves
      if (!bodyNamed && k > range[0] && isTitle(this.tokens[k - 1]) && this.affiliationFollows(nameEnd, range[1])) {
        k = nameEnd - 1;
        continue;
      }
      return this.localGovernment(k, nameStart, nameEnd) ?? this.titledHolder(nameStart, nameEnd) ?? this.unregistered(nameStart, nameEnd);
    }
    return undefined;
  }

  /**
   * "The Post said" after "The Washington Post", "the Journal" after "The Wall Street Journal": an
   * outlet named before by its full name, shortened to its last word with or without "the".
   */
  private outletByLastWord(start: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    const word = tokens[start].lower === 'the' ? start + 1 : start;
    if (end - word !== 1 || !isCapitalized(tokens[word]) || (word === start && start === this.first)) return undefined;
    return this.memory.outletNamedEndingWith(tokens[word].text);
  }

  /**
   * "a spokesperson for Chairman Roe", "an aide to Senator Jane Doe": the person the title
   * introduces, without the title (a title is no part of a name; the guidelines give the person).
   */
  private titledHolder(start: number, end: number): NamedSource | undefined {
    if (!isTitle(this.tokens[start])) return undefined;
    const nameStart = nameAfterTitles(this.tokens, start, end);
    if (nameStart <= start || nameStart >= end) return undefined;
    const name = this.sentence.slice(nameStart, end);
    // a surname alone ("Chairman Roe") guesses as nothing in particular: the title says it is a person
    const type = guessSourceType(name);
    if (type !== 'person' && !(type === 'unknown' && end - nameStart === 1)) return undefined;
    // "Chairman Roe" after "Rep. Jim Roe" spoke: the person named before
    const known = end - nameStart === 1 ? this.memory.findBySurname(name) : undefined;
    if (known?.type === 'person') return pointedAt(known, nameStart, end, 0.7);
    return personSource(name, nameStart, end);
  }

  /** The connector at `k` stands between two capitalised words of one name ("House of Representatives", "Bank of Ohio"). */
  private insideName(k: number): boolean {
    const before = this.tokens[k - 1];
    const after = this.tokens[k + 1];
    return before !== undefined && after !== undefined && isCapitalized(before) && isCapitalized(after) && !isTitle(before) && before.pos === 'PROPN';
  }

  /**
   * The end of a body's name that goes on after its head ("Committee", "Centre") with "for the" or "of the" and
   * capitalised words, from `end`, the end of the capitalised run before them, up to `limit`.
   */
  private nameAfterBodyHead(end: number, limit: number): number {
    const { tokens } = this;
    if (end + 2 >= limit || !isCapitalized(tokens[end - 1]) || !INSTITUTION_HEADS.has(tokens[end - 1].lower)) return end;
    // the head's own "for the" opens the rest; inside it, "of" may go without "the" ("the Study of Democracy")
    if (tokens[end].lower !== 'for' && tokens[end].lower !== 'of') return end;
    if (tokens[end + 1].lower !== 'the' || !isCapitalized(tokens[end + 2]) || isTitle(tokens[end + 2])) return end;
    let k = end + 2;
    for (;;) {
      while (k < limit && isCapitalized(tokens[k])) k++;
      const name = k + 1 < limit && (tokens[k].lower === 'of' || tokens[k].lower === 'for') ? (tokens[k + 1].lower === 'the' ? k + 2 : k + 1) : -1;
      if (name < 0 || name >= limit || !isCapitalized(tokens[name]) || isTitle(tokens[name])) return k;
      k = name;
    }
  }

  /** An affiliation word and a capitalised name at `at` ("for the Nebraska DHHS", "at Harvard"). */
  private affiliationFollows(at: number, end: number): boolean {
    if (at + 1 >= end || !AFFILIATION_WORDS.has(this.tokens[at].lower)) return false;
    const name = this.tokens[at + 1].lower === 'the' ? at + 2 : at + 1;
    return name < end && isCapitalized(this.tokens[name]);
  }

  /**
   * "near Mariupol, the city's mayor has said", "in Russia's Belgorod region, said regional governor Jane Roe": a
   * governor or mayor named by a lower-case title alone ("the regional governor", "the city's mayor", "the region's
   * governor, Jane Roe,") speaks for the administration of the region or city the sentence named before the title.
   */
  private localTitleOfPlaceNamed(from: number, to: number, appositive?: [number, number]): NamedSource | undefined {
    const { tokens } = this;
    let t = from;
    while (t < to && LOCAL_TITLE_OPENERS.has(tokens[t].lower)) t++;
    if (t >= to || (tokens[t].lower !== 'governor' && tokens[t].lower !== 'mayor') || isCapitalized(tokens[t])) return undefined;
    const title = tokens[t].lower;
    // "regional governor", "the region's governor", "the city's mayor": the title says which place it serves
    const words = tokens.slice(from, t).map((token) => token.lower);
    const regional = words.includes('regional') || words.includes('region');
    if (title === 'governor' ? !regional : !words.includes('city')) return undefined;
    // a person's name after the title, else the appositive's, else nobody
    let nameEnd = t + 1;
    while (nameEnd < to && isCapitalized(tokens[nameEnd])) nameEnd++;
    // ("said regional governor Jane Roe on his Telegram": where he said it may follow the name)
    if (nameEnd < to && nameEnd - (t + 1) < 2) return undefined;
    // (a region is often named for its main city: "the southern city of Kherson, the regional governor said")
    const place = title === 'governor' ? (this.regionNamedBefore(from) ?? this.cityNamedBefore(from)) : this.cityNamedBefore(from);
    if (!place) return undefined;
    const body = this.localBody(title, place[0], place[1]);
    const named = nameEnd - (t + 1) >= 2 ? ([t + 1, nameEnd] as [number, number]) : appositive && lastProperRun(tokens, appositive[0], appositive[1]);
    const person = named && named[1] - named[0] >= 2 ? this.sentence.slice(named[0], named[1]) : undefined;
    return { ...body, first: from, end: to, ...(person && { person }) };
  }

  /**
   * "Drones hit Ukraine's Kyiv region, the head of the regional military administration, Oleksiy Kuleba, said", "...,
   * the regional administration said": a region's administration in lower case, or its head, is the administration of
   * the region (or the city it is named for) the sentence named before, as "the regional governor" is.
   */
  private regionalAdministrationNamed(from: number, to: number, appositive?: [number, number]): NamedSource | undefined {
    const { tokens } = this;
    let k = from;
    if (tokens[k]?.lower === 'the') k++;
    const headed = k + 1 < to && (tokens[k].lower === 'head' || tokens[k].lower === 'chief') && tokens[k + 1].lower === 'of';
    if (headed) k += tokens[k + 2]?.lower === 'the' ? 3 : 2;
    if (k >= to || tokens[k].lower !== 'regional' || isCapitalized(tokens[k])) return undefined;
    k++;
    if (k < to && (tokens[k].lower === 'military' || tokens[k].lower === 'state')) k++;
    if (k !== to - 1 || tokens[k].lower !== 'administration') return undefined;
    const place = this.regionNamedBefore(from) ?? this.cityNamedBefore(from);
    if (!place) return undefined;
    const body = this.localBody('governor', place[0], place[1]);
    const named = headed && appositive ? lastProperRun(tokens, appositive[0], appositive[1]) : undefined;
    const person = named && named[1] - named[0] >= 2 && named[1] === appositive?.[1] ? this.sentence.slice(named[0], named[1]) : undefined;
    return { ...body, first: from, end: to, ...(person && { person }) };
  }

  /**
   * "Heilongjiang province reported ..., the provincial Health Commission said", "in China's Xinjiang Uygur Autonomous
   * Region ..., the regional health commission said": a local health body named by its level alone is the body of the
   * region (or, "municipal", the city) the sentence named before it; "the Urumqi health commission", a place and the
   * body in lower case, is that place's. A country's is its ministry's (bodyOfTheCountry), not read here.
   */
  private localHealthBody(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    const headAt = to - 1;
    if (headAt - from < 2 || !LOCAL_HEALTH_BODY_HEADS.has(tokens[headAt].lower) || tokens[headAt - 1].lower !== 'health') return undefined;
    const head = `Health ${tokens[headAt].lower[0].toUpperCase()}${tokens[headAt].lower.slice(1)}`;
    let k = from;
    if (tokens[k].lower === 'the') k++;
    const level = LOCAL_BODY_LEVELS.get(tokens[k].lower);
    if (level && k === headAt - 2 && !isCapitalized(tokens[k])) {
      const place = level === 'Municipal' ? this.cityNamedBefore(from) : this.regionNamedBefore(from);
      if (!place) return undefined;
      // ("Neighboring Jilin province reported": a describing word opening the sentence is no part of the name)
      const opener = tokens[place[0]].lower;
      if (place[0] === this.first && place[1] - place[0] > 1 && (PLACE_DESCRIBING_WORDS.has(opener) || COMPASS_ADJECTIVES.has(opener))) place[0]++;
      const name = this.sentence.slice(place[0], place[1]);
      // "Xinjiang Uygur Autonomous Region": a region whose kind is part of its name keeps it, as the body's own name does
      const kind = tokens[place[1]];
      const body = isCapitalized(kind) ? `${head} of ${name} ${kind.text}` : `${name} ${level} ${head}`;
      return { ...this.bodyNamed(body, from, to), first: from, end: to };
    }
    // "the Urumqi health commission": a capitalised place of a few words, and the body in lower case
    if (isCapitalized(tokens[headAt]) || headAt - 1 - k < 1 || headAt - 1 - k > MAX_PLACE_WORDS) return undefined;
    for (let j = k; j < headAt - 1; j++) if (!isCapitalized(tokens[j]) || tokens[j].pos !== 'PROPN') return undefined;
    const place = this.sentence.slice(k, headAt - 1);
    if (stateOf(place) !== undefined || isNationality(place)) return undefined;
    return { ...this.bodyNamed(`${place} ${head}`, k, to), first: from, end: to };
  }

  /** A local health body opening at `at` ("the provincial Health Commission", "the Urumqi health commission"), if one does. */
  localHealthBodyFrom(at: number, end: number): NamedSource | undefined {
    const { tokens } = this;
    for (let k = at + 2; k < end && k - at <= MAX_PLACE_WORDS + 2; k++) {
      if (LOCAL_HEALTH_BODY_HEADS.has(tokens[k].lower) && tokens[k - 1].lower === 'health') return this.localHealthBody(at, k + 1);
    }
    return undefined;
  }

  /**
   * "ICO, Inc. (NASDAQ:ICOC) today announced", "Norvale Foods, LLC said": a company whose legal suffix follows a comma,
   * the whole phrase its name (a ticker in brackets after it is an aside); the suffix alone names nobody.
   */
  private commaSuffixedCompany(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    let end = to;
    if (end - 1 > from && tokens[end - 1].text === ')') {
      const open = this.sentence.openParen(end - 1);
      if (open > from) end = open;
    }
    const suffix = end - 1;
    if (suffix - 2 < from || !COMMA_COMPANY_SUFFIXES.has(tokens[suffix].lower) || tokens[suffix - 1].text !== ',' || !isCapitalized(tokens[suffix - 2])) return undefined;
    const run = lastProperRun(tokens, from, suffix - 1);
    if (!run) return undefined;
    const record = this.sentence.registry.findByName(this.sentence.slice(run[0], run[1]));
    if (record) return { name: record.name, type: record.type, registered: true, outletId: record.id, first: run[0], end: to, confidence: 0.8 };
    return { ...this.unregistered(run[0], suffix + 1), type: 'company', end: to };
  }

  /** "Russia's Belgorod region", "the Kharkiv oblast": the last region the sentence names before `before`, as [start, end). */
  private regionNamedBefore(before: number): [number, number] | undefined {
    const { tokens } = this;
    for (let k = before - 1; k > this.first; k--) {
      if (!REGION_WORDS.has(tokens[k].lower) || !isCapitalized(tokens[k - 1])) continue;
      let start = k - 1;
      while (start > this.first && isCapitalized(tokens[start - 1]) && !isPossessive(tokens[start])) start--;
      // (a capital names its own region: "the Kyiv region", "the Moscow region", though "Kyiv said" speaks for Ukraine)
      if (isPossessive(tokens[start]) || (this.isPlace(start, k) && CAPITALS[this.sentence.slice(start, k)] === undefined)) continue;
      return [start, k];
    }
    return undefined;
  }

  /** "the city of Kherson", "near Mariupol", "in Odesa": the last city the sentence names before `before`. */
  private cityNamedBefore(before: number): [number, number] | undefined {
    const { tokens } = this;
    for (let k = before - 1; k > this.first; k--) {
      if (!isCapitalized(tokens[k]) || !CITY_PREPOSITIONS.has(tokens[k - 1].lower)) continue;
      let end = k + 1;
      while (end < before && isCapitalized(tokens[end])) end++;
      if (this.isPlace(k, end) || REGION_WORDS.has(tokens[end]?.lower ?? '')) continue;
      return [k, end];
    }
    return undefined;
  }

  /** "Kyiv Mayor", "Lviv Deputy Mayor": the council of the capitalised place written right before the title. */
  private placeBeforeLocalTitle(start: number, nameStart: number): NamedSource | undefined {
    const { tokens } = this;
    let placeEnd = start;
    while (placeEnd < nameStart && isCapitalized(tokens[placeEnd]) && !isTitle(tokens[placeEnd])) placeEnd++;
    if (placeEnd === start || placeEnd >= nameStart) return undefined;
    let title = placeEnd;
    while (title < nameStart - 1 && OFFICE_RANKS.has(tokens[title].lower)) title++;
    if (tokens[title].lower === 'governor') return this.regionBeforeGovernor(start, placeEnd);
    return tokens[title].lower === 'mayor' ? this.localBody('mayor', start, placeEnd) : undefined;
  }

  /**
   * "Tula Region Governor Dmitry Milyayev", "Belgorod Oblast Governor": a
   * region's governor speaks for its administration, as "the governor of the
   * Kharkiv region" does. Only a place written as a region: a US state's
   * governor is another office.
   */
  private regionBeforeGovernor(start: number, placeEnd: number): NamedSource | undefined {
    if (placeEnd - start < 2 || !REGION_WORDS.has(this.tokens[placeEnd - 1].lower)) return undefined;
    return { ...this.localBody('governor', start, placeEnd - 1), end: placeEnd };
  }

  /** "the governor of the Kharkiv region", "the mayor of Mariupol" as a whole subject, its holder in the appositive. */
  private localOfficial(from: number, to: number, appositive?: [number, number]): NamedSource | undefined {
    const { tokens } = this;
    const title = tokens[from].lower === 'the' ? from + 1 : from;
    if (title + 2 >= to || (tokens[title].lower !== 'governor' && tokens[title].lower !== 'mayor') || tokens[title + 1].lower !== 'of') return undefined;
    let place = tokens[title + 2].lower === 'the' ? title + 3 : title + 2;
    // "the governor of Russia's Belgorod region", "the mayor of Ukraine's Kharkiv": the country before the place
    if (place + 2 < to && isCapitalized(tokens[place]) && isPossessive(tokens[place + 1]) && isCapitalized(tokens[place + 2])) place += 2;
    // "the governor of the eastern region of Luhansk": the place's kind, and where it lies, before its name
    let kindBefore = false;
    const kindAt = place < to && COMPASS_ADJECTIVES.has(tokens[place].lower) ? place + 1 : place;
    if (kindAt + 2 < to && PLACE_KINDS.has(tokens[kindAt].lower) && tokens[kindAt + 1].lower === 'of' && isCapitalized(tokens[kindAt + 2])) {
      place = kindAt + 2;
      kindBefore = true;
    }
    let end = place;
    while (end < to && isCapitalized(tokens[end])) end++;
    // only the place's kind may follow its name ("the Kharkiv region"); a governor's region says so
    // ("the governor of California" may head a state's government, no regional administration)
    const kind = (kindBefore && end === to) || (end + 1 === to && PLACE_KINDS.has(tokens[end].lower));
    if (end === place || (end < to && !kind) || (tokens[title].lower === 'governor' && !kind)) return undefined;
    const body = this.localGovernment(title + 1, place, end);
    const holder = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
    return body && holder && holder[1] - holder[0] >= 2 ? { ...body, person: this.sentence.slice(...holder) } : body;
  }

  /**
   * "the regional governor of Odesa", "the mayor of Mariupol": a governor or
   * mayor speaks for the place's administration, never for the place.
   */
  private localGovernment(of: number, nameStart: number, nameEnd: number): NamedSource | undefined {
    const title = this.tokens[of - 1]?.lower;
    if (!title || !LOCAL_BODIES.has(title) || this.tokens[of].lower !== 'of') return undefined;
    // "the Russian-installed governor of Kherson": an occupying power's appointee heads no registered administration
    let installed = false;
    for (let k = of - 2; k >= this.first && k >= of - 4; k--) if (INSTALLED_WORDS.has(this.tokens[k].lower)) installed = true;
    // "Raziq Kakar, the district governor of Gorzaiwan,": a district's governor heads the district's administration
    if (title === 'governor' && of - 2 >= this.first && this.tokens[of - 2].lower === 'district') {
      return { ...this.unregistered(nameStart, nameEnd), name: `${this.sentence.slice(nameStart, nameEnd)} district administration`, type: 'government' };
    }
    return this.localBody(title, nameStart, nameEnd, !installed);
  }

  /** The administration of the place named at [start, end) that a governor or mayor speaks for. */
  private localBody(title: string, start: number, end: number, registered = true): NamedSource {
    const place = this.unregistered(start, end);
    // "Kyiv Oblast Governor Oleksiy Kuleba", "the mayor of Kyiv": the registered administration of the place
    for (const body of registered ? (LOCAL_BODY_NAMES.get(title) ?? []) : []) {
      const record = this.sentence.registry.findByName(`${place.name} ${body}`);
      if (record && record.type === 'government') return { name: record.name, type: record.type, registered: true, outletId: record.id, first: place.first, end: place.end, confidence: 0.7 };
    }
    return { ...place, name: `${place.name} ${LOCAL_BODIES.get(title)}`, type: 'government' };
  }

  /**
   * "John Kirby, Pentagon press secretary,", "Meera Chand, UKHSA Director of
   * ...,", "Jane Roe, Kesko chief executive,": an appositive naming the body
   * first and the person's title after it. An unregistered name counts only
   * before a title that speaks for a body (not "Republican senator").
   */
  private bodyBeforeTitle(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    const lead = this.sentence.mentionsStartingIn(from, from + 1).find((m) => !m.state && m.end < to);
    if (lead) return TITLE_WORDS.has(tokens[lead.end].lower) ? this.fromMention(lead) : undefined;
    let end = from;
    while (end < to && isCapitalized(tokens[end]) && !TITLE_WORDS.has(tokens[end].lower)) end++;
    if (end === from || end >= to || !BODY_SPEAKER_TITLES.has(tokens[end].lower)) return undefined;
    const name = this.sentence.slice(from, end);
    return guessSourceType(name) === 'person' ? undefined : this.unregistered(from, end);
  }

  /**
   * "Acme's chief executive", "Hudson Power's chief financial officer": a name, its possessive, then lower-case titles
   * only (or the adjectives a title takes) is the body that owns the office; undefined for anything else.
   */
  private ownerOfTitles(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    // an appositive read up to the sentence's end keeps its stop: "according to Jane Roe, Acme's spokeswoman."
    while (to > from && (tokens[to - 1].text === '.' || tokens[to - 1].text === ',')) to--;
    // "the ministry's head of communications": a description's titles are the body it describes
    if (tokens[from].lower === 'the' && from + 3 < to && isPossessive(tokens[from + 2]) && ORGANISATION_DESCRIPTORS.has(tokens[from + 1].lower) && this.titlesOnly(from + 3, to)) {
      const described = this.recall('organisation', from, from + 2, tokens[from + 1].lower);
      return described?.kind === 'named' ? described.sources[0] : undefined;
    }
    // "Moody's analysts": a registered name that holds its own possessive, then the titles
    const registered = this.sentence.mentionsStartingIn(from, from + 1).find((m) => !m.state && m.outlet && isPossessive(tokens[m.end - 1]));
    if (registered && registered.end < to && this.titlesOnly(registered.end, to)) return this.fromMention(registered);
    let possessive = NAME_PARTICLES.has(tokens[from].lower) && from + 1 < to ? from + 1 : from;
    while (possessive < to && isCapitalized(tokens[possessive]) && !isPossessive(tokens[possessive])) possessive++;
    if (possessive === from || possessive >= to - 1 || !isPossessive(tokens[possessive])) return undefined;
    if (!this.titlesOnly(possessive + 1, to) && !this.domainThenSpokesperson(possessive + 1, to)) return undefined;
    // "Russia's foreign minister", "Lebanon's top diplomat": a country's office is the office lexicon's to resolve
    if (this.sentence.mentionsWithin(from, to).some((m) => m.office || m.state) || countryCodeOfAdjective(tokens, from, possessive + 1)) return undefined;
    const mention = this.sentence.mentionsStartingIn(from, from + 1).find((m) => m.end === possessive && !m.state);
    if (mention) return this.fromMention(mention);
    // "Putin's spokesman": an office holder named before speaks through his own body, a person for nobody
    const holder = this.memory.findBySurname(tokens[possessive - 1].text);
    if (holder) return holder.type !== 'person' ? holder : undefined;
    const name = this.sentence.slice(from, possessive);
    return guessSourceType(name) === 'person' || isNationality(name) ? undefined : this.unregistered(from, possessive);
  }

  /** "military operations spokesman": a few lower-case words naming a field, then a spokesperson's title. */
  private domainThenSpokesperson(from: number, to: number): boolean {
    const { tokens } = this;
    if (to - from < 2 || to - from > MAX_DOMAIN_WORDS + 1 || !OFFICE_SPOKESPEOPLE.has(tokens[to - 1].lower)) return false;
    for (let k = from; k < to - 1; k++) if (isCapitalized(tokens[k]) || !/^\p{Ll}+$/u.test(tokens[k].text)) return false;
    return true;
  }

  /**
   * [from, to) holds lower-case titles only, with the adjectives and the "of" a title takes ("chief financial
   * officer", "head of communications"), and names an office: no capitalised word, and no title after the "of".
   */
  private titlesOnly(from: number, to: number): boolean {
    const { tokens } = this;
    let titled = false;
    for (let k = from; k < to; k++) {
      if (isCapitalized(tokens[k])) return false;
      if (isTitle(tokens[k])) titled = true;
      else if (tokens[k].lower === 'of' && titled && k + 1 < to) return to - k <= 2;
      else if (tokens[k].pos !== 'ADJ') return false;
    }
    return titled && isTitle(tokens[to - 1]);
  }

  /** "Its", "their": the body the previous sentence was about, or the last one quoted. */
  private recallOwner(first: number, end: number): Referent | undefined {
    const owner = this.memory.lastOwner(this.lastAttached());
    if (!owner) return undefined;
    return { kind: 'named', sources: [pointedAt(owner, first, end)] };
  }

  /**
   * "the foreign ministry" after the defence ministry was quoted, "the
   * statistics agency" after the health ministry: a description that says
   * which body points back only to one it fits (of that office, or named
   * with those words); "the ministry" to the last one.
   */
  private recallSameOffice(from: number, to: number, headAt: number, description: string): Referent | undefined {
    const recalled = this.recall('organisation', from, to, description);
    if (recalled?.kind !== 'named') return recalled;
    // "the think tank": only a think tank or research body (or a name of unknown kind), never a company or ministry
    if (THINK_TANK_HEADS.has(description)) return recalled.sources.every((source) => descriptionFits('tank', source)) ? recalled : undefined;
    const office = officeOfName(this.sentence.slice(from, to));
    if (office) return recalled.sources.every((source) => officeOfName(source.name) === office) ? recalled : undefined;
    // "The Pakistan Bureau of Statistics said ... The central bank said": a bank is only a body whose name says so
    // ("the Bank of Israel", "the Federal Reserve"), never the body quoted last whatever it is
    if (NAME_SAYS_HEADS.has(description)) return recalled.sources.every((source) => namesKind(source.name, description)) ? recalled : undefined;
    // "the air traffic regulator" after "The Zarya Aviation Authority ordered ...": the field it oversees is no word
    // of its name, so the body the last sentence was about is meant whatever the field
    const topic = this.memory.quietTopic('it');
    if (REGULATOR_DESCRIPTIONS.has(description) && topic && recalled.sources.every((source) => source.name === topic.name)) return recalled;
    const kinds = this.kindWords(from + 1, headAt);
    const places = this.placeWords(from + 1, headAt);
    const fits = (source: NamedSource) => kinds.every((word) => namesKind(source.name, word)) && places.every((word) => namesItself(source.name, word));
    return recalled.sources.every(fits) ? recalled : undefined;
  }

  /** Every word of [from, headAt) is a level of government naming no body ("local", "provincial"), or there is none. */
  private onlyGovernmentLevels(from: number, headAt: number): boolean {
    for (let k = from; k < headAt; k++) if (!UNNAMED_GOVERNMENT_LEVELS.has(this.tokens[k].lower)) return false;
    return true;
  }

  /**
   * "The Sichuan authorities said", "the Gansu provincial government said": a place's government, as written, when
   * nothing quoted before is named by the place (recallSameOffice). A country's adjective is countryGovernment's.
   */
  private placeAuthorities(from: number, to: number, headAt: number): Referent | undefined {
    if (headAt !== to - 1 || !GOVERNMENT_NOUNS.has(this.tokens[headAt].lower) || isCapitalized(this.tokens[headAt])) return undefined;
    // "the Sichuan provincial government": the place, then the level of government it is
    const { placesEnd, levelsEnd } = this.placeThenLevel(from + 1, headAt);
    if (levelsEnd !== headAt || placesEnd === from + 1 || this.placeWords(from + 1, placesEnd).length !== placesEnd - from - 1) return undefined;
    return { kind: 'named', sources: [{ ...this.unregistered(from + 1, to), type: 'government', confidence: 0.5 }] };
  }

  /**
   * "the Saudi-led (Arab) coalition", "the U.S.-led coalition": capitalised words and "-led" before a coalition's head,
   * at most one word between; as written, from the leader's name (no modifier stripped: "Saudi-led" is the name's).
   */
  private ledGroup(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (!LED_GROUP_HEADS.has(tokens[to - 1].lower)) return undefined;
    let led = to - 2;
    while (led >= from && led >= to - 3 && tokens[led].lower !== 'led') led--;
    if (led < from || led - 2 < from || tokens[led - 1].text !== '-') return undefined;
    let start = led - 1;
    while (start - 1 >= from && led - start <= MAX_LEADER_TOKENS && tokens[start - 1].lower !== 'the' && (isCapitalized(tokens[start - 1]) || tokens[start - 1].text === '.')) start--;
    if (start === led - 1 || !isCapitalized(tokens[start])) return undefined;
    const name = this.sentence.slice(start, to);
    return { name, type: 'military', registered: false, first: start, end: to, confidence: 0.6 };
  }

  /**
   * "the joint chiefs" after "South Korea's Joint Chiefs of Staff": "the" and two or three lower-case words of a body's
   * name the article named before. Never a title ("the prime minister" is a person) nor a description's head word
   * ("the foreign ministry" is recallSameOffice's: its words need not be the name's).
   */
  private lowerCaseEarlierName(from: number, to: number): NamedSource | undefined {
    const { tokens } = this;
    if (to - from < 3 || to - from > MAX_LOWER_CASE_NAME_WORDS + 1) return undefined;
    const head = tokens[to - 1].lower;
    if (TITLE_WORDS.has(head) || ORGANISATION_DESCRIPTORS.has(head) || GOVERNMENT_NOUNS.has(head)) return undefined;
    for (let k = from + 1; k < to; k++) if (isCapitalized(tokens[k]) || !/^\p{Ll}+$/u.test(tokens[k].text)) return undefined;
    const earlier = bodyOnly(this.memory.organisationNaming(this.sentence.slice(from + 1, to)));
    return earlier && pointedAt(earlier, from, to);
  }

  /**
   * "the [Gansu] provincial emergency [management] office": a place's capitalised words or none, a level of
   * government, at most three lower-case words saying what the office does, and an office's head; as written.
   */
  private levelOffice(from: number, to: number, headAt: number): NamedSource | undefined {
    const { tokens } = this;
    if (headAt !== to - 1 || !LEVEL_OFFICE_HEADS.has(tokens[headAt].lower)) return undefined;
    const { placesEnd, levelsEnd } = this.placeThenLevel(from + 1, headAt);
    if (levelsEnd === placesEnd || headAt - levelsEnd > MAX_LEVEL_OFFICE_KIND_WORDS) return undefined;
    for (let k = levelsEnd; k < headAt; k++) if (isCapitalized(tokens[k]) || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ')) return undefined;
    return { ...this.unregistered(from + 1, to), type: 'government', confidence: 0.5 };
  }

  /**
   * "Gansu provincial" of "the Gansu provincial emergency office": from `from`, where the place's capitalised
   * names end and where the levels of government after them end (either may be empty).
   */
  private placeThenLevel(from: number, headAt: number): { placesEnd: number; levelsEnd: number } {
    const { tokens } = this;
    let k = from;
    while (k < headAt && isCapitalized(tokens[k]) && tokens[k].pos === 'PROPN') k++;
    const placesEnd = k;
    while (k < headAt && UNNAMED_GOVERNMENT_LEVELS.has(tokens[k].lower)) k++;
    return { placesEnd, levelsEnd: k };
  }

  /**
   * "Sichuan" of "the Sichuan authorities": capitalised words before the head that say whose body it is, which a
   * body recalled must be named by. A country's adjective ("the Ukrainian authorities") is read elsewhere.
   */
  private placeWords(from: number, headAt: number): string[] {
    const words: string[] = [];
    for (let k = from; k < headAt; k++) {
      const token = this.tokens[k];
      if (isCapitalized(token) && token.pos === 'PROPN' && !countryCodeOfAdjective(this.tokens, k, headAt)) words.push(token.text);
    }
    return words;
  }

  /** "statistics" of "the state statistics agency": lower-case nouns before the head that say which body, not generic ones. */
  private kindWords(from: number, headAt: number): string[] {
    const words: string[] = [];
    for (let k = from; k < headAt; k++) {
      const token = this.tokens[k];
      if (token.pos === 'NOUN' && !isCapitalized(token) && !GENERIC_BODY_MODIFIERS.has(token.lower)) words.push(token.lower);
    }
    return words;
  }

  /** A pronoun or description ("he", "the ministry") resolved to the speaker it points back to. */
  recall(kind: 'person' | 'organisation', first: number, end: number, description?: string): Referent | undefined {
    const named = description && kind === 'organisation' ? this.namedEarlierInSentence(first, description) : undefined;
    if (named) return { kind: 'named', sources: [pointedAt(named, first, end)] };
    const earlier = this.lastAttached();
    // "Aides said the caller was Rep. John Doe of Ohio, but he told reporters": with nobody quoted yet in the
    // sentence, "he" is the one person it named before, not the last speaker of the article
    const inSentence = kind === 'person' && !earlier && this.opensClauseAfterBreak(first) ? this.personEarlierInSentence(first) : undefined;
    if (inSentence) return { kind: 'named', sources: [pointedAt(inSentence, first, end)] };
    const organisation = () => (description ? this.memory.lastOrganisation(earlier, description) : this.memory.lastSpeakingOrganisation(earlier));
    const remembered = (kind === 'person' ? this.memory.lastPerson(earlier) : organisation()) ?? this.companyEarlierInSentence(first, description);
    if (!remembered) return undefined;
    return { kind: 'named', sources: [pointedAt(remembered, first, end)] };
  }

  /**
   * "the sheriff's office said", "according to the sheriff's department" after "The Placer County Sheriff's Office
   * said": a lower-case owner and a possessive before the description at `at` recall the body whose name holds them
   * ("Sheriff's"), whatever its head ("Tulare County's Sheriff's Department" for "the sheriff's office"). A body only
   * acting so far ("The Sonoma County Sheriff's Office has launched a probe") is meant when none quoted has them.
   */
  officeOfOwnerNamed(at: number): NamedSource | undefined {
    const { tokens } = this;
    if (at - 2 < this.first || !isPossessive(tokens[at - 1]) || !/^\p{Ll}+$/u.test(tokens[at - 2].text) || !ORGANISATION_DESCRIPTORS.has(tokens[at].lower)) return undefined;
    const owner = `${tokens[at - 2].lower}'s`;
    const earlier = bodyOnly(this.memory.organisationNaming(owner)) ?? (this.lastAttached() ? undefined : this.memory.actingBodyNamed(owner));
    return earlier && pointedAt(earlier, at - 2, at + 1);
  }

  /** The pronoun at `at` opens a clause after a comma and a conjunction (", but he", ", and she"). */
  private opensClauseAfterBreak(at: number): boolean {
    const { tokens } = this;
    return at - 2 > this.first && tokens[at - 2].text === ',' && CLAUSE_JOINING_CONJUNCTIONS.has(tokens[at - 1].lower);
  }

  /**
   * The one person this sentence names before `before` by a title written short and a name ("Rep. John Doe"),
   * or by two or three capitalised words the type guess calls a person; none when it names two.
   */
  private personEarlierInSentence(before: number): NamedSource | undefined {
    const { tokens } = this;
    let found: NamedSource | undefined;
    for (let k = this.first; k < before; k++) {
      // another person named first may be whom the pronoun means: then nobody is sure
      if (!found && isCapitalized(tokens[k]) && !TITLE_ABBREVIATIONS.has(tokens[k].lower)) {
        let stop = k;
        while (stop < before && isCapitalized(tokens[stop]) && !TITLE_ABBREVIATIONS.has(tokens[stop].lower)) stop++;
        if (stop - k >= 2 && guessSourceType(this.sentence.slice(k, stop)) === 'person') return undefined;
        k = stop - 1;
        continue;
      }
      if (!TITLE_ABBREVIATIONS.has(tokens[k].lower)) continue;
      let start = k + 1;
      while (start < before && tokens[start].text === '.') start++;
      let stop = start;
      while (stop < before && stop - start < 3 && isCapitalized(tokens[stop])) stop++;
      if (stop - start < 2) continue;
      const name = this.sentence.slice(start, stop);
      if (guessSourceType(name) !== 'person') continue;
      if (found && found.name !== name) return undefined;
      found = personSource(name, start, stop, 0.6);
      k = stop - 1;
    }
    return found;
  }

  /**
   * "The Conflict Observatory, which is supported by the U.S. Department of
   * State, released ..., the department said": a body this sentence named
   * before the description, the nearest one whose name says what it is (or,
   * for "the company", a registered company).
   */
  private namedEarlierInSentence(before: number, description: string): NamedSource | undefined {
    // "only Yandex's search feature returns Facebook results, but the company's spokesperson": the owner a possessive names
    // is the company the sentence is about, before any company named after it
    const owner = description === 'company' || description === 'firm' ? this.ownerEarlierInSentence(before) : undefined;
    if (owner) return owner;
    const companyLike = description === 'company' || description === 'firm';
    // "SEOUL (Yonhap) -- Prices rose, the bank said": a dateline's agency is no body the sentence describes
    const mentions = this.sentence.mentionsStartingIn(Math.max(this.textOpening(before, true), before - MAX_EARLIER_NAME_LOOKBACK), before);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i];
      if (mention.state || mention.end > before) continue;
      // "That is a rise for Samsung, the firm said": a company the words are about is not the firm saying them
      if (companyLike && this.isSubjectMatter(mention.first)) continue;
      const source = this.fromMention(mention);
      if (namesItself(source.name, description) || (source.registered && source.type !== 'unknown' && descriptionFits(description, source) && !GOVERNMENT_DESCRIPTIONS.has(description))) return source;
    }
    return undefined;
  }

  /** The name at `first` is the object of "for", "about", ... ("for Samsung", "for Apple and Samsung"). */
  private isSubjectMatter(first: number): boolean {
    const { tokens } = this;
    let k = first - 1;
    // over the names coordinated before it, a few words at most
    while (k > this.first && first - k <= MAX_COORDINATED_NAME_WORDS && (tokens[k].lower === 'and' || tokens[k].text === ',' || isCapitalized(tokens[k]))) k--;
    return k >= this.first && SUBJECT_MATTER_PREPOSITIONS.has(tokens[k].lower);
  }

  /**
   * "after a ransomware attack on the payments processor Kassio, the company
   * said": with no company quoted before, the nearest proper name before
   * that may be a company (a registered one of that kind, or an unregistered
   * name that is no person or country).
   */
  private companyEarlierInSentence(before: number, description: string | undefined): NamedSource | undefined {
    if (description !== 'company' && description !== 'firm') return undefined;
    const { tokens } = this;
    // the word opening the sentence, or the text after a dateline, is capitalised whatever it is ("Prices rose")
    const floor = Math.max(this.textOpening(before) + 1, before - MAX_COMPANY_LOOKBACK);
    for (let k = before - 1; k >= floor; k--) {
      if (!isCapitalized(tokens[k]) || tokens[k].pos !== 'PROPN' || CALENDAR_NAMES.has(tokens[k].lower) || isAmountUnit(tokens, k)) continue;
      const mention = this.sentence.mentionCovering(k);
      if (mention) return mention.state || mention.type !== 'company' ? undefined : this.fromMention(mention);
      const run = lastProperRun(tokens, this.first, k + 1);
      if (!run) return undefined;
      while (run[0] < k && CAPITALISED_FUNCTION_WORDS.has(tokens[run[0]].lower)) run[0]++;
      // "Shares of Norvale Networks dropped": the shares are the company's, no part of its name
      if (run[0] + 2 <= k && tokens[run[0]].lower === 'shares' && tokens[run[0] + 1].lower === 'of') run[0] += 2;
      const source = this.unregistered(run[0], run[1]);
      return source.type === 'company' || source.type === 'unknown' ? source : undefined;
    }
    return undefined;
  }

  /** "only Yandex's search feature ..., but the company's spokesperson told": the name an earlier possessive gives. */
  private ownerEarlierInSentence(before: number): NamedSource | undefined {
    const { tokens } = this;
    for (let k = before - 1; k > this.first && before - k <= MAX_EARLIER_NAME_LOOKBACK; k--) {
      if (!isPossessive(tokens[k]) || !isCapitalized(tokens[k - 1]) || tokens[k - 1].pos !== 'PROPN') continue;
      const run = lastProperRun(tokens, this.first, k);
      if (!run) continue;
      // "Only Yandex's": a capitalised word opening the sentence is no part of the name
      if (run[0] === this.first && tokens[run[0]].pos !== 'PROPN') run[0]++;
      if (run[0] >= run[1]) continue;
      const source = this.unregistered(run[0], run[1]);
      if (source.type === 'company' || source.type === 'unknown') return source;
    }
    return undefined;
  }

  fromMention(mention: Mention, person?: string): NamedSource {
    // "a statement by the Ministry": an office's head alone, no country, is the body named before
    const earlier = !mention.outlet && mention.end - mention.first === 1 ? this.bodyByItsHead(mention.first - 1, mention.end) : undefined;
    if (earlier) return { ...pointedAt(earlier, mention.first, mention.end, 0.7), ...(person && { person }) };
    const source: NamedSource = {
      name: mention.name,
      type: mention.type,
      registered: Boolean(mention.outlet),
      first: mention.first,
      end: mention.end,
      confidence: mention.outlet ? 0.9 : 0.7,
    };
    if (mention.outlet) source.outletId = mention.outlet.id;
    if (person) source.person = person;
    if (mention.state) source.state = true;
    return source;
  }
}

/**
 * "at USD 53.41", "12.50 EUR": a currency code next to a figure is the amount's unit, no company; "as of 12:35
 * p.m. EDT", "at 0900 GMT": a time zone after a clock time is the time's zone.
 */
function isAmountUnit(tokens: Token[], k: number): boolean {
  const isFigure = (token: Token | undefined) => token !== undefined && /^\d/.test(token.text);
  if (TIME_ZONES.has(tokens[k].text)) return isFigure(tokens[k - 1]) || /^[ap]\.?m\.?$/i.test(tokens[k - 1]?.text ?? '');
  if (!CURRENCY_CODES.has(tokens[k].text)) return false;
  return isFigure(tokens[k + 1]) || isFigure(tokens[k - 1]);
}

/**
 * "Faisal bin Farhan", "Mohammed bin Abdulrahman Al Thani", "Abdel Fattah el-Sisi": a lower-case particle inside a
 * person's name, between its first and last words ("el-" and "al-" only glued to the word they join).
 */
function isInnerNameParticle(tokens: Token[], j: number, first: number, to: number): boolean {
  if (j <= first || j >= to - 1 || !isCapitalized(tokens[to - 1])) return false;
  const lower = tokens[j].lower;
  if (SURNAME_PARTICLES.has(lower)) return isCapitalized(tokens[j + 1]);
  return NAME_ARTICLE_PARTICLES.has(lower) && tokens[j + 1].text === '-' && tokens[j + 1].start === tokens[j].end;
}
