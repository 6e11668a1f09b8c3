import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DeleteImpact } from './DeleteImpact';
import { modulesByPerson } from '../../../shared/capacity';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { MembershipRow, QualificationRow } from '../../../shared/api';
import { todayIso } from '../../../shared/roster-rules';
import { useApiMutation, useApiQuery } from '../api/queries';
import { RecordSyncTags } from '../components/RecordSyncTags';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { useLocalName, useReference } from '../hooks/use-reference';
import { AddQualificationButton } from './AddQualificationButton';
import { PersonFormDrawer } from './PersonFormDrawer';
import { PersonSessionsCard } from './PersonSessionsCard';
import { RecordTransferDrawer } from '../transfers/RecordTransferDrawer';
import type { TransferRow } from '../../../shared/api';
import { TransferDate } from '../transfers/TransferDate';
import { useTransferSides, type TransferSideText } from '../transfers/transfer-side';
import { useMessage } from '../components/use-message';
import { type ListPath, fromList, useBackToList } from '../hooks/use-address-filter';

const rosterChannels = ['roster.search', 'roster.get', 'teams.list', 'teams.get', 'demo.status'] as const;

/** A side of a transfer in a narrow column: the place, and under it the organisation and position. */
function TransferSide({ place, post }: TransferSideText) {
  return (
    <>
      <div>{place || '—'}</div>
      {post && <div>{post}</div>}
    </>
  );
}

/** Her page's Back button names the page it returns to. */
const backLabel: Record<ListPath, string> = {
  trainers: 'roster.back',
  transfers: 'roster.backToTransfers',
  capacity: 'roster.backToCapacity',
  teams: 'roster.backToTeams',
  calendar: 'roster.backToCalendar',
};

