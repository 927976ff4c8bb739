import { memo, useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { pieces, type Span } from './highlight';
import { textDirection } from '../text-direction';
import { statusLabel } from '../stages';

interface Props {
  text: string;
  claims: Span[];
  currentId: string | null;
  cues: Array<{ start: number; end: number }>;
  /** A click on a claim in the text chooses it (the article page); the list beside the text is the keyboard's way. */
  onChoose?(id: string): void;
}

/**
 * The whole article, every claim a <mark data-claim-id> coloured by status
 * and tagged with it in words (a CSS ::after of `data-status-label`: read by
 * screen readers, but no text node, so offsets of a selection in the article
 * stay offsets into its text). Text is rendered as React text nodes, never as HTML. The current claim is
 * focused and scrolled into view.
 */
export const ArticleText = memo(function ArticleText({ text, claims, currentId, cues, onChoose }: Props) {
  // From the start of this render to the highlights in the DOM: read by the
  // browser tests and `npm run bench:ui` as the entry "article-highlights".
  const renderStarted = performance.now();
  const sortedCues = useMemo(() => [...cues].sort((a, b) => a.start - b.start), [cues]);
  const runs = useMemo(() => pieces(text, claims, sortedCues), [text, claims, sortedCues]);
  const direction = useMemo(() => textDirection(text), [text]);
  const current = useRef<HTMLElement | null>(null);
  const shown = useRef<string | null>(null);

  useLayoutEffect(() => {
    performance.measure('article-highlights', { start: renderStarted, detail: { claims: claims.length } });
  }, [runs]);

  // Once per claim: a refresh of the claims (a colleague grading one, every few seconds on the
  // article page) must not scroll back to it and pull focus out of the field the person is typing in.
  useEffect(() => {
    const mark = current.current;
    if (!mark || shown.current === currentId) return;
    shown.current = currentId;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, [currentId, runs]);

  // One listener for every mark; a click that ends a selection of words is someone copying a passage, not choosing.
  const choose = (event: MouseEvent<HTMLElement>) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim-id]');
    if (!onChoose || !mark?.dataset.claimId || !window.getSelection()?.isCollapsed) return;
    onChoose(mark.dataset.claimId);
  };

  return (
    <article className={`article-text${onChoose ? ' choosable' : ''}`} aria-label="Article text" dir={direction} onClick={onChoose ? choose : undefined}>
      {runs.map((run, i) =>
        run.kind === 'text' ? (
          run.cue ? <u key={i} className="cue">{run.text}</u> : run.text
        ) : (
          <mark
            key={run.claim.id}
            data-claim-id={run.claim.id}
            data-status={run.claim.status}
            data-status-label={statusLabel(run.claim.status)}
            className={`claim status-${run.claim.status}${run.claim.id === currentId ? ' current' : ''}`}
            ref={run.claim.id === currentId ? current : undefined}
            tabIndex={run.claim.id === currentId ? -1 : undefined}
            aria-current={run.claim.id === currentId ? 'true' : undefined}
          >
            {run.parts.map((part, j) => (part.cue ? <u key={j} className="cue">{part.text}</u> : part.text))}
          </mark>
        ),
      )}
    </article>
  );
});
