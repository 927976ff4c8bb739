import { officeOfName } from './offices.js';
import { isMediaType } from './guess-type.js';
import { ARMED_GROUP_DESCRIPTIONS, DOCUMENT_NOUNS, GOVERNMENT_DESCRIPTIONS, MEDIA_DESCRIPTIONS, NOT_MINISTRY_NAME_HEADS, SELF_NAMED_DESCRIPTIONS, UNNAMED_BODY_NOUNS, isTradeDescription } from './lexicon.js';
import { isNonStateBody, type NamedSource } from './referent.js';

const MAX_REMEMBERED = 12;
/** The acting bodies remembered (see SpeakerMemory.noteActor): a story's few bodies that did something. */
const MAX_ACTORS = 4;

interface ActingBody {
  source: NamedSource;
  words: string;
  authority: boolean;
}

/**
 * The most sources a sentence takes over from the ones before it: whom a statement's "We condemn" or a joint
 * filing ("The complaint alleges") speaks for, what a sentence going on with the last one's report cites. Joint
 * statements are signed by dozens of governments, so the bound is generous; past it the list is no one
 * statement's signatories. Without one, every later such sentence cited them all (claims citing two million
 * sources for 64 KB of text, in time quadratic in it).
 */
export const MAX_CARRIED_VOICES = 64;

/** The sources, when there are no more of them than a sentence takes over (see MAX_CARRIED_VOICES); else none. */
export function carriedVoices<T>(sources: T[]): T[] {
  return sources.length <= MAX_CARRIED_VOICES ? sources : [];
}
/** "Awel", "López": a capitalised word of two letters or more, no initial ("J.") nor particle ("de", "bin"). */
const MIDDLE_NAME = /^\p{Lu}\p{Ll}+$/u;

/** "federal court", "Constitutional Court of Ukraine": a court is "the court", never "the ministry" or "the company". */
function isCourt(source: NamedSource): boolean {
  for (const noun of UNNAMED_BODY_NOUNS) if (namesItself(source.name, noun)) return true;
  return false;
}

/**
 * "Zelenskyy pleaded ...": an unregistered one-word name of unknown kind is
 * most often a surname, so "he" and "she" next may mean it (they mean only people).
 */
function mayBePerson(source: NamedSource): boolean {
  return source.type === 'unknown' && !source.registered && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(source.name);
}

/** Descriptions of a body by what it oversees ("the air traffic regulator"), never by its name's words. */
export const REGULATOR_DESCRIPTIONS: ReadonlySet<string> = new Set(['regulator', 'watchdog']);

const TYPED_DESCRIPTIONS = new Set([...GOVERNMENT_DESCRIPTIONS, 'company', 'firm']);

/** "Norvale Research", "Kestrel Analytics": a name ending as market researchers' names do. */
const RESEARCH_FIRM_NAME = /\s(research|analytics|insights)$/i;

export function descriptionFits(description: string | undefined, source: NamedSource): boolean {
  if (!description) return true;
  if (isCourt(source) && !UNNAMED_BODY_NOUNS.has(description)) return false;
  if (description === 'ministry' && namesAnotherKindThanMinistry(source.name)) return false;
  if (SELF_NAMED_DESCRIPTIONS.has(description)) return namesItself(source.name, description);
  // a body known only by a description ("coast guard") is "the ministry" only if that is what it says
  if (GOVERNMENT_DESCRIPTIONS.has(description)) return (source.registered && ['government', 'military', 'intergovernmental'].includes(source.type)) || /ministry|department|office|administration|authority|bank/i.test(source.name) || namesItself(source.name, description);
  // (a country's government, or a president speaking for it, is never "the agency": "Xi called for ..., said the agency")
  if (description === 'agency') return source.type === 'news-agency' || ((source.type === 'government' || source.type === 'intergovernmental') && !source.state && !isWholeGovernment(source.name));
  if (MEDIA_DESCRIPTIONS.has(description)) return isMediaType(source.type);
  // "The Wall Street Journal reported ... The watchdog said": a watchdog oversees others, and is no outlet reporting on it
  if (description === 'watchdog') return !isMediaType(source.type);
  // "the insurgents said": an armed group, a body of no registered kind, never a state, its forces or an outlet
  if (ARMED_GROUP_DESCRIPTIONS.has(description)) return !source.state && (source.type === 'unknown' || source.type === 'other' || source.type === 'political-party');
  if (UNNAMED_BODY_NOUNS.has(description)) return namesItself(source.name, description);
  // "Norvale Research ... the firm said": a market researcher's name reads like a research body's, but a firm it is
  if (description === 'firm' && !source.registered && RESEARCH_FIRM_NAME.test(source.name)) return true;
  if (description === 'company' || description === 'firm') return source.type === 'company' || source.type === 'unknown';
  // "the airline", "the chipmaker": a company by its trade, never an outlet or a government remembered since
  if (isTradeDescription(description)) return tradeFits(source);
  // "the think tank said": a think tank or research body, or a name of unknown kind
  if (description === 'tank' || description === 'think-tank' || description === 'thinktank') return ['think-tank', 'research-institute', 'ngo', 'unknown'].includes(source.type);
  return true;
}

