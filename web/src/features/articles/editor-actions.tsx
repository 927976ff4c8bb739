import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { BusyButton } from '../busy-button';
import { useOneAtATime } from '../one-at-a-time';

const OPEN = ['source_check', 'verdict', 'approval', 'escalated'];

/** Editors dismiss an open claim with a reason, or bring a dismissed one back to its first stage. */
export function EditorActions({ claimId, status, articleId }: { claimId: string; status: string; articleId: string }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  // One request per change: a second press while the first is at work came back as a 409.
  const { busy, run: oneAtATime } = useOneAtATime();
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['article', articleId] });
  // The form or button pressed goes away with the change (Dismiss… becomes Restore): the keyboard
  // goes to the claim's action that takes its place, not to the page's start.
  const action = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || !action.current) return;
    action.current.focus();
    setRefocus(false);
  }, [refocus, open, status]);
  const close = () => {
    setOpen(false);
    setRefocus(true);
  };

  const run = (change: () => Promise<unknown>) =>
    oneAtATime(async () => {
      setError(null);
      try {
        await change();
        await refresh();
        setReason('');
        close();
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 409)) return setError((e as Error).message);
        // A colleague dismissed or restored it first: say so in plain words and show the claim as it is now.
        setError(`Someone else changed this claim meanwhile (${e.message}): it now shows as it is.`);
        await refresh();
        close();
      }
    });
  const dismiss = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => unwrap(await api.POST('/v1/claims/{id}/dismiss', { params: { path: { id: claimId } }, body: { reason } })));
  };
  const restore = () => void run(async () => unwrap(await api.POST('/v1/claims/{id}/restore', { params: { path: { id: claimId } } })));
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  const alert = error && <span role="alert" className="error">{error}</span>;
  if (status === 'dismissed') {
    return (
      <span className="editor-actions">
        <BusyButton type="button" className="link-button" ref={action} busy={busy} onClick={restore}>Restore</BusyButton>
        {alert}
      </span>
    );
  }
  if (!OPEN.includes(status)) return alert ? <span className="editor-actions">{alert}</span> : null;
  return (
    <span className="editor-actions">
      {open ? (
        <form onSubmit={dismiss} onKeyDown={escape} className="inline-form" aria-label="Dismiss claim">
          <label>
            Reason
            <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
          </label>
          <BusyButton type="submit" busy={busy}>{busy ? 'Dismissing…' : 'Dismiss'}</BusyButton>
          <button type="button" className="link-button" onClick={close}>Cancel</button>
        </form>
      ) : (
        // A BusyButton like Restore: when the claim turns from one to the other, React keeps the same button, and the focus on it.
        <BusyButton type="button" className="link-button" ref={action} busy={false} onClick={() => { setError(null); setOpen(true); }}>Dismiss…</BusyButton>
      )}
      {alert}
    </span>
  );
}
