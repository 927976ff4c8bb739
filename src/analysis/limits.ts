import type { AnalysisLimits } from './types.js';

/** Which cap an input went over (see AnalysisLimits). */
export type AnalysisLimitName = 'textLength' | 'htmlElements' | 'htmlDepth';

/**
 * The input is larger or more deeply built than the engine's caps allow. It
 * is refused before any costly work, so a caller can answer 413 or 422 at
 * once: the limit and the measured value are in the error.
 */
export class AnalysisInputTooLarge extends Error {
  override readonly name = 'AnalysisInputTooLarge';

  /** `actual` is a lower bound when the input was refused before it was measured to the end. */
  constructor(
    readonly limit: AnalysisLimitName,
    readonly max: number,
    readonly actual: number,
    readonly atLeast = false,
  ) {
    super(`${DESCRIPTIONS[limit]} is ${atLeast ? 'at least ' : ''}${actual}, over the limit of ${max}`);
  }
}

const DESCRIPTIONS: Record<AnalysisLimitName, string> = {
  textLength: 'the article text (UTF-16 code units, after HTML extraction)',
  htmlElements: 'the number of HTML elements',
  htmlDepth: 'the HTML nesting depth',
};

export const DEFAULT_LIMITS: Readonly<Required<AnalysisLimits>> = {
  maxTextLength: Number.POSITIVE_INFINITY,
  maxHtmlElements: 20_000,
  maxHtmlDepth: 64,
};

export function resolveLimits(limits: AnalysisLimits | undefined): Required<AnalysisLimits> {
  return { ...DEFAULT_LIMITS, ...limits };
}

export function checkLimit(limit: AnalysisLimitName, max: number, actual: number, atLeast = false): void {
  if (actual > max) throw new AnalysisInputTooLarge(limit, max, actual, atLeast);
}
