import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { rememberLanguage } from '../i18n';

/** Brings the UI to the language saved in the database once it is known (the cache may be from another install). */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const settings = useApiQuery('settings.get', {}, { staleTime: Infinity });
  const saved = settings.data?.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) {
      void i18n.changeLanguage(saved);
      rememberLanguage(saved);
    }
  }, [saved, i18n]);
  return null;
}
