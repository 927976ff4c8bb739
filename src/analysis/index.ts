// The analysis engine: plain TypeScript, no Nest, database, Redis or file I/O.
// The CLI, the analysis worker and the tests all call these functions.
export * from './outlets.js';
export { AnalysisInputTooLarge, DEFAULT_LIMITS, type AnalysisLimitName } from './limits.js';
export { analyze, splitSentences, type AnalysisInput } from './analyze.js';
export { languageModel } from './text/tokenize.js';
