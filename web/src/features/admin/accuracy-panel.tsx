import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { counted } from '../counted';

type Figures = Schemas['AccuracyFiguresResponse'];

const day = (d: Date) => d.toISOString().slice(0, 10);
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

/** The engine's source precision and recall as reviewers' corrections measure them, per outlet type. */
export function AccuracyPanel() {
  const [from, setFrom] = useState(day(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(day(new Date(Date.now() + 86_400_000)));
  // A period that ends before it starts is said here, in words about the dates: the service refused it
  // as "from must be before to", and the figures of the period before stayed on screen under that.
  const ordered = !!from && !!to && from < to;
  const accuracy = useQuery({
    queryKey: ['accuracy', from, to],
    enabled: ordered,
    queryFn: async () => unwrap(await api.GET('/v1/analysis/accuracy', { params: { query: { from, to } } })),
    placeholderData: (previous) => previous,
  });
  const data = ordered ? accuracy.data : undefined;
  const row = (label: string, f: Figures) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{percent(f.precision)}</td>
      <td>{percent(f.recall)}</td>
      <td>{f.truePositives}</td>
      <td>{f.falsePositives}</td>
      <td>{f.falseNegatives}</td>
    </tr>
  );
  return (
    <section aria-labelledby="accuracy-title">
      <h2 id="accuracy-title">Engine accuracy</h2>
      <p className="muted">How often the sources the engine found were kept by reviewers (precision), and how many of the sources reviewers settled on it had found (recall).</p>
      <div className="accuracy-form">
        <label>From<input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>To (exclusive)<input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
      </div>
      {!!from && !!to && !ordered && <p role="alert" className="error">The period ends before it starts: choose a From date before the To date.</p>}
      {ordered && accuracy.isError && <p role="alert" className="error">{accuracy.error.message}</p>}
      {data && (
        <>
          <p data-testid="accuracy-summary">
            {counted(data.claimsChecked, 'claim')} checked at source check, {data.claimsCorrected} corrected.
          </p>
          {/* Focusable: on a phone the table scrolls sideways inside itself, and with no link or button in it the keyboard could not scroll it. */}
          <table className="queues" tabIndex={0}>
            <caption className="visually-hidden">Precision and recall per outlet type</caption>
            <thead>
              <tr><th scope="col">Outlet type</th><th scope="col">Precision</th><th scope="col">Recall</th><th scope="col">Kept</th><th scope="col">Wrong</th><th scope="col">Missed</th></tr>
            </thead>
            <tbody>
              {row('All types', data.overall)}
              {data.byType.map((t) => row(t.type, t))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
