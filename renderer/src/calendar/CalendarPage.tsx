import './calendar.css';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAddressFilter } from '../hooks/use-address-filter';
import { AgendaView } from './AgendaView';
import { type CalendarView, calendarParams, calendarViews } from './calendar-address';
import { CalendarFilters, type CalendarFilter } from './CalendarFilters';
import { CalendarLegend } from './CalendarLegend';
import { CascadeView } from './CascadeView';
import { CoverageView } from './CoverageView';
import { ExportIcsButton } from './ExportIcsButton';
import { MonthView } from './MonthView';
import { RecordHeldDrawer } from './RecordHeldDrawer';
import { SessionDrawer } from './SessionDrawer';
import { SessionFormDrawer } from './SessionFormDrawer';
import { useMoveSession } from './use-move-session';
import { WeekView } from './WeekView';

/** The days the view is about: the month, its week, or the agenda's three months. What an export offers. */
function shownPeriod(view: CalendarView, anchor: Dayjs): [Dayjs, Dayjs] {
  if (view === 'week') return [anchor.startOf('week'), anchor.endOf('week')];
  if (view === 'agenda') return [anchor.startOf('month'), anchor.add(2, 'month').endOf('month')];
  return [anchor.startOf('month'), anchor.endOf('month')];
}

/** The days the view fetches: the month view also draws the weeks around it, and one more below. */
function periodOf(view: CalendarView, anchor: Dayjs): [Dayjs, Dayjs] {
  if (view !== 'month') return shownPeriod(view, anchor);
  return [anchor.startOf('month').startOf('week'), anchor.endOf('month').endOf('week').add(7, 'day')];
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { filter: address, change, replace } = useAddressFilter(calendarParams);
  const { view = 'month', at, root, session, ...filter } = address;
  const anchor = useMemo(() => (at ? dayjs(at) : dayjs()), [at]);
  // Another view is a step Back returns from; another month is not (Back leaves the calendar, at that month).
  const setView = (v: CalendarView, extra: { root?: string; at?: string; session?: undefined } = {}) => change({ view: v, root: undefined, ...extra });
  const setAnchor = (d: Dayjs) => replace({ at: d.format('YYYY-MM-DD') });
  const setFilter = (f: CalendarFilter) => change({ levels: undefined, kinds: undefined, statuses: undefined, provinceId: undefined, districtId: undefined, ...f });
  // The session open in the drawer is in the address too: Back from a facilitator's page opens it again.
  const openId = session ?? null;
  const setOpenId = (id: string | null) => (id ? change({ session: id }) : replace({ session: undefined }));
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [recording, setRecording] = useState(false);

  const [from, to] = periodOf(view, anchor).map((d) => d.format('YYYY-MM-DD'));
  const timeline = view === 'month' || view === 'week' || view === 'agenda';
  const sessions = useApiQuery('calendar.list', { from, to, ...filter }, { enabled: timeline, placeholderData: (prev) => prev });
  const holidays = useApiQuery('calendar.holidays', { from, to }, { enabled: timeline });
  const detail = useApiQuery('calendar.get', { id: openId ?? '' }, { enabled: !!openId });
  const { moveSession } = useMoveSession({ warningsInView: false });
  const step = view === 'week' ? 'week' : 'month';
  const dayProps = { sessions: sessions.data ?? [], holidays: holidays.data ?? [], onOpen: setOpenId, onMove: (id: string, d: string) => void moveSession(id, d) };
  // A dayjs value keeps the locale it was made in: format in the current one, or a Lao month shows in English.
  const local = anchor.locale(i18n.language === 'lo' ? 'lo' : 'en-gb');
  // The agenda lists three months from the anchor's: its title says so.
  const periodTitle =
    view === 'week'
      ? t('calendar.weekOf', { date: local.startOf('week').format('D MMMM YYYY') })
      : view === 'agenda'
        ? `${local.format('MMMM YYYY')} – ${local.add(2, 'month').format('MMMM YYYY')}`
        : local.format('MMMM YYYY');

  return (
    <div className="page" style={{ maxWidth: 'none' }}>
      <Space className="calendar-toolbar" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <Space wrap>
          <Segmented<CalendarView>
            aria-label={t('calendar.view.label')}
            value={view}
            onChange={(v) => setView(v)}
            options={calendarViews.map((v) => ({ value: v, label: t(`calendar.view.${v}`) }))}
          />
          {/* The cascade and coverage views show no filters: none is applied unseen. */}
          <ExportIcsButton defaultRange={shownPeriod(view, anchor)} filter={timeline ? filter : {}} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('calendar.newSession')}
          </Button>
        </Space>
      </Space>
      {timeline && (
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <Space className="calendar-toolbar" wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Space>
              <Button aria-label={t('calendar.previous')} icon={<LeftOutlined />} onClick={() => setAnchor(anchor.subtract(1, step))} />
              <Button onClick={() => setAnchor(dayjs())}>{t('calendar.today')}</Button>
              <Button aria-label={t('calendar.next')} icon={<RightOutlined />} onClick={() => setAnchor(anchor.add(1, step))} />
              <Typography.Title level={4} style={{ margin: 0 }} aria-live="polite">
                {periodTitle}
              </Typography.Title>
            </Space>
            <CalendarFilters value={filter} onChange={setFilter} />
          </Space>
          {sessions.error && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
          <CalendarLegend hint={view !== 'agenda' ? t('calendar.dragHint') : undefined} />
          <Card size="small" styles={{ body: { padding: view === 'month' ? 0 : 12 } }}>
            {view === 'month' && (
              <MonthView
                anchor={local}
                onAnchor={setAnchor}
                onShowWeek={(d) => setView('week', { at: d.format('YYYY-MM-DD') })}
                {...dayProps}
              />
            )}
            {view === 'week' && <WeekView anchor={local} {...dayProps} />}
            {view === 'agenda' && <AgendaView sessions={sessions.data ?? []} onOpen={setOpenId} />}
          </Card>
        </Space>
      )}
      {view === 'cascade' && <CascadeView rootId={root ?? null} onRoot={(id) => setView('cascade', { root: id })} onOpen={setOpenId} />}
      {view === 'coverage' && <CoverageView />}

      <SessionDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={() => setEditing('edit')}
        onRecord={() => setRecording(true)}
        onCascade={(id) => {
          setView('cascade', { root: id, session: undefined });
        }}
      />
      <SessionFormDrawer
        open={editing !== null}
        session={editing === 'edit' ? detail.data?.session : undefined}
        startDate={anchor.format('YYYY-MM-DD')}
        onClose={() => setEditing(null)}
        onSaved={(id) => {
          setEditing(null);
          setOpenId(id);
        }}
      />
      <RecordHeldDrawer detail={recording ? detail.data : undefined} onClose={() => setRecording(false)} />
    </div>
  );
}
