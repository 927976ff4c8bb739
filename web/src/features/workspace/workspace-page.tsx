import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, NetworkError, api, releaseOnUnload, unwrap, WHOLE_ARTICLE, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { STAGE_LABELS, isStage, mayWork, type Stage } from '../stages';
import { usePageTitle } from '../page-title';
import { textDirection } from '../text-direction';
import { ArticleText } from './article-text';
import { EarlierStages, GradeCard } from './earlier-stages';
import { GradeForm } from './grade-form';
import { draftHasContent, draftProblem, emptyDraft, gradeBody, gradeLabel, recordedMessage, rulesFor, type Draft } from './grading';
import { forgetKept, readKept, writeKept } from '../kept-state';
import { draftsInHistory, flushDraftsInHistory, forgetDraftInHistory, keepDraftInHistory } from './drafts-in-history';
import { useWarnBeforeUnload } from '../warn-before-unload';
import { keyBelongsElsewhere } from './shortcuts';
import { SourceChain } from './source-chain';
import { contextOf, type Leased } from './types';
import { formatCountdown, useLease } from './use-lease';
import { useInboxLive } from '../inbox/use-inbox-live';
import { filterOf } from '../inbox/inbox-filters';

export function WorkspacePage() {
  const { stage } = useParams();
  const { user } = useSession();
  usePageTitle(isStage(stage) ? STAGE_LABELS[stage] : 'Unknown stage');
  if (!isStage(stage)) return <StageRefused title="Unknown stage" text="No review stage has this address." />;
  if (!mayWork(user.role, stage)) return <StageRefused title={STAGE_LABELS[stage]} text={`The ${STAGE_LABELS[stage]} stage is for editors.`} />;
  return <Workspace key={stage} stage={stage} />;
}

/** A stage address that leads nowhere for this person: a heading like every page, and the way back. */
function StageRefused({ title, text }: { title: string; text: string }) {
  return (
    <section className="empty-stage" aria-labelledby="stage-refused-title">
      <h1 id="stage-refused-title">{title}</h1>
      <p role="alert">{text}</p>
      <Link to="/">Back to the inbox</Link>
    </section>
  );
}

type ClaimStatus = Schemas['ClaimResponse']['status'];
type Slot = { state: 'loading' } | { state: 'empty'; checking?: boolean } | { state: 'error'; message: string } | { state: 'leased'; leased: Leased };
/** `retake`: the claim is no longer ours (a 409); the message offers taking a claim again. */
type Message = { kind: 'ok' | 'error'; text: string; retake?: boolean };
const draftKey = (claimId: string) => `grade-draft:${claimId}`;
const noLongerYours = (reason: string) =>
  `This claim is no longer yours (${reason}). Your draft is kept: take the next claim, and if this one is still first in line it comes back with your draft.`;

/**
 * What became of a claim someone else moved out of the stage while it was on screen (an editor dismissed
 * it, a revision withdrew it): said as it is, not as a lease that may come back with the draft.
 */
function movedAway(status: ClaimStatus, stage: Stage): string | null {
  if (status === stage) return null;
  if (status === 'dismissed') return 'An editor dismissed this claim while you were on it: it needs no grade now. Take the next claim.';
  if (status === 'withdrawn') return 'A revision of the article no longer has this claim, so it was withdrawn: it needs no grade now. Take the next claim.';
  const where = isStage(status) ? `is at ${STAGE_LABELS[status]} now` : `was ${status.replaceAll('_', ' ')}`;
  return `This claim ${where}, moved there while you were on it: your grade is no longer asked for here. Take the next claim.`;
}

/** The claim's status now; null when it cannot be asked (the service out of reach a moment). */
async function statusOf(claimId: string): Promise<ClaimStatus | null> {
  try {
    return unwrap(await api.GET('/v1/claims/{id}', { params: { path: { id: claimId } } })).status;
  } catch {
    return null;
  }
}


