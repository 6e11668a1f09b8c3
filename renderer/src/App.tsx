import type { ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from './components/ErrorBoundary';
import { CalendarPage } from './calendar/CalendarPage';
import { AppShell } from './components/AppShell';
import { DemoBanner } from './components/DemoBanner';
import { LanguageSync } from './components/LanguageSync';
import { DashboardPage } from './dashboard/DashboardPage';
import { PlaceholderPage } from './components/PlaceholderPage';
import { sections } from './navigation';
import { SettingsPage } from './pages/SettingsPage';
import { TrainersSection } from './roster/TrainersSection';
import { TeamsPage } from './teams/TeamsPage';
import { CapacityPage } from './transfers/CapacityPage';
import { TransfersPage } from './transfers/TransfersPage';
import { SyncPage } from './pages/SyncPage';
import { ReportsPage } from './reports/ReportsPage';

/** Pages that exist; every other section shows what it will hold until its feature lands. */
const pages: Record<string, ComponentType> = {
  settings: SettingsPage,
  trainers: TrainersSection,
  teams: TeamsPage,
  capacity: CapacityPage,
  transfers: TransfersPage,
  calendar: CalendarPage,
  dashboard: DashboardPage,
  sync: SyncPage,
  reports: ReportsPage,
};

export function App() {
  const location = useLocation();
  return (
    <AppShell>
      <LanguageSync />
      <DemoBanner />
      <ErrorBoundary resetKey={location.pathname}>
        <Routes>
          <Route path="/" element={<Navigate to="/dashboard" replace />} />
          {sections.map(({ key }) => {
            const Page = pages[key];
            return <Route key={key} path={`/${key}/*`} element={Page ? <Page /> : <PlaceholderPage page={key} />} />;
          })}
          <Route path="*" element={<Navigate to="/dashboard" replace />} />
        </Routes>
      </ErrorBoundary>
    </AppShell>
  );
}
