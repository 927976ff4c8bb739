import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { STAGE_LABELS, formatAge, isStage, mayWork } from '../stages';
import { InboxFilters, startSearch, useInboxFilters, type InboxFilter } from './inbox-filters';
import { useInboxLive, type LiveState } from './use-inbox-live';
import { usePageTitle } from '../page-title';
import { LoadError } from '../load-error';
import { textDirection } from '../text-direction';

type InboxClaim = Schemas['InboxClaimResponse'];

export function useQueues(filter: InboxFilter = {}) {
  return useQuery({
    queryKey: ['queues', filter],
    queryFn: async () => unwrap(await api.GET('/v1/queues', { params: { query: { ...filter, limit: 50 } } })),
    placeholderData: (previous) => previous,
    // Live updates come over the event stream; this only catches what sends no
    // event (a lease that lapses on its own).
    refetchInterval: 60_000,
  });
}

export function InboxPage() {
  const { user } = useSession();
  const [filter, setFilter] = useInboxFilters();
  const queues = useQueues(filter);
  const live = useInboxLive();
  usePageTitle('Inbox');
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">Inbox</h1>
      <LiveBadge state={live} />
      {queues.isError && <LoadError what="the inbox" error={queues.error} onRetry={() => void queues.refetch()} retrying={queues.isFetching} />}
      <table className="queues stages">
        <caption className="visually-hidden">Claims per review stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Waiting</th>
            <th scope="col">Leased</th>
            <th scope="col">Yours</th>
            <th scope="col">Oldest</th>
            <th scope="col"><span className="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {(queues.data?.stages ?? []).filter((q) => isStage(q.stage)).map((q) => {
            const stage = q.stage;
            return (
              <tr key={stage} data-stage={stage}>
                <th scope="row">{STAGE_LABELS[stage]}</th>
                <td data-testid={`waiting-${stage}`}>{q.waiting}</td>
                <td data-testid={`leased-${stage}`}>{q.leased}</td>
                <td data-testid={`held-${stage}`}>{q.held}</td>
                <td>{formatAge(q.oldestAgeSeconds)}</td>
                <td>
                  {mayWork(user.role, stage) ? (
                    <Link className="button" to={`/review/${stage}${startSearch(filter)}`} aria-label={`Start ${STAGE_LABELS[stage]}`}>Start</Link>
                  ) : (
                    <span className="muted">editors</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <InboxFilters filter={filter} onChange={setFilter} />
      <ClaimList claims={queues.data?.claims} loading={queues.isFetching} loaded={!!queues.data} />
    </section>
  );
}

function LiveBadge({ state }: { state: LiveState }) {
  const text = state === 'live' ? 'Live: counts update as others work' : state === 'connecting' ? 'Connecting to live updates…' : 'Live updates paused; counts refresh every minute';
  return <p className={`live-badge live-${state}`} data-testid="live-status" data-state={state}>{text}</p>;
}

/** `claims` undefined: not loaded (yet, or the inbox failed), which is not "No claim matches". */
function ClaimList({ claims = [], loading, loaded }: { claims?: InboxClaim[]; loading: boolean; loaded: boolean }) {
  return (
    <section aria-labelledby="inbox-claims-title">
      <h2 id="inbox-claims-title">Claims</h2>
      <p className="muted" role="status">{!loaded ? '' : claims.length === 0 ? 'No claim matches.' : `${claims.length} shown, yours first, then in the order they are handed out.`}</p>
      {/* Busy on the list alone: around the status, every refresh (each live event) had screen readers read it again. */}
      <ul className="inbox-claims" aria-busy={loading}>
        {claims.map((c) => (
          <li key={c.id} data-claim-id={c.id}>
            <span className={`stage-tag stage-${c.stage}`}>{isStage(c.stage) ? STAGE_LABELS[c.stage] : c.stage}</span>{' '}
            {c.mine ? <strong>Yours{c.leaseExpiresAt ? ` until ${new Date(c.leaseExpiresAt).toLocaleTimeString()}` : ''}</strong> : c.leased ? <span className="muted">Leased</span> : <span>Waiting</span>}
            {c.unsourced && <> · <span>No source</span></>}
            <p className="inbox-claim-text" dir={textDirection(c.text)}>{c.text}</p>
            <Link to={`/articles/${c.articleId}`} className="muted" dir={textDirection(c.articleTitle)}>{c.articleTitle ?? 'Untitled article'}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
