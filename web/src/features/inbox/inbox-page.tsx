import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { STAGE_LABELS, formatAge, isStage, mayWork } from '../stages';

export function useQueues() {
  return useQuery({
    queryKey: ['queues'],
    queryFn: async () => unwrap(await api.GET('/v1/queues')).stages,
    // Counts follow other people's work without a reload.
    refetchInterval: 2_000,
  });
}

export function InboxPage() {
  const { user } = useSession();
  const queues = useQueues();
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">Inbox</h1>
      {queues.isError && <p role="alert" className="error">Could not load the inbox: {queues.error.message}</p>}
      <table className="queues">
        <caption className="visually-hidden">Claims per review stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Waiting</th>
            <th scope="col">Leased</th>
            <th scope="col">Oldest</th>
            <th scope="col"><span className="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {(queues.data ?? []).filter((q) => isStage(q.stage)).map((q) => {
            const stage = q.stage;
            return (
              <tr key={stage} data-stage={stage}>
                <th scope="row">{STAGE_LABELS[stage]}</th>
                <td data-testid={`waiting-${stage}`}>{q.waiting}</td>
                <td data-testid={`leased-${stage}`}>{q.leased}</td>
                <td>{formatAge(q.oldestAgeSeconds)}</td>
                <td>
                  {mayWork(user.role, stage) ? (
                    <Link className="button" to={`/review/${stage}`} aria-label={`Start ${STAGE_LABELS[stage]}`}>Start</Link>
                  ) : (
                    <span className="muted">editors</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
