import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api, unwrap, WHOLE_ARTICLE, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { ArticleText } from '../workspace/article-text';
import { usePageTitle } from '../page-title';
import { textDirection } from '../text-direction';
import { EditorActions } from './editor-actions';
import { counted } from '../counted';

const STATUSES = ['source_check', 'verdict', 'approval', 'escalated', 'published', 'dismissed', 'withdrawn'];

/** "withdrawn in revision 3" for a claim a later text no longer has; the stage or end state otherwise. */
function statusLabel(c: { status: string; withdrawnInRevision: number | null }): string {
  return c.status === 'withdrawn' && c.withdrawnInRevision ? `withdrawn in revision ${c.withdrawnInRevision}` : c.status.replace('_', ' ');
}

export function ArticlePage() {
  const { id } = useParams();
  const editor = useSession().user.role !== 'reviewer';
  // The chosen claim and the filters live in the address: a reload keeps them, and a link sent to a colleague opens on that claim.
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const unsourced = params.get('unsourced') === '1';
  const selected = params.get('claim');
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const setStatus = (value: string) => setParam('status', value || null);
  const setUnsourced = (value: boolean) => setParam('unsourced', value ? '1' : null);
  const setSelected = (id: string) => setParam('claim', id);
  // The same function at every render (the rows and the article text are memoised on it), calling the latest setter.
  const latestSetSelected = useRef(setSelected);
  latestSetSelected.current = setSelected;
  const choose = useCallback((id: string) => latestSetSelected.current(id), []);
  // An earlier revision of the article (its text and claims, withdrawn ones included), or the current one:
  // in the address too, so a reload or a shared link shows the revision that was on screen.
  const revision = revisionOf(params.get('revision'));
  const setRevision = (value: number | undefined) => setParam('revision', value ? String(value) : null);
  const article = useQuery({
    queryKey: ['article', id, revision],
    queryFn: async () =>
      unwrap(await api.GET('/v1/articles/{id}', { params: { path: { id: id! }, query: { limit: WHOLE_ARTICLE, revision } } })),
    refetchInterval: (q) => (q.state.data && ['received', 'analyzing'].includes(q.state.data.status) ? 1_000 : 10_000),
  });
  usePageTitle(article.data ? (article.data.title ?? 'Untitled article') : null, 'Articles');
  const claims = article.data?.claims ?? [];
  const spans = useMemo(() => claims.map((c) => ({ id: c.id, start: c.start, end: c.end, status: c.status })), [claims]);
  // The list follows the highlighted article: it renders after it, not in the same commit.
  const listed = useDeferredValue(claims, []);
  // Each claim keeps its place in the article (claim 248 stays 248 when a filter hides the ones before it).
  const shown = listed.flatMap((c, i) => ((!status || c.status === status) && (!unsourced || c.unsourced) ? [{ claim: c, number: i + 1 }] : []));
  const noCues = useMemo(() => [], []);
  const list = useRef<HTMLOListElement>(null);
  // The chosen claim in view in the list too (a shared link, a click in the article): on a long article it sat
  // hundreds of rows below, and nothing in the list said which one it was.
  const listedSelected = shown.some((s) => s.claim.id === selected);
  useEffect(() => {
    if (!selected || !listedSelected) return;
    list.current?.querySelector(`[data-claim-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, listedSelected]);

  if (article.isPending) return <p className="loading">Loading…</p>;
  if (article.isError) return <ArticleMissing error={article.error} revision={revision} onRetry={() => void article.refetch()} />;
  const a = article.data;
  return (
    <div className="workspace">
      <section className="article-pane" aria-labelledby="article-title" tabIndex={0}>
        <h1 id="article-title" dir={textDirection(a.title)}>{a.title ?? 'Untitled article'}</h1>
        {a.revision > 1 && (
          <label className="inline">
            Revision{' '}
            <select value={a.shownRevision} onChange={(e) => setRevision(Number(e.target.value) === a.revision && latestIsShown(a) ? undefined : Number(e.target.value))}>
              {Array.from({ length: a.revision }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>{n === a.revision ? `${n} (current)` : n}</option>
              ))}
            </select>
          </label>
        )}
        <p className="muted">
          {a.status} · {counted(a.claimCount, 'claim')}, {a.unsourcedClaimCount} unsourced ·{' '}
          {Object.entries(a.progress ?? {}).filter(([, n]) => n > 0).map(([s, n]) => `${s.replace('_', ' ')} ${n}`).join(', ')}
        </p>
        <ReportLinks articleId={a.id} status={a.status} shownRevision={a.shownRevision} latest={a.revision} />
        <AnalysisProgress status={a.status} claimCount={a.claimCount} />
        {/* The service says why (text too large, too complex, timed out): without it a failed article read as merely empty. */}
        {a.status === 'failed' && (
          <p role="alert" className="error">Analysis failed: {a.failureReason ?? 'the service gave no reason'}</p>
        )}
        {a.text && <ArticleText text={a.text} claims={spans} currentId={selected} cues={noCues} onChoose={choose} />}
      </section>
      <aside className="claim-pane" aria-label="Claims">
        <h2>Claims</h2>
        <div className="filters" role="group" aria-label="Filter claims">
          <label className="inline">
            Status
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">any</option>
              {STATUSES.map((s) => <option key={s} value={s}>{s.replace('_', ' ')}</option>)}
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={unsourced} onChange={(e) => setUnsourced(e.target.checked)} /> Unsourced only
          </label>
        </div>
        <ol className="claim-list" ref={list}>
          {shown.map(({ claim: c, number }) => (
            <ClaimRow key={c.id} claim={c} number={number} chosen={selected === c.id} editor={editor} articleId={a.id} onChoose={choose} />
          ))}
        </ol>
      </aside>
    </div>
  );
}

/**
 * One claim of the list. Memoised, with a choose callback that never changes: choosing a claim of a
 * 600-claim article rendered every row again (half a second for an editor, with each row's actions);
 * now only the two rows whose choice changed.
 */
const ClaimRow = memo(function ClaimRow({ claim: c, number, chosen, editor, articleId, onChoose }: {
  claim: Schemas['ClaimResponse'];
  number: number;
  chosen: boolean;
  editor: boolean;
  articleId: string;
  onChoose(id: string): void;
}) {
  return (
    <li data-claim-id={c.id} className={chosen ? 'chosen' : undefined}>
      {/* Its own box, not the list's marker: the marker of claim 248 was cut to "8." by the scrolling list's edge. */}
      <span className="claim-number">{number}.</span>
      <div>
        <button type="button" className="link-button claim-link" dir={textDirection(c.text)} aria-pressed={chosen} onClick={() => onChoose(c.id)}>
          {c.text}
        </button>
        <span className="muted"> {statusLabel(c)} · {chainText(c)}</span>
        {editor && <EditorActions claimId={c.id} status={c.status} articleId={articleId} />}
      </div>
    </li>
  );
});

/** Original ← relay, as reviewers left it: their correction where there is one, else the engine's. */
function chainText(c: Schemas['ClaimResponse']): string {
  const sources = c.correction?.sources ?? c.sources;
  const names = [...sources.filter((s) => s.role === 'original'), ...sources.filter((s) => s.role !== 'original')].map((s) => s.name);
  const text = names.join(' ← ') || ((c.correction?.anonymous ?? c.anonymous) ? 'anonymous sources' : 'no source');
  return c.correction ? `${text} (corrected)` : text;
}

/**
 * The article's report (every claim with its sources, verdicts, evidence and notes) for a reader or an
 * archive: the service has served it all along, but no screen led to it. It is of the current revision.
 */
function ReportLinks({ articleId, status, shownRevision, latest }: { articleId: string; status: string; shownRevision: number; latest: number }) {
  if (status !== 'analyzed' && status !== 'completed') return null;
  const report = `/v1/articles/${encodeURIComponent(articleId)}/report`;
  return (
    <p className="report-links">
      Report{shownRevision !== latest ? ` (of revision ${latest}, the current one)` : ''}:{' '}
      <a href={`${report}?format=html`} target="_blank" rel="noopener">Open the report</a>{' · '}
      <a href={`${report}?format=md`} download={`report-${articleId}.md`}>Download as Markdown</a>
    </p>
  );
}

/**
 * Whether the address without `?revision=` shows the latest revision: only once it is analysed.
 * While it is analysed or after it failed, the article shows the last analysed one, so choosing
 * the latest has to be said in the address.
 */
function latestIsShown(a: { status: string }): boolean {
  return a.status === 'analyzed' || a.status === 'completed';
}

/** `?revision=` as a revision number; anything else (empty, "abc", 0) is the current revision. */
function revisionOf(value: string | null): number | undefined {
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** A shared or mistyped address (an unknown or malformed id) says so, with the way back, instead of a bare API line. */
function ArticleMissing({ error, revision, onRetry }: { error: Error; revision?: number; onRetry(): void }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  // The article is there but not that revision (a link from before a rollback, a mistyped number): offer the current one.
  if (missing && revision) {
    return (
      <section aria-labelledby="article-missing-title">
        <h1 id="article-missing-title">Revision not found</h1>
        <p role="alert" className="error">{error.message}.</p>
        <Link to={{ search: '' }}>Show the current revision</Link> <Link to="/articles">Back to the articles</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="article-missing-title">
      <h1 id="article-missing-title">{missing ? 'Article not found' : 'Could not load the article'}</h1>
      <p role="alert" className="error">{missing ? 'No article has this address: the link may be mistyped, or the article was deleted.' : error.message}</p>
      {/* A failure of the service or the connection may pass: asking again keeps the address (the claim, the revision). */}
      {!missing && <button type="button" onClick={onRetry}>Try again</button>} <Link to="/articles">Back to the articles</Link>
    </section>
  );
}

/**
 * A submitted article is analysed in the background: while it waits and runs
 * the page says so (the page polls every second), and when it is done it says
 * how many claims were found, so the screen never looks frozen or empty.
 */
function AnalysisProgress({ status, claimCount }: { status: string; claimCount: number }) {
  const pending = status === 'received' || status === 'analyzing';
  const watched = useRef(false);
  if (pending) watched.current = true;
  const text = pending
    ? status === 'received' ? 'Waiting for the analysis to start…' : 'Analysing the article…'
    : watched.current && status !== 'failed' ? `Analysis finished: ${counted(claimCount, 'claim')} found.` : '';
  return (
    <div role="status" className="analysis-progress">
      {pending && <progress aria-label="Analysis in progress" />} {text}
    </div>
  );
}
