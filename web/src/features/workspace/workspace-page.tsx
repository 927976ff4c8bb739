import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, NetworkError, api, releaseOnUnload, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { STAGE_LABELS, isStage, mayWork, type Stage } from '../stages';
import { usePageTitle } from '../page-title';
import { ClaimWorkspace, type Message } from './claim-workspace';
import { movedAway, noLongerYours, statusOf } from './claim-moves';
import { draftHasContent, draftProblem, emptyDraft, gradeBody, recordedMessage, rulesFor, type Draft } from './grading';
import { forgetKept, readKept, writeKept } from '../kept-state';
import { draftsInHistory, flushDraftsInHistory, forgetDraftInHistory, keepDraftInHistory } from './drafts-in-history';
import { useWarnBeforeUnload } from '../warn-before-unload';
import { keyBelongsElsewhere } from './shortcuts';
import { type Leased } from './types';
import { useLease } from './use-lease';
import { useInboxLive } from '../inbox/use-inbox-live';
import { useStartFilters } from './use-start-filters';

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

type Slot = { state: 'loading' } | { state: 'empty'; checking?: boolean } | { state: 'error'; message: string } | { state: 'leased'; leased: Leased };
const draftKey = (claimId: string) => `grade-draft:${claimId}`;

function restoreDrafts(userId: string): void {
  for (const [claimId, kept] of draftsInHistory(userId)) {
    if (!readKept(draftKey(claimId))) writeKept(draftKey(claimId), kept);
  }
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
