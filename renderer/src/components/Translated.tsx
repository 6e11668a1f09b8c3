import { useTranslation } from 'react-i18next';

/**
 * A message that follows the language: a form keeps a rule's message as it was when the rule failed, so text
 * would stay in the old language after a switch; this element translates itself again. (react-i18next's
 * <Trans> does not: it re-renders only with its parent.)
 */
export function Translated({ k }: { k: string }) {
  const { t } = useTranslation();
  return <>{t(k)}</>;
}
