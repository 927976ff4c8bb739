import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap, WHOLE_ARTICLE } from '../../api/client';
import { STAGE_LABELS, type Stage } from '../stages';
import { textDirection } from '../text-direction';
import { ArticleText } from './article-text';
import { EarlierStages, GradeCard, stagePasses } from './earlier-stages';
import { GradeForm } from './grade-form';
import { gradeLabel, rulesFor, type Draft } from './grading';
import { SourceChain } from './source-chain';
import { contextOf, type Leased } from './types';
import { formatCountdown } from './use-lease';
import { useStartFilters } from './use-start-filters';

/** `retake`: the claim is no longer ours (a 409); the message offers taking a claim again. */
export type Message = { kind: 'ok' | 'error'; text: string; retake?: boolean };

interface WorkspaceProps {
  stage: Stage;
  leased: Leased;
  draft: Draft;
  setDraft(d: Draft): void;
  graded: boolean;
  busy: boolean;
  message: Message | null;
  secondsLeft: number | null;
  expired: boolean;
  onSubmit(): void;
  onNext(): void;
  onRetake(): void;
  onChainEditing(open: boolean): void;
}

export function ClaimWorkspace({ stage, leased, draft, setDraft, graded, busy, message, secondsLeft, expired, onSubmit, onNext, onRetake, onChainEditing }: WorkspaceProps) {
  const { inboxPath } = useStartFilters();
  const { claim, article } = leased;
  const context = contextOf(claim);
  const [correction, setCorrection] = useState(claim.correction);
  useEffect(() => setCorrection(claim.correction), [claim]);
  const claims = useQuery({
    queryKey: ['article-claims', article.id],
    queryFn: async () => unwrap(await api.GET('/v1/articles/{id}/claims', { params: { path: { id: article.id }, query: { limit: WHOLE_ARTICLE } } })),
    staleTime: 30_000,
  });
  const spans = useMemo(
    () => (claims.data ?? [claim]).map((c) => ({ id: c.id, start: c.start, end: c.end, status: c.id === claim.id ? stage : c.status })),
    [claims.data, claim, stage],
  );
  const cues = useMemo(
    () => (correction ? correction.sources.flatMap((s) => (s.cue ? [s.cue] : [])) : claim.sources.map((s) => s.cue)),
    [claim, correction],
  );
  // Once graded, the form is disabled, which drops the focus (on Submit, or in the note after Ctrl+Enter)
  // to the page's start: the next step, the next claim, takes it instead.
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (graded) nextButton.current?.focus();
  }, [graded]);
  // The message stands under the form: on a window shorter than the claim pane it was out of sight,
  // while the focus went to the field it names.
  const messageLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) messageLine.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  const disagreement = (claim.disagreement ?? []);
  const passes = useMemo(() => stagePasses(claim.earlierStages ?? []), [claim]);
  const rules = rulesFor(stage, disagreement[0]?.stage);

  return (
    <div className="workspace">
      <section className="article-pane" aria-labelledby="article-title" tabIndex={0}>
        <h1 id="article-title" dir={textDirection(article.title)}>{article.title ?? 'Untitled article'}</h1>
        {/* In a new tab: leaving this screen would hand the claim back. */}
        <p className="muted">
          <Link to={`/articles/${article.id}`} target="_blank" rel="noopener">Open the article page</Link>
          {' · '}
          <a href={`/v1/articles/${encodeURIComponent(article.id)}/report?format=html`} target="_blank" rel="noopener">its report</a>
        </p>
        {article.text ? <ArticleText text={article.text} claims={spans} currentId={claim.id} cues={cues} /> : <p>{claim.text}</p>}
      </section>
      <aside className="claim-pane" aria-label="Current claim">
        <div className="lease" role="timer" aria-live="off" aria-label="Lease time left">
          {STAGE_LABELS[stage]} · lease {secondsLeft === null ? '—' : formatCountdown(secondsLeft)}
        </div>
        {expired && !graded && (
          <div role="alert" className="warning">
            Your lease ran out while you were away, so the claim went back to the inbox. Your draft is kept: take a claim
            again, and if this one is still first in line it comes back with your draft.
            {/* Not a skip: the claim is no longer ours to hand back, and skipping it lost the draft. */}
            <button type="button" onClick={onRetake}>Take the next claim</button>
          </div>
        )}
        {/* A long claim (2,000 characters) scrolls inside its box, keyboard too, so the grade stays in view. */}
        <blockquote className="claim-text" dir={textDirection(claim.text)} tabIndex={0} aria-label="Claim">{claim.text}</blockquote>
        <h2 className="visually-hidden">Sources</h2>
        <SourceChain
          key={claim.id}
          claim={claim}
          context={context}
          editable={stage === 'source_check' && !graded && !expired}
          correction={correction}
          onCorrected={setCorrection}
          onEditing={onChainEditing}
        />
        {claim.note && (
          <div className="send-back-note" role="note" aria-label="Send-back note">
            <strong>Sent back:</strong> {claim.note}
          </div>
        )}
        {context.earlierVerdicts.length > 0 && (
          <section aria-label="Earlier verdicts on the same claim" className="earlier-verdicts">
            <h2>Earlier verdicts</h2>
            <ul>
              {context.earlierVerdicts.map((v) => (
                <li key={v.claimId}>{gradeLabel(v.attributionVerdict)} / {gradeLabel(v.rating)} ({new Date(v.publishedAt).toLocaleDateString()})</li>
              ))}
            </ul>
          </section>
        )}
        {disagreement.length > 0 && (
          <section aria-label="The grades that disagree" className="disagreement">
            <h2>Disagreement at {disagreement[0].stage.replace('_', ' ')}</h2>
            {/* Each grade whole (when, evidence), here only: listed again under Earlier stages, two
                disagreeing grades read as four, and their evidence was only in the second copy. */}
            <div className="side-by-side">
              {disagreement.map((r) => <GradeCard key={r.id} grade={r} pass={passes.get(r.round) ?? 1} />)}
            </div>
          </section>
        )}
        {(stage === 'approval' || stage === 'escalated') && (
          <EarlierStages grades={(claim.earlierStages ?? []).filter((g) => !disagreement.some((d) => d.id === g.id))} passes={passes} />
        )}
        <GradeForm rules={rules} draft={draft} onChange={setDraft} onSubmit={onSubmit} busy={busy} disabled={graded} />
        {message && (
          <p ref={messageLine} role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
            {message.text}
          </p>
        )}
        {message?.retake && <RetakeButton onRetake={onRetake} />}
        <div className="workspace-actions">
          <button type="button" ref={nextButton} onClick={onNext} aria-keyshortcuts="n">
            {graded ? 'Next claim' : 'Skip'} <kbd>n</kbd>
          </button>
          <Link to={inboxPath}>Back to the inbox</Link>
        </div>
      </aside>
    </div>
  );
}

/** Offered after a 409 (the lease lapsed, someone else took the claim): focused, so Enter is the next step. */
function RetakeButton({ onRetake }: { onRetake(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <button type="button" className="primary" ref={button} onClick={onRetake}>
      Take the next claim
    </button>
  );
}