export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const { list, back: backToList } = useBackToList('trainers');
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  const detail = useApiQuery('roster.get', { id });
  const remove = useApiMutation('roster.delete', [...rosterChannels]);
  const restore = useApiMutation('roster.restore', [...rosterChannels]);
  const removeQualification = useApiMutation('qualification.remove', ['roster.get', 'roster.search', 'teams.list']);
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const transfers = useApiQuery('transfers.list', { personId: id });
  const sides = useTransferSides();
  const today = todayIso();

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;
  if (!data) return <Card loading />;
  const p = data.person;
  const lapsed = modulesByPerson(data.qualifications.map((q) => ({ ...q, personId: id })), today).get(id)?.overdue ?? new Map<string, string>();
  // A module earned twice (a training, then a refresher) is listed together, newest first; the earlier record is
  // history, said so, so that two rows of one module do not read as two qualifications.
  const moduleOrder = new Map(reference.modules.map((m, i) => [m.id, i]));
  const order = (moduleId: string) => moduleOrder.get(moduleId) ?? Number.MAX_SAFE_INTEGER;
  const qualifications = [...data.qualifications].sort((a, b) => order(a.moduleId) - order(b.moduleId) || a.moduleId.localeCompare(b.moduleId) || b.earnedOn.localeCompare(a.earnedOn));
  const renewed = new Set(qualifications.filter((q, i) => i > 0 && qualifications[i - 1]!.moduleId === q.moduleId).map((q) => q.id));

  const deleteWithUndo = async () => {
    try {
      await remove.mutateAsync({ id });
      const key = `deleted-${id}`;
      message.open({
        key,
        type: 'success',
        duration: 8,
        content: (
          <Space>
            {t('roster.deleted', { name: p.nameLo })}
            <Button
              size="small"
              onClick={async () => {
                await restore.mutateAsync({ id });
                message.open({ key, type: 'success', content: t('roster.restored', { name: p.nameLo }) });
                // The list is the step before her page again, whichever way the deletion went back to it.
                navigate(`/trainers/${id}`, { state: fromList(list) });
              }}
            >
              {t('roster.undo')}
            </Button>
          </Space>
        ),
      });
      backToList();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const place = [p.provinceId, p.districtId, p.villageId].map((x) => name(reference.byId.get(x ?? ''))).filter(Boolean).join(', ');
  const sourceText = (q: QualificationRow) => t(q.source === 'session' ? 'roster.fromSession' : q.source === 'import' ? 'roster.imported' : 'roster.manual');

  return (
    <div className="page">
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={backToList}>
          {t(backLabel[list])}
        </Button>
      </Space>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} lang="lo" style={{ margin: 0 }}>
          {p.nameLo} {p.deletedAt && <Tag color="red">{t('roster.deletedTag')}</Tag>}
        </Typography.Title>
        <Space>
          {p.status !== 'left' && (
            <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)}>
              {t('transfers.record')}
            </Button>
          )}
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('roster.edit')}
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={() => setConfirmingDelete(true)}>
            {t('roster.delete')}
          </Button>
        </Space>
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{p.nameEn}</Typography.Text>
        <RecordSyncTags table="person" rowId={id} />
      </Space>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('roster.profile')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('roster.field.sex')}>{t(`roster.sex.${p.sex}`)}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.birthYear')}>{p.birthYear ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.phone')}>{p.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.organisation')}>{name(reference.byId.get(p.organisationId ?? '')) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.position')}>{p.position ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.officeLevel')}>{t(`roster.level.${p.officeLevel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.place')}>{place || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('roster.field.status')}>{t(`roster.status.${p.status}`)}</Descriptions.Item>
            {p.notes && <Descriptions.Item label={t('roster.field.notes')}>{p.notes}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={t('roster.qualifications')} extra={<AddQualificationButton personId={id} />}>
          <Table<QualificationRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={qualifications}
            locale={{ emptyText: t('roster.noQualifications') }}
            columns={[
              { title: t('roster.field.module'), dataIndex: 'moduleId', render: (m: string) => name(reference.byId.get(m)) },
              { title: t('roster.field.earnedOn'), dataIndex: 'earnedOn', width: 130 },
              {
                title: t('roster.field.refresherDue'),
                dataIndex: 'refresherDue',
                width: 190,
                // Overdue only while the module is lapsed: a record that a later one renewed is history.
                render: (d: string | null, q) =>
                  renewed.has(q.id) || (d && d < today && !lapsed.has(q.moduleId)) ? (
                    <Typography.Text type="secondary">{[d, t('roster.renewed')].filter(Boolean).join(' · ')}</Typography.Text>
                  ) : d && d < today ? (
                    <Tag color="orange">
                      {t('roster.refresherOverdue')} · {d}
                    </Tag>
                  ) : (
                    d
                  ),
              },
              { title: t('roster.field.source'), key: 'source', width: 170, render: (_: unknown, q) => sourceText(q) },
              {
                title: '',
                key: 'actions',
                width: 100,
                render: (_: unknown, q) => (
                  <Popconfirm
                    title={t('roster.confirmRemoveQualification', { module: name(reference.byId.get(q.moduleId)) })}
                    okText={t('roster.removeQualification')}
                    cancelText={t('roster.cancel')}
                    onConfirm={() => void removeQualification.mutateAsync({ id: q.id }).catch((e) => message.error(errorText(e)))}
                  >
                    <Button size="small" type="link" danger>
                      {t('roster.removeQualification')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('roster.teamHistory')}>
          <Table<MembershipRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.memberships}
            locale={{ emptyText: t('roster.noTeams') }}
            columns={[
              { title: t('roster.field.team'), key: 'team', render: (_: unknown, m) => name({ nameLo: m.teamNameLo, nameEn: m.teamNameEn }) },
              { title: t('roster.field.role'), dataIndex: 'role', width: 110, render: (r: string) => t(`roster.role.${r}`) },
              { title: t('roster.field.from'), dataIndex: 'fromDate', width: 130 },
              {
                title: t('roster.field.to'),
                dataIndex: 'toDate',
                width: 150,
                render: (d: string | null) => (d ? d : <Tag color="green">{t('roster.current')}</Tag>),
              },
            ]}
          />
        </Card>
        <Card title={t('transfers.history')}>
          <Table<TransferRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={transfers.data ?? []}
            locale={{ emptyText: t('transfers.none') }}
            columns={[
              { title: t('transfers.date'), key: 'date', width: 170, render: (_: unknown, r: TransferRow) => <TransferDate row={r} /> },
              { title: t('transfers.from'), key: 'from', width: 260, render: (_: unknown, r) => <TransferSide {...sides(r, 'from')} /> },
              { title: t('transfers.to'), key: 'to', width: 260, render: (_: unknown, r) => <TransferSide {...sides(r, 'to')} /> },
              { title: t('transfers.keeps'), dataIndex: 'keepsTrainingRole', width: 150, render: (k: boolean) => (k ? t('transfers.yes') : t('transfers.no')) },
              { title: t('transfers.reason'), dataIndex: 'reason' },
            ]}
          />
        </Card>
        <PersonSessionsCard personId={id} />
      </Space>
      <PersonFormDrawer open={editing} person={p} onClose={() => setEditing(false)} />
      <RecordTransferDrawer open={transferring} personId={id} onClose={() => setTransferring(false)} />
      <Modal
        open={confirmingDelete}
        title={t('roster.confirmDelete', { name: p.nameLo })}
        okText={t('roster.delete')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        cancelText={t('roster.cancel')}
        onOk={async () => {
          await deleteWithUndo();
          setConfirmingDelete(false);
        }}
        onCancel={() => setConfirmingDelete(false)}
        destroyOnHidden
      >
        <DeleteImpact personId={id} />
      </Modal>
    </div>
  );
}

