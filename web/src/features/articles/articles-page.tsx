import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { usePageTitle } from '../page-title';
import { Pager } from '../pager';
import { LoadError } from '../load-error';
import { textDirection } from '../text-direction';
import { BusyButton } from '../busy-button';
import { useOneAtATime } from '../one-at-a-time';
import { useKeptState } from '../kept-state';
import { useWarnBeforeUnload } from '../warn-before-unload';
import { hasVisibleText } from '../visible-text';

const PAGE_SIZE = 50;
const STATUSES = ['received', 'analyzing', 'analyzed', 'failed', 'completed'] as const;
type Status = (typeof STATUSES)[number];

/** The list's page and status filter live in the address, so the back button and a bookmark keep them. */
function useArticleListParams(): [{ offset: number; status?: Status }, (next: { offset?: number; status?: Status }) => void] {
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const raw = params.get('status');
  const status = STATUSES.find((s) => s === raw);
  const set = (next: { offset?: number; status?: Status }) => {
    const entries: Array<[string, string]> = [];
    if (next.status) entries.push(['status', next.status]);
    if (next.offset) entries.push(['offset', String(next.offset)]);
    setParams(entries);
  };
  return [{ offset, status }, set];
}

/** Unique enough per person and submission (the service scopes keys to their submitter); no secure context needed. */
function newIdempotencyKey(): string {
  return `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function ArticlesPage() {
  const [{ offset, status }, setList] = useArticleListParams();
  usePageTitle('Articles');
  const articles = useQuery({
    queryKey: ['articles', offset, status],
    queryFn: async () => unwrap(await api.GET('/v1/articles', { params: { query: { limit: PAGE_SIZE, offset, status } } })),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
  const total = articles.data?.total ?? 0;
  const shown = articles.data?.items.length ?? 0;
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      <SubmitArticle />
      <div className="filters" role="search" aria-label="Filter the articles">
        <label>
          Status
          <select value={status ?? ''} onChange={(e) => setList({ status: STATUSES.find((s) => s === e.target.value) })}>
            <option value="">Any status</option>
            {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
      </div>
      {articles.isError && <LoadError what="the articles" error={articles.error} onRetry={() => void articles.refetch()} retrying={articles.isFetching} />}
      {/* No header row over nothing: the pager below says "None." (a filter that matches no article). */}
      {shown > 0 && <table className="queues">
        <caption className="visually-hidden">Submitted articles</caption>
        <thead>
          <tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Claims</th><th scope="col">Unsourced</th><th scope="col">Submitted</th></tr>
        </thead>
        <tbody>
          {(articles.data?.items ?? []).map((a) => (
            <tr key={a.id}>
              <td><Link to={`/articles/${a.id}`} dir={textDirection(a.title)}>{a.title ?? 'Untitled'}</Link></td>
              <td>{a.status}</td>
              <td>{a.claimCount}</td>
              <td>{a.unsourcedClaimCount}</td>
              <td>{new Date(a.createdAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>}
      {articles.isSuccess && (
        <Pager label="Pages of articles" offset={offset} shown={shown} total={total} pageSize={PAGE_SIZE} order="newest first"
          labels={['Newer', 'Older']} onOffset={(next) => setList({ status, offset: next })} />
      )}
    </section>
  );
}

/** Paste text or HTML (a saved page works too); the analysis runs in the background. */
function SubmitArticle() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useKeptState('submit-article-title', '');
  const [body, setBody] = useKeptState('submit-article-body', '');
  const [open, setOpen] = useKeptState('submit-article-open', false);
  useWarnBeforeUnload(body.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useOneAtATime();
  // The Idempotency-Key of the last attempt and what it sent: the answer to a submission can be lost
  // (a dropped connection) after the service stored the article, and Submit pressed again made a second
  // copy. Sent again unchanged, it is the same request, and the service answers with the first article.
  const [attempt, setAttempt] = useKeptState<{ key: string; sent: string } | null>('submit-article-attempt', null);

  // A blank box is said here, beside it, before anything is sent: the service said "text must not be empty
  // or whitespace only", in the words of its API.
  const [blank, setBlank] = useState(false);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const editBody = (next: string) => {
    setBody(next);
    setBlank(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasVisibleText(body)) {
      setError(null);
      setBlank(true);
      bodyField.current?.focus();
      return;
    }
    return run(async () => {
      setError(null);
      const html = /^\s*</.test(body);
      const content = { ...(html ? { html: body } : { text: body }), ...(title.trim() ? { title: title.trim() } : {}) };
      const sent = JSON.stringify(content);
      const key = attempt?.sent === sent ? attempt.key : newIdempotencyKey();
      setAttempt({ key, sent });
      try {
        const created = unwrap(await api.POST('/v1/articles', { body: content, params: { header: { 'Idempotency-Key': key } } }));
        void queryClient.invalidateQueries({ queryKey: ['articles'] });
        setAttempt(null);
        setTitle('');
        setBody('');
        setOpen(false);
        void navigate(`/articles/${created.id}`);
      } catch (e) {
        setError((e as Error).message);
      }
    });
  };

  return (
    <details className="submit-article" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Submit an article</summary>
      <form onSubmit={(e) => void submit(e)} aria-label="Submit an article">
        <label>
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Article text or HTML
          <textarea ref={bodyField} rows={8} required value={body} onChange={(e) => editBody(e.target.value)}
            aria-invalid={blank || undefined} aria-describedby={blank ? 'article-body-blank' : undefined} />
        </label>
        {blank && <p role="alert" className="error" id="article-body-blank">Paste the article’s text or HTML: there is nothing but blank space in the box.</p>}
        {error && <p role="alert" className="error">{error}</p>}
        <BusyButton type="submit" className="primary" busy={busy}>{busy ? 'Submitting…' : 'Submit'}</BusyButton>
      </form>
    </details>
  );
}