/** "U.S. Department of State", "Kremlin": a name that says its body is no ministry (and never says "ministry"). */
function namesAnotherKindThanMinistry(name: string): boolean {
  const words = name.toLowerCase().split(/[\s,-]+/);
  return !words.includes('ministry') && words.some((word) => NOT_MINISTRY_NAME_HEADS.has(word));
}

/** "Chinese government", "Government of Japan", "Kremlin", "Chinese presidency": a state's government as a whole, no agency of it. */
function isWholeGovernment(name: string): boolean {
  return /\b(?:government|presidency|kremlin|white house|cabinet)\b/i.test(name);
}

/**
 * "Dubai-based Emirates had to cancel some flights ... a spokesperson for the airline said": a company's trade
 * ("airline", "carrier", "chipmaker") fits a body that is a company or of no known kind, whatever its name says;
 * never a country, an outlet, a government body or a person (their kinds are known).
 */
function tradeFits(source: NamedSource): boolean {
  return !source.state && !source.person && (source.type === 'company' || source.type === 'unknown');
}

/** "Blue Basin Alliance" for "the alliance": the description is a word of the name ("sheriff's" either apostrophe). */
export function namesItself(name: string, description: string): boolean {
  const words = name.toLowerCase().replaceAll('’', "'").split(/[\s-]+/);
  return words.includes(description);
}

/**
 * Kinds a body's name says it is by its last word, where that word is not the description itself: "Spirit Airlines"
 * and "British Airways" are airlines, which a later "the carrier" means too; "Colorado State Patrol" is "the patrol".
 * "Police" says no kind alone: it is listed so that a name ending in it is looked at, and `kindsOfName` decides.
 */
const KINDS_OF_NAME_ENDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['airlines', ['airline', 'carrier']],
  ['airline', ['airline', 'carrier']],
  ['airways', ['airline', 'carrier']],
  ['patrol', ['patrol']],
  ['police', []],
  ['trust', ['trust']],
  ['foundation', ['foundation']],
]);

/** Whether a name ending in `word` may say its kind (see KINDS_OF_NAME_ENDS). */
export function isKindOfNameEnd(word: string): boolean {
  return KINDS_OF_NAME_ENDS.has(word);
}

/**
 * The kinds of body `name` says it is by how it ends (see KINDS_OF_NAME_ENDS); a state's police ("Arkansas State
 * Police") is what a later "State police said" means.
 */
export function kindsOfName(name: string): readonly string[] {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  if (last === 'police') return words.length > 2 && words[words.length - 2] === 'state' ? ['state police'] : [];
  return KINDS_OF_NAME_ENDS.get(last) ?? [];
}

/**
 * The last person and organisation quoted in the article, so that "he said",
 * "the ministry added" and a bare surname ("Rutte said") resolve to a name.
 */
