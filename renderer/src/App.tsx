import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { LanguageSync } from './components/LanguageSync';
import { PlaceholderPage } from './components/PlaceholderPage';
import { sections } from './navigation';
import { SettingsPage } from './pages/SettingsPage';
import { SyncPage } from './pages/SyncPage';

/** Pages that exist; every other section shows what it will hold until its feature lands. */
const pages: Record<string, ComponentType> = {
  settings: SettingsPage,
  sync: SyncPage,
};

export function App() {
  return (
    <AppShell>
      <LanguageSync />
      <Routes>
        <Route path="/" element={<Navigate to="/dashboard" replace />} />
        {sections.map(({ key }) => {
          const Page = pages[key];
          return <Route key={key} path={`/${key}/*`} element={Page ? <Page /> : <PlaceholderPage page={key} />} />;
        })}
        <Route path="*" element={<Navigate to="/dashboard" replace />} />
      </Routes>
    </AppShell>
  );
}
