import { useTranslation } from 'react-i18next';
import { sessionLevels, sessionStatuses } from '../../../shared/calendar-rules';
import { SessionChip } from './session-style';
import { useSessionLabel } from './use-session-label';

/** What the colours, letters, borders and symbols mean: the key to read the calendar on screen or on paper. */
export function CalendarLegend() {
  const { t } = useTranslation();
  const { levelLetter } = useSessionLabel();
  return (
    <div className="calendar-legend" aria-label={t('calendar.legend')} role="group">
      <strong>{t('calendar.legend')}:</strong>
      {sessionLevels.map((l) => (
        <SessionChip key={l} session={{ id: l, level: l, status: 'confirmed' }} label={t(`calendar.level.${l}`)} levelLetter={levelLetter(l)} statusText="" />
      ))}
      {sessionStatuses.map((s) => (
        <SessionChip key={s} session={{ id: s, level: 'district', status: s }} label={t(`calendar.status.${s}`)} levelLetter="" statusText="" />
      ))}
    </div>
  );
}
