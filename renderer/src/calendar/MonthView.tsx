import { Calendar } from 'antd';
import type { Dayjs } from 'dayjs';
import { type DayProps, DayCell } from './DayCell';

/** antd's month grid with our own toolbar above it (month navigation lives there, for every view). */
export function MonthView({ anchor, onAnchor, onShowWeek, ...p }: DayProps & { anchor: Dayjs; onAnchor(d: Dayjs): void; onShowWeek(d: Dayjs): void }) {
  // Lao weekday names come from the app's antd locale (renderer/src/i18n/antd-lo.ts).
  return (
    <Calendar
      className="month-view"
      value={anchor}
      headerRender={() => null}
      onSelect={(d, info) => {
        if (info.source === 'date') onAnchor(d);
      }}
      fullscreen
      cellRender={(date, info) =>
        info.type === 'date' ? <DayCell date={date} limit={3} onMore={() => onShowWeek(date)} {...p} /> : info.originNode
      }
    />
  );
}
