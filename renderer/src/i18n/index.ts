import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../../shared/i18n';
import { type Language, defaultLanguage, languageSchema } from '../../../shared/i18n-keys';

const CACHE_KEY = 'lwu.language';

/** The last language used, so the first paint is already in it; the database setting is the truth. */
export function cachedLanguage(): Language {
  const parsed = languageSchema.safeParse(localStorage.getItem(CACHE_KEY));
  return parsed.success ? parsed.data : defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(CACHE_KEY, language);
  document.documentElement.lang = language;
}

export const i18n = createI18n(cachedLanguage(), [initReactI18next]);
document.documentElement.lang = i18n.language;
