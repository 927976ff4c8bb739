import type { ClaimSource, SourceRole } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import {
  ANONYMOUS_HEADS,
  CLOSING_QUOTES,
  DATE_GAP_WORDS,
  EXPERT_NOUNS,
  OPENING_QUOTES,
  NAME_CONNECTORS,
  OBJECT_LEAD_WORDS,
  ORGANISATION_DESCRIPTORS,
  ORGANISATION_PRONOUNS,
  PERSON_PRONOUNS,
  REPORTING_VERBS,
  SOURCE_HEADS,
  STRONG_REPORTING_VERBS,
  SUBJECT_GAP_WORDS,
  TITLE_WORDS,
  VERB_COMPLEMENTS,
} from './lexicon.js';
import { findMentions, isCapitalized, type Mention, type MentionContext } from './mentions.js';
import { isTitle, lastProperRun, nameAfterTitles, splitAffiliation } from './names.js';
import { phraseCueAt, type CueKind } from './phrase-cues.js';
import type { SpeakerMemory } from './speaker-memory.js';

export interface NamedSource {
  name: string;
  type: ClaimSource['type'];
  registered: boolean;
  outletId?: string;
  person?: string;
  state?: boolean;
  /** Token range of the name, for the cue span. */
  first: number;
  end: number;
  confidence: number;
}

/** What a cue points at: named sources, unnamed ones, or the subject of the previous verb. */
type Referent = { kind: 'named'; sources: NamedSource[] } | { kind: 'anonymous' } | { kind: 'coordinated' };

export interface SentenceAttribution {
  sources: ClaimSource[];
  anonymous: boolean;
  /** Named sources that are not in the registry. */
  unregistered: string[];
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
}

