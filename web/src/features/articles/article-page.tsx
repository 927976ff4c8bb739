import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api, unwrap, WHOLE_ARTICLE } from '../../api/client';
import { useSession } from '../../auth/session';
import { ArticleText } from '../workspace/article-text';
import { EditorActions } from './editor-actions';

const STATUSES = ['source_check', 'verdict', 'approval', 'escalated', 'published', 'dismissed'];

export function ArticlePage() {
  const { id } = useParams();
  const editor = useSession().user.role !== 'reviewer';
  const [status, setStatus] = useState('');
  const [unsourced, setUnsourced] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const article = useQuery({
    queryKey: ['article', id],
    queryFn: async () => unwrap(await api.GET('/v1/articles/{id}', { params: { path: { id: id! }, query: { limit: WHOLE_ARTICLE } } })),
    refetchInterval: (q) => (q.state.data && ['received', 'analyzing'].includes(q.state.data.status) ? 1_000 : 10_000),
  });
  const claims = article.data?.claims ?? [];
  const spans = useMemo(() => claims.map((c) => ({ id: c.id, start: c.start, end: c.end, status: c.status })), [claims]);
  // The list follows the highlighted article: it renders after it, not in the same commit.
  const listed = useDeferredValue(claims, []);
  const shown = listed.filter((c) => (!status || c.status === status) && (!unsourced || c.unsourced));
  const noCues = useMemo(() => [], []);

  if (article.isPending) return <p className="loading">Loading…</p>;
  if (article.isError) return <p role="alert" className="error">{article.error.message}</p>;
  const a = article.data;
  return (
    <div className="workspace">
      <section className="article-pane" aria-labelledby="article-title" tabIndex={0}>
        <h1 id="article-title">{a.title ?? 'Untitled article'}</h1>
        <p className="muted">
          {a.status} · {a.claimCount} claims, {a.unsourcedClaimCount} unsourced ·{' '}
          {Object.entries(a.progress ?? {}).filter(([, n]) => n > 0).map(([s, n]) => `${s.replace('_', ' ')} ${n}`).join(', ')}
        </p>
        {a.text && <ArticleText text={a.text} claims={spans} currentId={selected} cues={noCues} />}
      </section>
      <aside className="claim-pane" aria-label="Claims">
        <h2>Claims</h2>
        <div className="filters" role="group" aria-label="Filter claims">
          <label>
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
        <ol className="claim-list">
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button claim-link" aria-pressed={selected === c.id} onClick={() => setSelected(c.id)}>
                {c.text}
              </button>
              <span className="muted"> {c.status.replace('_', ' ')} · {c.sources.map((s) => s.name).join(' ← ') || 'no source'}</span>
              {editor && <EditorActions claimId={c.id} status={c.status} articleId={a.id} />}
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
