import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';

/** The search's syntax (GET /v1/queues?q=), for the placeholder's short form to stand on. */
const SEARCH_SYNTAX = 'Every word must appear (English word forms match: "shell" finds "shells"); "a phrase" in quotes matches in that order; or between two terms matches either; -word leaves out claims with that word.';

/**
 * The longest search GET /v1/queues takes (src/review/dto/claim-filter.query.ts). The box takes no more: a
 * claim pasted whole was sent whole, refused, and the inbox showed only "Q must be at most 200 characters".
 */
export const MAX_SEARCH_LENGTH = 200;

export interface InboxFilter {
  articleId?: string;
  outletId?: string;
  unsourced?: boolean;
  q?: string;
  mine?: boolean;
}

export function filterOf(params: URLSearchParams): InboxFilter {
  return {
    articleId: params.get('article') ?? undefined,
    outletId: params.get('outlet') ?? undefined,
    unsourced: params.get('unsourced') === 'true' || undefined,
    // An address written by hand (or by an older version) is cut as the box cuts what is typed, by
    // characters as the service counts them (an emoji's two halves are never parted).
    q: params.has('q') ? Array.from(params.get('q')!).slice(0, MAX_SEARCH_LENGTH).join('') : undefined,
    mine: params.get('mine') === 'true' || undefined,
  };
}

/** The filters as the address's parameters, those set only. */
function addressOf(filter: InboxFilter): Array<[string, string]> {
  const entries: Array<[string, string | undefined]> = [
    ['article', filter.articleId],
    ['outlet', filter.outletId],
    ['unsourced', filter.unsourced ? 'true' : undefined],
    ['q', filter.q || undefined],
    ['mine', filter.mine ? 'true' : undefined],
  ];
  return entries.filter((e): e is [string, string] => e[1] !== undefined);
}

/**
 * The filters Start carries to a stage's screen, as its address's search: all
 * but "the claims I hold" (every claim taken is held). There, each claim taken
 * is one they keep, and "Back to the inbox" returns to the inbox so filtered.
 */
export function startSearch(filter: InboxFilter): string {
  const search = new URLSearchParams(addressOf({ ...filter, mine: undefined })).toString();
  return search ? `?${search}` : '';
}

/**
 * The filters live in the address, so a filtered inbox can be bookmarked and
 * shared. A change is a patch applied to the filters as they are at that
 * moment (not as the last render saw them), so two quick changes both stick,
 * and it shows at once: the router applies address changes in a transition,
 * and a checkbox bound to the address alone would spring back until then.
 */
export function useInboxFilters(): [InboxFilter, (patch: Partial<InboxFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const [shown, setShown] = useState(() => filterOf(params));
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = filterOf(new URLSearchParams(search));
    setShown(latest.current);
  }, [search]);
  const set = (patch: Partial<InboxFilter>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setShown(next);
    setParams(addressOf(next), { replace: true });
  };
  return [shown, set];
}

export function InboxFilters({ filter, onChange }: { filter: InboxFilter; onChange(patch: Partial<InboxFilter>): void }) {
  const articles = useArticleChoices(filter.articleId);
  const [search, setSearch] = useState(filter.q ?? '');
  // The box follows the address when something else changes it (the top bar's Inbox link, a bookmark):
  // it kept its words and, a moment later, put them back in the address. `sent` tells those changes
  // from the box's own, which must not overwrite what was typed since.
  const sent = useRef(filter.q ?? '');
  useEffect(() => {
    const q = filter.q ?? '';
    if (q === sent.current) return;
    sent.current = q;
    setSearch(q);
  }, [filter.q]);
  // Searching as one types, without a request per key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.q ?? '') === search) return;
      sent.current = search;
      onChange({ q: search || undefined });
    }, 250);
    return () => clearTimeout(timer);
  });
  return (
    <form className="filters inbox-filters" aria-label="Filter the inbox" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="search">
        Search claims
        <input
          type="search"
          value={search}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Words, &quot;a phrase&quot;, or, -word"
          title={SEARCH_SYNTAX}
          aria-describedby="search-syntax"
        />
        <span id="search-syntax" className="visually-hidden">{SEARCH_SYNTAX}</span>
      </label>
      <label>
        Article
        <select value={filter.articleId ?? ''} onChange={(e) => onChange({ articleId: e.target.value || undefined })}>
          <option value="">All articles</option>
          {articles.map((a) => <option key={a.id} value={a.id}>{a.title ?? `Untitled (${a.id.slice(0, 8)})`}</option>)}
        </select>
      </label>
      <OutletFilter outletId={filter.outletId} onChange={(outletId) => onChange({ outletId })} />
      <label className="inline">
        <input type="checkbox" checked={filter.unsourced ?? false} onChange={(e) => onChange({ unsourced: e.target.checked || undefined })} />
        Unsourced only
      </label>
      <label className="inline">
        <input type="checkbox" checked={filter.mine ?? false} onChange={(e) => onChange({ mine: e.target.checked || undefined })} />
        Claims I hold now
      </label>
    </form>
  );
}

