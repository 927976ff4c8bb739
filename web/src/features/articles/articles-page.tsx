import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';

export function ArticlesPage() {
  const articles = useQuery({
    queryKey: ['articles'],
    queryFn: async () => unwrap(await api.GET('/v1/articles', { params: { query: { limit: 50 } } })),
    refetchInterval: 5_000,
  });
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      <SubmitArticle />
      {articles.isError && <p role="alert" className="error">{articles.error.message}</p>}
      <table className="queues">
        <caption className="visually-hidden">Submitted articles</caption>
        <thead>
          <tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Claims</th><th scope="col">Unsourced</th><th scope="col">Submitted</th></tr>
        </thead>
        <tbody>
          {(articles.data?.items ?? []).map((a) => (
            <tr key={a.id}>
              <td><Link to={`/articles/${a.id}`}>{a.title ?? 'Untitled'}</Link></td>
              <td>{a.status}</td>
              <td>{a.claimCount}</td>
              <td>{a.unsourcedClaimCount}</td>
              <td>{new Date(a.createdAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Paste text or HTML (a saved page works too); the analysis runs in the background. */
function SubmitArticle() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const html = /^\s*</.test(body);
    try {
      const created = unwrap(
        await api.POST('/v1/articles', {
          body: { ...(html ? { html: body } : { text: body }), ...(title.trim() ? { title: title.trim() } : {}) },
        }),
      );
      void queryClient.invalidateQueries({ queryKey: ['articles'] });
      void navigate(`/articles/${created.id}`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <details className="submit-article">
      <summary>Submit an article</summary>
      <form onSubmit={(e) => void submit(e)} aria-label="Submit an article">
        <label>
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Article text or HTML
          <textarea rows={8} required value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">Submit</button>
      </form>
    </details>
  );
}
