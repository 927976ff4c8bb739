import { gradeLabel } from './grading';
import type { Grade } from './types';

/**
 * What every earlier stage recorded for this claim (who, grade, evidence,
 * note), side by side: what an editor reads before approving or resolving.
 * The service sends closed rounds only, so a grade still open is never here.
 */
export function EarlierStages({ grades, passes }: { grades: Grade[]; passes: Map<number, number> }) {
  if (grades.length === 0) return null;
  return (
    <section aria-labelledby="earlier-title" className="earlier-stages">
      <h2 id="earlier-title">Earlier stages</h2>
      <div className="side-by-side">
        {grades.map((grade) => <GradeCard key={grade.id} grade={grade} pass={passes.get(grade.round) ?? 1} />)}
      </div>
    </section>
  );
}

/**
 * Each closed round's pass through its stage (1 for a verdict's first round, 2 after a send-back): the API's round
 * counts every entry into any stage, so a claim's first verdict is its round 2, which reads to a reviewer as a
 * second verdict. Computed over all of the claim's closed grades, oldest first.
 */
export function stagePasses(grades: Grade[]): Map<number, number> {
  const passes = new Map<number, number>();
  const perStage = new Map<string, number>();
  for (const grade of [...grades].sort((a, b) => a.round - b.round)) {
    if (passes.has(grade.round)) continue;
    const pass = (perStage.get(grade.stage) ?? 0) + 1;
    perStage.set(grade.stage, pass);
    passes.set(grade.round, pass);
  }
  return passes;
}

/** One recorded grade: its stage and its pass through it, who and when, the grade, the note and the evidence. */
export function GradeCard({ grade, pass }: { grade: Grade; pass: number }) {
  const stage = grade.stage.replace('_', ' ');
  return (
    <article className="stage-card" aria-label={`${stage} round ${pass}, by ${grade.reviewerName ?? 'a former user'}`}>
      <h3>{stage} <span className="muted">round {pass}</span></h3>
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
