import { Button, DatePicker, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../roster/PersonLink';
import { isTrainerCourse, movable } from '../../../shared/calendar-rules';
import { todayIso } from '../../../shared/roster-rules';
import { useApiMutation, useApiQuery } from '../api/queries';
import { RecordSyncTags } from '../components/RecordSyncTags';
import { ErrorAlert } from '../components/ErrorAlert';
import { useErrorText } from '../components/use-error-text';
import { useLocalName, useReference } from '../hooks/use-reference';
import { calendarChannels } from './SessionFormDrawer';
import { levelColour, statusSymbol, statusTagColour } from './session-style';
import { useSessionLabel } from './use-session-label';
import { useMoveSession } from './use-move-session';
import { WarningList } from './WarningList';
import { useMessage } from '../components/use-message';

/** One session in full, with what can be done to it next: edit, move, confirm, postpone, cancel, record. */
export function SessionDrawer({ id, onClose, onEdit, onRecord, onCascade }: {
  id: string | null;
  onClose(): void;
  onEdit(): void;
  onRecord(): void;
  onCascade(id: string): void;
}) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const reference = useReference();
  const name = useLocalName();
  const errorText = useErrorText();
  const { label, fullPlace } = useSessionLabel();
  const detail = useApiQuery('calendar.get', { id: id ?? '' }, { enabled: !!id });
  const setStatus = useApiMutation('calendar.setStatus', [...calendarChannels]);
  const { moveSession, moving } = useMoveSession({ warningsInView: true });
  const [moveTo, setMoveTo] = useState<dayjs.Dayjs | null>(null);
  const d = detail.data;
  const s = d?.session;

  const status = (next: 'planned' | 'confirmed' | 'postponed' | 'cancelled') =>
    setStatus.mutateAsync({ id: id ?? '', status: next }).catch((e) => message.error(errorText(e)));
  const doMove = async () => {
    if (!moveTo || !id) return;
    if (await moveSession(id, moveTo.format('YYYY-MM-DD'))) setMoveTo(null);
  };
  const open = s && s.status !== 'held';
  // A cancelled session is not postponed or moved: it goes back to planned first.
  const live = open && movable(s.status);
  // What has not happened yet, or not on its days, cannot be recorded as held (the backend refuses it too).
  const over = s ? s.endDate <= todayIso() && s.status !== 'cancelled' && s.status !== 'postponed' : false;

  return (
    <Drawer open={!!id} onClose={onClose} size={640} title={s ? label(s) : t('calendar.sessionDetails')} destroyOnHidden>
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {d && s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color={levelColour[s.level]}>{t(`calendar.level.${s.level}`)}</Tag>
            <Tag color={statusTagColour[s.status]}>{`${statusSymbol[s.status]} ${t(`calendar.status.${s.status}`)}`}</Tag>
            <Typography.Text>{t(`calendar.kind.${s.kind}`)}</Typography.Text>
            <RecordSyncTags table="session" rowId={s.id} />
          </Space>
          <Space wrap>
            {open && over && (
              <Button type="primary" onClick={onRecord}>
                {t('calendar.recordHeld')}
              </Button>
            )}
            {s.status === 'held' && <Button onClick={onRecord}>{t('calendar.correctHeld')}</Button>}
            <Button onClick={onEdit}>{t('calendar.edit')}</Button>
            {s.status === 'planned' && <Button onClick={() => void status('confirmed')}>{t('calendar.confirm')}</Button>}
            {live && s.status !== 'postponed' && <Button onClick={() => void status('postponed')}>{t('calendar.postpone')}</Button>}
            {(s.status === 'postponed' || s.status === 'cancelled') && <Button onClick={() => void status('planned')}>{t('calendar.backToPlanned')}</Button>}
            {live && (
              <Popconfirm title={t('calendar.confirmCancel')} onConfirm={() => void status('cancelled')} okText={t('calendar.cancelSession')} cancelText={t('calendar.close')}>
                <Button danger>{t('calendar.cancelSession')}</Button>
              </Popconfirm>
            )}
            <Button onClick={() => onCascade(s.id)}>{t('calendar.showCascade')}</Button>
          </Space>
          {s.status === 'postponed' && <Typography.Text type="secondary">{t('calendar.postponedHint')}</Typography.Text>}
          {live && (
            <Space wrap>
              <DatePicker aria-label={t('calendar.moveTo')} placeholder={t('calendar.moveTo')} value={moveTo} onChange={setMoveTo} />
              <Button disabled={!moveTo} loading={moving} onClick={() => void doMove()}>
                {t('calendar.move')}
              </Button>
            </Space>
          )}
          {live && <WarningList warnings={d.warnings} />}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('calendar.field.dates')}>{s.startDate === s.endDate ? s.startDate : `${s.startDate} – ${s.endDate}`}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.field.place')}>{fullPlace(s)}</Descriptions.Item>
            {s.venue && <Descriptions.Item label={t('calendar.field.venue')}>{s.venue}</Descriptions.Item>}
            <Descriptions.Item label={t('calendar.field.modules')}>{s.moduleIds.map((m) => name(reference.byId.get(m))).join(', ') || t('calendar.none')}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.field.facilitators')}>
              {d.facilitators.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <PersonLink id={p.id}>{name(p)}</PersonLink>
                </span>
              ))}
              {d.facilitators.length === 0 && t('calendar.none')}
            </Descriptions.Item>
            {d.parent && (
              <Descriptions.Item label={t('calendar.field.parent')}>
                <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onCascade(d.parent?.id ?? '')}>
                  {i18n.language === 'lo' ? d.parent.titleLo : d.parent.titleEn}
                </Button>
              </Descriptions.Item>
            )}
            {d.childCount > 0 && <Descriptions.Item label={t('calendar.view.cascade')}>{t('calendar.childCount', { count: d.childCount })}</Descriptions.Item>}
            {s.notes && <Descriptions.Item label={t('calendar.field.notes')}>{s.notes}</Descriptions.Item>}
            {s.followUp && <Descriptions.Item label={t('calendar.field.followUp')}>{s.followUp}</Descriptions.Item>}
            {s.status === 'held' && (
              <>
                <Descriptions.Item label={t('calendar.field.participants')}>
                  {`${t('calendar.field.female')} ${s.female} · ${t('calendar.field.male')} ${s.male} · ${t('calendar.field.total')} ${s.female + s.male}`}
                </Descriptions.Item>
                {(s.preTestAvg !== null || s.postTestAvg !== null) && (
                  <Descriptions.Item label={`${t('calendar.field.preTest')} → ${t('calendar.field.postTest')}`}>{`${s.preTestAvg ?? '—'} → ${s.postTestAvg ?? '—'}`}</Descriptions.Item>
                )}
                {d.villageIds.length > 0 && (
                  <Descriptions.Item label={t('calendar.field.villagesReached')}>{d.villageIds.map((v) => name(reference.byId.get(v))).join(', ')}</Descriptions.Item>
                )}
              </>
            )}
          </Descriptions>
          {s.status === 'held' && d.participants.length > 0 && (
            <Table
              size="small"
              rowKey="organisationId"
              pagination={false}
              dataSource={d.participants}
              columns={[
                { title: t('calendar.field.organisation'), dataIndex: 'organisationId', render: (o: string) => name(reference.byId.get(o)) },
                { title: t('calendar.field.female'), dataIndex: 'female', width: 80 },
                { title: t('calendar.field.male'), dataIndex: 'male', width: 80 },
              ]}
            />
          )}
          {isTrainerCourse(s.kind) && d.attendees.length > 0 && (
            <div>
              <Typography.Text strong>{t('calendar.field.attendees')}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {d.attendees.map((p) => (
                  <li key={p.id}>
                    <PersonLink id={p.id}>{name(p)}</PersonLink>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Space>
      )}
    </Drawer>
  );
}
