import { Button } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../shared/api';
import { useLocalName } from '../hooks/use-reference';
import { SessionChip } from './session-style';
import { useSessionLabel } from './use-session-label';
import { movable } from '../../../shared/calendar-rules';

export interface DayProps {
  sessions: SessionRow[];
  holidays: Array<{ date: string; nameLo: string; nameEn: string }>;
  onOpen(id: string): void;
  onMove(id: string, date: string): void;
}

/** The sessions running on a given day, in start order. */
export const sessionsOn = (sessions: SessionRow[], day: string) => sessions.filter((s) => s.startDate <= day && s.endDate >= day);

/**
 * One day of the month or week: its holiday, its sessions as chips, and a drop target for moving a session
 * here. Only a session's first day is draggable, so dropping means "start on this day".
 */
export function DayCell({ date, limit, onMore, ...p }: DayProps & { date: Dayjs; limit?: number; onMore?: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const { chipLabel, levelLetter } = useSessionLabel();
  const [over, setOver] = useState(false);
  const day = date.format('YYYY-MM-DD');
  const here = sessionsOn(p.sessions, day);
  const shown = limit ? here.slice(0, limit) : here;
  const holiday = p.holidays.find((h) => h.date === day);
  return (
    <div
      className={`calendar-cell${over ? ' drop-target' : ''}`}
      data-date={day}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('application/x-lwu-session')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData('application/x-lwu-session');
        if (id) p.onMove(id, day);
      }}
    >
      {holiday && <span className="holiday-name">{t('calendar.holiday', { name: name(holiday) })}</span>}
      {shown.map((s) => (
        <SessionChip
          key={s.id}
          session={s}
          label={chipLabel(s)}
          levelLetter={levelLetter(s.level)}
          statusText={t(`calendar.status.${s.status}`)}
          draggable={s.startDate === day && movable(s.status)}
          onOpen={() => p.onOpen(s.id)}
        />
      ))}
      {here.length > shown.length && (
        <Button
          type="link"
          size="small"
          className="more-sessions"
          onClick={(e) => {
            e.stopPropagation();
            onMore?.();
          }}
        >
          {t('calendar.more', { count: here.length - shown.length })}
        </Button>
      )}
    </div>
  );
}
