import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ClaimContext, ClaimSource } from './types';

/** Relay → original, as chips; each opens a card with the outlet and its track record. */
export function SourceChain({ sources, context, anonymous }: { sources: ClaimSource[]; context: ClaimContext; anonymous: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  const ordered = [...sources.filter((s) => s.role === 'relay'), ...sources.filter((s) => s.role !== 'relay')];
  if (ordered.length === 0) {
    return <p className="chain-empty">{anonymous ? 'Anonymous sourcing (no outlet named)' : 'No source cited'}</p>;
  }
  return (
    <div>
      <ol className="chain" aria-label="Source chain, relay to original">
        {ordered.map((source, i) => (
          <li key={source.id}>
            {i > 0 && <span aria-hidden="true" className="arrow">→</span>}
            <button
              type="button"
              className={`chip role-${source.role}${source.registered ? '' : ' unregistered'}`}
              aria-expanded={open === source.id}
              aria-controls={`outlet-card-${source.id}`}
              onClick={() => setOpen(open === source.id ? null : source.id)}
            >
              {source.name}
              <span className="chip-role">{source.role}{source.registered ? '' : ', not registered'}</span>
            </button>
          </li>
        ))}
      </ol>
      {ordered.filter((s) => s.id === open).map((s) => (
        <OutletCard key={s.id} source={s} record={context.outlets.find((o) => o.outletId === s.outletId)} />
      ))}
    </div>
  );
}

function OutletCard({ source, record }: { source: ClaimSource; record?: ClaimContext['outlets'][number] }) {
  const outlet = useQuery({
    queryKey: ['outlet', source.outletId],
    enabled: !!source.outletId,
    queryFn: async () => unwrap(await api.GET('/v1/outlets/{id}', { params: { path: { id: source.outletId! } } })),
    staleTime: 60_000,
  });
  const role = source.role === 'relay' ? record?.asRelay : record?.asOriginal;
  const verdicts = role?.attributionVerdicts ?? {};
  return (
    <section id={`outlet-card-${source.id}`} className="outlet-card" aria-label={`Outlet ${source.name}`}>
      <h4>{source.name}</h4>
      {source.person && <p>Speaking: {source.person}</p>}
      {outlet.data ? (
        <dl>
          <dt>Type</dt><dd>{outlet.data.type}</dd>
          <dt>Country</dt><dd>{outlet.data.country ?? '—'}</dd>
          <dt>Domains</dt><dd>{outlet.data.domains.join(', ') || '—'}</dd>
        </dl>
      ) : (
        <p className="muted">{source.registered ? 'Loading…' : `Not in the registry (${source.type})`}</p>
      )}
      <p className="record" aria-label="Track record">
        As {source.role}: {role?.claims ?? 0} published claims, {verdicts['confirmed'] ?? 0} confirmed, {verdicts['misattributed'] ?? 0} misattributed,{' '}
        {verdicts['distorted'] ?? 0} distorted
      </p>
    </section>
  );
}
