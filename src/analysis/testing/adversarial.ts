import type { AnalysisInput } from '../analyze.js';
import type { AnalysisOptions } from '../types.js';

/**
 * Inputs built to find super-linear paths, each made at any size in bytes.
 * The property spec, the linear-time spec and bench:analysis share them.
 */
export interface AdversarialFamily {
  name: string;
  make(bytes: number): AnalysisInput;
  /** Caps raised so the family is analysed, not refused (the refusal is timed separately). */
  options?: AnalysisOptions;
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** An HTML page of `count` copies of `unit` in its body. */
const page = (unit: string, bytes: number) => ({ html: `<html><body>${unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))}</body></html>` });

/** Room for the HTML families to be analysed at every size the benchmark uses. */
const RAISED = { limits: { maxHtmlElements: 10_000_000, maxHtmlDepth: 64 } };

export const ADVERSARIAL_FAMILIES: AdversarialFamily[] = [
  { name: 'text without spaces', make: (n) => fill('abcdefghijKLMNOP1.5%,', n) },
  { name: 'punctuation run', make: (n) => fill('a.b.c,d;e:f!g?', n) },
  { name: 'one character repeated', make: (n) => fill('a', n) },
  { name: 'very long words', make: (n) => fill(`${'Supercalifragilistic'.repeat(500)} `, n) },
  { name: 'dots', make: (n) => fill('.', n) },
  { name: 'quotes and brackets', make: (n) => fill('“”"«»\'([{', n) },
  { name: 'capitalised words', make: (n) => fill('Reuters Said According To The Wall Street ', n) },
  { name: 'abbreviations', make: (n) => fill('U.S. (ISW) Gen. No. ', n) },
  { name: 'titles in a row', make: (n) => fill('Mr. ', n) },
  { name: 'one long sentence of sources', make: (n) => fill('Reuters reported, the BBC said and AP quoted officials as saying, ', n) },
  // every "the firm said" looked back over the whole sentence for the firm it means
  { name: 'a firm described again and again', make: (n) => fill('Reuters reported, the firm said, ', n) },
  { name: 'companies and their spokespeople', make: (n) => fill('Google removed posts, a company spokesperson said, ', n) },
  { name: 'adverbs before each verb', make: (n) => fill('quickly ', n / 2) + fill(' said and said', n / 2) },
  // each question counted the quotation marks from its paragraph's start (is it a speaker's question?)
  { name: 'questions in one paragraph', make: (n) => fill('Why did the plan fail? ', n) },
  // an abbreviation the registry knows ("AFP") gathered the initials of every run of capitalised words, each prefix sliced and looked up
  { name: 'capitalised words before an abbreviation', make: (n) => `${fill('Alpha Beta Gamma Delta ', n)} AFP said the plan failed.` },
  // the refusal of a page nested past the cap: parsing and measuring must stay linear too
  { name: 'deep HTML nesting (refused)', make: (n) => ({ html: `<div>${'<div>'.repeat(Math.floor(n / 5))}` }) },
  { name: 'nested divs then paragraphs (refused)', make: (n) => ({ html: '<div>'.repeat(Math.floor(n / 25)) + '<p>…</p>'.repeat(Math.floor(n / 40)) }) },
  { name: 'HTML nested to the depth cap', make: (n) => page(`${'<div>'.repeat(60)}<p>Reuters said the plan failed.</p>${'</div>'.repeat(60)}`, n), options: RAISED },
  { name: 'sibling elements', make: (n) => page('<p>Reuters said the plan failed.</p>', n), options: RAISED },
];

/** A family by name (throws on a typo, so a spec cannot silently test nothing). */
export function family(name: string): AdversarialFamily {
  const found = ADVERSARIAL_FAMILIES.find((f) => f.name === name);
  if (!found) throw new Error(`no adversarial family "${name}"`);
  return found;
}

export function inputBytes(input: AnalysisInput): number {
  return typeof input === 'string' ? input.length : 'html' in input ? input.html.length : input.text.length;
}
