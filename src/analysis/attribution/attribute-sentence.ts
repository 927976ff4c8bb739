import type { ClaimSource, SourceRole } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { guessSourceType, isMediaType } from './guess-type.js';
import {
  ANONYMOUS_HEADS,
  AUDIENCE_CUES,
  CLOSING_QUOTES,
  NAME_CONNECTORS,
  OBJECT_LEAD_WORDS,
  ORGANISATION_DESCRIPTORS,
  ORGANISATION_PRONOUNS,
  ORIGINAL_CUES,
  PERSON_PRONOUNS,
  RELAY_CUES,
  REPORTING_VERBS,
  STRONG_REPORTING_VERBS,
  SUBJECT_GAP_WORDS,
  TITLE_WORDS,
  VERB_COMPLEMENTS,
} from './lexicon.js';
import { findMentions, isCapitalized, type Mention, type MentionContext } from './mentions.js';
import { type SpeakerMemory } from './speaker-memory.js';

/** What a cue points at: a named source, an unnamed one, or an earlier speaker. */
type Referent =
  | { kind: 'named'; source: NamedSource }
  | { kind: 'anonymous' }
  | { kind: 'coordinated' };

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
  /** Whether the source was the subject of a reporting verb (it may be relaying). */
  viaVerb: boolean;
}

const CAPITALISED_FUNCTION_WORDS = new Set(
  (
    'the this that these those it he she they we i you in on at for but and however meanwhile also after before ' +
    'when while as if according some many most both all other such his her their its our my a an one two there ' +
    'here today yesterday monday tuesday wednesday thursday friday saturday sunday last next earlier later'
  ).split(' '),
);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

const cueIndex = indexCues([...ORIGINAL_CUES.map((c) => ['original', c]), ...RELAY_CUES.map((c) => ['relay', c]), ...AUDIENCE_CUES.map((c) => ['audience', c])] as Array<[CueKind, string[]]>);
type CueKind = 'original' | 'relay' | 'audience';

function indexCues(cues: Array<[CueKind, string[]]>): Map<string, Array<[CueKind, string[]]>> {
  const index = new Map<string, Array<[CueKind, string[]]>>();
  for (const cue of cues) {
    const list = index.get(cue[1][0]) ?? [];
    list.push(cue);
    list.sort((a, b) => b[1].length - a[1].length);
    index.set(cue[1][0], list);
  }
  return index;
}

