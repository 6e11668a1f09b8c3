import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { issueMessage, messageText } from '../../../shared/validation-message';
import { ApiCallError } from '../api/client';

export type Problem = { field: string; message: string };

/**
 * A schema's messages and those of rules checked outside it (shared/roster-rules placeProblems), together:
 * the place rules are the backend's own, and checked only there they came back one attempt later.
 */
export function problemsOf(result: { success: true } | { success: false; error: z.ZodError }, more: Problem[] = []): Problem[] {
  return [...(result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: issueMessage(i) }))), ...more];
}

/**
 * Puts validation messages beside the fields they belong to: from the shared zod rules before sending
 * (instant), and from the backend's api.invalidInput after (the same rules, plus checks only it can make).
 * Returns false when there was nothing field-shaped to show, so the caller shows the error as a whole.
 */
export function useFormErrors(form: FormInstance, fieldOf: Record<string, string> = {}) {
  const { t } = useTranslation();
  /**
   * Shows each message beside its field (`fieldOf` names the form's field where the input's differs, such as
   * toProvinceId for provinceId) and takes away the messages of an earlier attempt. False when no message has
   * a field on this form to go to: the caller shows the error as a whole rather than nothing at all.
   */
  const show = (paths: string[], messages: string[]) => {
    const current = form.getFieldsError();
    const known = new Map(current.map((f) => [f.name.join('.'), f.name]));
    // A field in a list (participants.0.female) by its whole path; others by the input's last key.
    const fieldFor = (p: string) => fieldOf[p] ?? (known.has(p) ? p : p.split('.').slice(-1)[0]!);
    const shown = paths.map((p, i) => ({ key: fieldFor(p), message: messages[i] })).filter((f) => known.has(f.key));
    const stale = current.filter((f) => f.errors.length && !shown.some((s) => s.key === f.name.join('.')));
    form.setFields([
      ...stale.map((f) => ({ name: f.name, errors: [] })),
      ...shown.map((f) => ({ name: known.get(f.key)!, errors: [messageText(t, f.message?.startsWith('validation.') ? f.message : 'validation.required')] })),
    ]);
    return shown.length > 0;
  };
  return {
    /** For a Form's onValuesChange: a field's message goes as soon as the user changes what it was about. */
    clearChanged: (changed: Record<string, unknown>) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] }))),
    fromIssues: (error: z.ZodError) => show(error.issues.map((i) => i.path.join('.')), error.issues.map(issueMessage)),
    /** Messages of rules checked outside a schema (shared/roster-rules placeProblems), by field. */
    fromProblems: (problems: Problem[]) => show(problems.map((p) => p.field), problems.map((p) => p.message)),
    fromApi: (error: unknown) => {
      if (!(error instanceof ApiCallError) || error.error.code !== 'api.invalidInput') return false;
      const { fields, messages } = error.error.params as { fields?: string[]; messages?: string[] };
      return show(fields ?? [], messages ?? []);
    },
  };
}
