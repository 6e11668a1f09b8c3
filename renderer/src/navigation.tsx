import {
  AlertOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileWordOutlined,
  SettingOutlined,
  SwapOutlined,
  SyncOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The app's sections, in menu order. Each key is both the route and the i18n key under nav.* */
export const sections: Array<{ key: string; icon: ReactNode }> = [
  { key: 'dashboard', icon: <DashboardOutlined /> },
  { key: 'trainers', icon: <UserOutlined /> },
  { key: 'teams', icon: <TeamOutlined /> },
  { key: 'capacity', icon: <AlertOutlined /> },
  { key: 'transfers', icon: <SwapOutlined /> },
  { key: 'calendar', icon: <CalendarOutlined /> },
  { key: 'reports', icon: <FileWordOutlined /> },
  { key: 'sync', icon: <SyncOutlined /> },
  { key: 'settings', icon: <SettingOutlined /> },
];
