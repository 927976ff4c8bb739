import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { usePageTitle } from '../page-title';
import { AccuracyPanel } from './accuracy-panel';
import { ApiKeysPanel } from './api-keys-panel';
import { OutletMergePanel } from './outlet-merge-panel';
import { OutletsPanel } from './outlets-panel';
import { UsersPanel } from './users-panel';
import { WebhooksPanel } from './webhooks-panel';

const PANELS: Record<string, string> = {
  '': 'Outlet registry',
  'merge-outlets': 'Merge outlets',
  users: 'Users',
  'api-keys': 'API keys',
  accuracy: 'Engine accuracy',
  webhooks: 'Webhooks',
};

export function AdminPage() {
  const panel = useLocation().pathname.replace(/^\/manage\/?/, '').replace(/\/$/, '');
  // An address under /manage that names no panel (a mistyped or outdated link) is not found, not an empty page.
  usePageTitle(panel in PANELS ? PANELS[panel] : 'Page not found', 'Administration');
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Administration</h1>
      <nav aria-label="Administration" className="sub-nav">
        <NavLink to="/manage" end>Outlet registry</NavLink>
        <NavLink to="/manage/merge-outlets">Merge outlets</NavLink>
        <NavLink to="/manage/users">Users</NavLink>
        <NavLink to="/manage/api-keys">API keys</NavLink>
        <NavLink to="/manage/accuracy">Engine accuracy</NavLink>
        <NavLink to="/manage/webhooks">Webhooks</NavLink>
      </nav>
      <Routes>
        <Route index element={<OutletsPanel />} />
        <Route path="users" element={<UsersPanel />} />
        <Route path="api-keys" element={<ApiKeysPanel />} />
        <Route path="accuracy" element={<AccuracyPanel />} />
        <Route path="merge-outlets" element={<OutletMergePanel />} />
        <Route path="webhooks" element={<WebhooksPanel />} />
        <Route path="*" element={<NoSuchPanel />} />
      </Routes>
    </section>
  );
}

function NoSuchPanel() {
  return (
    <section aria-labelledby="no-panel-title">
      <h2 id="no-panel-title">Page not found</h2>
      <p>Nothing is at this address in the administration. <Link to="/manage">Go to the outlet registry</Link>, or choose a screen above.</p>
    </section>
  );
}
