import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { correctionBody, selectedSpan, type ChainSource, type Correction, type Role } from './chain';
import { OutletSearch, type Picked } from './outlet-search';
import { BusyButton } from '../busy-button';

interface Props {
  claimId: string;
  initial: ChainSource[];
  anonymous: boolean;
  onSaved(correction: Correction): void;
  onCancel(): void;
}

let added = 0;
const sameSource = (a: Pick<ChainSource, 'outletId' | 'name'>, b: Pick<ChainSource, 'outletId' | 'name'>) =>
  a.outletId && b.outletId ? a.outletId === b.outletId : !a.outletId && !b.outletId && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

function fromPick(picked: Picked, role: Role, cue: ChainSource['cue'] = null): ChainSource {
  return {
    key: `added-${++added}`,
    name: picked.name,
    role,
    type: picked.type ?? 'unknown',
    registered: picked.outletId !== null,
    outletId: picked.outletId,
    cue,
  };
}

/**
 * Edits the chain at source_check: change a source to another outlet, swap
 * original and relay, add one (type-ahead, a typed name, or the text
 * selected in the article), remove one, mark the claim anonymous. Saving
 * sends the whole chain (PUT /v1/claims/:id/sources); the engine's stays.
 */
export function ChainEditor({ claimId, initial, anonymous: initialAnonymous, onSaved, onCancel }: Props) {
  const queryClient = useQueryClient();
  const [chain, setChain] = useState(initial);
  const [anonymous, setAnonymous] = useState(initialAnonymous);
  const [note, setNote] = useState('');
  const [newRole, setNewRole] = useState<Role>(initial.some((s) => s.role === 'original') ? 'relay' : 'original');
  const [changing, setChanging] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The keyboard comes along: opened from "Correct sources", which goes away, the focus fell to the page's start.
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // After a removal, the focus goes to the next source's Remove (or the last one's, or the heading); after a
  // change, to the new source's Change (the search it was typed in goes away); not to the page's start.
  const [removedAt, setRemovedAt] = useState<number | null>(null);
  useEffect(() => {
    if (removedAt === null) return;
    const removes = form.current?.querySelectorAll<HTMLButtonElement>('.chain-edit-list button[data-remove]') ?? [];
    (removes[Math.min(removedAt, removes.length - 1)] ?? heading.current)?.focus();
    setRemovedAt(null);
  }, [removedAt]);
  const [changedKey, setChangedKey] = useState<string | null>(null);
  useEffect(() => {
    if (changedKey === null) return;
    form.current?.querySelector<HTMLButtonElement>(`.chain-edit-list button[data-change="${changedKey}"]`)?.focus();
    setChangedKey(null);
  }, [changedKey]);
  const remove = (key: string) => {
    setRemovedAt(chain.findIndex((s) => s.key === key));
    setChain(chain.filter((s) => s.key !== key));
  };

  const add = (source: ChainSource) => {
    if (chain.some((s) => sameSource(s, source))) return setError(`${source.name} is already in the chain`);
    setError(null);
    setChain([...chain, source]);
  };
  const replace = (key: string, picked: Picked) => {
    const old = chain.find((s) => s.key === key);
    if (!old) return;
    if (chain.some((s) => s.key !== key && sameSource(s, picked))) return setError(`${picked.name} is already in the chain`);
    setError(null);
    const changed = fromPick(picked, old.role);
    setChain(chain.map((s) => (s.key === key ? changed : s)));
    setChanging(null);
    setChangedKey(changed.key);
  };
  const canSwap = chain.some((s) => s.role === 'relay') && chain.some((s) => s.role === 'original');
  const swap = () => setChain(chain.map((s) => ({ ...s, role: s.role === 'relay' ? 'original' : 'relay' })));
  const addSelection = () => {
    const span = selectedSpan();
    if (!span) return setError('Select the source’s name in the article first, or type it.');
    add(fromPick({ outletId: null, name: span.text, type: null }, newRole, { start: span.start, end: span.end }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { ...correctionBody(chain, anonymous), ...(note.trim() ? { note: note.trim() } : {}) };
      const saved = unwrap(await api.PUT('/v1/claims/{id}/sources', { params: { path: { id: claimId } }, body }));
      void queryClient.invalidateQueries({ queryKey: ['article-claims'] });
      onSaved(saved);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? `${e.message}. Your changes are kept here.` : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="chain-editor" aria-label="Correct sources" onSubmit={(e) => void save(e)} ref={form}>
      <h3 tabIndex={-1} ref={heading}>Correct sources</h3>
      {chain.length === 0 && <p className="muted">No source in the chain.</p>}
      <ol className="chain-edit-list" aria-label="Corrected chain">
        {chain.map((s) => (
          <li key={s.key}>
            <span className={`chip role-${s.role}${s.registered ? '' : ' unregistered'}`}>
              {s.name}
              {!s.registered && <span className="chip-role">not registered</span>}
            </span>
            <label className="inline">
              Role
              <select aria-label={`Role of ${s.name}`} value={s.role} onChange={(e) => setChain(chain.map((x) => (x.key === s.key ? { ...x, role: e.target.value as Role } : x)))}>
                <option value="original">original</option>
                <option value="relay">relay</option>
              </select>
            </label>
            <button type="button" aria-label={`Change ${s.name}`} data-change={s.key} onClick={() => setChanging(changing === s.key ? null : s.key)}>Change</button>
            <button type="button" aria-label={`Remove ${s.name}`} data-remove onClick={() => remove(s.key)}>Remove</button>
            {changing === s.key && <OutletSearch label={`Replace ${s.name} with`} onPick={(picked) => replace(s.key, picked)} />}
          </li>
        ))}
      </ol>
      <button type="button" onClick={swap} disabled={!canSwap}>Swap original and relay</button>
      <fieldset className="add-source">
        <legend>Add a source</legend>
        <label className="inline">
          As
          <select aria-label="Role of the new source" value={newRole} onChange={(e) => setNewRole(e.target.value as Role)}>
            <option value="original">original</option>
            <option value="relay">relay</option>
          </select>
        </label>
        <OutletSearch label="Find an outlet or type a name" onPick={(picked) => add(fromPick(picked, newRole))} />
        <button type="button" onClick={addSelection}>Add the text selected in the article</button>
      </fieldset>
      <label className="inline">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        Cites unnamed sources (anonymous)
      </label>
      <label>
        Why (optional)
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <BusyButton type="submit" className="primary" busy={busy}>Save correction</BusyButton> <button type="button" onClick={onCancel}>Cancel</button>
    </form>
  );
}
