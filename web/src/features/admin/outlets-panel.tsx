import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { LoadError } from '../load-error';
import { OUTLET_TYPES, list } from './outlet-types';
import { Pager } from '../pager';
import { ProposalsPanel } from './proposals-panel';

const PAGE_SIZE = 50;

type Outlet = Schemas['OutletResponse'];
type OutletType = Outlet['type'];

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
  return (
    <div>
      <ProposalsPanel />
      <h2>Outlet registry</h2>
      <label className="search">
        Search outlets
        <input type="search" value={q} onChange={(e) => { setQ(e.target.value); setOffset(0); }} placeholder="Name, alias or abbreviation" />
      </label>
      {outlets.isError && <LoadError what="the outlets" error={outlets.error} onRetry={() => void outlets.refetch()} retrying={outlets.isFetching} />}
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
      {outlets.data && (
        <Pager label="Pages of outlets" offset={offset} shown={outlets.data.items.length} total={outlets.data.total} pageSize={PAGE_SIZE}
          onOffset={setOffset} />
      )}
    </div>
  );
}


function OutletEditor({ outlet, onDone }: { outlet: Outlet; onDone(): void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(outlet.name);
  const [aliases, setAliases] = useState(outlet.aliases.join(', '));
  const [domains, setDomains] = useState(outlet.domains.join(', '));
  const [type, setType] = useState<OutletType>(outlet.type);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      unwrap(await api.PATCH('/v1/outlets/{id}', { params: { path: { id: outlet.id } }, body: { name, aliases: list(aliases), domains: list(domains), type } }));
      await queryClient.invalidateQueries({ queryKey: ['outlets'] });
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} className="outlet-editor" aria-label={`Edit ${outlet.name}`}>
      <label>Name<input required value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label>Aliases (comma-separated)<input value={aliases} onChange={(e) => setAliases(e.target.value)} /></label>
      <label>Domains (comma-separated)<input value={domains} onChange={(e) => setDomains(e.target.value)} /></label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as OutletType)}>
          {[...new Set([outlet.type, ...OUTLET_TYPES])].map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary">Save</button> <button type="button" onClick={onDone}>Cancel</button>
    </form>
  );
}
