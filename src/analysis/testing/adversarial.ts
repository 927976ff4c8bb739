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

/** A capitalised surname of its own for each `i` ("Bacada", "Becada" ...): names no registry knows, none twice. */
export function surname(i: number): string {
  let name = 'B';
  let k = i;
  do {
    name += 'aeiou'[k % 5] + 'bcdfghklmnprstvz'[Math.floor(k / 5) % 16];
    k = Math.floor(k / 80);
  } while (k > 0);
  return `${name}a`;
}

/** `unit(0)`, `unit(1)` ... joined, up to at least `bytes`. */
function distinct(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    parts.push(unit(i));
    size += parts[i].length;
  }
  return parts.join('');
}

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
  // a sentence of thousands of speakers, then sentences whose sources are carried over from it: every later claim cited them all
  { name: 'thousands of signatories, then "We condemn"', make: (n) => `${distinct((i) => `Jane ${surname(i)} condemns, `, n / 2)}the attack. ${fill('We condemn the attack. ', n / 2)}` },
  { name: 'thousands of filers, then "The complaint alleges"', make: (n) => `${distinct((i) => `Jane ${surname(i)} said, `, n / 2)}the plan failed. ${fill('The complaint alleges fraud. ', n / 2)}` },
  { name: 'thousands of speakers, then sentences going on with their report', make: (n) => `${distinct((i) => `Jane ${surname(i)} said, `, n / 2)}the plan failed. ${fill('Also, it failed. ', n / 2)}` },
  // a sentence quoting nobody: each person's name was checked against all the sentence's names of bodies
  { name: 'people and outlets in a sentence quoting nobody', make: (n) => distinct((i) => `Jane ${surname(i)} met Reuters, `, n) },
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
