// Entry point of an engine thread (piscina). Keeps the built outlet registry between tasks.
import type { MessagePort } from 'node:worker_threads';
import { languageModel } from '../../analysis/index.js';
import { runEngineTask, type EngineOutcome, type EngineTask, type RegistrySlot } from './engine-task.js';

// The model is read as the thread starts (the pool starts its threads with the
// service), not by the first article, whose wall-clock limit is running.
languageModel();

const slot: RegistrySlot = {};

/** `started` tells the pool the task is running now, so its clock ignores thread start-up and waiting. */
export default function analyzeInThread({ task, started }: { task: EngineTask; started: MessagePort }): EngineOutcome {
  started.postMessage('started');
  started.close();
  return runEngineTask(task, slot);
}
