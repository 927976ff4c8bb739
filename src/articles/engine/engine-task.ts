import { analyze, OutletRegistry, type AnalysisResult, type OutletRecord } from '../../analysis/index.js';
import { AnalysisInputTooLarge } from '../../analysis/limits.js';
import { indexedText, type IndexedText } from '../../claims/claim-search.js';
import { hasVisibleText } from '../../common/visible-text.js';
import { FailureCode } from '../failure.js';

/** One article for an engine thread. The registry travels only when the thread lacks that version. */
export interface EngineTask {
  format: 'text' | 'html';
  input: string;
  registryVersion: string;
  registry?: OutletRecord[];
  maxTextBytes: number;
  maxClaims: number;
}

export type EngineOutcome =
  | { kind: 'analyzed'; result: AnalysisResult; truncatedClaims: number; indexed: IndexedText[] }
  | { kind: 'needs-registry' }
  | { kind: 'rejected'; code: FailureCode; detail: string };

/** The built registry a thread keeps between tasks (building it costs more than most articles). */
export interface RegistrySlot {
  version?: string;
  registry?: OutletRegistry;
}

/**
 * What an engine thread does with a task; plain function so it can be tested
 * without threads. Engine errors become `rejected` outcomes: the engine is
 * deterministic, so the same input would fail the same way again.
 */
export function runEngineTask(task: EngineTask, slot: RegistrySlot): EngineOutcome {
  if (slot.version !== task.registryVersion) {
    if (!task.registry) return { kind: 'needs-registry' };
    slot.registry = OutletRegistry.fromRecords(task.registry);
    slot.version = task.registryVersion;
  }
  let result: AnalysisResult;
  try {
    // UTF-16 units never outnumber UTF-8 bytes: the engine refuses most oversized text before analysing it.
    const limits = { maxTextLength: task.maxTextBytes };
    result = analyze(task.format === 'html' ? { html: task.input } : { text: task.input }, slot.registry!, { limits });
  } catch (error) {
    return { kind: 'rejected', code: engineFailureCode(error), detail: (error as Error).message ?? String(error) };
  }
  // Plain text was refused blank at submission; HTML is known to hold nothing only now.
  if (!hasVisibleText(result.text)) return { kind: 'rejected', code: FailureCode.NoText, detail: 'no text after extraction' };
  const bytes = Buffer.byteLength(result.text, 'utf8');
  if (bytes > task.maxTextBytes) {
    return { kind: 'rejected', code: FailureCode.TextTooLarge, detail: `extracted text is ${bytes} bytes, limit ${task.maxTextBytes}` };
  }
  const truncatedClaims = Math.max(0, result.claims.length - task.maxClaims);
  if (truncatedClaims > 0) result.claims.length = task.maxClaims;
  // Here, not where the claims are stored: stemming every word of an article
  // of made-up words took the main thread 130 to 160 ms, inside the
  // transaction that holds the article's claims.
  return { kind: 'analyzed', result, truncatedClaims, indexed: result.claims.map((c) => indexedText(c.text)) };
}

/** The engine's input caps: text over the size cap, or HTML too large or too deeply nested. */
function engineFailureCode(error: unknown): FailureCode {
  if (!(error instanceof AnalysisInputTooLarge)) return FailureCode.EngineError;
  return error.limit === 'textLength' ? FailureCode.TextTooLarge : FailureCode.InputTooComplex;
}