class SentenceAttributor {
  private readonly tokens: Token[];
  private readonly mentions: Mention[];
  private readonly attached: Attached[] = [];
  private anonymous = false;
  private pendingRelay = false;
  private lastSubject: Referent | undefined;

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
      const phrase = this.phraseCueAt(i);
      if (phrase) {
        this.applyPhraseCue(phrase[0], i, i + phrase[1].length);
        if (phrase[0] !== 'audience' || phrase[1][0] !== 'told') i += phrase[1].length - 1;
        if (phrase[1][0] !== 'told' && phrase[1][0] !== 'tells' && phrase[1][0] !== 'tell') continue;
      }
      if (this.isReportingVerb(i)) this.applyVerb(i);
    }
    this.demoteRelayingMedia();
    return this.result();
  }

  // ---- cue detection ----

  private phraseCueAt(i: number): [CueKind, string[]] | undefined {
    const candidates = cueIndex.get(this.tokens[i].lower);
    if (!candidates) return undefined;
    return candidates.find(([, words]) => words.every((w, k) => i + k < this.end && this.tokens[i + k].lower === w));
  }

  private isReportingVerb(i: number): boolean {
    const token = this.tokens[i];
    if (!REPORTING_VERBS.has(token.lower)) return false;
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.lower !== 'said' && token.lower !== 'says') return false;
    const previous = i > this.first ? this.tokens[i - 1].lower : '';
    if (previous === 'to') return false; // "to inform": a purpose, not a report
    if (this.isPassive(i)) return false; // "is not expected": no agent named here
    const next = i + 1 < this.end ? this.tokens[i + 1].lower : '';
    if (next === 'by') return false; // "published by X" is a prepositional cue
    const complements = VERB_COMPLEMENTS.get(token.lower);
    return !complements || complements.has(next);
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
    const object = this.objectAfter(end);
    if (kind === 'audience') {
      // "told Reuters", "in an interview with the BBC": the outlet relays the speaker
      if (object?.kind === 'named' && isMediaType(object.source.type)) this.attach(object.source, 'relay', start, start, end, false);
      return;
    }
    if (object?.kind === 'anonymous') this.anonymous = true;
    if (object?.kind === 'named') this.attach(object.source, 'original', start, start, end, false);
    if (kind !== 'relay') return;
    const relay = this.subjectBefore(start > this.first && this.tokens[start - 1].text === ',' ? start - 1 : start);
    if (relay?.kind === 'named') this.attach(relay.source, 'relay', start, start, start, false);
    else this.pendingRelay = true; // "Citing X, Reuters reported": the relay comes later
  }

  private applyVerb(verb: number): void {
    let subject = this.subjectBefore(verb);
    if (!subject && this.isInverted(verb)) subject = this.subjectAfter(verb);
    if (subject?.kind === 'coordinated') subject = this.lastSubject;
    if (!subject) return;
    this.lastSubject = subject;
    if (subject.kind === 'anonymous') {
      this.anonymous = true;
      return;
    }
    if (subject.kind !== 'named') return;
    if (subject.source.state && !STRONG_REPORTING_VERBS.has(this.tokens[verb].lower)) return;
    const role: SourceRole = this.pendingRelay ? 'relay' : 'original';
    this.pendingRelay = false;
    this.attach(subject.source, role, verb, subject.source.first, subject.source.end, true);
  }

  /** `cueFrom`/`cueTo`: tokens of the cue phrase, underlined together with the name. */
  private attach(source: NamedSource, role: SourceRole, cueAt: number, cueFrom: number, cueTo: number, viaVerb: boolean): void {
    const { tokens } = this;
    const from = Math.min(source.first, cueFrom);
    const to = Math.max(source.end, cueTo);
    const existing = this.attached.find((a) => a.source.name === source.name);
    if (existing) {
      if (role === 'relay' && !existing.viaVerb) return;
      if (role === 'relay') existing.role = 'relay';
      return;
    }
    this.attached.push({ source, role, cueAt, cueStart: tokens[from].start, cueEnd: tokens[to - 1].end, viaVerb });
  }

  /** "Reuters reported that Peskov said ...": the outlet passes on what another source said. */
  private demoteRelayingMedia(): void {
    for (const media of this.attached) {
      if (media.role !== 'original' || !isMediaType(media.source.type)) continue;
      const other = this.attached.some(
        (a) => a !== media && a.role === 'original' && (a.cueAt > media.cueAt || !media.viaVerb),
      );
      if (other) media.role = 'relay';
    }
  }

  // ---- finding the subject and the object of a cue ----

  /** The noun phrase that ends just before `at`, skipping auxiliaries and appositives. */
  private subjectBefore(at: number): Referent | undefined {
    const { tokens, first } = this;
    let k = at - 1;
    while (k >= first && (SUBJECT_GAP_WORDS.has(tokens[k].lower) || tokens[k].pos === 'ADV')) k--;
    if (k < first) return undefined;
    const word = tokens[k].lower;
    if (word === 'and' || word === 'but' || word === 'or') return { kind: 'coordinated' };
    let appositive: [number, number] | undefined;
    if (tokens[k].text === ',') {
      const open = this.previousComma(k);
      if (open < 0) return undefined;
      appositive = [open + 1, k];
      k = open - 1;
      // "X, referring to Y, stated": the appositive is a relay cue, X is the subject
    }
    if (k < first) return undefined;
    const npStart = this.nounPhraseStart(k);
    if (npStart > k) return undefined;
    return this.resolveNounPhrase(npStart, k + 1, appositive);
  }

  private previousComma(close: number): number {
    for (let k = close - 1; k >= this.first && k > close - 16; k--) {
      if (this.tokens[k].text === ',') return k;
      if (this.tokens[k].pos === 'VERB' && !this.phraseCueAtOrInside(k)) return -1;
    }
    return -1;
  }

  private phraseCueAtOrInside(k: number): boolean {
    for (let j = Math.max(this.first, k - 3); j <= k; j++) {
      const cue = this.phraseCueAt(j);
      if (cue && j + cue[1].length > k) return true;
    }
    return false;
  }

  private nounPhraseStart(last: number): number {
    const { tokens, first } = this;
    let k = last;
    while (k >= first) {
      const token = tokens[k];
      const inName = NAME_CONNECTORS.has(token.lower) && k > first && k < last;
      const nominal = token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'DET';
      if (CLOSING_QUOTES.has(token.text) || token.text === '“' || token.text === '«' || token.text === '"') {
        k--;
        continue;
      }
      if (token.text === ')' ) {
        const open = this.openParen(k);
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      if (nominal || inName || isCapitalized(token) || token.text === "'s" || token.text === '’s' || token.text === '-') {
        k--;
        continue;
      }
      if (token.pos === 'PRON' && (PERSON_PRONOUNS.has(token.lower) || ORGANISATION_PRONOUNS.has(token.lower)) && k === last) {
        k--;
        break;
      }
      break;
    }
    return k + 1;
  }

  private openParen(close: number): number {
    for (let k = close - 1; k >= this.first && k > close - 10; k--) if (this.tokens[k].text === '(') return k;
    return -1;
  }

  private resolveNounPhrase(from: number, to: number, appositive?: [number, number]): Referent | undefined {
    const mention = this.mentions.find((m) => m.first >= from && m.end <= to) ?? this.mentionIn(appositive);
    const last = this.tokens[to - 1];
    if (mention) {
      if (ANONYMOUS_HEADS.has(last.lower) && mention.state) return { kind: 'anonymous' };
      return { kind: 'named', source: this.fromMention(mention, this.personIn(mention.end, to)) };
    }
    if (to - from === 1 && PERSON_PRONOUNS.has(last.lower)) return this.recall('person', from, to);
    if (to - from === 1 && ORGANISATION_PRONOUNS.has(last.lower)) return this.recall('organisation', from, to);
    if (ANONYMOUS_HEADS.has(last.lower) && !isCapitalized(last)) return { kind: 'anonymous' };
    if (ORGANISATION_DESCRIPTORS.has(last.lower) && !isCapitalized(last) && this.tokens[from].lower === 'the') {
      return this.recall('organisation', from, to);
    }
    if (TITLE_WORDS.has(last.lower) && !isCapitalized(last) && this.tokens[from].lower === 'the') {
      return this.recall('person', from, to);
    }
    return this.candidate(from, to);
  }

  private mentionIn(range?: [number, number]): Mention | undefined {
    if (!range) return undefined;
    return this.mentions.find((m) => m.first >= range[0] && m.end <= range[1] && !m.state);
  }

  /** "NATO Secretary General Jens Stoltenberg": the name after the titles. */
  private personIn(from: number, to: number): string | undefined {
    let k = from;
    while (k < to && (TITLE_WORDS.has(this.tokens[k].lower) || this.tokens[k].text === "'s" || this.tokens[k].text === '’s' || this.tokens[k].text === '-')) k++;
    if (k === from || k >= to) return undefined;
    for (let j = k; j < to; j++) if (!isCapitalized(this.tokens[j])) return undefined;
    return this.ctx.text.slice(this.tokens[k].start, this.tokens[to - 1].end);
  }

  /** An unregistered proper name: an outlet the registry lacks, or a person. */
  private candidate(from: number, to: number): Referent | undefined {
    const { tokens } = this;
    let start = from;
    while (start < to && !isCapitalized(tokens[start])) start++;
    // "Kremlin spokesman Dmitry Peskov": keep the whole run, it is the name as written
    if (start >= to || !isCapitalized(tokens[to - 1])) return undefined;
    for (let k = start; k < to; k++) {
      const t = tokens[k];
      if (!isCapitalized(t) && !NAME_CONNECTORS.has(t.lower) && !TITLE_WORDS.has(t.lower) && t.text !== '-') return undefined;
    }
    if (CAPITALISED_FUNCTION_WORDS.has(tokens[start].lower) && to - start === 1) return undefined;
    while (start < to - 1 && CAPITALISED_FUNCTION_WORDS.has(tokens[start].lower)) start++;
    // skip titles: "Foreign Minister Sergei Lavrov" -> the person's name
    let nameStart = start;
    while (nameStart < to - 1 && TITLE_WORDS.has(tokens[nameStart].lower)) nameStart++;
    const name = this.ctx.text.slice(tokens[nameStart].start, tokens[to - 1].end);
    const type = nameStart > start ? 'person' : guessSourceType(name);
    return {
      kind: 'named',
      source: { name, type, registered: false, first: nameStart, end: to, confidence: type === 'unknown' ? 0.5 : 0.7 },
    };
  }

  private recall(kind: 'person' | 'organisation', first: number, end: number): Referent | undefined {
    const earlier = this.attached.length ? this.attached[this.attached.length - 1].source : undefined;
    const remembered = kind === 'person' ? this.memory.lastPerson(earlier) : this.memory.lastOrganisation(earlier);
    if (!remembered) return undefined;
    return { kind: 'named', source: { ...remembered, first, end, confidence: Math.min(remembered.confidence, 0.6) } };
  }

  private fromMention(mention: Mention, person?: string): NamedSource {
    return {
      name: mention.name,
      type: mention.type,
      registered: Boolean(mention.outlet),
      outletId: mention.outlet?.id,
      person,
      state: mention.state,
      first: mention.first,
      end: mention.end,
      confidence: mention.outlet ? 0.9 : 0.7,
    };
  }

  /** “...,” said Peskov. */
  private isInverted(verb: number): boolean {
    if (verb <= this.first) return false;
    const previous = this.tokens[verb - 1].text;
    return previous === ',' || CLOSING_QUOTES.has(previous);
  }

  private subjectAfter(verb: number): Referent | undefined {
    let end = verb + 1;
    while (end < this.end && !CLAUSE_BREAKS.has(this.tokens[end].text) && end - verb <= 8) end++;
    if (end === verb + 1) return undefined;
    return this.resolveNounPhrase(verb + 1, end);
  }

  /** The source a prepositional cue introduces ("according to the latest report by X"). */
  private objectAfter(at: number): Referent | undefined {
    const { tokens, end } = this;
    let k = at;
    while (k < end && k - at < 6 && OBJECT_LEAD_WORDS.has(tokens[k].lower) && !isCapitalized(tokens[k])) k++;
    if (k >= end) return undefined;
    const mention = this.mentions.find((m) => m.first === k || (m.first > k && m.first <= k + 1 && tokens[k].lower === 'the'));
    if (mention) {
      const to = this.nameEnd(mention.end);
      return { kind: 'named', source: this.fromMention(mention, this.personIn(mention.end, to)) };
    }
    let to = k;
    while (to < end && !CLAUSE_BREAKS.has(tokens[to].text) && tokens[to].pos !== 'VERB' && tokens[to].pos !== 'AUX' && to - k < 8) {
      if (!isCapitalized(tokens[to]) && !NAME_CONNECTORS.has(tokens[to].lower) && tokens[to].pos !== 'NOUN' && tokens[to].pos !== 'ADJ' && tokens[to].pos !== 'NUM') break;
      to++;
    }
    if (to === k) return undefined;
    for (let j = k; j < to; j++) {
      if (ANONYMOUS_HEADS.has(tokens[j].lower) && !isCapitalized(tokens[j])) return { kind: 'anonymous' };
    }
    // the proper name is the capitalised run at the start of the phrase
    let nameEnd = k;
    while (nameEnd < to && (isCapitalized(tokens[nameEnd]) || (NAME_CONNECTORS.has(tokens[nameEnd].lower) && nameEnd + 1 < to && isCapitalized(tokens[nameEnd + 1])))) nameEnd++;
    if (nameEnd === k) {
      if (tokens[k].lower === 'the' || tokens[k].lower === 'it') return this.resolveNounPhrase(k, to);
      return undefined;
    }
    return this.candidate(k, nameEnd);
  }

  private nameEnd(from: number): number {
    let k = from;
    while (k < this.end && (TITLE_WORDS.has(this.tokens[k].lower) || isCapitalized(this.tokens[k]))) k++;
    return k;
  }

  private result(): SentenceAttribution {
    const sources: ClaimSource[] = this.attached.map((a) => {
      const s = a.source;
      const source: ClaimSource = {
        name: s.name,
        role: a.role,
        type: s.type,
        registered: s.registered,
        confidence: s.confidence,
        cue: { start: a.cueStart, end: a.cueEnd },
      };
      if (s.outletId) source.outletId = s.outletId;
      if (s.person) source.person = s.person;
      return source;
    });
    sources.sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1));
    const unregistered = this.attached.filter((a) => !a.source.registered && a.source.type !== 'person' && !a.source.state).map((a) => a.source.name);
    for (const a of this.attached) this.memory.remember(a.source);
    return { sources, anonymous: this.anonymous && sources.every((s) => s.role === 'relay'), unregistered };
  }
}

export function attributeSentence(ctx: MentionContext, first: number, end: number, memory: SpeakerMemory): SentenceAttribution {
  return new SentenceAttributor(ctx, first, end, memory).run();
}
