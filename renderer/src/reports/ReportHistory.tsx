import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { useLocalName, useReference } from '../hooks/use-reference';
import { formatDateTime } from '../hooks/date-time';
import { monthLabel } from './months';

/** A cell kept on one line: a date, a name, a hash with its copy button. */
const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** Reports generated on this computer, with the hash that identifies each file. */
export function ReportHistory() {
  const { t } = useTranslation();
  const history = useApiQuery('reports.history', {});
  const reference = useReference();
  const name = useLocalName();
  const scopeName = (scope: string) => {
    if (scope === 'all') return t('reports.doc.scopeAll');
    const province = reference.provinces.find((p) => p.code === scope);
    return province ? name(province) : scope;
  };
  return (
    <Card title={t('reports.page.history')}>
      <Table
        size="small"
        rowKey="id"
        loading={history.isLoading}
        locale={{ emptyText: t('reports.page.historyEmpty') }}
        dataSource={history.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('reports.page.colCreated'), dataIndex: 'createdAt', width: 150, onCell: oneLine, render: (v: string) => formatDateTime(v) },
          { title: t('reports.page.kind'), dataIndex: 'kind', render: (v: string) => t(`reports.kinds.${v}`) },
          { title: t('reports.page.period'), dataIndex: 'period', render: (v: string) => monthLabel(v) },
          { title: t('reports.page.scope'), dataIndex: 'scope', render: (v: string) => scopeName(v) },
          { title: t('reports.page.language'), dataIndex: 'language', render: (v: string) => t(`app.${v}`) },
          { title: t('reports.page.colBy'), dataIndex: 'createdBy', onCell: oneLine },
          // The file's name says again what the columns before it say: cut short, whole on hover.
          { title: t('reports.page.colFile'), dataIndex: 'fileName', ellipsis: { showTitle: true } },
          { title: t('reports.page.colHash'), dataIndex: 'sha256', width: 170, onCell: oneLine, render: (v: string) => <Typography.Text code copyable={{ text: v }} title={v}>{v.slice(0, 12)}…</Typography.Text> },
        ]}
      />
    </Card>
  );
}
