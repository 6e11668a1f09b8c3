import { Button, DatePicker, Drawer, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../roster/PersonLink';
import type { MembershipRow } from '../../../shared/api';
import { memberRoles, todayIso } from '../../../shared/roster-rules';
import { useApiMutation, useApiQuery } from '../api/queries';
import { RecordSyncTags } from '../components/RecordSyncTags';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { useLocalName } from '../hooks/use-reference';
import { TeamFormModal } from './TeamFormModal';
import { personName, usePersonOptions } from '../hooks/use-person-options';
import { useMessage } from '../components/use-message';

const teamChannels = ['teams.list', 'teams.get', 'roster.get', 'roster.search', 'capacity.overview'] as const;

/** One team: its members past and present, adding a member and ending a membership. */
export function TeamDrawer({ teamId, onClose }: { teamId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const name = useLocalName();
  const errorText = useErrorText();
  const detail = useApiQuery('teams.get', { id: teamId ?? '' }, { enabled: !!teamId });
  const team = detail.data?.team;
  // A provincial or district team takes its own province's trainers (the backend refuses others).
  const people = useApiQuery('roster.search', { status: 'active', ...(team?.provinceId ? { provinceId: team.provinceId } : {}) }, { enabled: !!team });
  // Not those in the team now: adding them again is refused.
  const inTeam = new Set((detail.data?.members ?? []).filter((m) => m.toDate === null || m.toDate >= todayIso()).map((m) => m.personId));
  // And those moving into its province, still to train, from the day they arrive (the backend's rule too).
  const arrivals = useApiQuery('transfers.list', { provinceId: team?.provinceId ?? undefined, from: todayIso() }, { enabled: !!team?.provinceId });
  const arriving = new Map(
    (arrivals.data ?? []).filter((tr) => tr.upcoming && tr.keepsTrainingRole && tr.toProvinceId === team?.provinceId && !inTeam.has(tr.personId)).map((tr) => [tr.personId, tr]),
  );
  const personOptions = [
    ...usePersonOptions(people.data?.filter((p) => !inTeam.has(p.id) && !arriving.has(p.id))),
    ...[...arriving.values()].map((tr) => ({ value: tr.personId, label: `${personName({ nameLo: tr.personNameLo, nameEn: tr.personNameEn })} · ${t('teams.arrives', { date: tr.date })}` })),
  ];
  // Chosen, an arriving person joins from her arrival at the earliest.
  const chosePerson = (personId: string) => {
    const arrival = arriving.get(personId)?.date;
    const from = form.getFieldValue('fromDate') as Dayjs | undefined;
    if (arrival && (!from || from.format('YYYY-MM-DD') < arrival)) form.setFieldsValue({ fromDate: dayjs(arrival) });
  };
  const add = useApiMutation('teams.addMember', [...teamChannels]);
  const end = useApiMutation('teams.endMembership', [...teamChannels]);
  const remove = useApiMutation('teams.removeMembership', [...teamChannels]);
  const [form] = Form.useForm<{ personId: string; role: 'lead' | 'member'; fromDate: Dayjs }>();
  const [ending, setEnding] = useState<Record<string, Dayjs | null>>({});
  const [editing, setEditing] = useState(false);

  const addMember = async () => {
    // An invalid form shows its messages beside the fields; nothing more to do (and no unhandled rejection).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const added = await add.mutateAsync({ teamId: teamId!, personId: v.personId, role: v.role, fromDate: v.fromDate.format('YYYY-MM-DD') });
      message.success(t('teams.memberAdded', { name: name({ nameLo: added.personNameLo, nameEn: added.personNameEn }) }));
      form.resetFields();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Drawer open={!!teamId} onClose={onClose} size={760} title={team ? name(team) : ''} extra={team && <Button onClick={() => setEditing(true)}>{t('teams.edit')}</Button>}>
      {detail.error && <ErrorAlert error={detail.error} />}
      {team && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text>
            {t('teams.active')}: <strong>{t('teams.capacity', { active: team.activeSize, target: team.targetSize })}</strong>{' '}
            {team.activeSize < team.targetSize && <Tag color="red">{t('teams.belowTarget')}</Tag>}
          </Typography.Text>
          <RecordSyncTags table="team" rowId={team.id} />
          <Table<MembershipRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={detail.data?.members ?? []}
            locale={{ emptyText: t('teams.noMembers') }}
            columns={[
              {
                title: t('teams.person'),
                key: 'person',
                render: (_: unknown, m) => <PersonLink id={m.personId}>{name({ nameLo: m.personNameLo, nameEn: m.personNameEn })}</PersonLink>,
              },
              { title: t('teams.role'), dataIndex: 'role', width: 100, render: (r: string) => t(`roster.role.${r}`) },
              { title: t('teams.from'), dataIndex: 'fromDate', width: 110 },
              {
                title: t('roster.field.to'),
                key: 'to',
                width: 260,
                render: (_: unknown, m) =>
                  m.toDate ?? (
                    <Space>
                      <DatePicker
                        size="small"
                        aria-label={`${t('teams.endOn')}: ${name({ nameLo: m.personNameLo, nameEn: m.personNameEn })}`}
                        value={ending[m.id]}
                        onChange={(d) => setEnding({ ...ending, [m.id]: d })}
                        style={{ minWidth: 140 }}
                      />
                      <Popconfirm
                        title={t('teams.endMembership')}
                        // Who and which day, said before it is done: the day is today unless one was chosen.
                        description={t('teams.confirmEnd', { name: name({ nameLo: m.personNameLo, nameEn: m.personNameEn }), date: (ending[m.id] ?? dayjs()).format('YYYY-MM-DD') })}
                        okText={t('teams.endMembership')}
                        cancelText={t('roster.cancel')}
                        onConfirm={() =>
                          void end
                            .mutateAsync({ id: m.id, toDate: (ending[m.id] ?? dayjs()).format('YYYY-MM-DD') })
                            .catch((e) => message.error(errorText(e)))
                        }
                      >
                        <Button size="small">{t('teams.endMembership')}</Button>
                      </Popconfirm>
                    </Space>
                  ),
              },
              {
                title: '',
                key: 'remove',
                width: 90,
                render: (_: unknown, m) => (
                  <Popconfirm
                    title={t('teams.removeMembership')}
                    description={<div style={{ maxWidth: 380 }}>{t('teams.confirmRemove', { name: name({ nameLo: m.personNameLo, nameEn: m.personNameEn }) })}</div>}
                    okText={t('teams.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('roster.cancel')}
                    onConfirm={() => void remove.mutateAsync({ id: m.id }).catch((e) => message.error(errorText(e)))}
                  >
                    <Button size="small" type="link" danger aria-label={`${t('teams.removeMembership')}: ${name({ nameLo: m.personNameLo, nameEn: m.personNameEn })}`}>
                      {t('teams.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
          <Form form={form} layout="inline" initialValues={{ role: 'member', fromDate: dayjs() }}>
            <Form.Item name="personId" rules={[{ required: true, message: t('validation.required') }]}>
              <Select
                aria-label={t('teams.person')}
                placeholder={t('teams.person')}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 280 }}
                // Its list as wide as its names need: an arrival's day must not be cut off.
                popupMatchSelectWidth={false}
                options={personOptions}
                onChange={chosePerson}
              />
            </Form.Item>
            <Form.Item name="role">
              <Select aria-label={t('teams.role')} style={{ width: 120 }} options={memberRoles.map((r) => ({ value: r, label: t(`roster.role.${r}`) }))} />
            </Form.Item>
            <Form.Item name="fromDate" rules={[{ required: true, message: t('validation.date') }]}>
              <DatePicker aria-label={t('teams.from')} style={{ minWidth: 160 }} />
            </Form.Item>
            <Button type="primary" onClick={() => void addMember()} loading={add.isPending}>
              {t('teams.addMember')}
            </Button>
          </Form>
        </Space>
      )}
      <TeamFormModal open={editing} team={team} onClose={() => setEditing(false)} />
    </Drawer>
  );
}
