import { useState, type FormEvent } from 'react';
import { api, unwrap, ApiError } from '../api/client';
import type { SessionUser } from './session';
import { BusyButton } from '../features/busy-button';

export function SignInForm({ onSignedIn, presetEmail = '' }: { onSignedIn(user: SessionUser): void; presetEmail?: string }) {
  const [email, setEmail] = useState(presetEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = unwrap(await api.POST('/v1/auth/session', { body: { email, password } }));
      onSignedIn(session.user);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'Wrong email or password.' : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)} aria-label="Sign in">
      <label>
        Email
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus={!presetEmail} />
      </label>
      <label>
        Password
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} autoFocus={!!presetEmail} />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <BusyButton type="submit" busy={busy}>Sign in</BusyButton>
    </form>
  );
}
