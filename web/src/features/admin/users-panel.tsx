import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../confirm-button';
import { useFocusReturn, useQuestion } from '../focus-return';
import { LoadError } from '../load-error';
import { Pager } from '../pager';
import { BusyButton } from '../busy-button';
import { useOneAtATime } from '../one-at-a-time';
import { useSession } from '../../auth/session';

type Role = 'reviewer' | 'editor' | 'admin';
// A page of users, oldest first (the service's order): past it the list used to stop, without saying so.
const USERS_PAGE = 100;

export function UsersPanel() {
  const self = useSession().user;
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const users = useQuery({
    queryKey: ['users', offset],
    queryFn: async () => unwrap(await api.GET('/v1/users', { params: { query: { limit: USERS_PAGE, offset } } })),
    placeholderData: (previous) => previous,
  });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [error, setError] = useState<string | null>(null);
  // One user per press: a second Enter while the first was at work was refused ("A user with this
  // email already exists") under a user just added.
  const { busy: adding, run } = useOneAtATime();

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      setError(null);
      try {
        unwrap(await api.POST('/v1/users', { body: { email, password, role } }));
        setEmail('');
        setPassword('');
        await queryClient.invalidateQueries({ queryKey: ['users'] });
      } catch (e) {
        setError((e as Error).message);
      }
    });
  };
  const changeRole = async (id: string, next: Role) => {
    setError(null);
    try {
      unwrap(await api.PATCH('/v1/users/{id}', { params: { path: { id } }, body: { role: next } }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const setActive = async (id: string, active: boolean) => {
    setError(null);
    try {
      const params = { params: { path: { id } } };
      unwrap(await (active ? api.POST('/v1/users/{id}/reactivate', params) : api.POST('/v1/users/{id}/deactivate', params)));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div>
      <h2>Users</h2>
      <form onSubmit={(e) => void create(e)} className="inline-form" aria-label="Add a user">
        <label>Email<input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <label>Password<input type="password" required minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" /></label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="reviewer">reviewer</option>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <BusyButton type="submit" className="primary" busy={adding}>{adding ? 'Adding…' : 'Add user'}</BusyButton>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {users.isError && <LoadError what="the users" error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />}
      {users.data && (
        <Pager label="Pages of users" offset={offset} shown={users.data.items.length} total={users.data.total} pageSize={USERS_PAGE}
          order="oldest first" onOffset={setOffset} />
      )}
      <table className="queues">
        <caption className="visually-hidden">Users</caption>
        <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Active</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {(users.data?.items ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>
                {/* The service refuses a change of one's own role: it is shown, not offered. */}
                {u.id === self.id
                  ? u.role
                  : <RoleSelect email={u.email} role={u.role} disabled={!u.active} onChange={(next) => void changeRole(u.id, next)} />}
              </td>
              <td>{u.active ? 'yes' : 'no'}</td>
              <td>
                {/* Deactivating signs them out at once, mid-grade perhaps: a second press confirms. Nobody deactivates themselves (the service refuses). */}
                {u.id !== self.id && (u.active
                  ? (
                    <ConfirmButton name={`Deactivate ${u.email}`} confirm="Deactivate and sign out" confirmName={`Deactivate ${u.email} and sign them out now`}
                      onConfirm={() => void setActive(u.id, false)}>
                      Deactivate
                    </ConfirmButton>
                  )
                  : <button type="button" className="link-button" onClick={() => void setActive(u.id, true)} aria-label={`Reactivate ${u.email}`}>Reactivate</button>)}
                {/* The service refuses an admin's own password here (the current one must be given): send them where it is asked. */}
                {u.id === self.id
                  ? <Link to="/account">Change your password</Link>
                  : <SetPassword userId={u.id} email={u.email} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A user's role. Granting admin hands over the whole service (users, keys, webhooks), so choosing it only
 * asks, like ConfirmButton: the keyboard moves to the question and comes back to the select when kept.
 */
function RoleSelect({ email, role, disabled, onChange }: { email: string; role: Role; disabled: boolean; onChange(next: Role): void }) {
  const question = useQuestion<HTMLSelectElement>();
  const choose = (next: Role) => (next === 'admin' ? question.ask() : onChange(next));
  return (
    <>
      <select ref={question.control} value={question.asking ? 'admin' : role} aria-label={`Role of ${email}`} disabled={disabled}
        onChange={(e) => choose(e.target.value as Role)}>
        <option value="reviewer">reviewer</option>
        <option value="editor">editor</option>
        <option value="admin">admin</option>
      </select>
      {question.asking && (
        <>
          <button ref={question.answer} type="button" className="link-button danger" aria-label={`Make ${email} an admin`}
            onClick={() => { question.keep(); onChange('admin'); }} onKeyDown={question.keepOnEscape}>
            Grant admin
          </button>
          <button type="button" className="link-button" onClick={question.keep} onKeyDown={question.keepOnEscape}>Keep it</button>
        </>
      )}
    </>
  );
}

/** An admin sets a forgotten password; the service ends every session of that account. */
function SetPassword({ userId, email }: { userId: string; email: string }) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const { busy: saving, run } = useOneAtATime();
  // The form goes away on Save and Cancel: the keyboard goes back to the button that opened it, not to the page's start.
  const { target: opener, returnFocus } = useFocusReturn<HTMLButtonElement>();
  const close = () => {
    setOpen(false);
    returnFocus();
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      try {
        unwrap(await api.PUT('/v1/users/{id}/password', { params: { path: { id: userId } }, body: { password } }));
        setPassword('');
        close();
        setMessage({ error: false, text: `Password set for ${email}; their sessions have been signed out` });
      } catch (e) {
        setMessage({ error: true, text: (e as Error).message });
      }
    });
  };
  return (
    <>
      {!open && (
        <button type="button" className="link-button" ref={opener} onClick={() => setOpen(true)} aria-label={`Set a password for ${email}`}>Set password</button>
      )}
      {open && (
        <form onSubmit={(e) => void save(e)} className="inline-form" aria-label={`New password for ${email}`}>
          <label>New password<input type="password" required minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" /></label>
          <BusyButton type="submit" className="primary" busy={saving}>Save</BusyButton>
          <button type="button" className="link-button" onClick={close}>Cancel</button>
        </form>
      )}
      {message && <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>{message.text}</span>}
    </>
  );
}
