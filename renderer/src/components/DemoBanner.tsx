import { Button, Card, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from './use-error-text';
import { useMessage } from './use-message';

/** On an empty database, the first thing a new user sees: how to start, with the demo one click away. */
export function DemoBanner() {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const status = useApiQuery('demo.status', {});
  const load = useApiMutation('demo.load', 'all');
  // A double click sends two loads before the button shows it is busy; the second would be refused, in red.
  const busy = useRef(false);
  if (!status.data?.empty || status.data.officeSetUp) return null;
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const r = await load.mutateAsync({});
      message.success(t('demo.loaded', r));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      busy.current = false;
    }
  };
  return (
    <Card style={{ marginBottom: 16, borderColor: '#1f5fa8' }}>
      <Space direction="vertical">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('demo.emptyTitle')}
        </Typography.Title>
        <Typography.Text>{t('demo.emptyText')}</Typography.Text>
        <Button type="primary" onClick={() => void run()} loading={load.isPending}>
          {t('demo.load')}
        </Button>
      </Space>
    </Card>
  );
}
