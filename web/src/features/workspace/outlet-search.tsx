import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { api, unwrap } from '../../api/client';

export type Picked = { outletId: string; name: string; type: string } | { outletId: null; name: string; type: null };

/**
 * Type-ahead over the outlet registry (ARIA combobox with a listbox): arrows
 * move, Enter picks, Escape closes. The last option takes the typed text as
 * a name the registry lacks.
 */
export function OutletSearch({ label, onPick }: { label: string; onPick(picked: Picked): void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = q.trim();
  const found = useQuery({
    queryKey: ['outlet-search', typed],
    enabled: typed.length >= 2,
    queryFn: async () => unwrap(await api.GET('/v1/outlets', { params: { query: { q: typed, limit: 8 } } })),
    staleTime: 30_000,
  });
  const options: Picked[] = [
    ...(typed.length >= 2 ? (found.data?.items ?? []).map((o) => ({ outletId: o.id, name: o.name, type: o.type })) : []),
    ...(typed ? [{ outletId: null, name: typed, type: null } as const] : []),
  ];
  const pick = (option: Picked | undefined) => {
    if (!option) return;
    onPick(option);
    setQ('');
    setOpen(false);
    setActive(0);
  };
  // Enter pressed before the registry answered: the only option was the typed text, so a registry
  // outlet typed in full ("Associated Press") went in as a name the registry lacks. Enter now waits
  // for the matches and takes the first.
  const searching = typed.length >= 2 && found.isPending;
  const [pickWhenFound, setPickWhenFound] = useState(false);
  useEffect(() => {
    if (!pickWhenFound || searching) return;
    setPickWhenFound(false);
    pick(options[0]);
  });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (searching) setPickWhenFound(true);
      else pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && options.length > 0;
  return (
    <div className="outlet-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList ? `${id}-option-${active}` : undefined}
        value={q}
        placeholder="Outlet name, alias or abbreviation"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(0);
          setPickWhenFound(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: matches`} className="outlet-options" hidden={!showList}>
        {options.map((option, i) => (
          <li
            key={`${option.outletId ?? 'name'}-${option.name}`}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            {option.outletId ? (
              <>
                {option.name} <span className="muted">({option.type})</span>
              </>
            ) : (
              <>Use “{option.name}” (not in the registry)</>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
