import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { BusyButton } from '../busy-button';
import { useOneAtATime } from '../one-at-a-time';
import { ConfirmButton } from '../confirm-button';
import { LoadError } from '../load-error';
import { Pager } from '../pager';
import { OneTimeSecret } from './one-time-secret';
import { useListAction } from './use-list-action';

type ApiKey = Schemas['ApiKeyView'];
type Scope = ApiKey['scopes'][number];

// Checked against the generated enum: a scope the API does not offer fails to compile.
const SCOPES = ['articles:write', 'articles:read', 'outlets:read', 'webhooks:manage'] as const satisfies readonly Scope[];
// What the service gives a key created without scopes; webhooks:manage only when asked for.
const DEFAULT_SCOPES: Scope[] = ['articles:write', 'articles:read', 'outlets:read'];
// The service refuses it on a key limited to its own articles (endpoints receive every article's events).
const ACROSS_ARTICLES: Scope = 'webhooks:manage';

// A page of keys, oldest first (the service's order): past 200 the list used to stop, without saying so.
const KEYS_PAGE = 100;

/** API keys for newsroom systems: what each may do; a new key is shown once, here, and never again. */
export function ApiKeysPanel() {
  const [offset, setOffset] = useState(0);
  const keys = useQuery({
    queryKey: ['api-keys', offset],
    queryFn: async () => unwrap(await api.GET('/v1/api-keys', { params: { query: { limit: KEYS_PAGE, offset } } })),
    placeholderData: (previous) => previous,
  });
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const items = keys.data?.items ?? [];

  return (
    <div>
      <h2>API keys</h2>
      <CreateKey onCreated={setCreated} />
      {created && (
        <OneTimeSecret label="New API key" secret={created.key} onDone={() => setCreated(null)}>
          {`Key for ${created.name}, shown once: copy it now.`}
        </OneTimeSecret>
      )}
      {keys.isError && <LoadError what="the API keys" error={keys.error} onRetry={() => void keys.refetch()} retrying={keys.isFetching} />}
      {keys.isSuccess && items.length === 0 && <p className="muted">No API keys yet: create one for each newsroom system that submits or reads articles.</p>}
      {keys.data && keys.data.total > 0 && (
        <Pager label="Pages of API keys" offset={offset} shown={items.length} total={keys.data.total} pageSize={KEYS_PAGE}
          order="oldest first" onOffset={setOffset} />
      )}
      {items.length > 0 && (
        <table className="queues">
          <caption className="visually-hidden">API keys</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Prefix</th><th scope="col">May</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {items.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td><code>{k.prefix}…</code></td>
                <td>{k.scopes.join(', ')}{k.ownArticlesOnly && <div className="muted">its own articles only</div>}</td>
                <td>{k.revokedAt ? `revoked ${new Date(k.revokedAt).toLocaleString()}` : 'active'}</td>
                <td>{!k.revokedAt && <KeyActions apiKey={k} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * Roll a key (a new secret, shown once, for the same key: its articles stay its own) or revoke it,
 * each on a second press: either way the system using the key stops working at once.
 */
function KeyActions({ apiKey }: { apiKey: ApiKey }) {
  const [secret, setSecret] = useState<string | null>(null);
  const { act, error } = useListAction(['api-keys']);
  const path = { params: { path: { id: apiKey.id } } };
  const roll = async () => {
    setSecret(null);
    setSecret(unwrap(await api.POST('/v1/api-keys/{id}/roll', path)).key);
  };
  const revoke = async () => unwrap(await api.POST('/v1/api-keys/{id}/revoke', path));
  return (
    <>
      <ConfirmButton name={`Roll ${apiKey.name}`} confirm="Roll: the old secret stops now" confirmName={`Roll ${apiKey.name}: its old secret stops working now`}
        onConfirm={() => void act(roll)}>
        Roll
      </ConfirmButton>
      <ConfirmButton name={`Revoke ${apiKey.name}`} confirm="Revoke for good" confirmName={`Revoke ${apiKey.name} for good`} onConfirm={() => void act(revoke)}>
        Revoke
      </ConfirmButton>
      {secret && (
        <OneTimeSecret label={`New secret of ${apiKey.name}`} secret={secret} onDone={() => setSecret(null)}>
          {`New secret of ${apiKey.name}, shown once: copy it now and give it to the system using the key (its articles stay its own).`}
        </OneTimeSecret>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </>
  );
}

function CreateKey({ onCreated }: { onCreated(created: { name: string; key: string }): void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(DEFAULT_SCOPES);
  const [ownArticlesOnly, setOwnArticlesOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per press: a second Enter while the first was at work made a second key, and only that one
  // was shown; the first, never seen, stayed active.
  const { busy, run } = useOneAtATime();
  const conflict = ownArticlesOnly && scopes.includes(ACROSS_ARTICLES);

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      setError(null);
      try {
        const key = unwrap(await api.POST('/v1/api-keys', { body: { name, scopes, ownArticlesOnly } }));
        onCreated({ name: key.name, key: key.key });
        setName('');
        setScopes(DEFAULT_SCOPES);
        setOwnArticlesOnly(false);
        await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
      } catch (e) {
        setError((e as Error).message);
      }
    });
  };
  const toggle = (scope: Scope, on: boolean) => setScopes(on ? [...scopes, scope] : scopes.filter((s) => s !== scope));
  return (
    <form onSubmit={(e) => void create(e)} aria-label="Create an API key" className="webhook-form">
      <label>Name<input required value={name} onChange={(e) => setName(e.target.value)} placeholder="newsroom-cms" /></label>
      <fieldset>
        <legend>It may</legend>
        <div className="choices">
          {SCOPES.map((s) => (
            <label key={s} className="inline"><input type="checkbox" checked={scopes.includes(s)} onChange={(e) => toggle(s, e.target.checked)} />{s}</label>
          ))}
        </div>
        <label className="inline">
          <input type="checkbox" checked={ownArticlesOnly} onChange={(e) => setOwnArticlesOnly(e.target.checked)} />
          Reads see only the articles this key submitted
        </label>
      </fieldset>
      {scopes.length === 0 && <p className="error">Choose at least one thing the key may do.</p>}
      {conflict && <p className="error">A key limited to its own articles cannot manage webhooks: endpoints receive every article’s events.</p>}
      <BusyButton type="submit" className="primary" busy={busy} disabled={scopes.length === 0 || conflict}>{busy ? 'Creating…' : 'Create key'}</BusyButton>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