const CAPITALISED_FUNCTION_WORDS = new Set(
  (
    'the this that these those it he she they we i you in on at for but and however meanwhile also after before ' +
    'when while as if according some many most both all other such his her their its our my a an one two there ' +
    'here today yesterday monday tuesday wednesday thursday friday saturday sunday last next earlier later ' +
    'nationally globally locally separately still'
  ).split(' '),
);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);
const PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'by', 'to', 'about', 'against', 'on', 'over', 'into', 'between', 'among', 'like', 'than', 'after', 'before']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose', 'whom']);
/** Verbs an outlet does, so an unknown one-word subject of them is an outlet ("The Record reported"). */
const PUBLISHING_VERBS = new Set(['reported', 'reports', 'report', 'writes', 'wrote', 'write', 'informs', 'informed', 'published', 'publishes']);
const MAX_APPOSITIVE = 18;
const MAX_PHRASE_TOKENS = 16;
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quote', 'cited', 'cites']);
/** Where sources publish, not sources themselves. */
const PLATFORMS = new Set(['telegram', 'facebook', 'twitter', 'x', 'instagram', 'youtube', 'vkontakte', 'linkedin', 'tiktok', 'truth']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her']);

class SentenceAttributor {
  private readonly tokens: Token[];
  private readonly mentions: Mention[];
  private readonly attached: Attached[] = [];
  private anonymous = false;
  private pendingRelay = false;
  private lastSubject: Referent | undefined;
  /** Computed on first need: the last reporting verb of the sentence (-1: none). */
  private lastReportingVerb: number | undefined;

  constructor(
    private readonly ctx: MentionContext,
    private readonly first: number,
    private readonly end: number,
    private readonly memory: SpeakerMemory,
  ) {
    this.tokens = ctx.tokens;
    this.mentions = findMentions(ctx, first, end);
  }

  run(): SentenceAttribution {
    for (let i = this.first; i < this.end; i++) {
      const cue = phraseCueAt(this.tokens, i, this.end);
      if (cue) {
        this.applyPhraseCue(cue.kind, i, i + cue.length);
        // "told" is also a reporting verb whose subject speaks
        if (!cue.alsoVerb) {
          i += cue.length - 1;
          continue;
        }
      }
      if (QUOTING_VERBS.has(this.tokens[i].lower) && this.applyQuotedAsSaying(i)) continue;
      if (this.isReportingVerb(i)) this.applyVerb(i);
    }
    this.demoteRelayingMedia();
    return this.result();
  }

  // ---- cue detection ----

  private isReportingVerb(i: number): boolean {
    const token = this.tokens[i];
    if (!REPORTING_VERBS.has(token.lower)) return false;
    const previous = i > this.first ? this.tokens[i - 1] : undefined;
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.lower !== 'said' && token.lower !== 'says') {
      // "Bloomberg estimates that": the tagger reads a noun after a name
      const next = this.tokens[i + 1]?.lower;
      if (!previous || next !== 'that' || !(isCapitalized(previous) || previous.text === ')' || previous.text === ',' || CLOSING_QUOTES.has(previous.text))) return false;
    }
    if (previous?.lower === 'to') return false; // "to inform": a purpose, not a report
    if (this.isPassive(i)) return false; // "is not expected": no agent named here
    const next = i + 1 < this.end ? this.tokens[i + 1].lower : '';
    if (next === 'by') return false; // "published by X" is a prepositional cue
    const complements = VERB_COMPLEMENTS.get(token.lower);
    return !complements || complements.has(next);
  }

  /** A reporting verb after `from`: "a report by X found ...". */
  private reportsLater(from: number): boolean {
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
    for (let k = verb - 1; k >= this.first && k >= verb - 4; k--) {
      const word = this.tokens[k].lower;
      if (PASSIVE_AUXILIARIES.has(word)) return true;
      if (!SUBJECT_GAP_WORDS.has(word) && this.tokens[k].pos !== 'ADV') return false;
    }
    return false;
  }

  // ---- cue application ----

  private applyPhraseCue(kind: CueKind, start: number, end: number): void {
    if (kind === 'document' && !this.reportsLater(end)) return;
    const object = this.objectAfter(end);
    if (kind === 'audience') {
      // "told Reuters", "in an interview with the BBC": the outlet relays the speaker
      for (const source of named(object)) if (isMediaType(source.type)) this.attach(source, 'relay', start, start, end, false);
      return;
    }
    if (object?.kind === 'anonymous') this.anonymous = true;
    for (const source of named(object)) this.attach(source, 'original', start, start, end, false);
    if (kind !== 'relay') return;
    const before = start > this.first && this.tokens[start - 1].text === ',' ? start - 1 : start;
    const relays = named(this.subjectBefore(before));
    for (const relay of relays) this.attach(relay, 'relay', start, relay.first, relay.end, false);
    if (!relays.length) this.pendingRelay = true; // "Citing X, Reuters reported": the relay comes later
  }

  private applyVerb(verb: number): void {
    let subject = this.subjectBefore(verb);
    if (!subject && this.isInverted(verb)) subject = this.subjectAfter(verb);
    if (subject?.kind === 'coordinated') subject = this.lastSubject ?? this.sentenceSubject(verb);
    if (!subject) return;
    this.lastSubject = subject;
    if (subject.kind === 'anonymous') {
      this.anonymous = true;
      return;
    }
    if (subject.kind !== 'named') return;
    const strong = STRONG_REPORTING_VERBS.has(this.tokens[verb].lower);
    const role: SourceRole = this.pendingRelay ? 'relay' : 'original';
    for (const source of subject.sources) {
      if (source.state && !strong) continue;
      if (!source.registered && PUBLISHING_VERBS.has(this.tokens[verb].lower) && (source.type === 'person' || source.type === 'unknown') && source.end - source.first <= 2) {
        source.type = 'online-outlet';
      }
      this.pendingRelay = false;
      this.attach(source, role, verb, source.first, source.end, true);
    }
  }

  /** "TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying ...": the one quoted speaks, the quoter relays. */
  private applyQuotedAsSaying(verb: number): boolean {
    const { tokens } = this;
    let as = verb + 1;
    while (as < this.end && as - verb <= MAX_PHRASE_TOKENS && tokens[as].lower !== 'as' && !CLAUSE_BREAKS.has(tokens[as].text)) as++;
    if (as + 1 >= this.end || tokens[as].lower !== 'as' || !['saying', 'telling', 'stating', 'writing'].includes(tokens[as + 1].lower)) return false;
    if (as === verb + 1) return false;
    for (const source of named(this.resolveNounPhrase(verb + 1, as))) this.attach(source, 'original', verb, verb, as + 2, false);
    for (const source of named(this.subjectBefore(verb))) this.attach(source, 'relay', verb, source.first, source.end, true);
    return true;
  }

  /** "Grossi has proposed a ceasefire, and said ...": the subject that opens the sentence. */
  private sentenceSubject(before: number): Referent | undefined {
    for (let k = this.first + 1; k < before; k++) {
      const pos = this.tokens[k].pos;
      if (pos === 'VERB' || pos === 'AUX') return this.subjectBefore(k);
    }
    return undefined;
  }

  /** `cueFrom`/`cueTo`: tokens of the cue phrase, underlined together with the name. */
  private attach(source: NamedSource, role: SourceRole, cueAt: number, cueFrom: number, cueTo: number, viaVerb: boolean): void {
    const { tokens } = this;
    const from = Math.min(source.first, cueFrom);
    const to = Math.max(source.end, cueTo);
    const existing = this.attached.find((a) => a.source.name === source.name);
    if (existing) {
      if (role === 'relay' && existing.viaVerb) existing.role = 'relay';
      return;
    }
    this.attached.push({ source, role, cueAt, cueStart: tokens[from].start, cueEnd: tokens[to - 1].end, viaVerb });
  }

  /** "Reuters reported that Peskov said ...": the outlet passes on what another source said. */
  private demoteRelayingMedia(): void {
    for (const media of this.attached) {
      if (media.role !== 'original' || !isMediaType(media.source.type)) continue;
      const other = this.attached.some((a) => a !== media && a.role === 'original' && (a.cueAt > media.cueAt || !media.viaVerb));
      if (other) media.role = 'relay';
    }
  }

  // ---- the subject of a verb ----

  /** The noun phrase that ends just before `at`, skipping auxiliaries and appositives. */
  private subjectBefore(at: number): Referent | undefined {
    const { tokens, first } = this;
    let k = at - 1;
    while (k >= first && this.isGap(k)) k--;
    if (k < first) return undefined;
    const word = tokens[k].lower;
    if (word === 'and' || word === 'but' || word === 'or') return { kind: 'coordinated' };
    let appositive: [number, number] | undefined;
    if (tokens[k].text === ',') {
      const open = this.appositiveStart(k);
      if (open < 0) return undefined;
      appositive = [open + 1, k];
      k = open - 1;
    }
    if (k < first) return undefined;
    const npStart = this.nounPhraseStart(k);
    if (npStart > k) return undefined;
    if (npStart > first && PREPOSITIONS.has(tokens[npStart - 1].lower)) {
      // "analysts at ING said": the employer speaks; "anglers in Poland had reported": Poland does not
      const employer = npStart > first + 1 && EXPERT_NOUNS.has(tokens[npStart - 2].lower) && ['at', 'from'].includes(tokens[npStart - 1].lower);
      if (!employer) return undefined;
    }
    return this.resolveNounPhrase(npStart, k + 1, appositive);
  }

  /** Auxiliaries, adverbs and dates between a subject and its verb. */
  private isGap(k: number): boolean {
    const token = this.tokens[k];
    if (SUBJECT_GAP_WORDS.has(token.lower) || token.pos === 'ADV') return true;
    if (!DATE_GAP_WORDS.has(token.lower) && !(token.pos === 'NUM' && k > this.first && DATE_GAP_WORDS.has(this.tokens[k - 1].lower))) return false;
    // only a date ("on Jan. 14", "on Monday"), not any name
    return token.lower !== 'in' || (k + 1 < this.end && this.tokens[k + 1].pos === 'NUM');
  }

  /** The comma opening an appositive or relative clause that ends at `close`. */
  private appositiveStart(close: number): number {
    let verbs = 0;
    for (let k = close - 1; k >= this.first && k > close - MAX_APPOSITIVE; k--) {
      const token = this.tokens[k];
      if (token.text === ',') {
        const opener = this.tokens[k + 1];
        // ", which has seen a draft," and ", a spokeswoman for the Russian-installed management," may hold verbs
        const participle = opener?.lower.endsWith('ing'); // ", speaking on condition of anonymity,"
        const described = opener && (opener.pos === 'DET' || isTitle(opener) || RELATIVE_PRONOUNS.has(opener.lower) || participle);
        return verbs === 0 || described || phraseCueAt(this.tokens, k + 1, close) ? k : -1;
      }
      if (token.text === '.' || token.text === ';') return -1;
      if (token.pos === 'VERB') verbs++;
    }
    return -1;
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
        const open = this.openParen(k);
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      const nominal = token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'DET';
      const connector = NAME_CONNECTORS.has(token.lower) && k > first && k < last && token.lower !== 'in' && token.lower !== 'on';
      if (nominal || connector || isCapitalized(token) || token.text === '-' || token.text === '.') {
        k--;
        continue;
      }
      if (token.pos === 'PRON' && k === last && (PERSON_PRONOUNS.has(token.lower) || ORGANISATION_PRONOUNS.has(token.lower))) k--;
      break;
    }
    return k + 1;
  }

  private openParen(close: number): number {
    for (let k = close - 1; k >= this.first && k > close - 10; k--) if (this.tokens[k].text === '(') return k;
    return -1;
  }

  private resolveNounPhrase(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    let headAt = to - 1;
    while (headAt > from && (CLOSING_QUOTES.has(tokens[headAt].text) || tokens[headAt].text === ')')) headAt = tokens[headAt].text === ')' ? this.openParen(headAt) - 1 : headAt - 1;
    const head = tokens[Math.max(from, headAt)];
    // a common noun is capitalised when it opens the sentence ("Officials said")
    const lowerHead = !isCapitalized(head) || (headAt === this.first && head.pos !== 'PROPN');
    if ((lowerHead || headAt === this.first) && ANONYMOUS_HEADS.has(head.lower)) return { kind: 'anonymous' };
    const unnamedExperts = (lowerHead || headAt === this.first) && EXPERT_NOUNS.has(head.lower);
    if (to - from === 1 && PERSON_PRONOUNS.has(head.lower)) return this.recall('person', from, to);
    if (to - from === 1 && ORGANISATION_PRONOUNS.has(head.lower)) return this.recall('organisation', from, to);

    const inPhrase = this.mentionsWithin(from, to);
    const bodies = inPhrase.filter((m) => !m.state);
    // "NATO allies pledged": the allies act, not NATO
    const headIsName = bodies.length > 0 && bodies[bodies.length - 1].end === headAt + 1;
    const headSpeaks = !lowerHead || headIsName || TITLE_WORDS.has(head.lower) || ORGANISATION_DESCRIPTORS.has(head.lower) || SOURCE_HEADS.has(head.lower);
    if (bodies.length) {
      if (!headSpeaks) return undefined;
      const last = bodies[bodies.length - 1];
      const person = this.personIn(last.end, to);
      return { kind: 'named', sources: bodies.map((m) => this.fromMention(m, m === last ? person : undefined)) };
    }
    if (unnamedExperts) return { kind: 'anonymous' }; // "Experts say": nobody named
    if (inPhrase.length > 1 && this.onlyJoined(inPhrase)) return { kind: 'named', sources: inPhrase.map((m) => this.fromMention(m)) }; // "Russia and China said"
    const state = inPhrase[0];
    if (state) return this.resolveState(state, from, to, headAt, appositive);
    const determiner = tokens[from].lower;
    if (lowerHead && POSSESSIVE_DETERMINERS.has(determiner) && headSpeaks) {
      // "Its chief economist, Philip Lane, said": the body named before speaks through him
      const recalled = this.recall(determiner === 'his' || determiner === 'her' ? 'person' : 'organisation', from, to, head.lower);
      const person = appositive && lastProperRun(tokens, appositive[0], appositive[1]);
      if (recalled?.kind === 'named' && person) recalled.sources[0].person = this.slice(...person);
      return recalled;
    }
    if (lowerHead && determiner === 'the' && (ORGANISATION_DESCRIPTORS.has(head.lower) || SOURCE_HEADS.has(head.lower))) {
      return this.recall('organisation', from, to, head.lower);
    }
    if (lowerHead && determiner === 'the' && TITLE_WORDS.has(head.lower)) return this.recall('person', from, to);
    return this.candidate(from, to, appositive);
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

  /** Mentions inside [from, to). */
  private mentionsWithin(from: number, to: number): Mention[] {
    return this.mentionsStartingIn(from, to).filter((m) => m.end <= to);
  }

  /** Mentions starting in [from, to), by binary search: they are sorted and do not overlap. */
  private mentionsStartingIn(from: number, to: number): Mention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].first < from) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].first < to; i++) found.push(this.mentions[i]);
    return found;
  }

  /** A country or capital in a subject: the government speaking, or part of a longer name. */
  private resolveState(state: Mention, from: number, to: number, headAt: number, appositive?: [number, number]): Referent | undefined {
    const { tokens } = this;
    const possessive = state.end < to && (tokens[state.end].text === "'s" || tokens[state.end].text === '’s');
    if (possessive && state.end + 1 < to) {
      // "Ukraine's Energy Ministry said": the body after the possessive speaks;
      // "Ukraine's air force said": the phrase as written is its name
      if (isCapitalized(tokens[state.end + 1])) return this.candidate(state.end + 1, to, appositive);
      const head = tokens[headAt];
      if (ORGANISATION_DESCRIPTORS.has(head.lower) || ['force', 'forces', 'command', 'navy', 'military', 'police', 'prosecutors'].includes(head.lower)) {
        return { kind: 'named', sources: [this.unregistered(state.first, headAt + 1)] };
      }
      return undefined;
    }
    const bare = state.first === from || (state.first === from + 1 && tokens[from].lower === 'the');
    if (state.end === headAt + 1 && bare) return { kind: 'named', sources: [this.fromMention(state)] };
    // "The State Nuclear Regulatory Inspectorate of Ukraine": the state is part of a name
    return this.candidate(from, to, appositive);
  }

  /** "NATO Secretary General Jens Stoltenberg": the name after the titles. */
  private personIn(from: number, to: number): string | undefined {
    const { tokens } = this;
    let k = from;
    while (k < to && (isTitle(tokens[k]) || tokens[k].text === "'s" || tokens[k].text === '’s' || tokens[k].text === '-' || tokens[k].text === '.')) k++;
    if (k >= to || (k === from && to - k < 2)) return undefined;
    for (let j = k; j < to; j++) if (!isCapitalized(tokens[j]) && tokens[j].text !== '-' && tokens[j].text !== '.') return undefined;
    return this.ctx.text.slice(tokens[k].start, tokens[to - 1].end);
  }

  /** An unregistered proper name: an outlet the registry lacks, or a person. */
  private candidate(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const { tokens, text } = this;
    const head = tokens[to - 1];
    const possessor = to - 2 > from ? tokens[to - 2].text : '';
    if (!isCapitalized(head) && ORGANISATION_DESCRIPTORS.has(head.lower) && (possessor === "'s" || possessor === '’s')) {
      // "Zelensky's office said": the office as written
      const owner = lastProperRun(tokens, from, to - 2);
      if (owner) return { kind: 'named', sources: [this.unregistered(owner[0], to)] };
    }
    let stop = to;
    // "Eurostat figures show": the name before the data noun
    while (stop > from + 1 && !isCapitalized(tokens[stop - 1]) && SOURCE_HEADS.has(tokens[stop - 1].lower)) stop--;
    if (stop < to && stop > from + 1 && (tokens[stop - 1].text === "'s" || tokens[stop - 1].text === '’s')) stop--; // "Eurostat's data"
    const run = lastProperRun(tokens, from, stop);
    if (!run) return undefined;
    let [start, end] = run;
    if (start === this.first && end - start > 1 && (tokens[start].pos === 'ADJ' || tokens[start].pos === 'ADV')) start++; // "Separate Eurostat data" 
    while (start < end - 1 && CAPITALISED_FUNCTION_WORDS.has(tokens[start].lower) && tokens[start].lower !== 'the') start++;
    if (end - start === 1) {
      const only = tokens[start];
      if (CAPITALISED_FUNCTION_WORDS.has(only.lower)) return undefined;
      // "Bureaucracy explains the rest.", "Security experts say": a common word opening the sentence
      const next = end < to ? tokens[end].lower : undefined;
      const namesItsData = next === "'s" || next === '’s' || (next !== undefined && SOURCE_HEADS.has(next) && !EXPERT_NOUNS.has(next));
      if (start === this.first && (only.pos !== 'PROPN' || (next !== undefined && !namesItsData))) return undefined;
      const known = this.memory.findBySurname(only.text);
      if (known) return { kind: 'named', sources: [{ ...known, first: start, end, confidence: Math.min(known.confidence, 0.7) }] };
    }
    const affiliation = splitAffiliation(tokens, start, end);
    const affiliated = affiliation && guessSourceType(this.slice(...affiliation.person)) === 'person' && tokens[affiliation.person[0]].lower !== 'the';
    if (affiliation && affiliated && guessSourceType(this.slice(...affiliation.body)) !== 'person') {
      return { kind: 'named', sources: [this.unregistered(affiliation.body[0], affiliation.body[1], this.slice(...affiliation.person))] };
    }
    const nameStart = nameAfterTitles(tokens, start, end);
    const organisation = nameStart > start || guessSourceType(this.slice(start, end)) === 'person' ? this.organisationIn(appositive) : undefined;
    if (nameStart > start || (organisation && guessSourceType(this.slice(start, end)) === 'person')) {
      const person = this.slice(nameStart, end);
      if (organisation) return { kind: 'named', sources: [{ ...organisation, person }] };
      return { kind: 'named', sources: [{ name: person, type: 'person', registered: false, first: nameStart, end, confidence: 0.7 }] };
    }
    return { kind: 'named', sources: [this.unregistered(start, end)] };
  }

  private unregistered(start: number, end: number, person?: string): NamedSource {
    const name = this.slice(start, end);
    const type = guessSourceType(name);
    const source: NamedSource = { name, type, registered: false, first: start, end, confidence: type === 'unknown' ? 0.5 : 0.7 };
    if (person) source.person = person;
    return source;
  }

  /** The body named in an appositive: "Yevgenia Yashina, a spokeswoman for the ZNPP's management,". */
  private organisationIn(range?: [number, number]): NamedSource | undefined {
    if (!range) return undefined;
    const opener = this.tokens[range[0]];
    if (!opener || !(opener.pos === 'DET' || opener.pos === 'ADJ' || isTitle(opener))) return undefined;
    const mention = this.mentionsWithin(range[0], range[1]).find((m) => !m.state);
    if (mention) return this.fromMention(mention);
    for (let k = range[0]; k < range[1] - 1; k++) {
      if (!['of', 'at', 'for', 'from'].includes(this.tokens[k].lower)) continue;
      let s = k + 1;
      while (s < range[1] && NAME_CONNECTORS.has(this.tokens[s].lower)) s++;
      let e = s;
      while (e < range[1] && (isCapitalized(this.tokens[e]) || (NAME_CONNECTORS.has(this.tokens[e].lower) && e + 1 < range[1] && isCapitalized(this.tokens[e + 1])))) e++;
      if (e > s) return this.unregistered(s, e);
    }
    return undefined;
  }

  private slice(start: number, end: number): string {
    return this.ctx.text.slice(this.tokens[start].start, this.tokens[end - 1].end);
  }

  /** A pronoun or description ("he", "the ministry") resolved to the speaker it points back to. */
  private recall(kind: 'person' | 'organisation', first: number, end: number, description?: string): Referent | undefined {
    const earlier = this.attached.length ? this.attached[this.attached.length - 1].source : undefined;
    const remembered = kind === 'person' ? this.memory.lastPerson(earlier) : this.memory.lastOrganisation(earlier, description);
    if (!remembered) return undefined;
    return { kind: 'named', sources: [{ ...remembered, first, end, confidence: Math.min(remembered.confidence, 0.6) }] };
  }

  private fromMention(mention: Mention, person?: string): NamedSource {
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

  /** “...,” said Peskov. */
  private isInverted(verb: number): boolean {
    if (verb <= this.first) return false;
    const previous = this.tokens[verb - 1].text;
    return previous === ',' || CLOSING_QUOTES.has(previous);
  }

  /** "said Dr. Ana Petrović, chief scientist at the Blue Basin Alliance". */
  private subjectAfter(verb: number): Referent | undefined {
    let end = verb + 1;
    while (end < this.end && !CLAUSE_BREAKS.has(this.tokens[end].text) && end - verb <= 10) end++;
    if (end === verb + 1) return undefined;
    let appositive: [number, number] | undefined;
    if (end < this.end && this.tokens[end].text === ',') {
      let close = end + 1;
      while (close < this.end && close - end < MAX_APPOSITIVE && !CLAUSE_BREAKS.has(this.tokens[close].text)) close++;
      appositive = [end + 1, close];
    }
    return this.resolveNounPhrase(verb + 1, end, appositive);
  }

  // ---- the object of a prepositional cue ----

  /** The source a prepositional cue introduces ("according to the latest report by X"). */
  private objectAfter(at: number): Referent | undefined {
    const { tokens, end } = this;
    let k = at;
    let sawThe = false;
    // lower-case words before the name: "the state news agency TASS", "security researchers at Mandiant"
    while (k < end && k - at < 7 && !isCapitalized(tokens[k]) && !CLAUSE_BREAKS.has(tokens[k].text)) {
      const token = tokens[k];
      if (ANONYMOUS_HEADS.has(token.lower) && !this.capitalisedSoon(k + 1)) return { kind: 'anonymous' };
      if (PERSON_PRONOUNS.has(token.lower) && k === at) return this.recall('person', k, k + 1);
      if (ORGANISATION_PRONOUNS.has(token.lower) && k === at) return this.recall('organisation', k, k + 1);
      if (OPENING_QUOTES.has(token.text)) break;
      const previous = k > at ? tokens[k - 1].lower : '';
      // "the impact of United States tariffs" is no source; "calculations of Argus", "researchers at Mandiant" are
      const preposition = token.pos === 'ADP' && (k === at || OBJECT_LEAD_WORDS.has(previous) || EXPERT_NOUNS.has(previous) || TITLE_WORDS.has(previous));
      const lead = OBJECT_LEAD_WORDS.has(token.lower) || token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'DET' || preposition;
      if (!lead) break;
      if (token.lower === 'the') sawThe = true;
      if (sawThe && ORGANISATION_DESCRIPTORS.has(token.lower) && !this.capitalisedSoon(k + 1)) return this.recall('organisation', k, k + 1);
      k++;
    }
    if (k >= end || !(isCapitalized(tokens[k]) || OPENING_QUOTES.has(tokens[k].text))) return undefined;
    const mention = this.mentionsStartingIn(k, k + 2).find((m) => m.first === k || (m.first === k + 1 && tokens[k].lower === 'the'));
    if (mention) {
      const to = this.nameEnd(mention.end);
      return { kind: 'named', sources: [this.fromMention(mention, this.personIn(mention.end, to))] };
    }
    let to = k;
    while (to < end && to - k < MAX_PHRASE_TOKENS && (isCapitalized(tokens[to]) || tokens[to].text === '-' || tokens[to].text === '.' || (NAME_CONNECTORS.has(tokens[to].lower) && to + 1 < end && isCapitalized(tokens[to + 1])))) to++;
    // "the Telegram channel of the department": the owner of the channel is the source
    if (to === k + 1 && PLATFORMS.has(tokens[k].lower)) {
      let owner = to;
      while (owner < end && owner - to < 3 && !CLAUSE_BREAKS.has(tokens[owner].text) && tokens[owner].lower !== 'of') owner++;
      if (owner < end && tokens[owner].lower === 'of') return this.objectAfter(owner + 1);
      return undefined;
    }
    let appositive: [number, number] | undefined;
    if (to < end && tokens[to].text === ',') appositive = [to + 1, Math.min(end, to + MAX_APPOSITIVE)];
    return this.candidate(k, to, appositive);
  }

  private capitalisedSoon(from: number): boolean {
    for (let k = from; k < this.end && k < from + 4; k++) {
      if (isCapitalized(this.tokens[k])) return true;
      if (CLAUSE_BREAKS.has(this.tokens[k].text)) return false;
    }
    return false;
  }

  private nameEnd(from: number): number {
    let k = from;
    while (k < this.end && k - from < MAX_PHRASE_TOKENS && (isTitle(this.tokens[k]) || isCapitalized(this.tokens[k]))) k++;
    return k;
  }

  private result(): SentenceAttribution {
    const sources: ClaimSource[] = this.attached.map((a) => toClaimSource(a));
    sources.sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1));
    const unregistered = this.attached.filter((a) => !a.source.registered && a.source.type !== 'person' && !a.source.state).map((a) => a.source.name);
    for (const a of this.attached) this.memory.remember(a.source);
    return { sources, anonymous: this.anonymous && sources.every((s) => s.role === 'relay'), unregistered };
  }
}

function named(referent: Referent | undefined): NamedSource[] {
  return referent?.kind === 'named' ? referent.sources : [];
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

export function attributeSentence(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory): SentenceAttribution {
  return new SentenceAttributor(ctx, first, end, memory).run();
}
