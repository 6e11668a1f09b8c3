import { Alert, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/queries';
import { sections } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';
import { formatDateTime } from '../hooks/date-time';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname.split('/')[1] || 'dashboard';
  // Asked again while the clock looks wrong (each minute, and on coming back to the window from the clock
  // settings): once the date is corrected the warning goes, without restarting the app.
  const info = useApiQuery('app.info', {}, { staleTime: Infinity, refetchOnWindowFocus: (q) => (q.state.data?.clockWarning ? 'always' : false), refetchInterval: (q) => (q.state.data?.clockWarning ? 60_000 : false) });
  const clock = info.data?.clockWarning;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <div className="app-brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNavigation')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[current]}
            onClick={({ key }) => navigate(`/${key}`)}
            items={sections.map((s) => ({ key: s.key, icon: s.icon, label: t(`nav.${s.key}`) }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #e5e8ee' }}>
          <Typography.Text strong>{t(`nav.${current}`)}</Typography.Text>
          <Space>
            <Typography.Text type="secondary">{t('app.language')}</Typography.Text>
            <LanguageSwitch />
          </Space>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
          {clock && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title={t('app.clockBehind', { lastSeen: formatDateTime(clock.lastSeen) })}
            />
          )}
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
