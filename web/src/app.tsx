import { Link, NavLink, Route, Routes } from 'react-router';
import { useSession } from './auth/session';
import { AccountPage } from './features/account/account-page';
import { AdminPage } from './features/admin/admin-page';
import { ArticlePage } from './features/articles/article-page';
import { ArticlesPage } from './features/articles/articles-page';
import { InboxPage } from './features/inbox/inbox-page';
import { useFocusOnNavigation } from './features/focus-on-navigation';
import { usePageTitle } from './features/page-title';
import { WorkspacePage } from './features/workspace/workspace-page';

export function App() {
  const { user, signOut } = useSession();
  useFocusOnNavigation();
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="top-bar">
        <span className="brand">claimtrail</span>
        <nav aria-label="Main">
          <NavLink to="/" end>Inbox</NavLink>
          <NavLink to="/articles">Articles</NavLink>
          {user.role === 'admin' && <NavLink to="/manage">Administration</NavLink>}
        </nav>
        <span className="who">
          <NavLink to="/account" aria-label={`Your account: ${user.email}`}>{user.email}</NavLink> ({user.role})
          <button type="button" className="link-button" onClick={() => void signOut()}>Sign out</button>
        </span>
      </header>
      <main id="main">
        <Routes>
          <Route path="/" element={<InboxPage />} />
          <Route path="/review/:stage" element={<WorkspacePage />} />
          <Route path="/articles" element={<ArticlesPage />} />
          <Route path="/articles/:id" element={<ArticlePage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/manage/*" element={user.role === 'admin' ? <AdminPage /> : <AdminsOnly role={user.role} />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}

function NotFound() {
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>Nothing is at this address. <Link to="/">Go to the inbox</Link></p>
    </section>
  );
}

/** An admin's link opened by someone else: whose page it is, not "Nothing is at this address". */
function AdminsOnly({ role }: { role: string }) {
  usePageTitle('Administration');
  return (
    <section aria-labelledby="admins-only-title">
      <h1 id="admins-only-title">Administration</h1>
      <p role="alert">This page is for admins, and you are signed in as {role === 'editor' ? 'an editor' : 'a reviewer'}. An admin can make the change for you.</p>
      <Link to="/">Go to the inbox</Link>
    </section>
  );
}
