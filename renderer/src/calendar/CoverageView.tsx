import { Card, Col, Empty, Progress, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageReach } from '../../../shared/api';
import { compareLao } from '../../../shared/lao-order';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLocalName, useReference } from '../hooks/use-reference';

/** Per district: the villages reached (first, last, people) and the ones no session has reached yet. */
export function CoverageView() {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const [provinceId, setProvinceId] = useState<string | undefined>();
  const coverage = useApiQuery('calendar.coverage', provinceId ? { provinceId } : {});
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('calendar.coverage.province')}
        placeholder={t('calendar.coverage.province')}
        style={{ width: 260 }}
        value={provinceId}
        onChange={setProvinceId}
        options={reference.provinces.map((p) => ({ value: p.id, label: name(p) }))}
      />
      {coverage.error && <ErrorAlert error={coverage.error} />}
      {coverage.data?.length === 0 && <Empty description={t('calendar.noSessions')} />}
      <Row gutter={[12, 12]}>
        {/* In the order of the names shown, as the Teams page lists them: Lao order in Lao. */}
        {[...(coverage.data ?? [])].sort((a, b) => compareLao(name(a), name(b))).map((d) => {
          const total = d.reached.length + d.neverReached.length;
          return (
            <Col key={d.districtId} xs={24} xl={12}>
              <Card
                size="small"
                title={`${name(d)} · ${name(reference.byId.get(d.provinceId))}`}
                extra={t('calendar.coverage.summary', { reached: d.reached.length, total })}
                role="region"
                aria-label={name(d)}
              >
                <Progress percent={Math.round((100 * d.reached.length) / Math.max(1, total))} size="small" aria-label={t('calendar.coverage.summary', { reached: d.reached.length, total })} />
                {d.reached.length > 0 ? (
                  <Table<VillageReach>
                    size="small"
                    rowKey="villageId"
                    pagination={false}
                    dataSource={d.reached}
                    columns={[
                      { title: t('calendar.coverage.reached'), key: 'name', render: (_: unknown, v) => name(v) },
                      { title: t('calendar.coverage.first'), dataIndex: 'first', width: 110 },
                      { title: t('calendar.coverage.last'), dataIndex: 'last', width: 110 },
                      { title: t('calendar.coverage.sessions'), dataIndex: 'sessions', width: 80 },
                      { title: t('calendar.coverage.people'), dataIndex: 'people', width: 100 },
                    ]}
                  />
                ) : (
                  <Typography.Paragraph type="secondary">{t('calendar.coverage.noneYet')}</Typography.Paragraph>
                )}
                <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                  <strong>{t('calendar.coverage.never')}: </strong>
                  {d.neverReached.length === 0 ? t('calendar.coverage.allReached') : d.neverReached.map((v) => <Tag key={v.villageId}>{name(v)}</Tag>)}
                </Typography.Paragraph>
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
