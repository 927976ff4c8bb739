import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { usePageTitle } from '../page-title';
import { BusyButton } from '../busy-button';

const MIN_LENGTH = 12;

/** Your account: who you are, and a new password (the current one is asked for). */
export function AccountPage() {
  const { user } = useSession();
  usePageTitle('Account');
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Account</h1>
      <p>Signed in as {user.email} ({user.role}).</p>
      <ChangePassword email={user.email} />
    </section>
  );
}

function ChangePassword({ email }: { email: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    if (next !== repeated) return setError('The new password and its repetition differ');
    setBusy(true);
    try {
      // The answer sets a new session cookie: this tab stays signed in, every other session ends.
      unwrap(await api.PUT('/v1/auth/password', { body: { currentPassword: current, newPassword: next } }));
      setCurrent('');
      setNext('');
      setRepeated('');
      setDone(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Change your password" className="account-form">
      <h2>Change your password</h2>
      {/* Whose password this is, for the browser's password manager: without it Chrome cannot tell which saved sign-in to update. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <label>Current password<input type="password" required value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" /></label>
      <label>
        New password (at least {MIN_LENGTH} characters)
        <input type="password" required minLength={MIN_LENGTH} value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
      </label>
      <label>New password again<input type="password" required minLength={MIN_LENGTH} value={repeated} onChange={(e) => setRepeated(e.target.value)} autoComplete="new-password" /></label>
      <BusyButton type="submit" className="primary" busy={busy}>Change password</BusyButton>
      {error && <p role="alert" className="error">{error}</p>}
      {done && <p role="status">Password changed. You stay signed in here; every other session of your account has been signed out.</p>}
    </form>
  );
}
