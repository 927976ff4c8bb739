import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';

const OPEN = ['source_check', 'verdict', 'approval', 'escalated'];

/** Editors dismiss an open claim with a reason, or bring a dismissed one back to its first stage. */
export function EditorActions({ claimId, status, articleId }: { claimId: string; status: string; articleId: string }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['article', articleId] });

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setOpen(false);
      setReason('');
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const dismiss = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => unwrap(await api.POST('/v1/claims/{id}/dismiss', { params: { path: { id: claimId } }, body: { reason } })));
  };

  if (status === 'dismissed') {
    return (
      <span className="editor-actions">
        <button type="button" className="link-button" onClick={() => void run(async () => unwrap(await api.POST('/v1/claims/{id}/restore', { params: { path: { id: claimId } } })))}>
          Restore
        </button>
        {error && <span role="alert" className="error">{error}</span>}
      </span>
    );
  }
  if (!OPEN.includes(status)) return null;
  return (
    <span className="editor-actions">
      {open ? (
        <form onSubmit={dismiss} className="inline-form" aria-label="Dismiss claim">
          <label>
            Reason
            <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
          </label>
          <button type="submit">Dismiss</button>
          <button type="button" className="link-button" onClick={() => setOpen(false)}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>Dismiss…</button>
      )}
      {error && <span role="alert" className="error">{error}</span>}
    </span>
  );
}