export class SpeakerMemory {
  private person: NamedSource | undefined;
  /** Most recent last. */
  private readonly organisations: NamedSource[] = [];
  private readonly surnames = new Map<string, NamedSource>();
  /** The last holder of each office ("presidency", "prime-minister"), for "the President said". */
  private readonly holders = new Map<string, NamedSource>();
  /** The body the last sentence was about, when it quoted nobody: what "its" refers to next. */
  private topic: NamedSource | undefined;
  /** The topic's sentence named no other body or country. */
  private topicAlone = false;
  /** The originals of the last sentence that had any, countries included: who "We condemn" speaks for. */
  private voices: NamedSource[] = [];
  /** Bodies last attached as relays: an outlet passing a report on is not what a bare "it" means next. */
  private readonly relays = new Set<string>();
  /** The last originals that spoke in a statement's own voice (see weVoices). */
  private statementVoices: NamedSource[] = [];
  /** The last body a cue named as publishing a document ("a new report published today by X"). */
  private publisher: NamedSource | undefined;
  /** The last government body quoted for each office it is ("agriculture": the USDA). */
  private readonly bodiesByOffice = new Map<string, NamedSource>();
  /** The last publisher of each kind of document: "the report" after "a review by X" still means the report's. */
  private readonly publishers = new Map<string, NamedSource>();
  /** Bodies introduced by description only, by their noun ("court" -> "federal court"). */
  private readonly unnamedBodies = new Map<string, NamedSource>();
  /** Bodies named in sentences that quoted nobody, by the kind their name says ("airline" -> "Spirit Airlines"). */
  private readonly bodiesByKind = new Map<string, NamedSource>();
  /** The body the page's labels name as issuing the text ("The speech made by ..., the Minister for the Cabinet Office"). */
  private issuerSource: NamedSource | undefined;
  private statementPage = false;
  /** The bodies researchers were last introduced from ("security researchers at Mandiant"): whom "the researchers said" means. */
  private expertBodies: NamedSource[] = [];
  /** Sentences the last introduction of researchers still reaches (2 when just made, counting the one making it). */
  private expertsFresh = 0;

  /**
   * An unregistered name that opened the last sentences while they quoted nobody ("Norvale Semiconductor posted a record
   * quarter."): what "the chipmaker said" means next. `personLike`: its form is also a person's ("Norvale Semiconductor"
   * as "Jane Roe"), so only a description of a trade means it, never "the company" alone.
   */
  private quietName: { source: NamedSource; personLike: boolean } | undefined;
  /** The last police force named ("New Zealand police", "Police in Norvale"): whom a bare "police say" means. */
  private police: NamedSource | undefined;
  /** The bodies that last acted as the subject of a sentence quoting nobody (see noteActor), most recent last. */
  private readonly actors: ActingBody[] = [];

  /**
   * `relay`: the source passed on another's report ("..., Zarya reports citing Interfax"), so it is an outlet, never "he".
   * `expertsEmployer`: it spoke through an analyst or researcher it employs ("an analyst at Brightwater Capital").
   * `consensusProvider`: it gathered the market's forecasts ("analysts surveyed by FactSet"), and is not remembered.
   */
  remember(source: NamedSource, relay = false, expertsEmployer = false, consensusProvider = false): void {
    // a data firm gathering the market's forecasts ("analysts surveyed by FactSet") is no body the story is about:
    // the company named before stays what "the company", "it" and a chief executive mean
    if (consensusProvider) return;
    this.topic = undefined;
    this.forgetBodiesOfKindBesides(source);
    // a statement released before means the one quoted since no more (its issuer quoted again keeps it)
    for (const kind of ['statement', 'announcement']) if (this.publishers.get(kind)?.name !== source.name) this.publishers.delete(kind);
    // an analyst's firm quoted on the company the story is about leaves that company what its trade means
    if (!expertsEmployer) this.quietName = undefined;
    if (source.state && !source.person) return;
    if (mayBePerson(source) && !relay) this.person = source;
    if (source.type === 'person' || source.person) {
      this.person = source;
      const fullName = source.person ?? source.name;
      const words = fullName.split(/\s+/);
      const surname = words[words.length - 1];
      if (words.length > 1) this.surnames.set(surname, source);
      // "Chun Yung-woo": a hyphenated given name last, so the family name comes first ("Chun says")
      if (words.length > 1 && /-\p{Ll}/u.test(surname) && !this.surnames.has(words[0])) this.surnames.set(words[0], source);
      this.rememberMiddleNames(words, source);
    }
    if (source.type !== 'person' && !source.state) {
      if (relay) this.relays.add(source.name);
      else this.relays.delete(source.name);
      if (namesItself(source.name, 'police')) this.police = source;
      this.organisations.push(source);
      if (this.organisations.length > MAX_REMEMBERED) this.organisations.shift();
      const office = source.type === 'government' ? officeOfName(source.name) : undefined;
      if (office) this.bodiesByOffice.set(office, source);
    }
  }

