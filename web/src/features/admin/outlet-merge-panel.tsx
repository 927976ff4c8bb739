import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';

type Outlet = Schemas['OutletResponse'];

/** Merge a duplicate outlet into the one to keep: names, domains and cited claims move over. */
export function OutletMergePanel() {
  const queryClient = useQueryClient();
  const [keep, setKeep] = useState<Outlet | null>(null);
  const [duplicate, setDuplicate] = useState<Outlet | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const same = keep !== null && keep.id === duplicate?.id;

  const merge = async (event: FormEvent) => {
    event.preventDefault();
    if (!keep || !duplicate) return;
    try {
      const merged = unwrap(await api.POST('/v1/outlets/{id}/merge', { params: { path: { id: keep.id } }, body: { duplicateId: duplicate.id } }));
      setResult({ ok: true, text: `Merged ${duplicate.name} into ${merged.outlet.name}: ${merged.claimSourcesMoved} cited claim source(s) moved.` });
      setKeep(merged.outlet);
      setDuplicate(null);
      await queryClient.invalidateQueries({ queryKey: ['outlets'] });
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <div>
      <h2>Merge duplicate outlets</h2>
      <p className="muted">The duplicate’s name, aliases, abbreviations and domains join the outlet you keep; claims citing it cite that outlet, and their track records follow. The duplicate is then deleted.</p>
      <form onSubmit={(e) => void merge(e)} aria-label="Merge outlets" className="merge-form">
        <OutletPicker label="Outlet to keep" chosen={keep} onChoose={setKeep} />
        <OutletPicker label="Duplicate to merge into it" chosen={duplicate} onChoose={setDuplicate} />
        {keep && duplicate && !same && (
          <p className="warning" data-testid="merge-preview">
            {duplicate.name} ({[...duplicate.aliases, ...duplicate.abbreviations, ...duplicate.domains].join(', ') || 'no aliases or domains'}) will be merged into {keep.name} and deleted.
          </p>
        )}
        {same && <p role="alert" className="error">Choose two different outlets.</p>}
        <button type="submit" className="primary" disabled={!keep || !duplicate || same}>Merge</button>
      </form>
      {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'}>{result.text}</p>}
    </div>
  );
}

/** Search the registry and choose one outlet from the matches (a list box: arrow keys, Enter). */
function OutletPicker({ label, chosen, onChoose }: { label: string; chosen: Outlet | null; onChoose(outlet: Outlet | null): void }) {
  const [q, setQ] = useState('');
  const matches = useQuery({
    queryKey: ['outlets', 'picker', q],
    queryFn: async () => unwrap(await api.GET('/v1/outlets', { params: { query: { q: q || undefined, limit: 20 } } })).items,
    enabled: q.length >= 2,
  });
  const options = matches.data ?? [];
  const id = label.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <fieldset className="outlet-picker">
      <legend>{label}</legend>
      <label>Search<input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name, alias or abbreviation" /></label>
      <label htmlFor={`${id}-choice`}>Matches</label>
      <select id={`${id}-choice`} size={Math.min(6, Math.max(2, options.length))} value={chosen?.id ?? ''}
        onChange={(e) => onChoose(options.find((o) => o.id === e.target.value) ?? null)}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.type}{o.domains.length ? `, ${o.domains[0]}` : ''})</option>)}
      </select>
      <p className="muted" aria-live="polite">{chosen ? `Chosen: ${chosen.name}` : 'Nothing chosen'}</p>
    </fieldset>
  );
}
