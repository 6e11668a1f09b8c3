import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PlanWarning, localParams } from '../../../shared/calendar-rules';

/** Each warning as a sentence that says what is wrong and with whom; none is a reason the save fails. */
export function WarningList({ warnings, loading = false, showNone = true }: { warnings: PlanWarning[] | undefined; loading?: boolean; showNone?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!warnings) return loading ? <Alert type="info" title={t('calendar.checking')} /> : null;
  if (warnings.length === 0) return showNone ? <Alert type="success" showIcon title={t('calendar.noWarnings')} /> : null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      aria-label={t('calendar.warnings')}
      title={t('calendar.warnings')}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {warnings.map((w, i) => (
            <li key={`${w.code}-${i}`}>{t(`calendar.warning.${w.code}`, localParams(w.params, i18n.language))}</li>
          ))}
        </ul>
      }
    />
  );
}
