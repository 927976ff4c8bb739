import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { LoadError } from '../load-error';
import { BusyButton } from '../busy-button';

/** API keys for newsroom systems; a new key is shown once, here, and never again. */
export function ApiKeysPanel() {
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => unwrap(await api.GET('/v1/api-keys', { params: { query: { limit: 200 } } })) });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    // One key per press: a second Enter while the first was at work made a second key, and only that one
    // was shown; the first, never seen, stayed active.
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const key = unwrap(await api.POST('/v1/api-keys', { body: { name } }));
      setCreated({ name: key.name, key: key.key });
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
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
        <BusyButton type="submit" className="primary" busy={busy}>{busy ? 'Creating…' : 'Create key'}</BusyButton>
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
              <td>{!k.revokedAt && <RevokeKey name={k.name} onRevoke={() => revoke(k.id)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Revoking cuts the newsroom system that uses the key off at once, and cannot be undone: the first press
 * asks, the second revokes. The focus follows (to "Revoke … for good", and back to Revoke on "Keep it").
 */
function RevokeKey({ name, onRevoke }: { name: string; onRevoke(): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const answer = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!asked) return;
    (confirming ? answer : revokeButton).current?.focus();
    setAsked(false);
  }, [asked, confirming]);
  const confirm = (next: boolean) => {
    setConfirming(next);
    setAsked(true);
  };
  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onRevoke();
    } finally {
      setBusy(false);
    }
  };
  if (!confirming) {
    return <button type="button" className="link-button" ref={revokeButton} onClick={() => confirm(true)} aria-label={`Revoke ${name}`}>Revoke</button>;
  }
  return (
    <>
      <BusyButton type="button" className="link-button danger" ref={answer} busy={busy} onClick={() => void revoke()} aria-label={`Revoke ${name} for good`}>
        Revoke for good
      </BusyButton>{' '}
      <button type="button" className="link-button" onClick={() => confirm(false)}>Keep it</button>
    </>
  );
}
