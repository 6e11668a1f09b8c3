import { messageText } from './validation-message';
import i18next, { type Newable, type Module, type i18n } from 'i18next';
import type { ApiError } from './errors';
import { type Language, defaultLanguage } from './i18n-keys';
import { MIN_BIRTH_YEAR, maxBirthYear } from './roster-rules';
import enApp from './locales/en/app.json';
import loApp from './locales/lo/app.json';
import enRoster from './locales/en/roster.json';
import loRoster from './locales/lo/roster.json';
import enTransfers from './locales/en/transfers.json';
import loTransfers from './locales/lo/transfers.json';
import enSync from './locales/en/sync.json';
import loSync from './locales/lo/sync.json';
import enCalendar from './locales/en/calendar.json';
import loCalendar from './locales/lo/calendar.json';
import enReports from './locales/en/reports.json';
import loReports from './locales/lo/reports.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Each domain keeps its texts in locales/<lang>/<domain>.json; they are merged into one catalogue per language. */
function merge(...parts: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      const existing = out[k];
      out[k] = typeof v === 'object' && typeof existing === 'object' ? merge(existing, v) : v;
    }
  }
  return out;
}

export const catalogues = {
  lo: merge(loApp, loRoster, loTransfers, loCalendar, loSync, loReports),
  en: merge(enApp, enRoster, enTransfers, enCalendar, enSync, enReports),
};

export const resources = { lo: { translation: catalogues.lo }, en: { translation: catalogues.en } };

/** An i18next instance over the shared catalogues: the renderer binds it to React, the CLI uses it as is. */
export function createI18n(language: Language = defaultLanguage, plugins: Array<Module | Newable<Module>> = []): i18n {
  const instance = i18next.createInstance();
  for (const p of plugins) instance.use(p);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initImmediate: false,
    // Rules in shared/ name their message by key alone; the limits they check are filled in here.
    interpolation: { escapeValue: false, defaultVariables: { minBirthYear: MIN_BIRTH_YEAR, maxBirthYear: maxBirthYear() } },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

export function translateError(t: i18n['t'], error: ApiError): string {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error.params)) params[k] = Array.isArray(v) ? v.join(', ') : v;
  // A name sent in both spellings (teamLo, teamEn) is read as {{team}}, in the spelling of the screen's
  // language (the other where that one is empty): a Lao message never quotes the English name.
  const [own, other] = t('meta.nameSpelling') === 'en' ? ['En', 'Lo'] : ['Lo', 'En'];
  for (const k of Object.keys(params)) {
    const base = k.slice(0, -2);
    if (k.endsWith('Lo') && `${base}En` in params) params[base] = params[base + own] || params[base + other];
  }
  // A rule in shared/ that names its own message (validation.*) says more than the list of fields.
  const ruled = error.code === 'api.invalidInput' && Array.isArray(error.params.messages) ? error.params.messages.filter((m) => m.startsWith('validation.')) : [];
  if (ruled.length > 0) return [...new Set(ruled)].map((m) => messageText(t, m)).join(' ');
  const key = `errors.${error.code}`;
  const text = t(key, params as Record<string, string>);
  return text === key ? t('errors.internal') : text;
}
