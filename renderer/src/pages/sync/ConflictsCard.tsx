import { Button, Card, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/api';
import { fieldKeys, valueKeyPrefix } from '../../../../shared/field-values';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalName } from '../../hooks/use-reference';
import { useMessage } from '../../components/use-message';

/** A replicated column by the name the forms give it (phone_number: Phone), or as it is where they give none. */
export const fieldName = (t: TFunction, column: string, table?: string) => t(fieldKeys(table, column), { defaultValue: column });

/** Fields both sides changed: the value now, the one that lost, and a person's choice between them. */
export function ConflictsCard() {
  const { t } = useTranslation();
  const name = useLocalName();
  const list = useApiQuery('conflicts.list', { includeResolved: false });
  const resolve = useApiMutation('conflicts.resolve', ['conflicts.list', 'sync.audit']);
  const message = useMessage();
  const settle = (id: number, keep: 'kept' | 'lost') => resolve.mutate({ id, keep }, { onSuccess: () => void message.success(t('syncPage.resolved')) });
  // A value as the forms show it: the district's name, not its id; "Left", not "left".
  const show = (c: Conflict, v: Conflict['keptValue'], named: Conflict['keptName']) => {
    if (v === null || v === '') return <Typography.Text type="secondary">{t('syncPage.empty')}</Typography.Text>;
    if (named) return name(named);
    const prefix = valueKeyPrefix(c.table, c.column);
    return prefix ? t(`${prefix}.${String(v)}`, { defaultValue: String(v) }) : String(v);
  };
  // Each value with the office that wrote it and when: "the other value" alone read as the other office's.
  const written = (c: Conflict, value: Conflict['keptValue'], named: Conflict['keptName'], by: 'here' | 'peer', at: string | null) => (
    <Space direction="vertical" size={0}>
      <span>{show(c, value, named)}</span>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {[by === 'here' ? t('syncPage.thisOffice') : c.peerCode, at && dayjs(at).format('YYYY-MM-DD HH:mm')].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Space>
  );
  return (
    <Card title={t('syncPage.conflictsTitle')}>
      <Typography.Paragraph type="secondary">{t('syncPage.conflictsHelp')}</Typography.Paragraph>
      {(list.error || resolve.error) && <ErrorAlert error={list.error ?? resolve.error} />}
      <Table<Conflict>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('syncPage.noConflicts') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('syncPage.record'),
            key: 'record',
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                {c.record && (c.record.table === 'person' ? <a href={`#/trainers/${c.record.rowId}`}>{name(c.record)}</a> : <span>{name(c.record)}</span>)}
                {/* Only a record that no longer exists is shown by its table and id: there is nothing else to name it by. */}
                {!c.record && <Typography.Text type="secondary" code>{`${c.table} ${c.rowId.slice(0, 8)}`}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('syncPage.field'), key: 'field', render: (_, c) => fieldName(t, c.column, c.table) },
          { title: t('syncPage.otherOffice'), dataIndex: 'peerCode' },
          { title: t('syncPage.keptValue'), key: 'kept', render: (_, c) => written(c, c.keptValue, c.keptName, c.keptBy, c.keptAt) },
          { title: t('syncPage.lostValue'), key: 'lost', render: (_, c) => written(c, c.lostValue, c.lostName, c.lostBy, c.lostAt) },
          {
            title: '',
            key: 'actions',
            render: (_, c) => (
              <Space>
                <Button size="small" onClick={() => settle(c.id, 'kept')}>{t('syncPage.keepThis')}</Button>
                <Button size="small" onClick={() => settle(c.id, 'lost')}>{t('syncPage.useOther')}</Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
