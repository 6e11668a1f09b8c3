import { type ApiError, isAppError } from '../shared/errors';
import { createI18n, translateError } from '../shared/i18n';
import { type Language, languageSchema } from '../shared/i18n-keys';

/** The command line speaks English unless LWU_LANG=lo: many Windows consoles cannot shape Lao script. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const parsed = languageSchema.safeParse(env.LWU_LANG);
  return parsed.success ? parsed.data : 'en';
}

export function describeError(error: ApiError, language: Language = cliLanguage()): string {
  return translateError(createI18n(language).t, error);
}

/** Turns a failure to start (damaged database, newer schema, unreadable folder) into a sentence. */
export function describeStartupError(e: unknown, language: Language = cliLanguage()): string {
  if (isAppError(e)) return describeError({ code: e.code, params: e.params }, language);
  return e instanceof Error ? e.message : String(e);
}
