import { z } from 'zod';

/** Lao first: it is the default for a new install and the first choice in every language switch. */
export const languages = ['lo', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
export const defaultLanguage: Language = 'lo';
