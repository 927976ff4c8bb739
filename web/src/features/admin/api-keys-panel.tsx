import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { LoadError } from '../load-error';

/** API keys for newsroom systems; a new key is shown once, here, and never again. */
export function ApiKeysPanel() {
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => unwrap(await api.GET('/v1/api-keys', { params: { query: { limit: 200 } } })) });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const key = unwrap(await api.POST('/v1/api-keys', { body: { name } }));
      setCreated({ name: key.name, key: key.key });
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const revoke = async (id: string) => {
    try {
      unwrap(await api.POST('/v1/api-keys/{id}/revoke', { params: { path: { id } } }));
      await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div>
      <h2>API keys</h2>
      <form onSubmit={(e) => void create(e)} className="inline-form" aria-label="Create an API key">
        <label>Name<input required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <button type="submit" className="primary">Create key</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {created && (
        <div className="warning" role="status" aria-label="New API key">
          Key for {created.name}, shown once: copy it now. <code className="secret">{created.key}</code>
          <button type="button" className="link-button" onClick={() => setCreated(null)}>Done</button>
        </div>
      )}
      {keys.isError && <LoadError what="the API keys" error={keys.error} onRetry={() => void keys.refetch()} retrying={keys.isFetching} />}
      <table className="queues">
        <caption className="visually-hidden">API keys</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Prefix</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {(keys.data?.items ?? []).map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td><code>{k.prefix}…</code></td>
              <td>{k.revokedAt ? 'revoked' : 'active'}</td>
              <td>{!k.revokedAt && <button type="button" className="link-button" onClick={() => void revoke(k.id)} aria-label={`Revoke ${k.name}`}>Revoke</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