const RECENT_ARTICLES = 100;

/**
 * The article filter's choices: the most recent articles, and the chosen one
 * when it is older (a bookmarked or shared inbox), which the select would
 * otherwise show as "All articles" while filtering by it.
 */
function useArticleChoices(chosenId: string | undefined): Array<{ id: string; title?: string | null }> {
  const recent = useQuery({
    queryKey: ['articles', 'for-filter'],
    queryFn: async () => unwrap(await api.GET('/v1/articles', { params: { query: { limit: RECENT_ARTICLES } } })).items,
  });
  const listed = (recent.data ?? []).some((a) => a.id === chosenId);
  const chosen = useQuery({
    queryKey: ['article', chosenId, 'for-filter'],
    queryFn: async () => unwrap(await api.GET('/v1/articles/{id}', { params: { path: { id: chosenId! }, query: { limit: 1 } } })),
    enabled: Boolean(chosenId) && recent.isSuccess && !listed,
  });
  const older = !listed && chosen.data ? [{ id: chosen.data.id, title: chosen.data.title }] : [];
  return [...older, ...(recent.data ?? [])];
}

/** Type an outlet's name; the registry's matches are offered, and choosing one filters by it. */
function OutletFilter({ outletId, onChange }: { outletId?: string; onChange(id: string | undefined): void }) {
  const [text, setText] = useState('');
  const matches = useQuery({
    queryKey: ['outlets', 'filter', text],
    queryFn: async () => unwrap(await api.GET('/v1/outlets', { params: { query: { q: text || undefined, limit: 20 } } })).items,
    enabled: text.length >= 2,
  });
  const chosen = useQuery({
    queryKey: ['outlet', outletId],
    queryFn: async () => unwrap(await api.GET('/v1/outlets/{id}', { params: { path: { id: outletId! } } })),
    enabled: Boolean(outletId),
  });
  const pick = (value: string) => {
    setText(value);
    const match = outletNamed(matches.data, value);
    if (match) onChange(match.id);
    else if (value === '') onChange(undefined);
  };
  // The registry's matches arrive after the words they answer: a name pasted, or typed whole faster than
  // they came, was never matched, and the field read "Reuters" over an inbox that was not filtered by it.
  const arrived = outletNamed(matches.data, text);
  useEffect(() => {
    if (arrived && arrived.id !== outletId) onChange(arrived.id);
    // Only when a match arrives: onChange is a new function at every render of the filters.
  }, [arrived?.id]);
  return (
    <div className="outlet-filter">
      <label>
        Outlet
        <input list="inbox-outlet-options" value={text} onChange={(e) => pick(e.target.value)} placeholder={chosen.data?.name ?? 'Any outlet'} />
      </label>
      <datalist id="inbox-outlet-options">
        {(matches.data ?? []).map((o) => <option key={o.id} value={o.name} />)}
      </datalist>
      {/* Which outlet filters the list, in sight: words typed over it that name no outlet left it filtering silently. */}
      {outletId && (
        <button type="button" className="link-button" onClick={() => { setText(''); onChange(undefined); }}>
          Clear outlet{chosen.data ? ` (${chosen.data.name})` : ''}
        </button>
      )}
      {matches.isSuccess && matches.data.length === 0 && (
        <p className="muted" role="status">
          No outlet in the registry matches “{text}”{chosen.data ? `: the claims shown are still those citing ${chosen.data.name}` : ''}.
        </p>
      )}
    </div>
  );
}

/** The outlet whose name is the words typed, in any case ("reuters" is Reuters). */
function outletNamed<T extends { name: string }>(outlets: T[] | undefined, words: string): T | undefined {
  const wanted = words.trim().toLowerCase();
  return wanted ? outlets?.find((o) => o.name.toLowerCase() === wanted) : undefined;
}