  /** "The U.S. Department of Agriculture announced ... said Agriculture Secretary Tom Vilsack": the body of that office quoted before. */
  bodyOfOffice(office: string): NamedSource | undefined {
    return this.bodiesByOffice.get(office);
  }

  /** An office holder who acted but was not quoted: what "the President" and a surname mean later, not "it". */
  rememberHolder(source: NamedSource, office: string): void {
    this.holders.set(office, source);
    if (!source.person) return; // an office named by a label: "the Head of State", not "he"
    this.person = source;
    const words = source.person.split(/\s+/);
    if (words.length < 2) return;
    this.surnames.set(words[words.length - 1], source);
    // "North Korean leader Kim Jong Un" ... "Kim announced": the family name may come first
    if (!this.surnames.has(words[0])) this.surnames.set(words[0], source);
  }

  /** A person introduced with the body they speak for ("Jang Il Hun is North Korea's deputy ambassador"), or alone. */
  rememberPerson(source: NamedSource): void {
    this.person = source;
    const words = (source.person ?? source.name).split(/\s+/);
    if (words.length < 2) return;
    this.surnames.set(words[words.length - 1], source);
    // "Jang Il Hun", "Chun Yung-woo": the family name may come first ("Mr. Jang said")
    if (!this.surnames.has(words[0])) this.surnames.set(words[0], source);
    this.rememberMiddleNames(words, source);
  }

  /**
   * "Yolanda Awel Deng ... Awel said", "Andrés Manuel López Obrador ... López said": a middle word of a name may be the
   * one the article writes again; it finds the person unless it already means someone else. Initials never.
   */
  private rememberMiddleNames(words: string[], source: NamedSource): void {
    for (const middle of words.slice(1, -1)) if (MIDDLE_NAME.test(middle) && !this.surnames.has(middle)) this.surnames.set(middle, source);
  }

  /** A person named with their body in passing: whom their surname means later, not whom "he" means now. */
  rememberSurnames(surnames: string[], source: NamedSource): void {
    for (const surname of surnames) this.surnames.set(surname, source);
  }

  /** Like rememberSurnames, but a surname already known keeps its meaning. */
  rememberSurnamesOnce(surnames: string[], source: NamedSource): void {
    for (const surname of surnames) if (!this.surnames.has(surname)) this.surnames.set(surname, source);
  }

  /** A person a sentence that quoted nobody named (see notePersonOfQuietSentence): whom "he" means next. */
  notePassingPerson(source: NamedSource): void {
    this.person = source;
  }

  /** An unnamed person spoke last ("an official said"): "he" means no person named before. */
  forgetPerson(): void {
    this.person = undefined;
  }

  lastPerson(inSentence?: NamedSource): NamedSource | undefined {
    if (inSentence && (inSentence.type === 'person' || inSentence.person)) return inSentence;
    return this.person;
  }

