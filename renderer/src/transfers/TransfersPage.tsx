import { DownloadOutlined, SwapOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Button, DatePicker, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferRow } from '../../../shared/api';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { downloadFile } from '../hooks/download';
import { useAddressFilter } from '../hooks/use-address-filter';
import { PersonLink } from '../roster/PersonLink';
import { useLocalName, useReference } from '../hooks/use-reference';
import { RecordTransferDrawer } from './RecordTransferDrawer';
import { TransferDate } from './TransferDate';
import { transferFilterParams } from './transfer-filter-params';
import { useTransferSides } from './transfer-side';
import { useMessage } from '../components/use-message';

export function TransfersPage() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  // In the address, not in the page: Back from a person's page, or a reload, shows the same list.
  const { filter, change } = useAddressFilter(transferFilterParams);
  const [recording, setRecording] = useState(false);
  const list = useApiQuery('transfers.list', filter);
  const undo = useApiMutation('transfers.undo', ['transfers.list', 'roster.search', 'roster.get', 'teams.list', 'teams.get', 'capacity.overview']);
  const sides = useTransferSides();
  // As the spreadsheet export writes it: place, organisation, position (a move to another office may keep the place).
  const side = (r: TransferRow, which: 'from' | 'to') => {
    const { place, post } = sides(r, which);
    return [place, post].filter(Boolean).join(' · ');
  };

  const exportView = async () => {
    try {
      downloadFile(await call('transfers.exportXlsx', { filter, language: i18n.language === 'en' ? 'en' : 'lo' }));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('transfers.title')}
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<SwapOutlined />} onClick={() => setRecording(true)}>
            {t('transfers.record')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportView()}>
            {t('transfers.export')}
          </Button>
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          aria-label={t('transfers.period')}
          value={filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null}
          onChange={(r) => change({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <Select
          aria-label={t('transfers.place')}
          placeholder={t('transfers.place')}
          allowClear
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={filter.provinceId ?? null}
          onChange={(v) => change({ provinceId: v })}
          options={reference.provinces.map((p) => ({ value: p.id, label: name(p) }))}
        />
        <Select
          aria-label={t('transfers.organisation')}
          placeholder={t('transfers.organisation')}
          allowClear
          style={{ width: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={filter.organisationId ?? null}
          onChange={(v) => change({ organisationId: v })}
          options={reference.organisations.map((o) => ({ value: o.id, label: name(o) }))}
        />
        <Select
          aria-label={t('transfers.keepsFilter')}
          placeholder={t('transfers.keepsFilter')}
          allowClear
          style={{ width: 200 }}
          value={filter.keepsTrainingRole === undefined ? undefined : filter.keepsTrainingRole ? 'yes' : 'no'}
          onChange={(v) => change({ keepsTrainingRole: v === undefined ? undefined : v === 'yes' })}
          options={[
            { value: 'yes', label: `${t('transfers.keepsFilter')}: ${t('transfers.yes')}` },
            { value: 'no', label: `${t('transfers.keepsFilter')}: ${t('transfers.no')}` },
          ]}
        />
      </Space>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TransferRow>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('transfers.none') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          // On a narrow screen the table scrolls rather than breaking names and places inside words.
          scroll={{ x: 1080 }}
          columns={[
            { title: t('transfers.date'), key: 'date', width: 130, render: (_: unknown, r: TransferRow) => <TransferDate row={r} /> },
            { title: t('transfers.person'), key: 'person', width: 180, render: (_: unknown, r) => <PersonLink id={r.personId}>{name({ nameLo: r.personNameLo, nameEn: r.personNameEn })}</PersonLink> },
            { title: t('transfers.from'), key: 'from', width: 200, render: (_: unknown, r) => side(r, 'from') },
            { title: t('transfers.to'), key: 'to', width: 200, render: (_: unknown, r) => side(r, 'to') },
            {
              title: t('transfers.keeps'),
              dataIndex: 'keepsTrainingRole',
              width: 120,
              render: (k: boolean) => <Tag color={k ? 'green' : 'red'}>{k ? t('transfers.yes') : t('transfers.no')}</Tag>,
            },
            // The rest of the width: a reason is read in full in its tooltip.
            { title: t('transfers.reason'), dataIndex: 'reason', ellipsis: { showTitle: true } },
            {
              title: '',
              key: 'undo',
              width: 100,
              // In view beside each row even while the table scrolls on a 1366-pixel screen.
              fixed: 'right',
              render: (_: unknown, r) =>
                r.canUndo && (
                  <Popconfirm
                    title={t('transfers.confirmUndo')}
                    okText={t('transfers.undo')}
                    onConfirm={() =>
                      void undo
                        .mutateAsync({ id: r.id })
                        .then(() => message.success(t('transfers.undone', { name: name({ nameLo: r.personNameLo, nameEn: r.personNameEn }) })))
                        .catch((e) => message.error(errorText(e)))
                    }
                  >
                    <Button size="small">{t('transfers.undo')}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      <RecordTransferDrawer open={recording} onClose={() => setRecording(false)} />
    </div>
  );
}
