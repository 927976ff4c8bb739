/**
 * "m–n of total" and Newer/Older (or Previous/Next) buttons for a list read
 * a page at a time; `onOffset` gets the offset of the page to show.
 */
export function Pager(props: {
  label: string;
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  order?: string;
  labels?: [previous: string, next: string];
  onOffset(offset: number): void;
}) {
  const { offset, shown, total, pageSize } = props;
  const [previous, next] = props.labels ?? ['Previous', 'Next'];
  return (
    <nav className="pager" aria-label={props.label}>
      <p aria-live="polite">{total === 0 ? 'None.' : `${offset + 1}–${offset + shown} of ${total}${props.order ? `, ${props.order}` : ''}`}</p>
      <button type="button" disabled={offset === 0} onClick={() => props.onOffset(Math.max(0, offset - pageSize))}>{previous}</button>
      <button type="button" disabled={offset + shown >= total} onClick={() => props.onOffset(offset + pageSize)}>{next}</button>
    </nav>
  );
}
