import { attributeSentence, noteIssuerLabel, noteLabel, noteOwnPublisher } from './attribution/attribute-sentence.js';
import { softenDropCaps } from './attribution/drop-caps.js';
import { untitleGeneralInNames } from './attribution/word-classes.js';
import { CONTINUATION_MARKERS, CONTINUATION_OPENERS } from './attribution/lexicon.js';
import type { MentionContext } from './attribution/mentions.js';
import { carriedVoices, SpeakerMemory } from './attribution/speaker-memory.js';
import { extractArticle, looksLikeHtml } from './html/extract-article.js';
import type { OutletRegistry } from './registry/outlet-registry.js';
import { scoreCheckworthiness } from './scoring/checkworthiness.js';
import { captionParagraphs } from './text/captions.js';
import { classifyParagraph, classifySentence, isNumberedEntryHeading } from './text/classify-paragraph.js';
import { linkListParagraphs } from './text/link-lists.js';
import { splitParagraphs, type Paragraph } from './text/paragraphs.js';
import { segmentSentences, type Sentence } from './text/segment-sentences.js';
import { tokenize, type Token } from './text/tokenize.js';
import { checkLimit, resolveLimits } from './limits.js';
import type { AnalysisLimits, AnalysisOptions, AnalysisResult, Claim, ExcludedSegment, UnregisteredSource } from './types.js';

export type AnalysisInput = string | { text: string } | { html: string };

const MIN_CLAIM_WORDS = 3;

/** Set-aside paragraphs that may head the next text of a page of several (a release's labels). */
const ISSUER_HEADINGS: ReadonlySet<string> = new Set(['section-label', 'headline', 'heading', 'byline']);

interface Prepared {
  text: string;
  title?: string;
  byline?: string;
}

function read(input: AnalysisInput, options: AnalysisOptions, limits: Required<AnalysisLimits>): Prepared {
  const html = { maxElements: limits.maxHtmlElements, maxDepth: limits.maxHtmlDepth };
  if (typeof input !== 'string') {
    return 'html' in input ? extractArticle(input.html, html) : { text: input.text };
  }
  const format = options.format ?? 'auto';
  if (format === 'html' || (format === 'auto' && looksLikeHtml(input))) return extractArticle(input, html);
  return { text: input };
}

/** The text to analyse, within the caps (AnalysisInputTooLarge past them). */
function prepare(input: AnalysisInput, options: AnalysisOptions): Prepared {
  const limits = resolveLimits(options.limits);
  const prepared = read(input, options, limits);
  checkLimit('textLength', limits.maxTextLength, prepared.text.length);
  return prepared;
}

function countWords(tokens: Token[], sentence: Sentence): number {
  let words = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'SYM') words++;
  return words;
}

function isQuestion(text: string, sentence: Sentence): boolean {
  let end = sentence.end - 1;
  while (end > sentence.start && (text[end] === '”' || text[end] === '"' || text[end] === '’' || text[end] === '»')) end--;
  return text[end] === '?' && end === sentence.end - 1;
}

/**
 * Whether a quotation opened earlier in the paragraph is not yet closed at a
 * point: a question there is the speaker's ("... who would buy now? Nobody,"
 * Jane Roe said), no rhetorical question of the author's. The marks are
 * counted on from where the last question of the paragraph left off, never
 * again from its start: a paragraph of thousands of questions read its
 * opening once per question (quadratic).
 */
class QuotationMarks {
  private paragraph = -1;
  private at = 0;
  private straight = 0;
  private curly = 0;

  constructor(private readonly text: string) {}

  /** `at` never goes back within a paragraph: sentences are asked about in order. */
  openAt(paragraph: number, paragraphStart: number, at: number): boolean {
    if (paragraph !== this.paragraph) {
      this.paragraph = paragraph;
      this.at = paragraphStart;
      this.straight = 0;
      this.curly = 0;
    }
    const { text } = this;
    for (; this.at < at; this.at++) {
      const ch = text[this.at];
      if (ch === '"') this.straight++;
      else if (ch === '“') this.curly++;
      else if (ch === '”' && this.curly > 0) this.curly--;
    }
    return this.straight % 2 === 1 || this.curly > 0;
  }
}

