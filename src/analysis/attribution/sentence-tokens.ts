import type { Token } from '../text/tokenize.js';
import { APPROXIMATORS, CAUSING_VERBS, CLAUSE_BREAKS, CLOSING_QUOTES, CLOSING_REPORT_VERBS, MEDIA_DESCRIPTIONS, PERIODICAL_NOUNS, CURRENCY_SIGNS, DATE_GAP_WORDS, ESTIMATING_VERBS, FIGURE_MAGNITUDES, FIGURE_PLACING_DOCUMENTS, EXPERT_NOUNS, FIGURE_PLACING_VERBS, FUTURE_AUXILIARIES, ISSUED_DOCUMENTS, MAKING_VERBS, MEANS_OF_SPEECH, ORGANISATION_DESCRIPTORS, POSSESSION_OBJECTS, POSSESSION_VERBS, POSSESSIVE_DETERMINERS, OPENING_QUOTES, OUTLET_DESCRIPTOR_WORDS, OUTLET_WITNESS_VERBS, OUTLET_WORK_HEADS, PASSIVE_AUXILIARIES, PUBLISHING_VERBS, QUOTE_CONTINUING_VERBS, SPEECH_ACT_GERUNDS, READ_DOCUMENTS, REPORTER_NOUNS, REPORTING_VERBS, OWNED_DOCUMENT_HEADS, PARTICIPLE_CUES, SUBJECT_GAP_ADVERBS, SUBJECT_GAP_WORDS, TITLED_DOCUMENTS, VERB_COMPLEMENTS } from './lexicon.js';
import { collectDefinitions, findMentions, isCapitalized, lowerCaseWordsOf, type Mention, type MentionContext } from './mentions.js';
import { contextCountry } from './offices.js';

/** "Mr Gwynne", "Jane Roe": at most this many words name a reported clause's subject. */
const MAX_CLAUSE_NAME = 4;
/** Descriptor words between an outlet's name (or "the") and its noun before a verb: "the state-run news agency". */
const MAX_OUTLET_NOUN_WORDS = 4;
/** Words between a verb and its complement: 'expressed "very serious concern"'. */
const MAX_COMPLEMENT_GAP = 3;
/** Words of a document's publisher between "by" and its verb ("the Institute for the Study of War"). */
const MAX_PUBLISHER_WORDS = 8;
/** Letters of a language tag or digits of a footnote in brackets ("[RUS]", "[12]"). */
const MAX_LINK_TAG = 3;
/** Words of a name between "a" and the noun it qualifies: "a New York Times report". */
const MAX_INDEFINITE_NAME = 4;
/** Words between "reads a" and the document it reads ("reads a short joint statement"). */
const MAX_READ_DOCUMENT_WORDS = 3;
/** Words of the one a causing verb moved to speak ("prompted Ukrainian foreign minister Dmytro Kuleba to warn"). */
const MAX_CAUSED_SPEAKER_WORDS = 8;
/** Adverbs between "will" and its verb: "will also formally announce". */
const MAX_FUTURE_GAP = 3;
/** How many words the object of "estimates ... at <figure>" may take. */
const MAX_ESTIMATE_OBJECT = 7;
/** How many tokens the object of "listed ... at <figure>" may take ("Xiaomi's year-over-year growth"). */
const MAX_PLACED_OBJECT = 12;
/** Words between a document's determiner and its noun: "its latest housing outlook", "the 2023 report". */
const MAX_DOCUMENT_MODIFIERS = 3;

/** Words of a name after "called" ("the No. 7 Daitokumaru"). */
const MAX_CALLED_NAME = 6;

/** One sentence's tokens [first, end) and the names found in it, with the lookups the attribution needs. */
export class SentenceTokens {
  readonly tokens: Token[];
  readonly mentions: Mention[];
  /** Computed on first need: the last reporting verb of the sentence (-1: none). */
  private lastReportingVerb: number | undefined;

