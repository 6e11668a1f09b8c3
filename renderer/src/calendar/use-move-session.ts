import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/queries';
import { useErrorText } from '../components/use-error-text';
import { calendarChannels } from './SessionFormDrawer';
import { useMessage } from '../components/use-message';

/**
 * Moving a session to a new first day, by drag in the calendar or by the drawer's date box, and saying what
 * happened: where it starts now, that a postponed session is planned again, and how many warnings its new
 * days raise. `warningsInView` is set where the warnings are already on screen (the drawer lists them).
 */
export function useMoveSession(opts: { warningsInView: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const move = useApiMutation('calendar.move', [...calendarChannels]);
  const moveSession = async (id: string, startDate: string): Promise<boolean> => {
    try {
      const saved = await move.mutateAsync({ id, startDate });
      const date = saved.session.startDate;
      const warned = saved.warnings.length > 0 && !opts.warningsInView;
      const key = `calendar.moved${saved.replanned ? 'Replanned' : ''}${warned ? 'WithWarnings' : ''}` as const;
      (warned ? message.warning : message.success)(t(key, { date, count: saved.warnings.length }));
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };
  return { moveSession, moving: move.isPending };
}
