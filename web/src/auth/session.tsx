import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { allowReads, api, dropReads, onSessionExpired, unwrap, type Schemas } from '../api/client';
import { LoadError } from '../features/load-error';
import { clearKeptState } from '../features/kept-state';
import { clearDraftsInHistory } from '../features/workspace/drafts-in-history';
import { usePageTitle } from '../features/page-title';
import { SignInForm } from './sign-in-form';

export type SessionUser = Schemas['SessionUserView'];

interface SessionState {
  user: SessionUser;
  /** Bumped by each sign-in in the session-expired dialog: what a sign-in must restart (a live stream) follows it. */
  signIns: number;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/**
 * Signs the person in and keeps them signed in. When the session expires
 * mid-work, a sign-in dialog opens over the page: everything below it stays
 * mounted, so a half-written grade is still there after signing in again.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [expired, setExpired] = useState(false);
  const [signIns, setSignIns] = useState(0);
  const current = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      const result = await api.GET('/v1/auth/session');
      // Signed out is {user: null} (no cookie) or a 401 (a cookie the service no longer takes). The service
      // down or restarting (a 5xx, no answer) read as that too: the sign-in form, a password typed for
      // nothing, and "Could not reach claimtrail" under it.
      if (result.response.status === 401) return null;
      return unwrap(result).user;
    },
    staleTime: Infinity,
    retry: false,
  });
  const user = current.data ?? null;

  // Where the person was working (the note they were typing): focus goes back there after signing in.
  const workedIn = useRef<HTMLElement | null>(null);
  useEffect(
    () =>
      onSessionExpired(() => {
        // Several requests may fail at once: the first one knows where focus was.
        const at = document.activeElement;
        if (!workedIn.current && at instanceof HTMLElement && at !== document.body && !at.closest('[role="dialog"]')) workedIn.current = at;
        setExpired(true);
      }),
    [],
  );
  useEffect(() => {
    if (expired || !workedIn.current) return;
    if (workedIn.current.isConnected) workedIn.current.focus();
    workedIn.current = null;
  }, [expired]);

  const signedIn = (next: SessionUser) => {
    allowReads();
    setExpired(false);
    setSignIns((n) => n + 1);
    // Someone else signing in through the session-expired dialog (a shared desk): what the person before
    // typed, kept and was shown is theirs, as after signing out. The app shell, keyed by the user, mounts anew.
    const someoneElse = user !== null && next.id !== user.id;
    if (someoneElse) {
      forgetWork();
      forgetReads();
    }
    queryClient.setQueryData(['session'], next);
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    // Their own start page: the screen under the dialog (a claim the person before held) is not theirs.
    if (someoneElse) void navigate('/');
  };
  /** What the person typed and kept in this tab, and where they worked. */
  const forgetWork = () => {
    clearKeptState();
    clearDraftsInHistory();
    workedIn.current = null;
  };
  /** Every answer read for the person but the session's own. */
  const forgetReads = () => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  const signOut = async () => {
    dropReads();
    try {
      await api.DELETE('/v1/auth/session');
    } catch (e) {
      allowReads();
      throw e;
    }
    forgetWork();
    // Signed out first, so nothing below is shown to read again; then the rest of the cache (clear() had
    // the session asked for again, and the page still shown refetched its lists, after the session ended).
    queryClient.setQueryData(['session'], null);
    forgetReads();
  };

  // In the main landmark like every other screen: a screen reader's landmark list reaches it.
  if (current.isPending) {
    return (
      <main>
        <p className="loading">Loading…</p>
      </main>
    );
  }
  if (current.isError) {
    return <SessionUnavailable error={current.error} onRetry={() => void current.refetch()} retrying={current.isFetching} />;
  }
  if (!user) {
    return <SignInPage onSignedIn={signedIn} />;
  }
  return (
    <SessionContext.Provider value={{ user, signIns, signOut }}>
      {/* inert: while the dialog is open, Tab and the screen reader stay in it, not in the page beneath. */}
      <div key={user.id} inert={expired} className="app-shell">{children}</div>
      {expired && (
        <div className="modal-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="expired-title" className="modal" onKeyDown={wrapTab}>
            <h2 id="expired-title">Your session has expired</h2>
            <p>Sign in again to carry on. Your work on this page is kept.</p>
            <SignInForm onSignedIn={signedIn} presetEmail={user.email} />
          </div>
        </div>
      )}
    </SessionContext.Provider>
  );
}

/** Who is signed in could not be asked: what happened, and asking again (the session is likely still there). */
function SessionUnavailable({ error, onRetry, retrying }: { error: Error; onRetry(): void; retrying: boolean }) {
  usePageTitle('Not available');
  return (
    <main className="sign-in-page">
      <h1>claimtrail</h1>
      <LoadError what="the page" error={error} onRetry={onRetry} retrying={retrying} />
    </main>
  );
}

function SignInPage({ onSignedIn }: { onSignedIn(user: SessionUser): void }) {
  usePageTitle('Sign in');
  return (
    <main className="sign-in-page">
      <h1>claimtrail</h1>
      <SignInForm onSignedIn={onSignedIn} />
    </main>
  );
}

/** Tab past the dialog's last control comes back to its first (and Shift+Tab the other way), not to the browser's toolbar. */
function wrapTab(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => !el.hasAttribute('disabled'));
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!first) return;
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  }
}