  constructor(
    private readonly ctx: MentionContext,
    readonly first: number,
    readonly end: number,
  ) {
    this.tokens = ctx.tokens;
    const mentions = findMentions(ctx, first, end);
    // "the Institute for the Study of War (ISW)" defines ISW for the rest of the article, this sentence included
    this.mentions = collectDefinitions(ctx, mentions, first, end) ? findMentions(ctx, first, end) : mentions;
  }

  get registry(): MentionContext['registry'] {
    return this.ctx.registry;
  }

  /**
   * A name at `k`, or before adverbs ending there ("Politico then", "Acme also"); opening the
   * sentence only when the article never writes the word in lower case ("Separate" is no name).
   */
  private nameBeforeAdverbs(k: number): boolean {
    while (k > this.first && SUBJECT_GAP_ADVERBS.has(this.tokens[k].lower)) k--;
    const token = this.tokens[k];
    if (k < this.first || !isCapitalized(token) || token.pos !== 'PROPN') return false;
    return k > this.first || !lowerCaseWordsOf(this.ctx).has(token.lower);
  }

  /**
   * "It prompted Jane Roe to warn", "led Acme to announce": where the object of a causing verb starts, when the verb
   * at `verb` follows it and "to"; else -1.
   */
  causedObjectStart(verb: number): number {
    const { tokens } = this;
    if (verb - 3 < this.first || tokens[verb - 1].lower !== 'to') return -1;
    for (let k = verb - 2; k > this.first && verb - k <= MAX_CAUSED_SPEAKER_WORDS + 1; k--) {
      if (CAUSING_VERBS.has(tokens[k - 1].lower)) return k;
      if (CLAUSE_BREAKS.has(tokens[k].text)) return -1;
    }
    return -1;
  }

  /**
   * "the fishing boat, called the No. 7 Daitokumaru, was hit": after a comma, "called" and a name that ends the
   * phrase (a comma, a stop or the sentence's end after it) is what the thing is called, no speech act
   * ("..., called the move illegal" and "called on" still report).
   */
  private namesAfterCalled(from: number): boolean {
    const { tokens } = this;
    let k = from;
    if (k < this.end && tokens[k].lower === 'the') k++;
    const nameStart = k;
    while (k < this.end && k - nameStart < MAX_CALLED_NAME && (isCapitalized(tokens[k]) || tokens[k].pos === 'NUM' || tokens[k].text === '.')) k++;
    if (k === nameStart || !isCapitalized(tokens[nameStart])) return false;
    return k >= this.end || tokens[k].text === ',' || tokens[k].text === '.' || CLOSING_QUOTES.has(tokens[k].text);
  }

