import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

interface Grade {
  stage: string;
  round: number;
  attributionVerdict?: string | null;
  rating?: string | null;
  decision?: string | null;
  note?: string | null;
  evidence?: Array<{ url: string; quote?: string; archivedUrl?: string }>;
}

/**
 * What every earlier stage recorded for this claim (who, grade, evidence,
 * note), side by side: what an editor reads before approving or resolving.
 */
export function EarlierStages({ claimId }: { claimId: string }) {
  const history = useQuery({
    queryKey: ['history', claimId],
    queryFn: async () => unwrap(await api.GET('/v1/claims/{id}/history', { params: { path: { id: claimId } } })),
  });
  const grades = (history.data ?? [])
    .filter((e) => e.action === 'review.submitted')
    .map((e) => ({ grade: e.after as unknown as Grade, who: e.actor.id, at: e.at }));
  if (history.isPending) return <p className="muted">Loading earlier stages…</p>;
  if (grades.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title" className="earlier-stages">
      <h3 id="earlier-title">Earlier stages</h3>
      <div className="side-by-side">
        {grades.map(({ grade, who, at }, i) => (
          <article key={i} className="stage-card" aria-label={`${grade.stage} round ${grade.round}`}>
            <h4>{grade.stage.replace('_', ' ')} <span className="muted">round {grade.round}</span></h4>
            <p className="muted">by <span className="person">{who?.slice(0, 8) ?? 'system'}</span>, {new Date(at).toLocaleString()}</p>
            <p className="grade">{grade.attributionVerdict ?? grade.rating ?? grade.decision}</p>
            {grade.note && <blockquote>{grade.note}</blockquote>}
            {(grade.evidence ?? []).length > 0 && (
              <ul className="evidence-list">
                {grade.evidence!.map((e, j) => (
                  <li key={j}>
                    <a href={e.url} rel="noreferrer noopener" target="_blank">{e.url}</a>
                    {e.quote && <q>{e.quote}</q>}
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
