import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { RosterRow } from '../../../shared/api';
import { call } from '../api/client';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { downloadFile } from '../hooks/download';
import { useLocalName, useReference } from '../hooks/use-reference';
import { useViewportHeight } from '../hooks/use-viewport-height';
import { PersonFormDrawer } from './PersonFormDrawer';
import { PersonLink } from './PersonLink';
import { RosterFilters } from './RosterFilters';
import { fromList, useAddressFilter } from '../hooks/use-address-filter';
import { rosterFilterParams } from './roster-filter-params';
import { compareLao, compareLaoNames } from '../../../shared/lao-order';
import { useMessage } from '../components/use-message';


export function TrainersPage() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  // In the address, not in the page: Back from a trainer's page, or a reload, shows the same list.
  const { filter, change, type, clear } = useAddressFilter(rosterFilterParams, 'query');
  const deferred = useDeferredValue(filter);
  const roster = useApiQuery('roster.search', deferred, { placeholderData: (previous) => previous });
  const total = useApiQuery('demo.status', {});
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const height = useViewportHeight();
  const rows = roster.data ?? [];

  const exportView = async () => {
    setExporting(true);
    try {
      downloadFile(await call('roster.exportXlsx', { filter, language: i18n.language === 'en' ? 'en' : 'lo' }));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<RosterRow> = [
    {
      title: t('roster.field.nameLo'),
      dataIndex: 'nameLo',
      width: 180,
      sorter: (a, b) => compareLaoNames(a.nameLo, b.nameLo),
      render: (v: string, r) => (
        <PersonLink lang="lo" id={r.id}>
          {v}
        </PersonLink>
      ),
    },
    { title: t('roster.field.nameEn'), dataIndex: 'nameEn', width: 150, sorter: (a, b) => compareLao(a.nameEn, b.nameEn) },
    { title: t('roster.field.sex'), dataIndex: 'sex', width: 78, render: (s: string) => t(`roster.sex.${s}`) },
    { title: t('roster.field.officeLevel'), dataIndex: 'officeLevel', width: 85, render: (l: string) => t(`roster.level.${l}`) },
    {
      title: t('roster.field.province'),
      dataIndex: 'provinceId',
      width: 120,
      sorter: (a, b) => compareLao(name(reference.byId.get(a.provinceId ?? '')), name(reference.byId.get(b.provinceId ?? ''))),
      render: (id: string | null) => name(reference.byId.get(id ?? '')),
    },
    { title: t('roster.field.district'), dataIndex: 'districtId', width: 120, render: (id: string | null) => name(reference.byId.get(id ?? '')) },
    { title: t('roster.field.phone'), dataIndex: 'phone', width: 120 },
    {
      title: t('roster.field.modules'),
      key: 'modules',
      width: 137,
      sorter: (a, b) => a.moduleIds.length - b.moduleIds.length,
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          {r.moduleIds.length}
          {r.overdueCount > 0 && <Tag color="orange">{t('roster.refresherOverdue')}</Tag>}
        </Space>
      ),
    },
    { title: t('roster.field.status'), dataIndex: 'status', width: 95, render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`roster.status.${s}`)}</Tag> },
  ];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('roster.add')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => navigate('/trainers/import')}>
            {t('roster.import')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportView()} loading={exporting}>
            {t('roster.export')}
          </Button>
        </Space>
      </Space>
      <RosterFilters filter={filter} onChange={change} onType={type} onClear={clear} reference={reference} />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }} aria-live="polite">
        {t('roster.countFiltered', { count: rows.length, total: total.data?.people ?? rows.length })}
      </Typography.Paragraph>
      {roster.error ? (
        <ErrorAlert error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <Table<RosterRow>
          virtual
          size="small"
          rowKey="id"
          loading={roster.isLoading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          // The columns' widths add up to 1,085 px: the page's width at 1366 px, so nothing scrolls sideways there.
          scroll={{ x: 1085, y: Math.max(240, height - 330) }}
          locale={{ emptyText: t('roster.noOne') }}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/trainers/${r.id}`, { state: fromList('trainers') }) })}
        />
      )}
      <PersonFormDrawer open={adding} onClose={(saved) => (setAdding(false), saved && navigate(`/trainers/${saved.id}`, { state: fromList('trainers') }))} />
    </div>
  );
}
