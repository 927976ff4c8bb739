/**
 * Why an article failed, as API callers see it: a stable code and a human
 * message. The internal detail (stack, engine message) goes to the logs only.
 */
export const FailureCode = {
  Timeout: 'analysis_timeout',
  Crashed: 'analysis_crashed',
  TextTooLarge: 'text_too_large',
  NoText: 'no_text',
  InputTooComplex: 'input_too_complex',
  EngineError: 'analysis_error',
  GaveUp: 'analysis_unavailable',
  Abandoned: 'analysis_abandoned',
} as const;

export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

export const FAILURE_CODES = Object.values(FailureCode);

const MESSAGES: Record<FailureCode, string> = {
  analysis_timeout: 'The analysis took longer than the time allowed for one article; shorten or simplify it and submit again.',
  analysis_crashed: 'The analysis stopped unexpectedly on this article (for example it ran out of memory); submit a smaller or simpler version.',
  text_too_large: 'The article text (after HTML extraction) is larger than the configured limit.',
  no_text:
    'The HTML holds no article text once its markup and page furniture are set aside; send the text, or the page as the browser shows it.',
  input_too_complex: 'The HTML is nested too deeply or has too many elements to analyse.',
  analysis_error: 'The analysis engine could not process this article.',
  analysis_unavailable: 'The analysis could not be completed after several attempts; submit it again later.',
  analysis_abandoned: 'The analysis repeatedly stopped the worker processing it and was given up.',
};

export interface Failure {
  code: FailureCode;
  message: string;
}

export function failure(code: FailureCode): Failure {
  return { code, message: MESSAGES[code] };
}