  isReportingVerb(i: number): boolean {
    const token = this.tokens[i];
    if (QUOTE_CONTINUING_VERBS.has(token.lower)) return this.closesQuoteAttribution(i);
    const previous = i > this.first ? this.tokens[i - 1] : undefined;
    // "An AFP journalist saw air strikes hit": what an outlet's journalist saw is the outlet's report
    if (OUTLET_WITNESS_VERBS.has(token.lower)) return previous !== undefined && OUTLET_WORK_HEADS.has(previous.lower);
    // "IDC listed Xiaomi's growth at 27.4 percent": a name putting a figure on something estimates it
    // ("shares listed at $5" is a participle: the verb needs an object before "at")
    // "Its latest outlook put the shortfall in the millions": a document puts a figure as its publisher does
    if (FIGURE_PLACING_VERBS.has(token.lower)) return (this.nameBeforeAdverbs(i - 1) || this.documentBefore(i - 1)) && this.tokens[i + 1]?.lower !== 'at' && this.figureAtSoon(i + 1, MAX_PLACED_OBJECT, true);
    // ("made the remarks": only with words given as its object, which VERB_COMPLEMENTS asks below)
    if (!REPORTING_VERBS.has(token.lower) && !MAKING_VERBS.has(token.lower)) return false;
    // "the statement reads:": "reads" reports only a document's words
    if ((token.lower === 'reads' || token.lower === 'read') && !(previous && READ_DOCUMENTS.has(previous.lower)) && !this.documentReadAfterQuote(i)) return false;
    // "in its latest Monetary Policy Report that ...": a capitalised document noun after a name closes a title
    if (previous && isCapitalized(previous) && isCapitalized(token) && TITLED_DOCUMENTS.has(token.lower.replace(/s$/, ''))) return false;
    // "Jane Roe reports [ru] that ...": a link's language tag stands between the verb and its clause
    const nextAt = this.afterLinkTag(i + 1);
    const next = nextAt < this.end ? this.tokens[nextAt].lower : '';
    const complements = VERB_COMPLEMENTS.get(token.lower);
    if (token.lower === 'called' && previous?.text === ',' && this.namesAfterCalled(i + 1)) return false;
    if (complements && !complements.has(next) && !this.complementSoon(i + 1, complements)) return false;
    // "point out", "calls for": the particle makes it a verb whatever the tagger says
    const particle = next === 'out' || next === 'for' || next === 'on';
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.lower !== 'said' && token.lower !== 'says' && !(complements && particle)) {
      // the tagger reads a noun where news copy has a verb: "Bloomberg estimates that",
      // "..., reports the BBC", "As the Financial Times notes, ..."
      const afterName = previous && (isCapitalized(previous) || previous.text === ')' || previous.text === ',' || CLOSING_QUOTES.has(previous.text));
      const inverted = previous && (previous.text === ',' || CLOSING_QUOTES.has(previous.text)) && (next === 'the' || (i + 1 < this.end && isCapitalized(this.tokens[i + 1])));
      const asClause = this.tokens[this.first].lower === 'as' && next === ',' && previous && isCapitalized(previous);
      // "..., The Associated Press reports.": a name and the verb close the sentence
      // "Eurostat figures show": after a data noun the word is the verb
      const afterData = previous !== undefined && !isCapitalized(previous) && OWNED_DOCUMENT_HEADS.has(previous.lower) && !EXPERT_NOUNS.has(previous.lower) && (next === 'that' || next === 'the' || next === 'a' || next === 'an' || this.tokens[i + 1]?.pos === 'NUM' || this.startsClause(i + 1) || this.namesSubjectNext(i));
      // ("..., the Guardian notes.": "notes", "observes" close a sentence as "reports" does)
      const closesSentence = i + 1 >= this.end || (next === '.' && i + 2 >= this.end);
      const closingVerb = PUBLISHING_VERBS.has(token.lower) || CLOSING_REPORT_VERBS.has(token.lower);
      const closing = closingVerb && afterName && previous && isCapitalized(previous) && closesSentence;
      // "..., the UNN correspondent reports.", "..., the outlet notes.": an outlet's reporter, or the outlet
      // described after "the", and the verb close the sentence
      const described = previous !== undefined && MEDIA_DESCRIPTIONS.has(previous.lower) && i - 2 >= this.first && this.tokens[i - 2].lower === 'the';
      // (also as an aside between commas: "Roe was asked about it in Leeds, the outlet notes, which ...")
      const aside = next === ',' && i - 3 >= this.first && this.tokens[i - 3].text === ',';
      const byReporter = closingVerb && previous !== undefined && (REPORTER_NOUNS.has(previous.lower) || described) && (closesSentence || aside);
      // "Vladimir Roe reports [ru] the hijacking": a name, the verb and a link to what he wrote
      const linked = nextAt > i + 1 && previous !== undefined && isCapitalized(previous) && PUBLISHING_VERBS.has(token.lower);
      // "John Penrose claims Mr Gwynne is wrong": a name, the verb, then the reported clause's named subject
      const namedClause = previous !== undefined && isCapitalized(previous) && !isCapitalized(token) && this.namesSubjectNext(i) && this.verbSoonAfterName(i + 1);
      // "The U.S. estimates Russian military deaths at around 7,000": a name, the verb, its object and "at" a figure
      const estimateAt = afterName && previous !== undefined && isCapitalized(previous) && ESTIMATING_VERBS.has(token.lower) && this.figureAtSoon(i + 1);
      // "The tabloid alleged that ...", "the ministry asserted that": after "the" and a description of a body, before "that"
      // ("The daily notes that": the tagger reads "daily" as an adjective and "notes" as its noun)
      const afterDescription = next === 'that' && previous !== undefined && (previous.pos === 'NOUN' || PERIODICAL_NOUNS.has(previous.lower)) && ORGANISATION_DESCRIPTORS.has(previous.lower) && i - 2 >= this.first && this.tokens[i - 2].lower === 'the';
      // "The Xinhua news agency reports that", "Yonhap news agency reports that": an outlet's description after its
      // name (or "the") and before "that" (the tagger reads "reports" as the agency's noun)
      const afterOutletNoun = closingVerb && next === 'that' && previous !== undefined && MEDIA_DESCRIPTIONS.has(previous.lower) && this.outletNamedBefore(i - 2);
      // "Le Monde then detailed a second dinner", "Acme disputed the figures": a past form right after a name
      // (or after a name and an adverb) is its verb, whatever adjective the tagger reads
      const pastAfterName = token.lower.endsWith('ed') && this.nameBeforeAdverbs(i - 1);
      // "A report by Norvale Institute claims the bridge ...": a document's publisher named, then its verb
      const afterPublisher = token.lower.endsWith('s') && previous !== undefined && isCapitalized(previous) && this.documentByNameBefore(i - 1);
      // "The Kremlin reacted to the measure, voicing concern over ...": a participle after a comma with its stance
      // (the tagger may read "voicing" as a noun)
      const stanceParticiple = complements !== undefined && previous?.text === ',' && PARTICIPLE_CUES.has(token.lower);
      if (!inverted && !asClause && !closing && !byReporter && !afterData && !linked && !namedClause && !estimateAt && !afterDescription && !pastAfterName && !afterPublisher && !stanceParticiple && !afterOutletNoun && (next !== 'that' || !afterName)) return false;
    }
    if (previous?.lower === 'to' && this.causedObjectStart(i) < 0) return false; // "to inform": a purpose, not a report
    if (this.isFuture(i) || this.takesPossession(i) || this.closesIndefiniteNounPhrase(i)) return false;
    if (this.isPassive(i)) return false; // "is not expected": no agent named here
    // "published by X" is a prepositional cue; "said by email" is how it was said, and "responded by calling
    // him a coward", "responded by denying it" by what speech act
    return next !== 'by' || (i + 2 < this.end && (MEANS_OF_SPEECH.has(this.tokens[i + 2].lower) || SPEECH_ACT_GERUNDS.has(this.tokens[i + 2].lower)));
  }

  /**
   * '"...," Roe continued.', '"...," she went on': after a quotation's close
   * and a short subject, a verb that only goes on reports the quotation; it
   * closes the sentence ("The company continued to grow" reports nothing).
   */
  private closesQuoteAttribution(i: number): boolean {
    const { tokens } = this;
    const next = i + 1 < this.end ? tokens[i + 1].text : '.';
    if (next !== '.' && next !== ',' && next !== ':') return false;
    let k = i - 1;
    while (k >= this.first && i - k <= MAX_CLAUSE_NAME && !CLOSING_QUOTES.has(tokens[k].text) && tokens[k].pos !== 'PUNCT') k--;
    if (k === i - 1) return false;
    if (k >= this.first && tokens[k].text === ',') k--;
    return k >= this.first && CLOSING_QUOTES.has(tokens[k].text);
  }

  /**
   * '"...," reads a statement from Acme', '"...," read the letter': after a
   * quotation's close, "reads" and a document written after it report that
   * document's words ("she reads the news" reports nothing).
   */
  private documentReadAfterQuote(i: number): boolean {
    const { tokens } = this;
    let k = i - 1;
    if (k >= this.first && tokens[k].text === ',') k--;
    if (k < this.first || !CLOSING_QUOTES.has(tokens[k].text)) return false;
    k = i + 1;
    if (k >= this.end || !(tokens[k].lower === 'a' || tokens[k].lower === 'an' || tokens[k].lower === 'the')) return false;
    for (let j = k + 1; j < this.end && j - k <= MAX_READ_DOCUMENT_WORDS; j++) {
      if (READ_DOCUMENTS.has(tokens[j].lower)) return true;
      if (isCapitalized(tokens[j]) || tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return false;
    }
    return false;
  }

  /**
   * "Its latest outlook put", "the report put": a lower-case document noun right before the verb at `k + 1`, its
   * phrase opened by a determiner or an owner; "Western estimates put" has neither and names nobody.
   */
  private documentBefore(k: number): boolean {
    const { tokens } = this;
    if (k < this.first || isCapitalized(tokens[k]) || !FIGURE_PLACING_DOCUMENTS.has(tokens[k].lower)) return false;
    for (let j = k - 1; j >= this.first && k - j <= MAX_DOCUMENT_MODIFIERS + 1; j--) {
      const { lower } = tokens[j];
      if (POSSESSIVE_DETERMINERS.has(lower) || lower === 'the' || lower === 'a' || lower === 'an' || lower === "'s" || lower === '’s') return true;
      if (isCapitalized(tokens[j]) || tokens[j].pos === 'PUNCT') return false;
    }
    return false;
  }

  /** "in the millions", "in the tens of billions" at `k`: a round figure, no place ("in the drawer"). */
  private roundFigureAt(k: number): boolean {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'in' || tokens[k + 1]?.lower !== 'the' || k + 2 >= this.end) return false;
    const magnitude = tokens[k + 2].lower;
    if (!FIGURE_MAGNITUDES.has(magnitude)) return false;
    // "in the tens of billions": "tens" only with "of" and a magnitude after it ("in the millions of homes" is one)
    return magnitude !== 'tens' || (tokens[k + 3]?.lower === 'of' && k + 4 < this.end && FIGURE_MAGNITUDES.has(tokens[k + 4].lower));
  }

  /**
   * "Russian military deaths at around 7,000": a short object, then "at" and a figure, before any verb or break;
   * with `round`, "in the millions" is a figure too ("put the shortfall in the millions").
   */
  private figureAtSoon(from: number, limit = MAX_ESTIMATE_OBJECT, round = false): boolean {
    const { tokens } = this;
    for (let k = from; k < this.end && k - from < limit; k++) {
      const token = tokens[k];
      if (round && this.roundFigureAt(k)) return true;
      if (token.lower === 'at') {
        let j = k + 1;
        while (j < this.end && j - k <= 3 && (APPROXIMATORS.has(tokens[j].lower) || CURRENCY_SIGNS.has(tokens[j].text))) j++;
        if (j >= this.end) return false;
        // A figure: a number, or a sign glued to one ("$3").
        const { text } = tokens[j];
        return tokens[j].pos === 'NUM' || /^\d/.test(CURRENCY_SIGNS.has(text[0]) ? text.slice(1) : text);
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || token.text === ',' || token.text === '.' || token.lower === 'that') return false;
    }
    return false;
  }

  /**
   * Past a link marker at `at` ("[ru]", "[GV]", "[4]": a roundup's pointer to
   * the post in another language, or a footnote), or `at` itself.
   */
  afterLinkTag(at: number): number {
    const { tokens } = this;
    if (at + 2 >= this.end || tokens[at].text !== '[' || tokens[at + 2].text !== ']') return at;
    const inside = tokens[at + 1].text;
    return inside.length <= MAX_LINK_TAG && /^[\p{L}\d]+$/u.test(inside) ? at + 3 : at;
  }

  /**
   * "Von der Leyen will suggest to EU leaders ..., Reuters reported": what
   * someone will say is an event the sentence's reporter announces, not a
   * report of theirs (adverbs may stand between: "will also announce").
   */
  private isFuture(verb: number): boolean {
    let k = verb - 1;
    while (k > this.first && verb - k <= MAX_FUTURE_GAP && this.tokens[k].pos === 'ADV') k--;
    return k >= this.first && FUTURE_AUXILIARIES.has(this.tokens[k].lower);
  }

  /**
   * "reposting a critical Facebook comment calling on ...", "a Kremlin
   * statement": after "a" and a name the word is the phrase's noun, not a
   * verb whose subject the name would be.
   */
  private closesIndefiniteNounPhrase(verb: number): boolean {
    let k = verb - 1;
    const names = k;
    while (k > this.first && names - k < MAX_INDEFINITE_NAME && isCapitalized(this.tokens[k])) k--;
    if (k === names) return false;
    const adjectives = k;
    while (k > this.first && adjectives - k < MAX_COMPLEMENT_GAP && this.tokens[k].pos === 'ADJ') k--;
    const article = this.tokens[k].lower;
    return k >= this.first && (article === 'a' || article === 'an');
  }

  /** "A (new) report by Norvale Institute" ending at `last`: a document noun, "by" or "from", then the capitalised name. */
  private documentByNameBefore(last: number): boolean {
    const { tokens } = this;
    let k = last;
    while (k > this.first && last - k < MAX_PUBLISHER_WORDS && (isCapitalized(tokens[k]) || tokens[k].lower === 'the' || tokens[k].lower === 'of' || tokens[k].lower === 'for')) k--;
    if (k <= this.first || k === last || (tokens[k].lower !== 'by' && tokens[k].lower !== 'from')) return false;
    return ISSUED_DOCUMENTS.has(tokens[k - 1].lower);
  }

  /** "claimed the lives of 12 people", "asserts full jurisdiction": a verb of taking, past determiners and adjectives. */
  private takesPossession(verb: number): boolean {
    if (!POSSESSION_VERBS.has(this.tokens[verb].lower)) return false;
    for (let k = verb + 1; k < this.end && k <= verb + MAX_COMPLEMENT_GAP + 1; k++) {
      const token = this.tokens[k];
      if (POSSESSION_OBJECTS.has(token.lower)) return true;
      if (token.pos !== 'DET' && token.pos !== 'NUM' && token.pos !== 'ADJ') return false;
    }
    return false;
  }

  /** 'expressed "serious concern"', "voiced deep concerns": the complement after a quote mark or an adjective. */
  private complementSoon(from: number, complements: Set<string>): boolean {
    for (let k = from; k < this.end && k < from + MAX_COMPLEMENT_GAP + 1; k++) {
      const token = this.tokens[k];
      if (complements.has(token.lower)) return true;
      // "reporting Tuesday that": a day or month between the verb and its complement
      const day = isCapitalized(token) && DATE_GAP_WORDS.has(token.lower);
      // "expressed its deep concern": the speaker's own possessive before the stance
      if (!OPENING_QUOTES.has(token.text) && token.pos !== 'ADJ' && token.pos !== 'ADV' && token.pos !== 'DET' && !day && !POSSESSIVE_DETERMINERS.has(token.lower)) return false;
    }
    return false;
  }

  /** "the action plan states OMB should lead": a third-person verb ("states", "shows") with a name opening the reported clause. */
  private namesSubjectNext(verb: number): boolean {
    return verb + 1 < this.end && this.tokens[verb].lower.endsWith('s') && isCapitalized(this.tokens[verb + 1]);
  }

  /** "Mr Gwynne is", "Jane Roe has": a name of a few words, then a verb. */
  private verbSoonAfterName(at: number): boolean {
    let k = at;
    while (k < this.end && k - at < MAX_CLAUSE_NAME && (isCapitalized(this.tokens[k]) || this.tokens[k].text === '.')) k++;
    return k > at && k < this.end && (this.tokens[k].pos === 'VERB' || this.tokens[k].pos === 'AUX') && !isCapitalized(this.tokens[k]);
  }

  /** "figures show viewership fell": a lower-case noun with its verb soon after starts the reported clause. */
  private startsClause(at: number): boolean {
    if (at >= this.end || isCapitalized(this.tokens[at]) || this.tokens[at].pos !== 'NOUN') return false;
    for (let k = at + 1; k < this.end && k <= at + 3; k++) if (this.tokens[k].pos === 'VERB' || this.tokens[k].pos === 'AUX') return true;
    return false;
  }

  /** Whether a name or "the" stands at `at` or behind a few outlet descriptors before it ("Xinhua news", "the state news"). */
  private outletNamedBefore(at: number): boolean {
    for (let k = at; k >= this.first && at - k < MAX_OUTLET_NOUN_WORDS; k--) {
      if (isCapitalized(this.tokens[k]) || this.tokens[k].lower === 'the') return true;
      if (!OUTLET_DESCRIPTOR_WORDS.has(this.tokens[k].lower)) return false;
    }
    return false;
  }

  /** A reporting verb after `from`: "a report by X found ...". */
  reportsLater(from: number): boolean {
    if (this.lastReportingVerb === undefined) {
      this.lastReportingVerb = -1;
      for (let k = this.end - 1; k >= this.first; k--) {
        if (this.isReportingVerb(k)) {
          this.lastReportingVerb = k;
          break;
        }
      }
    }
    return this.lastReportingVerb >= from;
  }

  private isPassive(verb: number): boolean {
    // "The CDC is urging people to", "Kim has been calling for": a present participle after "is" or "been" is the
    // progressive, whose subject speaks, never a passive
    if (this.tokens[verb].lower.endsWith('ing')) return false;
    for (let k = verb - 1; k >= this.first && k >= verb - 4; k--) {
      const word = this.tokens[k].lower;
      if (PASSIVE_AUXILIARIES.has(word)) return true;
      if (!SUBJECT_GAP_WORDS.has(word) && this.tokens[k].pos !== 'ADV') return false;
    }
    return false;
  }

  /** Mentions inside [from, to). */
  mentionsWithin(from: number, to: number): Mention[] {
    return this.mentionsStartingIn(from, to).filter((m) => m.end <= to);
  }

  /** Mentions starting in [from, to), by binary search: they are sorted and do not overlap. */
  mentionsStartingIn(from: number, to: number): Mention[] {
    const found: Mention[] = [];
    for (let i = this.firstMentionFrom(from); i < this.mentions.length && this.mentions[i].first < to; i++) found.push(this.mentions[i]);
    return found;
  }

  // The questions below are asked of ranges running from the sentence's start at every verb: answered by
  // listing the mentions, a sentence of a thousand names and verbs took seconds (quadratic).

  /** Whether a mention starts in [from, to). */
  anyMentionStartingIn(from: number, to: number): boolean {
    const mention = this.mentions[this.firstMentionFrom(from)];
    return mention !== undefined && mention.first < to;
  }

  /** Whether a mention lies inside [from, to): only the first starting there can (mentions do not overlap). */
  anyMentionWithin(from: number, to: number): boolean {
    const mention = this.mentions[this.firstMentionFrom(from)];
    return mention !== undefined && mention.first < to && mention.end <= to;
  }

  /** How many mentions lie inside [from, to). */
  countMentionsWithin(from: number, to: number): number {
    const start = this.firstMentionFrom(from);
    const stop = this.firstMentionFrom(to);
    // the last starting before `to` may run past it (no other can)
    return stop - start - (stop > start && this.mentions[stop - 1].end > to ? 1 : 0);
  }

  /** The mention ending at `end`, if one does: ends are sorted as starts are, mentions not overlapping. */
  mentionEndingAt(end: number): Mention | undefined {
    const mention = this.mentions[this.firstMentionPast((m) => m.end < end)];
    return mention?.end === end ? mention : undefined;
  }

  /** The mention token `k` is part of, if any. */
  mentionCovering(k: number): Mention | undefined {
    const mention = this.mentions[this.firstMentionFrom(k + 1) - 1];
    return mention !== undefined && k < mention.end ? mention : undefined;
  }

  /** Whether the sentence names a state (a country or a region) anywhere. */
  get namesState(): boolean {
    this.statesNamed ??= this.mentions.some((m) => m.state);
    return this.statesNamed;
  }

  private statesNamed?: boolean;

  /** The index of the first mention starting at or after `from`. */
  private firstMentionFrom(from: number): number {
    return this.firstMentionPast((m) => m.first < from);
  }

  /** The index of the first mention `before` is false of, by binary search: it must hold of a prefix of the mentions. */
  private firstMentionPast(before: (mention: Mention) => boolean): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.mentions[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The country the article is about or told from (see contextCountry), if one. */
  articleCountry(): string | undefined {
    if (this.ctx.country === undefined) this.ctx.country = contextCountry(this.ctx.tokens) ?? null;
    return this.ctx.country ?? undefined;
  }

  /**
   * "Trustwave experts say" opening a sentence: the capitalised word is a
   * name if the article writes it capitalised inside a sentence too ("security
   * firm Trustwave"), not a common noun capitalised to open one ("Security").
   */
  namedMidSentence(at: number): boolean {
    this.ctx.midSentenceNames ??= midSentenceNames(this.ctx);
    return this.ctx.midSentenceNames.has(this.tokens[at].text);
  }

  /** "Official reports insist" where the article also writes "official mourning": the word is a common one. */
  writtenInLowerCase(at: number): boolean {
    return lowerCaseWordsOf(this.ctx).has(this.tokens[at].lower);
  }

  slice(start: number, end: number): string {
    return this.ctx.text.slice(this.tokens[start].start, this.tokens[end - 1].end);
  }

  openParen(close: number): number {
    for (let k = close - 1; k >= this.first && k > close - 10; k--) if (this.tokens[k].text === '(') return k;
    return -1;
  }

  /** The ")" closing the "(" at `open`, before `limit` and as near as openParen looks, or -1. */
  closeParen(open: number, limit: number): number {
    for (let k = open + 1; k < limit && k < open + 10; k++) if (this.tokens[k].text === ')') return k;
    return -1;
  }
}

/**
 * The capitalised words the article writes alone inside a sentence, between
 * lower-case words ("security firm Trustwave said"), not as one word of a
 * longer name ("Infrastructure Security Agency"): one pass over the tokens,
 * so asking for each sentence's opening word costs no scan of the text.
 */
function midSentenceNames(ctx: MentionContext): Set<string> {
  const { text, tokens } = ctx;
  const names = new Set<string>();
  for (const token of tokens) {
    const k = token.start;
    if (!isCapitalized(token) || names.has(token.text)) continue;
    if (k < 2 || text[k - 1] !== ' ' || !/[\p{Ll},]/u.test(text[k - 2])) continue;
    const previous = text.lastIndexOf(' ', k - 2) + 1;
    if (!/\p{Ll}/u.test(text[previous])) continue;
    const after = token.end;
    if (after < text.length && /[\p{L}\p{N}]/u.test(text[after])) continue;
    if (text[after] === ' ' && /\p{Lu}/u.test(text[after + 1] ?? '')) continue;
    names.add(token.text);
  }
  return names;
}
