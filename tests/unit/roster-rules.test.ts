import { describe, expect, it } from 'vitest';
import { membershipActiveOn, normalisePhone, personInput, refresherDue, searchKey } from '../../shared/roster-rules';

describe('Lao phone numbers', () => {
  it.each([
    ['020 5555 1234', '020 5555 1234'],
    ['02055551234', '020 5555 1234'],
    ['+856 20 5555 1234', '020 5555 1234'],
    ['00856-20-5555-1234', '020 5555 1234'],
    ['030 555 1234', '030 555 1234'],
    ['021 212345', '021 212345'],
    ['(041) 212 345', '041 212345'],
  ])('accepts %s as %s', (input, expected) => expect(normalisePhone(input)).toBe(expected));

  it.each(['12345', '020 555 1234', '030 5555 1234', '+66 81 234 5678', '020 5555 12a4', '011 212345'])('refuses %s', (input) =>
    expect(normalisePhone(input)).toBeNull(),
  );
});

describe('search keys', () => {
  it('ignores case, spacing and punctuation, and normalises Lao', () => {
    expect(searchKey('Bouaphanh  SISOUVANH')).toBe(searchKey('bouaphanh sisouvanh'));
    expect(searchKey('Nonsa-at')).toBe('nonsaat');
    expect(searchKey('ກ\u0EC8\u0EB8 ບ')).toBe(searchKey('ກ\u0EB8\u0EC8ບ'));
  });
});

describe('refresher due dates', () => {
  it('adds the refresher period in months, clamping to the last day of a short month', () => {
    expect(refresherDue('2025-03-15', 24)).toBe('2027-03-15');
    expect(refresherDue('2024-02-29', 24)).toBe('2026-02-28');
    expect(refresherDue('2025-08-31', 6)).toBe('2026-02-28');
  });
});

describe('membership on a day', () => {
  it('counts the first and the last day, and not the day after', () => {
    const m = { fromDate: '2025-01-10', toDate: '2025-06-30' };
    expect(membershipActiveOn(m, '2025-01-09')).toBe(false);
    expect(membershipActiveOn(m, '2025-01-10')).toBe(true);
    expect(membershipActiveOn(m, '2025-06-30')).toBe(true);
    expect(membershipActiveOn(m, '2025-07-01')).toBe(false);
    expect(membershipActiveOn({ fromDate: '2025-01-10', toDate: null }, '2030-01-01')).toBe(true);
  });
});

describe('a person', () => {
  it('needs a Lao name, a sex and a level; blank optional fields become null', () => {
    const ok = personInput.parse({ nameLo: ' ນາງ ບົວພັນ ', sex: 'f', officeLevel: 'central', phone: '', nameEn: '  ' });
    expect(ok).toMatchObject({ nameLo: 'ນາງ ບົວພັນ', phone: null, nameEn: null, status: 'active' });
    const bad = personInput.safeParse({ nameLo: '', sex: 'x', officeLevel: 'central', birthYear: 2030 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['validation.nameLoRequired', 'validation.sexRequired', 'validation.birthYear']);
  });
});