function restoreDrafts(userId: string): void {
  for (const [claimId, kept] of draftsInHistory(userId)) {
    if (!readKept(draftKey(claimId))) writeKept(draftKey(claimId), kept);
  }
}

/**
 * The inbox's filters Start brought along (the address's search): each claim
 * taken is one they keep, and the way back is to the inbox so filtered.
 */
function useStartFilters(): { filter: Omit<ReturnType<typeof filterOf>, 'mine'>; filtered: boolean; inboxPath: string } {
  const { search } = useLocation();
  return useMemo(() => {
    const { articleId, outletId, unsourced, q } = filterOf(new URLSearchParams(search));
    const filter = { articleId, outletId, unsourced, q };
    return { filter, filtered: Object.values(filter).some(Boolean), inboxPath: `/${search}` };
  }, [search]);
}

function Workspace({ stage }: { stage: Stage }) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  const { filter, filtered, inboxPath } = useStartFilters();
  // After a reload: the drafts this tab's history entry kept come back into memory (where a draft waits for
  // its claim) before the first claim is taken. Once, at the first render.
  useState(() => restoreDrafts(user.id));
  useEffect(() => flushDraftsInHistory, []);
  const [slot, setSlot] = useState<Slot>({ state: 'loading' });
  const [draft, setDraftState] = useState<Draft>(emptyDraft);
  const [graded, setGraded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const gradedRef = useRef(false);
  gradedRef.current = graded;
  const skipRef = useRef<string | null>(null);
  // A claim the service said is no longer ours (409): nothing to hand back, and a release sent while
  // taking it again could arrive after the new lease and end it.
  const lostRef = useRef<string | null>(null);
  // A claim being skipped: the skip hands it back, so it leaving the screen sends no release (which raced
  // the skip and answered 409, an error in the console at each Skip). If the skip fails, the claim is still
  // ours and the next take gets it back (one lease per person and stage).
  const handedBackRef = useRef<string | null>(null);
  // The chain editor is open: its correction is saved on its own (PUT …/sources), never with the grade.
  const chainEditingRef = useRef(false);
  const onChainEditing = useCallback((open: boolean) => (chainEditingRef.current = open), []);
  const sayChainUnsaved = (why: string) => {
    setMessage({ kind: 'error', text: `Save or cancel your correction of the sources first: ${why}.` });
    document.querySelector<HTMLElement>('.chain-editor button[type="submit"]')?.focus();
  };

  const leased = slot.state === 'leased' ? slot.leased : null;
  const claimId = leased?.claim.id ?? null;
  const lease = useLease(claimId, leased ? (leased.lease.expiresAt) : null);
  skipRef.current = claimId && !graded ? claimId : null;
  // The draft is kept per claim, in memory: a look at another screen (or a lapsed lease, a 409) hands
  // the claim back, and when it comes back, still first in line, its draft comes with it.
  const claimIdRef = useRef(claimId);
  claimIdRef.current = claimId;
  const setDraft = useCallback((next: Draft) => {
    setDraftState(next);
    if (!claimIdRef.current) return;
    writeKept(draftKey(claimIdRef.current), next);
    keepDraftInHistory(user.id, claimIdRef.current, next);
  }, [user.id]);
  // Extending the lease was refused: the claim is someone else's now, said as a refused grade says it.
  useEffect(() => {
    // Already said (the claim was dismissed or withdrawn): the refusal that follows says less.
    if (!lease.lost || !claimId || gradedRef.current || lostRef.current === claimId) return;
    lostRef.current = claimId;
    setMessage({ kind: 'error', text: noLongerYours(lease.lost), retake: true });
  }, [lease.lost, claimId]);
  // Someone else moved the claim on screen out of the stage (an editor dismissed it, a revision withdrew
  // it): said as soon as the inbox's event stream names it. Unheard, the reviewer worked on until the
  // grade came back 409, with a message promising the claim back with the draft.
  const sayIfMovedAway = useCallback(async (id: string) => {
    const status = await statusOf(id);
    const moved = status && movedAway(status, stage);
    if (!moved || claimIdRef.current !== id || gradedRef.current) return;
    lostRef.current = id;
    setMessage({ kind: 'error', text: moved, retake: true });
  }, [stage]);
  const articleId = leased?.article.id ?? null;
  const articleIdRef = useRef(articleId);
  articleIdRef.current = articleId;
  useInboxLive(useCallback((ids: string[]) => {
    const id = claimIdRef.current;
    if (id && !gradedRef.current && ids.includes(id)) void sayIfMovedAway(id);
    // The article's other claims, coloured by status, follow colleagues' work too (they stayed as they
    // were when the claim was taken). Only when a claim of this article moved: not at every event.
    const shown = articleIdRef.current && queryClient.getQueryData<Array<{ id: string }>>(['article-claims', articleIdRef.current]);
    if (shown && shown.some((c) => ids.includes(c.id))) void queryClient.invalidateQueries({ queryKey: ['article-claims', articleIdRef.current] });
  }, [sayIfMovedAway, queryClient]));
  // A reload or a closed tab would lose it for good: the browser asks first.
  useWarnBeforeUnload(!!leased && !graded && draftHasContent(draft));

  // One live lease per person and stage: moving on from an ungraded claim skips it (hands it back).
  const take = useCallback(async (skip?: string) => {
    // Before the claim leaves the screen (which releases what it shows): the skip itself hands it back.
    handedBackRef.current = skip ?? null;
    // Checking an empty stage again keeps its screen (and the focus on the button): nothing flashes, nothing is re-announced.
    setSlot((current) => (current.state === 'empty' ? { state: 'empty', checking: true } : { state: 'loading' }));
    setMessage(null);
    try {
      const result = await api.POST('/v1/review/{stage}/next', { params: { path: { stage }, query: skip ? { ...filter, skip } : filter } });
      if (result.response.status === 204) return setSlot({ state: 'empty' });
      const next = unwrap(result);
      if (next.claim.id === skip) handedBackRef.current = null;
      const kept = readKept<Draft>(draftKey(next.claim.id));
      // Into this history entry too (the screen was opened anew, a new entry): a reload from here brings it back.
      if (kept) {
        keepDraftInHistory(user.id, next.claim.id, kept);
        flushDraftsInHistory();
      }
      setDraftState(kept ?? emptyDraft());
      lostRef.current = null;
      setGraded(false);
      setSlot({ state: 'leased', leased: next });
    } catch (e) {
      setSlot({ state: 'error', message: (e as Error).message });
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['queues'] });
    }
  }, [stage, queryClient, user.id, filter]);
  // The chain editor open: `n` pressed on one of its buttons, or Skip, took the next claim and the
  // correction on screen was gone (the grade's draft waits for the claim; the editor's did not).
  const moveOn = useCallback(() => {
    if (chainEditingRef.current && skipRef.current) return sayChainUnsaved('moving on would lose it');
    void take(skipRef.current ?? undefined);
  }, [take]);
  // The claim is no longer ours (a 409, or the lease lapsed), so nothing to skip or hand back: the next
  // claim is this one again, with its draft, if it is still first in line.
  const retake = useCallback(() => {
    lostRef.current = claimId;
    void take();
  }, [take, claimId]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void take();
  }, [take]);

  // Leaving the page or moving on without a grade hands the claim back at once.
  useEffect(() => {
    if (!claimId) return;
    const onHide = () => !gradedRef.current && lostRef.current !== claimId && handedBackRef.current !== claimId && releaseOnUnload(claimId);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [claimId]);

  const submit = useCallback(async () => {
    if (!leased || graded || busy) return;
    // A grade sent with the editor open moved the claim on with the engine's chain, and the correction
    // on screen could no longer be saved: the sources are graded as they are saved.
    if (chainEditingRef.current) return sayChainUnsaved('the grade is for the sources as they are saved');
    const rules = rulesFor(stage, leased.claim.disagreement?.[0]?.stage);
    const problem = draftProblem(rules, draft);
    if (problem) {
      setMessage({ kind: 'error', text: problem.text });
      // To the field the message asks for, so the next keys fill it in.
      const piece = document.querySelectorAll('.grade-form .evidence-piece')[problem.piece ?? 0];
      const field =
        problem.field === 'choice'
          ? document.querySelector('.grade-form [role="radio"]')
          : problem.field === 'note'
            ? document.querySelector('.grade-form textarea')
            : piece?.querySelectorAll('input[type="url"]')[problem.field === 'url' ? 0 : 1];
      (field as HTMLElement | null | undefined)?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const body = gradeBody(stage, rules, draft) as never;
      unwrap(await api.POST('/v1/claims/{id}/reviews', { params: { path: { id: leased.claim.id } }, body }));
      setGraded(true);
      forgetKept(draftKey(leased.claim.id));
      forgetDraftInHistory(user.id, leased.claim.id);
      setMessage({ kind: 'ok', text: recordedMessage(draft) });
      void queryClient.invalidateQueries({ queryKey: ['article-claims', leased.article.id] });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        lostRef.current = leased.claim.id;
        const status = await statusOf(leased.claim.id);
        const moved = status && movedAway(status, stage);
        return setMessage({ kind: 'error', text: moved || noLongerYours(e.message), retake: true });
      }
      const text =
        e instanceof ApiError && e.status === 401
          ? 'Your session has expired: sign in and submit again.'
          : e instanceof NetworkError
            ? `${e.message}. Your draft is kept.`
            : (e as Error).message;
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  }, [leased, graded, busy, draft, stage, queryClient, user.id]);

  // `n`: the next claim (skipping this one hands it back).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || keyBelongsElsewhere(event.target)) return;
      event.preventDefault();
      moveOn();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [moveOn]);

  if (slot.state === 'loading') return <p className="loading" aria-live="polite">Taking the next claim…</p>;
  if (slot.state === 'error') {
    // A failed take (the service unreachable a moment, a 429) can be tried again without a reload.
    return (
      <section className="empty-stage">
        <h1>{STAGE_LABELS[stage]}</h1>
        <p role="alert" className="error">{slot.message}</p>
        <button type="button" onClick={() => void take()}>Try again</button> <Link to={inboxPath}>Back to the inbox</Link>
      </section>
    );
  }
  if (slot.state === 'empty') {
    return (
      <section className="empty-stage">
        <h1>{STAGE_LABELS[stage]}</h1>
        {/* Stays mounted while checking again: finding nothing again changes nothing, so nothing is said again. */}
        <p role="status">{filtered ? 'Nothing the inbox’s filters keep is waiting for you in this stage.' : 'Nothing is waiting for you in this stage.'}</p>
        <button type="button" aria-disabled={slot.checking} onClick={() => !slot.checking && void take()}>
          {slot.checking ? 'Checking…' : 'Check again'}
        </button>{' '}
        <Link to={inboxPath}>Back to the inbox</Link>
      </section>
    );
  }
  return (
    <ClaimWorkspace
      stage={stage}
      leased={slot.leased}
      draft={draft}
      setDraft={setDraft}
      graded={graded}
      busy={busy}
      message={message}
      secondsLeft={lease.secondsLeft}
      expired={lease.expired && !lease.lost && !message?.retake}
      onSubmit={() => void submit()}
      onNext={moveOn}
      onRetake={retake}
      onChainEditing={onChainEditing}
    />
  );
}

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

function ClaimWorkspace({ stage, leased, draft, setDraft, graded, busy, message, secondsLeft, expired, onSubmit, onNext, onRetake, onChainEditing }: WorkspaceProps) {
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
              {disagreement.map((r) => <GradeCard key={r.id} grade={r} />)}
            </div>
          </section>
        )}
        {(stage === 'approval' || stage === 'escalated') && (
          <EarlierStages grades={(claim.earlierStages ?? []).filter((g) => !disagreement.some((d) => d.id === g.id))} />
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
