import { describe, expect, it } from 'vitest';
import { sessionInput } from '../../shared/calendar-rules';
import { createI18n, translateError } from '../../shared/i18n';
import { issueMessage, messageText } from '../../shared/validation-message';

describe('messages of broken rules', () => {
  it('says how long a text may be, in both languages, where "too long" alone left the user guessing', () => {
    const parsed = sessionInput.safeParse({ kind: 'meeting', level: 'central', startDate: '2026-12-08', endDate: '2026-12-08', venue: 'ຫ້ອງ'.repeat(60) });
    expect(parsed.success).toBe(false);
    const message = issueMessage(parsed.error!.issues[0]!);
    expect(message).toBe('validation.tooLong|200');
    expect(messageText(createI18n('en').t, message)).toBe('This is too long: at most 200 characters.');
    expect(messageText(createI18n('lo').t, message)).toBe('ຍາວເກີນໄປ: ບໍ່ເກີນ 200 ຕົວອັກສອນ.');
    // As the backend sends it, and as a message without a limit reads.
    expect(translateError(createI18n('en').t, { code: 'api.invalidInput', params: { fields: ['venue'], messages: [message] } })).toBe('This is too long: at most 200 characters.');
    expect(messageText(createI18n('en').t, 'validation.count')).toBe('Enter a whole number, 0 or more.');
  });
});