  /** The last organisation, or the last one a description fits ("the ministry": a government body). */
  lastOrganisation(inSentence?: NamedSource, description?: string): NamedSource | undefined {
    const fits = (source: NamedSource) => source.type !== 'person' && descriptionFits(description, source);
    // "The World Bank has disbursed ... The bank told Reuters", "Vonovia now owns ... The company reported": the body the
    // last sentences were about, quoting nobody since, when the description says what it is (before an audience or
    // another body of the sentence, unless that one's name says so too)
    if (description && this.topic && !DOCUMENT_NOUNS.has(description) && this.topicFits(description) && !(inSentence && namesItself(inSentence.name, description))) return this.topic;
    // "Norvale Airlines cancelled ten flights. A spokesperson for the airline said": a trade means the unregistered name
    // the last sentences opened with, quoting nobody since (as "the chipmaker said" does)
    const quiet = description && isTradeDescription(description) && !inSentence ? this.quietCompany(true) : undefined;
    if (quiet) return quiet;
    if (inSentence && fits(inSentence)) return inSentence;
    if (description && DOCUMENT_NOUNS.has(description) && (this.publisher || this.publishers.has(description))) return this.publishers.get(description) ?? this.publisher;
    // "The Kremlin issued a statement. ..., the statement said": the issuer of the statement released, nobody quoted since
    const issued = description === 'statement' || description === 'announcement' ? this.publishers.get(description) : undefined;
    if (issued) return issued;
    // "The report found" in a text whose labels name its issuer, with no other report cited: the issuer's own
    if (description && DOCUMENT_NOUNS.has(description) && this.issuerSource) return this.issuerSource;
    // "A study by researchers at Harvard, published in The BMJ, found ... The study also found", "ISW concluded ..., The New
    // York Times reported. The assessment argues": a document nobody was noted publishing is the last original's, not a
    // relay's or a journal's that the organisations named last
    if (description && DOCUMENT_NOUNS.has(description)) {
      const voice = this.voices.find(fits);
      if (voice) return voice;
    }
    // "the alliance said": the last body whose name says what it is ("Blue Basin Alliance")
    if (description) {
      for (let i = this.organisations.length - 1; i >= 0; i--) if (namesItself(this.organisations[i].name, description)) return this.organisations[i];
    }
    for (let i = this.organisations.length - 1; i >= 0; i--) if (fits(this.organisations[i])) return this.organisations[i];
    // "The FCA fined HSBC. ... The regulator said": no body quoted since fits, the one that acted last may
    const acting = description ? this.actingBody(description) : undefined;
    if (acting) return acting;
    // "the court" is no other body: the one the article introduced unnamed ("a federal court"), or none
    if (description && UNNAMED_BODY_NOUNS.has(description)) return this.unnamedBodies.get(description);
    // a description that says what kind of body it is ("the department", "the company") never means a body of another kind,
    // but may mean one of its kind the article named in full without quoting it ("the Ministry of Rivers and Lakes")
    if (description && (TYPED_DESCRIPTIONS.has(description) || isTradeDescription(description))) return this.unnamedBodies.get(description);
    // "hospitals in the South London Healthcare NHS Trust ... A Trust spokeswoman said": a body only named so far whose
    // name ends in the word
    if (description && SELF_NAMED_DESCRIPTIONS.has(description)) return this.unnamedBodies.get(description) ?? this.bodiesByKind.get(description);
    return description ? this.organisations[this.organisations.length - 1] : undefined;
  }

  /**
   * What a bare "it" means: the last organisation, unless that one only relayed the last report ('"...," the Joint
   * Chiefs of Staff said, as cited by Yonhap. ..., it added.'): then the body that report's original was.
   */
  lastSpeakingOrganisation(inSentence?: NamedSource): NamedSource | undefined {
    const last = this.lastOrganisation(inSentence);
    if (!last || inSentence || !this.relays.has(last.name)) return last;
    return this.voices.find((v) => v.type !== 'person' && !v.state) ?? last;
  }

  /** "New Zealand police arrested a man ... police say": the last police force the story named, quoted or not. */
  policeForce(): NamedSource | undefined {
    return this.police;
  }

  /**
   * "The Federal Reserve Board on Tuesday fined Norvale Bank.": a body, subject of a sentence that quoted nobody, which
   * a later "the Board", "the regulator" or "the watchdog" may mean though others spoke since. `words`: the name as the
   * sentence wrote it; `authority`: it acted as a regulator does (fined, sanctioned) or its name says it is one.
   */
  noteActor(source: NamedSource, words: string, authority: boolean): void {
    this.actors.push({ source, words, authority });
    if (this.actors.length > MAX_ACTORS) this.actors.shift();
  }

  /**
   * The last body that acted which `description` means: "the regulator" an authority, "the Board" one with the word
   * in its name (another body acting since, "Regions agreed to the fine", is no regulator nor board).
   */
  actingBody(description: string): NamedSource | undefined {
    const regulator = REGULATOR_DESCRIPTIONS.has(description);
    for (let i = this.actors.length - 1; i >= 0; i--) {
      const actor = this.actors[i];
      if (regulator ? actor.authority : namesItself(actor.words, description)) return actor.source;
    }
    return undefined;
  }

