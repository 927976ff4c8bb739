import type { ChangeEvent } from 'react';
import type { Schemas } from '../../api/client';
import { OUTLET_TYPES, list } from './outlet-types';

type Outlet = Schemas['OutletResponse'];
type OutletType = Outlet['type'];

/** An outlet as its form holds it: the lists as comma-separated text. */
export interface OutletDraft {
  name: string;
  type: OutletType;
  aliases: string;
  abbreviations: string;
  domains: string;
  country: string;
}

export const draftOf = (outlet: Outlet): OutletDraft => ({
  name: outlet.name,
  type: outlet.type,
  aliases: outlet.aliases.join(', '),
  abbreviations: outlet.abbreviations.join(', '),
  domains: outlet.domains.join(', '),
  country: outlet.country ?? '',
});

export const slugOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const emptyDraft = (name = ''): OutletDraft => ({ name, type: 'online-outlet', aliases: '', abbreviations: '', domains: '', country: '' });

/**
 * The fields the registry API takes, from a draft. An empty country is null,
 * which clears it on an edit; left out, the outlet kept the country it had.
 */
export function outletBody(draft: OutletDraft) {
  const country = draft.country.trim().toUpperCase();
  return {
    name: draft.name,
    type: draft.type,
    aliases: list(draft.aliases),
    abbreviations: list(draft.abbreviations),
    domains: list(draft.domains),
    country: country || null,
  };
}

/**
 * Every field of a registry entry the engine matches on: without
 * abbreviations ("WSJ", matched case-sensitively) and the country, an admin
 * could see them in the list but neither set nor correct them.
 */
export function OutletFields({ draft, onChange, currentType }: { draft: OutletDraft; onChange(draft: OutletDraft): void; currentType?: OutletType }) {
  const set = (field: keyof OutletDraft) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...draft, [field]: event.target.value });
  return (
    <>
      <label>Name<input required value={draft.name} onChange={set('name')} /></label>
      <label>
        Type
        <select value={draft.type} onChange={set('type')}>
          {[...new Set([...(currentType ? [currentType] : []), ...OUTLET_TYPES])].map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label>Aliases (comma-separated)<input value={draft.aliases} onChange={set('aliases')} /></label>
      <label>Abbreviations (comma-separated, exact case)<input value={draft.abbreviations} onChange={set('abbreviations')} /></label>
      <label>Domains (comma-separated)<input value={draft.domains} onChange={set('domains')} /></label>
      <label>
        Country (two letters, or INT)
        <input value={draft.country} onChange={set('country')} maxLength={3} pattern="[A-Za-z]{2}|INT|int" title="An ISO 3166-1 alpha-2 code such as US (GB for the United Kingdom), XK for Kosovo, or INT for international bodies" />
      </label>
    </>
  );
}
