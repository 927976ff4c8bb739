import { useState } from 'react';

/**
 * What a form holds, kept in memory while the app runs: a look at another screen (or the browser's
 * back button) unmounted the form and threw away what was typed. Never web storage (the session's
 * promise: nothing is kept there), so a reload or a new tab starts empty; signing out clears it.
 */
const kept = new Map<string, unknown>();

export function useKeptState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  const set = (next: T) => {
    kept.set(key, next);
    setValue(next);
  };
  return [value, set];
}

export function clearKeptState(): void {
  kept.clear();
}

/** For state kept outside a hook (a draft per claim): what is kept under `key`, if anything. */
export function readKept<T>(key: string): T | undefined {
  return kept.get(key) as T | undefined;
}

export function writeKept(key: string, value: unknown): void {
  kept.set(key, value);
}

export function forgetKept(key: string): void {
  kept.delete(key);
}