/** "It is estimated", "Also, ...": the sentence goes on with the previous one's report. */
function continuesReport(tokens: Token[], sentence: Sentence): boolean {
  if (CONTINUATION_OPENERS.has(tokens[sentence.firstToken].lower)) return true;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (CONTINUATION_MARKERS.has(tokens[i].lower)) return true;
  }
  return false;
}

/**
 * 'Acme said in a statement on Monday that ...' then a paragraph that is one quotation ('"We will keep
 * every plant open."'): the quoted paragraph is the statement the paragraph before announced,
 * so its first sentence carries that report on as the next sentence of one paragraph would.
 */
function quotesAnnouncedStatement(text: string, paragraphs: Paragraph[], sentence: Sentence, previous: { paragraph: number; claim: Claim } | undefined): boolean {
  if (!previous || previous.paragraph !== sentence.paragraph - 1) return false;
  const paragraph = paragraphs[sentence.paragraph];
  if (sentence.start !== paragraph.start || !OPENING_QUOTE_MARKS.has(text[paragraph.start])) return false;
  if (!CLOSING_QUOTE_MARKS.has(paragraph.text[paragraph.text.length - 1]) && !CLOSING_QUOTE_MARKS.has(paragraph.text[paragraph.text.length - 2])) return false;
  return ANNOUNCED_STATEMENT.test(previous.claim.text);
}

/** A sentence that announces a statement: "issued a statement saying", "said in a statement", "The statement reads:". */
const ANNOUNCED_STATEMENT = /\b(?:statement|letter|readout|communiqu[eé])\b/i;
const OPENING_QUOTE_MARKS = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTE_MARKS = new Set(['"', '”', '’', "'"]);

/**
 * A paragraph that stands twice in a row is page furniture: a photo caption
 * shown as the image's text and again as its caption, a teaser repeated.
 * Article prose never repeats itself word for word.
 */
function isRepeatedParagraph(paragraphs: Paragraph[], index: number): boolean {
  const text = unbulleted(paragraphs[index].text);
  const before = paragraphs[index - 1]?.text;
  const after = paragraphs[index + 1]?.text;
  return (before !== undefined && unbulleted(before) === text) || (after !== undefined && unbulleted(after) === text);
}

/** "3. Klitschko: Kyiv is under drone attack" under that headline: a numbered item that is the headline again. */
function isNumberedTitle(text: string, title: string): boolean {
  const numbered = /^\d{1,2}[.)] /.exec(text);
  return numbered !== null && text.slice(numbered[0].length).trim() === title.trim();
}

/** "• Jane Roe – 2023 Speech on Skills" over "Jane Roe – 2023 Speech on Skills": the link to the page, then its title. */
function unbulleted(text: string): string {
  return text.startsWith('• ') ? text.slice(2) : text;
}

/**
 * "Headline", then a one-paragraph summary ("At a book fair, author Jane Roe says ..."), then a photo credit: a paragraph between
 * the headline and the picture that opens the story is its standfirst, a summary the story then tells itself.
 */
function isStandfirst(paragraphs: Paragraph[], index: number, excluded: ExcludedSegment[], captions: Set<number>): boolean {
  const last = excluded[excluded.length - 1];
  if (index === 0 || !last || last.reason !== 'headline' || last.start !== paragraphs[index - 1].start) return false;
  const next = paragraphs[index + 1];
  if (next === undefined) return false;
  return captions.has(index + 1) || classifyParagraph(next.text, false) === 'boilerplate' || isCreditLine(next.text) || summarisesLead(paragraphs[index].text, next.text);
}

