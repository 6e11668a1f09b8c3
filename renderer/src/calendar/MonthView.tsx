import { Calendar } from 'antd';
import enGB from 'antd/es/calendar/locale/en_GB';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type DayProps, DayCell } from './DayCell';

/** antd's month grid with our own toolbar above it (month navigation lives there, for every view). */
/** antd has no Lao locale; naming dayjs's Lao locale here gives the grid Lao weekday names. */
const lao = { ...enGB, lang: { ...enGB.lang, locale: 'lo' } };

export function MonthView({ anchor, onAnchor, onShowWeek, ...p }: DayProps & { anchor: Dayjs; onAnchor(d: Dayjs): void; onShowWeek(d: Dayjs): void }) {
  const { i18n } = useTranslation();
  return (
    <Calendar
      locale={i18n.language === 'lo' ? lao : undefined}
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
