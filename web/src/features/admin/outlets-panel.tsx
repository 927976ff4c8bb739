import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { LoadError } from '../load-error';
import { OutletFields, draftOf, emptyDraft, outletBody, slugOf } from './outlet-fields';
import { Pager } from '../pager';
import { ProposalsPanel } from './proposals-panel';

const PAGE_SIZE = 50;

type Outlet = Schemas['OutletResponse'];

/** The outlet registry: search, and edit names, aliases, domains and types. */
export function OutletsPanel() {
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const outlets = useQuery({
    queryKey: ['outlets', q, offset],
    queryFn: async () => unwrap(await api.GET('/v1/outlets', { params: { query: { q: q || undefined, limit: PAGE_SIZE, offset } } })),
    placeholderData: (previous) => previous,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <div>
      <ProposalsPanel />
      <h2>Outlet registry</h2>
      {adding ? (
        <AddOutlet onDone={(name) => { setAdding(false); setAdded(name || null); }} />
      ) : (
        <button type="button" onClick={() => { setAdding(true); setAdded(null); }}>Add an outlet</button>
      )}
      {added && <p role="status" className="ok">{added} added to the registry</p>}
      <label className="search">
        Search outlets
        <input type="search" value={q} onChange={(e) => { setQ(e.target.value); setOffset(0); }} placeholder="Name, alias or abbreviation" />
      </label>
      {outlets.isError && <LoadError what="the outlets" error={outlets.error} onRetry={() => void outlets.refetch()} retrying={outlets.isFetching} />}
      {outlets.data?.total === 0 && <p className="muted">{q ? `No outlet’s name, alias or abbreviation matches “${q}”.` : 'The registry is empty.'}</p>}
      {/* No header row over nothing: the sentence above says why the list is empty. */}
      {(outlets.data?.items.length ?? 0) > 0 && (
        <table className="queues">
          <caption className="visually-hidden">Outlets</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Country</th><th scope="col">Aliases</th><th scope="col">Domains</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {(outlets.data?.items ?? []).map((o) =>
              editing === o.id ? (
                <tr key={o.id}><td colSpan={6}><OutletEditor outlet={o} onDone={() => setEditing(null)} /></td></tr>
              ) : (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{o.type}</td>
                  <td>{o.country ?? '—'}</td>
                  <td>{[...o.aliases, ...o.abbreviations].join(', ')}</td>
                  <td>{o.domains.join(', ')}</td>
                  <td><button type="button" className="link-button" onClick={() => setEditing(o.id)} aria-label={`Edit ${o.name}`}>Edit</button></td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {outlets.data && (
        <Pager label="Pages of outlets" offset={offset} shown={outlets.data.items.length} total={outlets.data.total} pageSize={PAGE_SIZE}
          onOffset={setOffset} />
      )}
    </div>
  );
}


function OutletEditor({ outlet, onDone }: { outlet: Outlet; onDone(): void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(draftOf(outlet));
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      unwrap(await api.PATCH('/v1/outlets/{id}', { params: { path: { id: outlet.id } }, body: outletBody(draft) }));
      await queryClient.invalidateQueries({ queryKey: ['outlets'] });
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} className="outlet-editor" aria-label={`Edit ${outlet.name}`}>
      <OutletFields draft={draft} onChange={setDraft} currentType={outlet.type} />
      {error && <p role="alert" className="error">{error}</p>}
      <div><button type="submit" className="primary">Save</button> <button type="button" onClick={onDone}>Cancel</button></div>
    </form>
  );
}

/** A new registry entry typed in by an admin, not only one the engine or a reviewer proposed. */
function AddOutlet({ onDone }: { onDone(name: string): void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyDraft());
  const [slug, setSlug] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = unwrap(await api.POST('/v1/outlets', { body: { ...outletBody(draft), slug: slug ?? slugOf(draft.name) } }));
      await queryClient.invalidateQueries({ queryKey: ['outlets'] });
      onDone(created.name);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} className="outlet-editor" aria-label="Add an outlet">
      <OutletFields draft={draft} onChange={setDraft} />
      <label>Slug<input required value={slug ?? slugOf(draft.name)} onChange={(e) => setSlug(e.target.value)} /></label>
      {error && <p role="alert" className="error">{error}</p>}
      <div><button type="submit" className="primary">Add to the registry</button> <button type="button" onClick={() => onDone('')}>Cancel</button></div>
    </form>
  );
}
