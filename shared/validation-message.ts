/**
 * The message of a broken rule, as an i18n key that a form shows beside its field. A "too long" also carries
 * its limit, after a bar (validation.tooLong|200): the box does not show it, and "too long" alone leaves the
 * user guessing how much to cut.
 */
import type { z } from 'zod';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'too_big' && issue.message === 'validation.tooLong' ? `validation.tooLong|${String(issue.maximum)}` : issue.message;
}

/** The words for a message from issueMessage (or any other validation key), with `params` for its {{...}}. */
export function messageText(t: Translate, message: string, params: Record<string, unknown> = {}): string {
  const [key, max] = message.split('|');
  return max ? t('validation.tooLongMax', { ...params, max }) : t(key!, params);
}