/** Words of a standfirst at most: a summary, not a story's paragraph. */
const MAX_STANDFIRST_WORDS = 60;
/** Opening words a standfirst shares with the lead when it repeats it ("HONG KONG: Markets slipped ..."). */
const REPEATED_LEAD_WORDS = 8;

/**
 * Under the headline, a summary that opens with the lead's own words: the lead repeated, often cut by the page
 * ("..., while auto..."), or its first sentence alone. The lead itself is prose that ends with a stop.
 */
function summarisesLead(text: string, lead: string): boolean {
  if (!/[.!?…]["”’)]?$/.test(lead.trimEnd())) return false;
  const words = text.split(/\s+/);
  if (words.length <= REPEATED_LEAD_WORDS || words.length > MAX_STANDFIRST_WORDS) return false;
  return lead.split(/\s+/, REPEATED_LEAD_WORDS).join(' ') === words.slice(0, REPEATED_LEAD_WORDS).join(' ');
}

/** What stands before the repeated teaser in the lead: a dateline in capitals ("MOSCOW (Zarya) - ", "SEOUL, March 3 – "). */
const DATELINE_PREFIX = /^\p{Lu}{2,}[^\n]{0,40}?[-–—:]\s*$/u;
/** Paragraphs after a teaser in which the lead may repeat it (a repeated headline, a dateline between). */
const TEASER_LOOKAHEAD = 3;

/**
 * Above the story, a teaser the lead then repeats whole after its dateline ("Jane Roe said on Monday ..." above
 * "MOSCOW (Agency) - Jane Roe said on Monday ..."): the summary is set aside, the lead stays the claim.
 */
function repeatedInLead(paragraphs: Paragraph[], index: number): boolean {
  const text = paragraphs[index].text;
  const words = wordCountOf(text);
  if (words <= REPEATED_LEAD_WORDS || words > MAX_STANDFIRST_WORDS) return false;
  for (let j = index + 1; j < paragraphs.length && j <= index + TEASER_LOOKAHEAD; j++) {
    const lead = paragraphs[j].text;
    if (lead.length > text.length && lead.endsWith(text) && DATELINE_PREFIX.test(lead.slice(0, lead.length - text.length))) return true;
  }
  return false;
}

/** Words of a short paragraph, counted without splitting it. */
function wordCountOf(text: string): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** "AP/Jane Roe", "Reuters/John Doe": a picture's credit alone on its line, an agency and a photographer. */
function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_CHARS && /^(?:AP|AFP|Reuters|EPA|Getty Images|UPI)\s*\/\s*\p{Lu}[\p{L}.' -]+$/u.test(text);
}

/** A credit line's length at most: an agency, a slash and a photographer's name. */
const MAX_CREDIT_CHARS = 60;

/** Paragraph exclusions: section label, headline, headings, bylines, boilerplate. */
function classifyParagraphs(paragraphs: Paragraph[], prepared: Prepared, excluded: ExcludedSegment[]): Set<number> {
  const skipped = new Set<number>();
  const captions = captionParagraphs(prepared.text, paragraphs);
  const linkLists = linkListParagraphs(paragraphs);
  let beforeProse = true;
  /** Sentences set aside as headings after the last prose so far ("... has been informed" with its stop lost). */
  let unstopped: number[] = [];
  paragraphs.forEach((p, index) => {
    const own = classifyParagraph(p.text, beforeProse, p.lineClassified);
    // (only right under the prose: a list of other stories' headlines under the article is no sentence of it)
    if (own === 'heading' && !beforeProse && unstopped.length === 0 && !skipped.has(index - 1) && readsAsSentence(p.text)) unstopped.push(index);
    let reason =
      own ??
      (isRepeatedParagraph(paragraphs, index) || captions.has(index) ? 'boilerplate' : linkLists.has(index) ? 'related-link' : undefined) ??
      (isNumberedEntryHeading(p.text, paragraphs[index + 1]?.text) ? 'heading' : undefined);
    if (!reason && beforeProse && (isStandfirst(paragraphs, index, excluded, captions) || repeatedInLead(paragraphs, index))) reason = 'heading';
    if (!reason) {
      beforeProse = false;
      unstopped = [];
      return;
    }
    if (reason === 'headline') {
      if (prepared.title === undefined) prepared.title = p.text;
      else if (prepared.title !== p.text) reason = 'heading';
    }
    if (reason === 'byline' && prepared.byline === undefined) prepared.byline = p.text;
    skipped.add(index);
    excluded.push({ start: p.start, end: p.end, text: p.text, reason });
  });
  // a heading heads the prose under it: a sentence without its final stop after the article's last prose, with only
  // furniture after it, is the article's last sentence ("The commission ... has been informed", then the comment form)
  for (const index of unstopped) {
    skipped.delete(index);
    const at = excluded.findIndex((e) => e.start === paragraphs[index].start);
    if (at >= 0) excluded.splice(at, 1);
  }
  return skipped;
}

/** Fewest words of a sentence that lost its final stop, told from a heading. */
const MIN_UNSTOPPED_SENTENCE_WORDS = 8;

/**
 * "The Independent Police Complaints Commission, which supervises the investigation, has been informed": a
 * capitalised start, then mostly lower-case words, as prose is written; a heading ("Most Popular", "Related
 * Topics") is short or capitalises its words.
 */
function readsAsSentence(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < MIN_UNSTOPPED_SENTENCE_WORDS || !/^\p{Lu}/u.test(text)) return false;
  let lower = 0;
  for (let k = 1; k < words.length; k++) if (/^\p{Ll}/u.test(words[k])) lower++;
  if (lower * 2 < words.length - 1 || !/\p{Ll}$/u.test(text)) return false;
  // prose keeps the articles and auxiliaries a headline drops ("Bird flu detected in dairy herd in Stearns County")
  return PROSE_ARTICLE.test(text) && (text.includes(',') || PROSE_AUXILIARY.test(text));
}

const PROSE_ARTICLE = /\b(?:the|a|an)\b/u;
const PROSE_AUXILIARY = /\b(?:has|have|had|is|are|was|were|will|would|been)\b/u;

/**
 * Splits an article into check-worthy claims and links each claim to the
 * sources it cites. Pure: the registry comes in, nothing is read or written.
 */
export function analyze(input: AnalysisInput, registry: OutletRegistry, options: AnalysisOptions = {}): AnalysisResult {
  const prepared = prepare(input, options);
  const { text } = prepared;
  const excluded: ExcludedSegment[] = [];
  const paragraphs = splitParagraphs(text);
  const skipped = classifyParagraphs(paragraphs, prepared, excluded);
  // one exclusion per skipped paragraph, in the same order: read side by side, not searched per paragraph
  const excludedAs = new Map<number, string>();
  let exclusion = 0;
  for (const index of skipped) excludedAs.set(index, excluded[exclusion++].reason);
  const tokenized = tokenize(text);
  const { tokens } = tokenized;
  const sentences = segmentSentences(tokenized, paragraphs);
  softenDropCaps(tokens, sentences);
  untitleGeneralInNames(tokens);

  const ctx: MentionContext = { text, tokens, registry, definitions: new Map() };
  const memory = new SpeakerMemory();
  const unregistered = new Map<string, number>();
  const quotationMarks = new QuotationMarks(text);
  const claims: Claim[] = [];
  let previous: { paragraph: number; claim: Claim } | undefined;
  /** Prose since the last label that named an issuer: a label now heads the page's next text. */
  let proseSinceLabel = false;
  let anyProse = false;
  // "Source: Official website of the President of Russia" under the text still names its issuer from the start
  for (const sentence of sentences) {
    if (skipped.has(sentence.paragraph) && tokens[sentence.firstToken].lower === 'source' && tokens[sentence.firstToken + 1]?.text === ':') {
      noteIssuerLabel(ctx, sentence.firstToken, sentence.endToken, memory, false, true);
    }
  }

  for (const sentence of sentences) {
    noteOwnPublisher(ctx, sentence.firstToken, sentence.endToken, memory);
    if (skipped.has(sentence.paragraph)) {
      const reason = excludedAs.get(sentence.paragraph);
      if (reason === 'section-label') noteLabel(ctx, sentence.firstToken, sentence.endToken, memory);
      // above the first prose any label may name the issuer; further down the headings of a next text,
      // and elsewhere only an issuing formula ("The speech made by ...")
      const formulaOnly = anyProse && !(reason !== undefined && ISSUER_HEADINGS.has(reason));
      if (noteIssuerLabel(ctx, sentence.firstToken, sentence.endToken, memory, proseSinceLabel, formulaOnly)) proseSinceLabel = false;
      continue;
    }
    anyProse = true;
    proseSinceLabel = true;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (isQuestion(text, sentence) && !quotationMarks.openAt(sentence.paragraph, paragraphs[sentence.paragraph].start, sentence.start)) {
      excluded.push({ start: sentence.start, end: sentence.end, text: sentenceText, reason: 'question' });
      continue;
    }
    // "1. Home 2. War 3. Klitschko: Kyiv is under drone attack": a breadcrumb's last item is the page's headline again
    if (prepared.title !== undefined && isNumberedTitle(sentenceText, prepared.title)) {
      excluded.push({ start: sentence.start, end: sentence.end, text: sentenceText, reason: 'heading' });
      continue;
    }
    const furniture = classifySentence(sentenceText);
    if (furniture) {
      excluded.push({ start: sentence.start, end: sentence.end, text: sentenceText, reason: furniture });
      continue;
    }
    if (countWords(tokens, sentence) < MIN_CLAIM_WORDS) {
      excluded.push({ start: sentence.start, end: sentence.end, text: sentenceText, reason: 'too-short' });
      continue;
    }
    const found = attributeSentence(ctx, sentence.firstToken, sentence.endToken, memory);
    for (const name of found.unregistered) unregistered.set(name, (unregistered.get(name) ?? 0) + 1);

    const claim: Claim = {
      text: sentenceText,
      start: sentence.start,
      end: sentence.end,
      checkworthiness: 0,
      attribution: found.sources.length ? 'direct' : 'none',
      sources: found.sources,
    };
    if (found.anonymous) claim.anonymous = true;
    const quoted = quotesAnnouncedStatement(text, paragraphs, sentence, previous);
    const before = previous?.paragraph === sentence.paragraph || quoted ? previous?.claim : undefined;
    const carried = carriedVoices(before?.sources.filter((s) => s.role === 'original') ?? []);
    if (!found.sources.length && !found.anonymous && carried.length && (quoted || continuesReport(tokens, sentence))) {
      // only the originals carry over: a relay passes on one report, not the next sentence
      claim.attribution = 'inherited';
      claim.sources = carried.map((s) => ({ ...s, confidence: Math.round(s.confidence * 0.6 * 100) / 100 }));
    }
    claim.checkworthiness = scoreCheckworthiness({
      tokens,
      first: sentence.firstToken,
      end: sentence.endToken,
      attributed: claim.sources.length > 0,
    });
    claims.push(claim);
    previous = { paragraph: sentence.paragraph, claim };
  }

  excluded.sort((a, b) => a.start - b.start);
  const unregisteredSources: UnregisteredSource[] = [...unregistered].map(([name, count]) => ({ name, count }));
  const result: AnalysisResult = { text, claims, excluded, unregisteredSources };
  if (prepared.title) result.title = prepared.title;
  if (prepared.byline) result.byline = prepared.byline;
  return result;
}

/** Every sentence the segmenter finds, before any filtering (for debugging). */
export function splitSentences(input: AnalysisInput, options: AnalysisOptions = {}): Array<{ text: string; start: number; end: number }> {
  const { text } = prepare(input, options);
  const sentences = segmentSentences(tokenize(text), splitParagraphs(text));
  return sentences.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
}
