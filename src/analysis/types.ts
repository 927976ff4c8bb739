// Public types of the analysis engine. The output shape is the contract in
// docs/analysis-format.md.

/** What kind of body a source is; the registry's `type` and the API's allowed values. */
export const OUTLET_TYPES = [
  'news-agency',
  'newspaper',
  'broadcaster',
  'online-outlet',
  'magazine',
  'think-tank',
  'research-institute',
  'government',
  'intergovernmental',
  'military',
  'ngo',
  'company',
  'political-party',
  'other',
] as const;

export type OutletType = (typeof OUTLET_TYPES)[number];

/** One entry of the outlet registry (the curated seed file or the database copy). */
export interface OutletRecord {
  /** Stable id: the slug in the seed file, the row id in the database. */
  id: string;
  /** Canonical name, reported as `sources[].name`. */
  name: string;
  /** Other names and transliterations ("Ukrainian Pravda" for Ukrainska Pravda). */
  aliases?: string[];
  /** Abbreviations matched case-sensitively ("WSJ", "ISW", "RFI"). */
  abbreviations?: string[];
  type: OutletType;
  /** ISO 3166-1 alpha-2 country code, or "INT" for international bodies. */
  country?: string;
  domains?: string[];
}

export type AttributionKind = 'direct' | 'inherited' | 'none';
export type SourceRole = 'original' | 'relay';

export interface Span {
  start: number;
  end: number;
}

export interface ClaimSource {
  /** Canonical registry name, or the name as written when unregistered. */
  name: string;
  role: SourceRole;
  type: OutletType | 'person' | 'unknown';
  registered: boolean;
  /** Registry id when registered. */
  outletId?: string;
  /** A person speaking for the source ("Jens Stoltenberg" for NATO). */
  person?: string;
  /** 0..1: lower for inherited attributions and weaker cues. */
  confidence: number;
  /** Where the source is named or the cue stands, for underlining. */
  cue: Span;
}

export interface Claim extends Span {
  text: string;
  checkworthiness: number;
  attribution: AttributionKind;
  /** True when the claim cites unnamed sources ("officials said"). */
  anonymous?: boolean;
  sources: ClaimSource[];
}

export type ExclusionReason =
  | 'section-label'
  | 'headline'
  | 'heading'
  | 'byline'
  | 'related-link'
  | 'boilerplate'
  | 'question'
  | 'too-short';

export interface ExcludedSegment extends Span {
  text: string;
  reason: ExclusionReason;
}

/** A name that looks like a cited outlet but is not in the registry. */
export interface UnregisteredSource {
  name: string;
  count: number;
}

export interface AnalysisResult {
  /** The analysed text: the input itself, or the article text extracted from HTML. */
  text: string;
  title?: string;
  byline?: string;
  claims: Claim[];
  excluded: ExcludedSegment[];
  unregisteredSources: UnregisteredSource[];
}

/**
 * Caps on the input. Time grows linearly with the input below them, but the
 * HTML extractor (Readability) costs far more per element on deep trees, so
 * HTML is refused past these sizes (AnalysisInputTooLarge) before any work.
 */
export interface AnalysisLimits {
  /** Longest text analysed, in UTF-16 code units after HTML extraction. Unlimited by default. */
  maxTextLength?: number;
  /** Most elements in an HTML page. Default 20,000 (Lighthouse warns at 1,400; large news pages have 3,000 to 10,000). */
  maxHtmlElements?: number;
  /** Deepest element nesting in an HTML page. Default 64 (twice Lighthouse's "excessive DOM depth"). */
  maxHtmlDepth?: number;
}

export interface AnalysisOptions {
  /** Treat the input as HTML; by default it is sniffed. */
  format?: 'text' | 'html' | 'auto';
  limits?: AnalysisLimits;
}
