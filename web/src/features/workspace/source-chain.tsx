import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { correctedChain, engineChain, relayToOriginal, type ChainSource, type Correction } from './chain';
import { ChainEditor } from './chain-editor';
import { useFocusReturn } from '../focus-return';
import { counted } from '../counted';
import type { ClaimContext, LeasedClaim } from './types';

interface Props {
  claim: LeasedClaim;
  context: ClaimContext;
  /** At source_check, while the lease is held and the grade not yet sent. */
  editable: boolean;
  correction: Correction | null;
  onCorrected(correction: Correction): void;
  /** Whether the chain editor is open: a correction not yet saved, which a grade sent now would leave out. */
  onEditing(open: boolean): void;
}

/**
 * Relay → original, as chips; each opens a card with the outlet and its
 * track record. A reviewer's correction replaces the engine's chain on
 * screen, with the engine's version kept below it; at source_check the
 * chain can be edited.
 */
export function SourceChain({ claim, context, editable, correction, onCorrected, onEditing }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    onEditing(editing);
    return () => onEditing(false);
  }, [editing, onEditing]);
  const engine = engineChain(claim.sources);
  const chain = relayToOriginal(correction ? correctedChain(correction) : engine);
  const anonymous = correction ? correction.anonymous : claim.anonymous;
  // Leaving the editor (saved or cancelled) gives the keyboard back to "Correct sources", not to the page's start.
  const { target: editButton, returnFocus } = useFocusReturn<HTMLButtonElement>();
  const closeEditor = () => {
    setEditing(false);
    returnFocus();
  };

  if (editing) {
    return (
      <ChainEditor
        claimId={claim.id}
        initial={chain}
        anonymous={anonymous}
        onSaved={(saved) => {
          onCorrected(saved);
          closeEditor();
        }}
        onCancel={closeEditor}
      />
    );
  }
  return (
    <div className="source-chain">
      {chain.length === 0 ? (
        <p className="chain-empty">{anonymous ? 'Anonymous sourcing (no outlet named)' : 'No source cited'}</p>
      ) : (
        <ol className="chain" aria-label="Source chain, relay to original">
          {chain.map((source, i) => (
            <li key={source.key}>
              {i > 0 && <span aria-hidden="true" className="arrow">→</span>}
              <button
                type="button"
                className={`chip role-${source.role}${source.registered ? '' : ' unregistered'}`}
                aria-expanded={open === source.key}
                aria-controls={`outlet-card-${source.key}`}
                onClick={() => setOpen(open === source.key ? null : source.key)}
              >
                {source.name}
                <span className="chip-role">{source.role}{source.registered ? '' : ', not registered'}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {chain.length > 0 && anonymous && <p className="muted">Also cites unnamed sources.</p>}
      {correction && (
        <p className="corrected" role="note" aria-label="Correction">
          <strong>Corrected by a reviewer.</strong> The engine found:{' '}
          {relayToOriginal(engine).map((s) => `${s.name} (${s.role})`).join(' → ') || (claim.anonymous ? 'anonymous sourcing' : 'no source')}
        </p>
      )}
      {chain.filter((s) => s.key === open).map((s) => (
        <OutletCard key={s.key} source={s} record={context.outlets.find((o) => o.outletId === s.outletId)} />
      ))}
      {chain.filter((s) => !s.registered && s.type !== 'person').map((s) => (
        <ProposeButton key={s.key} name={s.name} claimId={claim.id} />
      ))}
      {editable && (
        <button type="button" className="edit-chain" ref={editButton} onClick={() => setEditing(true)}>
          Correct sources
        </button>
      )}
    </div>
  );
}

/** One click puts the name in the registry's queue for an admin. */
function ProposeButton({ name, claimId }: { name: string; claimId: string }) {
  const propose = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/outlet-proposals', { body: { name, claimId } })),
  });
  if (propose.isSuccess) return <p role="status" className="ok">“{name}” is proposed for the registry.</p>;
  return (
    <p className="propose">
      <button type="button" className="link-button" disabled={propose.isPending} onClick={() => propose.mutate()}>
        Propose “{name}” for the registry
      </button>
      {propose.isError && <span role="alert" className="error"> {propose.error.message}</span>}
    </p>
  );
}

type Record = ClaimContext['outlets'][number];

function OutletCard({ source, record }: { source: ChainSource; record?: Record }) {
  const outlet = useQuery({
    queryKey: ['outlet', source.outletId],
    enabled: !!source.outletId,
    queryFn: async () => unwrap(await api.GET('/v1/outlets/{id}', { params: { path: { id: source.outletId! } } })),
    staleTime: 60_000,
  });
  // A corrected outlet is not in the prepared context: ask for its record.
  const fetched = useQuery({
    queryKey: ['outlet-record', source.outletId],
    enabled: !!source.outletId && !record,
    queryFn: async () => unwrap(await api.GET('/v1/outlets/{id}/record', { params: { path: { id: source.outletId! } } })),
    staleTime: 60_000,
  });
  const known = record ?? fetched.data;
  const role = source.role === 'relay' ? known?.asRelay : known?.asOriginal;
  const verdicts = role?.attributionVerdicts ?? {};
  return (
    <section id={`outlet-card-${source.key}`} className="outlet-card" aria-label={`Outlet ${source.name}`}>
      <h3>{source.name}</h3>
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
        As {source.role}: {counted(role?.claims ?? 0, 'published claim')}, {verdicts['confirmed'] ?? 0} confirmed, {verdicts['misattributed'] ?? 0} misattributed,{' '}
        {verdicts['distorted'] ?? 0} distorted
      </p>
    </section>
  );
}
