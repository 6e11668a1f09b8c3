import { Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type DayProps, DayCell } from './DayCell';

/** Seven days side by side with every session in full: antd has no week view, so this is a plain grid. */
export function WeekView({ anchor, ...p }: DayProps & { anchor: Dayjs }) {
  const start = anchor.startOf('week');
  const today = dayjs().format('YYYY-MM-DD');
  const days = Array.from({ length: 7 }, (_, i) => start.add(i, 'day'));
  const { t } = useTranslation();
  return (
    <>
      {/* Seven empty columns said nothing: whether the week is free, or the filters hide its sessions. */}
      {p.sessions.length === 0 && <Typography.Paragraph type="secondary">{t('calendar.noSessions')}</Typography.Paragraph>}
      <div className="week-grid">
        {days.map((d) => {
          const iso = d.format('YYYY-MM-DD');
          const holiday = p.holidays.some((h) => h.date === iso);
          return (
            <section key={iso} className={`week-day${iso === today ? ' is-today' : ''}${holiday ? ' is-holiday' : ''}`} aria-label={d.format('dddd D MMMM YYYY')}>
              <h3>{d.format('ddd D MMM')}</h3>
              <DayCell date={d} {...p} />
            </section>
          );
        })}
      </div>
    </>
  );
}
