import type { Schemas } from '../../api/client';
import type { ClaimSource } from './types';

export type Correction = Schemas['SourceCorrectionResponse'];
export type Role = 'original' | 'relay';

/** One source of a chain as the workspace shows and edits it: the engine's or a reviewer's. */
export interface ChainSource {
  key: string;
  name: string;
  role: Role;
  type: string;
  registered: boolean;
  outletId: string | null;
  person?: string;
  cue: { start: number; end: number } | null;
}

export function engineChain(sources: ClaimSource[]): ChainSource[] {
  return sources.map((s) => ({
    key: s.id,
    name: s.name,
    role: s.role === 'relay' ? 'relay' : 'original',
    type: s.type,
    registered: s.registered,
    outletId: s.outletId,
    ...(s.person ? { person: s.person } : {}),
    cue: s.cue,
  }));
}

export function correctedChain(correction: Correction): ChainSource[] {
  return correction.sources.map((s, i) => ({ key: `${correction.id}-${i}`, ...s }));
}

/** Relays first, then originals: the order the chain is read in. */
export function relayToOriginal(chain: ChainSource[]): ChainSource[] {
  return [...chain.filter((s) => s.role === 'relay'), ...chain.filter((s) => s.role !== 'relay')];
}

export function correctionBody(chain: ChainSource[], anonymous: boolean) {
  return {
    anonymous,
    sources: chain.map((s) => ({
      role: s.role,
      ...(s.outletId ? { outletId: s.outletId } : { name: s.name }),
      ...(s.cue ? { cue: s.cue } : {}),
    })),
  };
}

/** The selection inside the article text as offsets into it, or null when nothing there is selected. */
export function selectedSpan(): { start: number; end: number; text: string } | null {
  const article = document.querySelector('article.article-text');
  const selection = window.getSelection();
  if (!article || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  // The article is rendered as plain text nodes, so a range's text length is an offset into it.
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return null;
  const start = before.toString().length + lead;
  return { start, end: start + text.length, text };
}
