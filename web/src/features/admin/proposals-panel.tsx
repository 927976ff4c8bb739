import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { LoadError } from '../load-error';
import { OutletFields, emptyDraft, outletBody, slugOf } from './outlet-fields';
import { useOneAtATime } from '../one-at-a-time';
import { counted } from '../counted';

type Proposal = Schemas['OutletProposalResponse'];

/** Names the registry lacks: reported by the engine, proposed by reviewers. Accept (creating the outlet) or reject. */
export function ProposalsPanel() {
  const queue = useQuery({
    queryKey: ['outlet-proposals'],
    queryFn: async () => unwrap(await api.GET('/v1/outlet-proposals')),
  });
  const [accepting, setAccepting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { run: oneAtATime } = useOneAtATime();
  const reject = (name: string) =>
    oneAtATime(async () => {
      try {
        unwrap(await api.POST('/v1/outlet-proposals/reject', { body: { name } }));
        await queryClient.invalidateQueries({ queryKey: ['outlet-proposals'] });
      } catch (e) {
        setError((e as Error).message);
      }
    });
  const items = queue.data?.items ?? [];
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title">Names not in the registry</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {/* Not "Nothing waiting": a queue that could not be read is not an empty one. */}
      {queue.isError ? (
        <LoadError what="the names not in the registry" error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />
      ) : items.length === 0 ? (
        <p className="muted">{queue.isPending ? 'Loading…' : 'Nothing waiting: every name the engine reported or reviewers proposed is decided.'}</p>
      ) : (
        <table className="queues">
          <caption className="visually-hidden">Names waiting for a decision</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Proposed by</th><th scope="col">Reported by the engine</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {items.map((p) =>
              accepting === p.name ? (
                <tr key={p.name}><td colSpan={4}><AcceptForm proposal={p} onDone={() => setAccepting(null)} /></td></tr>
              ) : (
                <tr key={p.name}>
                  <td>{p.name}</td>
                  <td>{p.proposedBy.join(', ') || '—'}</td>
                  <td>{p.engineMentions ? `${counted(p.engineMentions, 'time')} in ${counted(p.engineArticles, 'article')}` : '—'}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={`Accept ${p.name}`} onClick={() => setAccepting(p.name)}>Accept</button>
                    <button type="button" className="link-button" aria-label={`Reject ${p.name}`} onClick={() => void reject(p.name)}>Reject</button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AcceptForm({ proposal, onDone }: { proposal: Proposal; onDone(): void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyDraft(proposal.name));
  const [slug, setSlug] = useState(slugOf(proposal.name));
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      unwrap(await api.POST('/v1/outlet-proposals/accept', { body: { ...outletBody(draft), proposedName: proposal.name, slug } }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outlet-proposals'] }),
        queryClient.invalidateQueries({ queryKey: ['outlets'] }),
      ]);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} className="proposal-form" aria-label={`Add ${proposal.name} to the registry`}>
      <OutletFields draft={draft} onChange={setDraft} />
      <label>Slug<input required value={slug} onChange={(e) => setSlug(e.target.value)} /></label>
      <div>
        <button type="submit" className="primary">Add to the registry</button> <button type="button" onClick={onDone}>Cancel</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