  /** "the Board": the body that acted last when its name holds the word and no body quoted since has it in its name. */
  actingBodyNamed(word: string): NamedSource | undefined {
    for (const organisation of this.organisations) if (namesItself(organisation.name, word)) return undefined;
    return this.actingBody(word);
  }

  /** A body named without being quoted, whose name says it is of `kind`: what a later "the <kind>" means. */
  noteBodyOfKind(kind: string, source: NamedSource): void {
    this.bodiesByKind.set(kind, source);
  }

  /** The body of `kind` last named in a sentence that quoted nobody, with no other body quoted since. */
  bodyOfKind(kind: string): NamedSource | undefined {
    return this.bodiesByKind.get(kind);
  }

  /** A body quoted is what the descriptions of its kind mean from now on, and bodies only named before it no more. */
  private forgetBodiesOfKindBesides(source: NamedSource): void {
    if (source.type === 'person' && !source.person) return;
    for (const [kind, body] of this.bodiesByKind) if (body.name !== source.name) this.bodiesByKind.delete(kind);
    // "said Arkansas State Police ... State police on Tuesday night said": the body quoted is of the kinds it names
    for (const kind of kindsOfName(source.name)) this.bodiesByKind.set(kind, source);
  }

  /** "A federal court has ordered": what "the court" means later, when no court is named. */
  noteUnnamedBody(noun: string, source: NamedSource): void {
    if (noun === 'police') {
      this.police = source;
      return;
    }
    this.unnamedBodies.set(noun, source);
  }

  /** `document`: the noun the document was named by ("report", "review"). */
  notePublisher(source: NamedSource, document: string): void {
    if (source.type === 'person' || source.state) return;
    this.publisher = source;
    this.publishers.set(document, source);
  }

