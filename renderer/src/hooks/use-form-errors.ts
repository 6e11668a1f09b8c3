import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiCallError } from '../api/client';

/**
 * Puts validation messages beside the fields they belong to: from the shared zod rules before sending
 * (instant), and from the backend's api.invalidInput after (the same rules, plus checks only it can make).
 * Returns false when there was nothing field-shaped to show, so the caller shows the error as a whole.
 */
export function useFormErrors(form: FormInstance) {
  const { t } = useTranslation();
  const show = (fields: string[], messages: string[]) => {
    form.setFields(
      fields.map((f, i) => ({ name: f.split('.').slice(-1), errors: [t(messages[i]?.startsWith('validation.') ? messages[i] : 'validation.required')] })),
    );
    return fields.length > 0;
  };
  return {
    /** For a Form's onValuesChange: a field's message goes as soon as the user changes what it was about. */
    clearChanged: (changed: Record<string, unknown>) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] }))),
    fromIssues: (error: z.ZodError) => show(error.issues.map((i) => i.path.join('.')), error.issues.map((i) => i.message)),
    fromApi: (error: unknown) => {
      if (!(error instanceof ApiCallError) || error.error.code !== 'api.invalidInput') return false;
      const { fields, messages } = error.error.params as { fields?: string[]; messages?: string[] };
      return show(fields ?? [], messages ?? []);
    },
  };
}
