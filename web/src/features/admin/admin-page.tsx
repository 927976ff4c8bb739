import { NavLink, Route, Routes, useLocation } from 'react-router';
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
  usePageTitle(PANELS[panel], 'Administration');
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
      </Routes>
    </section>
  );
}