  /** The last outlet remembered whose name of several words ends in `word` ("Post" -> "The Washington Post"). */
  outletNamedEndingWith(word: string): NamedSource | undefined {
    const wanted = word.toLowerCase();
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const source = this.organisations[i];
      const words = source.name.toLowerCase().split(/\s+/);
      if (isMediaType(source.type) && words.length > 1 && words[words.length - 1] === wanted) return source;
    }
    return undefined;
  }

  /** The last body whose name holds `words` ("joint chiefs") as whole words, whatever their case: "the joint chiefs said". */
  organisationNaming(words: string): NamedSource | undefined {
    // ("sheriff's" in "Placer County Sheriff’s Office": either apostrophe)
    const wanted = ` ${words.toLowerCase().replaceAll('’', "'")} `;
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const organisation = this.organisations[i];
      if (organisation.type !== 'person' && ` ${organisation.name.toLowerCase().replaceAll('’', "'")} `.includes(wanted)) return organisation;
    }
    return undefined;
  }

  /**
   * The last organisation whose name opens with `prefix`, or does so after one word `qualifies` accepts ("Air
   * Force " of "Ukrainian Air Force", after a country's adjective).
   */
  organisationNamedFrom(prefix: string, qualifies?: (word: string) => boolean): NamedSource | undefined {
    const wanted = prefix.replace('’', "'");
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const full = this.organisations[i].name.replace('’', "'");
      if (full.startsWith(wanted)) return this.organisations[i];
      const space = qualifies ? full.indexOf(' ') : -1;
      // (the prefix ends in a space where it ends a word: so may the name)
      if (space > 0 && `${full} `.startsWith(wanted, space + 1) && qualifies?.(full.slice(0, space))) return this.organisations[i];
    }
    return undefined;
  }

  /** Who published a document the article names by its title: the last publisher a cue named, else the labels' issuer. */
  documentPublisher(): NamedSource | undefined {
    return this.publisher ?? this.issuerSource;
  }

  noteVoices(sources: NamedSource[]): void {
    if (sources.length) this.voices = sources;
  }

  lastVoices(): NamedSource[] {
    return this.voices;
  }

  /** Who spoke last in a statement's own voice ("The United States condemns", "We urge", the labels' issuer). */
  noteStatementVoices(sources: NamedSource[]): void {
    if (sources.length) this.statementVoices = sources;
  }

  /**
   * Whom a statement's "We urge" speaks for: the last voice that spoke as the
   * statement does, not a third party it quoted since ("The United States
   * condemns ... The UN said ... We call on ..."); before any, the last voice.
   */
  weVoices(): NamedSource[] {
    return carriedVoices(this.statementVoices.length ? this.statementVoices : this.voices);
  }

  /**
   * A body named by the labels above a text: the issuer its "we" means. A new
   * block of labels after prose (the next release on a page of several) names
   * the next issuer, and who "We urge" speaks for starts again from it.
   */
  noteIssuer(source: NamedSource, newBlock: boolean): void {
    if (this.issuerSource && !newBlock) return;
    this.issuerSource = source;
    this.voices = [source];
    this.statementVoices = [source];
  }

  issuer(): NamedSource | undefined {
    return this.issuerSource;
  }

  /** Called once per sentence: the bodies its researchers were introduced from, if any. */
  noteExperts(bodies: NamedSource[]): void {
    this.expertsFresh = bodies.length > 0 ? 2 : Math.max(0, this.expertsFresh - 1);
    if (bodies.length) this.expertBodies = bodies;
    // "The researchers were from Harvard University ... But the study found": the team introduced last did "the study"
    if (bodies.length && isNonStateBody(bodies[0])) this.publishers.set('study', bodies[0]);
  }

  /** The researchers the sentence before introduced ("Researchers from X did the study. They found"). */
  freshExperts(): NamedSource[] {
    return this.expertsFresh > 0 ? this.expertBodies : [];
  }

  experts(): NamedSource[] {
    return this.expertBodies;
  }

  /** The page's labels say it is a statement ("Press Statement"), issuer named or not. */
  noteStatementPage(): void {
    this.statementPage = true;
  }

  isStatementPage(): boolean {
    return this.statementPage || this.issuerSource !== undefined;
  }

  /** The topic is what a description means when its name says so ("the bank": World Bank), or "the company" a company. */
  private topicFits(description: string): boolean {
    const topic = this.topic;
    if (!topic || topic.type === 'person') return false;
    if (description === 'company' || description === 'firm') return topic.type === 'company';
    // "The Zarya Aviation Authority ordered ... The air traffic regulator said": a regulator is the government body named
    if (REGULATOR_DESCRIPTIONS.has(description)) return descriptionFits('regulator', topic);
    if (isTradeDescription(description)) return tradeFits(topic);
    return namesItself(topic.name, description);
  }

  /**
   * The body the last sentences were about while quoting nobody: whom "it" or
   * "they" opening the next clause means ("they" only when it was named alone).
   */
  quietTopic(pronoun: string): NamedSource | undefined {
    if (this.topic?.type === 'person' || (pronoun === 'they' && !this.topicAlone)) return undefined;
    return this.topic;
  }

  noteTopic(source: NamedSource, alone = false): void {
    this.topic = source;
    this.topicAlone = alone;
    this.quietName = undefined;
  }

  /** `weak`: one word, which may be a common noun read as a name ("Revenue fell"): it never replaces a name noted before. */
  noteQuietName(source: NamedSource, personLike: boolean, weak: boolean): void {
    if (weak && this.quietName) return;
    this.quietName = { source, personLike };
  }

  /** The unregistered company a description means (see quietName); `trade`: the description names a trade or a home. */
  quietCompany(trade: boolean): NamedSource | undefined {
    const quiet = this.quietName;
    return quiet && (trade || !quiet.personLike) ? { ...quiet.source, type: 'company' } : undefined;
  }

  /** "Its chief economist said": the body the previous sentence was about, else the last one quoted. */
  lastOwner(inSentence?: NamedSource): NamedSource | undefined {
    return this.topic ?? this.lastOrganisation(inSentence);
  }

  holderOf(office: string): NamedSource | undefined {
    return this.holders.get(office);
  }

  findBySurname(surname: string): NamedSource | undefined {
    return this.surnames.get(surname);
  }
}
