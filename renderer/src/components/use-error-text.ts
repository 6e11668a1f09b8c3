import { useTranslation } from 'react-i18next';
import { translateError } from '../../../shared/i18n';
import { ApiCallError } from '../api/client';

/** The one way a failure becomes words on screen: a backend error code, translated into the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) =>
    translateError(t, error instanceof ApiCallError ? error.error : { code: 'internal', params: {} });
}
