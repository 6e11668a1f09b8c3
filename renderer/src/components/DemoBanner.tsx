import { Alert, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useErrorText } from './use-error-text';
import { useMessage } from './use-message';

/**
 * On an empty database, the first thing a new user sees: how to start, with the demo one click away. Once
 * the demo is in, a notice on every page says so, with the way back to an empty database for real work:
 * a database holding the demo sends no packages.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const status = useApiQuery('demo.status', {});
  const load = useApiMutation('demo.load', 'all');
  const remove = useApiMutation('demo.remove', 'all');
  // A double click sends two loads before the button shows it is busy; the second would be refused, in red.
  const busy = useRef(false);
  const act = async (run: () => Promise<string>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      message.success(await run());
    } catch (e) {
      message.error(errorText(e));
    } finally {
      busy.current = false;
    }
  };
  if (status.data?.demo) {
    return (
      <Alert
        style={{ marginBottom: 16 }}
        type="warning"
        showIcon
        role="status"
        title={t('demo.notice')}
        action={
          <Popconfirm styles={{ root: { maxWidth: 440 } }} title={t('demo.confirmRemove')} okText={t('demo.remove')} okButtonProps={{ danger: true }} cancelText={t('roster.cancel')} onConfirm={() => act(async () => t('demo.removed', await remove.mutateAsync({})))}>
            <Button danger size="small" loading={remove.isPending}>
              {t('demo.remove')}
            </Button>
          </Popconfirm>
        }
      />
    );
  }
  if (!status.data?.empty || status.data.officeSetUp) return null;
  return (
    <Card style={{ marginBottom: 16, borderColor: '#1f5fa8' }}>
      <Space direction="vertical">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('demo.emptyTitle')}
        </Typography.Title>
        <Typography.Text>{t('demo.emptyText')}</Typography.Text>
        <Button type="primary" onClick={() => void act(async () => t('demo.loaded', await load.mutateAsync({})))} loading={load.isPending}>
          {t('demo.load')}
        </Button>
      </Space>
    </Card>
  );
}
