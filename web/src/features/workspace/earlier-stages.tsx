import { gradeLabel } from './grading';
import type { Grade } from './types';

/**
 * What every earlier stage recorded for this claim (who, grade, evidence,
 * note), side by side: what an editor reads before approving or resolving.
 * The service sends closed rounds only, so a grade still open is never here.
 */
export function EarlierStages({ grades }: { grades: Grade[] }) {
  if (grades.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title" className="earlier-stages">
      <h2 id="earlier-title">Earlier stages</h2>
      <div className="side-by-side">
        {grades.map((grade) => <GradeCard key={grade.id} grade={grade} />)}
      </div>
    </section>
  );
}

/** One recorded grade: its stage and round, who and when, the grade, the note and the evidence. */
export function GradeCard({ grade }: { grade: Grade }) {
  return (
    <article className="stage-card" aria-label={`${grade.stage.replace('_', ' ')} round ${grade.round}, by ${grade.reviewerName ?? 'a former user'}`}>
      <h3>{grade.stage.replace('_', ' ')} <span className="muted">round {grade.round}</span></h3>
      <p className="muted">by <span className="person">{grade.reviewerName ?? 'a former user'}</span>, {new Date(grade.createdAt).toLocaleString()}</p>
      <p className="grade">{gradeLabel(grade.attributionVerdict ?? grade.rating ?? grade.decision)}</p>
      {grade.note && <blockquote>{grade.note}</blockquote>}
      {grade.evidence.length > 0 && (
        <ul className="evidence-list">
          {grade.evidence.map((e, j) => (
            <li key={j}>
              <a href={e.url} rel="noreferrer noopener" target="_blank">{e.url}</a>
              {/* A space between: a screen reader (and a copy) read the link and the passage as one word. */}
              {e.quote && <> <q>{e.quote}</q></>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
