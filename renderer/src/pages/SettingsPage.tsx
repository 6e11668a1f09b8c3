import { Card, Descriptions, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { CurriculumCard } from './settings/CurriculumCard';
import { HolidaysCard } from './settings/HolidaysCard';
import { PlacesCard } from './settings/PlacesCard';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const info = useApiQuery('app.info', {});
  const organisations = useApiQuery('reference.organisations', {});
  const lao = i18n.language === 'lo';
  return (
    <div className="page">
      <Typography.Title level={2}>{t('pages.settings.title')}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('app.language')}>
          <Space direction="vertical">
            <LanguageSwitch />
            <Typography.Text type="secondary">{t('pages.settings.languageHelp')}</Typography.Text>
          </Space>
        </Card>
        <Card title={t('pages.settings.about')}>
          {info.error ? (
            <ErrorAlert error={info.error} onRetry={() => void info.refetch()} />
          ) : (
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('pages.settings.version')}>{info.data?.version}</Descriptions.Item>
              <Descriptions.Item label={t('pages.settings.dataDir')}>
                <Typography.Text copyable>{info.data?.dataDir}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('pages.settings.databaseFile')}>{info.data?.databaseFile}</Descriptions.Item>
              <Descriptions.Item label={t('pages.settings.schemaVersion')}>{info.data?.schemaVersion}</Descriptions.Item>
              <Descriptions.Item label={t('pages.settings.transport')}>
                {info.data && t(`pages.settings.transport_${info.data.transport}`)}
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
        <PlacesCard />
        <CurriculumCard />
        <HolidaysCard />
        <Card title={t('pages.settings.organisations')}>
          {organisations.error ? (
            <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
          ) : (
            <List
              size="small"
              loading={organisations.isLoading}
              dataSource={organisations.data ?? []}
              renderItem={(o) => <List.Item>{lao ? o.nameLo : o.nameEn}</List.Item>}
            />
          )}
        </Card>
      </Space>
    </div>
  );
}
