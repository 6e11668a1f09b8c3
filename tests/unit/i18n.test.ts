import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, createI18n, translateError } from '../../shared/i18n';
import { maxBirthYear } from '../../shared/roster-rules';

function keys(c: object, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('has every English text in Lao and no Lao text missing in English', () => {
    const lo = keys(catalogues.lo).sort();
    const en = keys(catalogues.en).sort();
    expect(lo.filter((k) => !en.includes(k)), 'keys only in Lao').toEqual([]);
    expect(en.filter((k) => !lo.includes(k)), 'keys only in English').toEqual([]);
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const flat = (c: object, prefix = ''): Array<[string, string]> =>
      Object.entries(c).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v as string]]));
    const en = new Map(flat(catalogues.en));
    for (const [key, lo] of flat(catalogues.lo)) expect(placeholders(lo), key).toEqual(placeholders(en.get(key) ?? ''));
  });

  it('has a message in both languages for every error the backend raises', () => {
    const files = fs.readdirSync('electron', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const codes = new Set(files.flatMap((f) => [...fs.readFileSync(path.join('electron', f), 'utf8').matchAll(/new AppError\('([\w.]+)'/g)].map((m) => m[1])));
    expect(codes.size, 'the scan finds the backend’s errors').toBeGreaterThan(50);
    for (const lang of ['en', 'lo'] as const) {
      const known = new Set(keys(catalogues[lang]));
      expect([...codes].filter((c) => !known.has(`errors.${c}`)), `errors without a ${lang} message`).toEqual([]);
    }
  });

  it('names the birth-year limits as years, in both languages', () => {
    const year = String(maxBirthYear());
    for (const lang of ['en', 'lo'] as const) {
      const text = createI18n(lang).t('validation.birthYear');
      expect(text).toContain('1940');
      expect(text).toContain(year);
    }
  });

  it('translates an error code with its parameters, and an unknown code as a generic failure', () => {
    const { t } = createI18n('en');
    expect(translateError(t, { code: 'write.notFound', params: {} })).toBe('The record no longer exists. It may have been deleted.');
    expect(translateError(t, { code: 'api.invalidInput', params: { fields: ['a', 'b'] } })).toBe('Some information is missing or not valid: a, b.');
    expect(translateError(t, { code: 'no.such.code', params: {} })).toBe(createI18n('en').t('errors.internal'));
    expect(translateError(createI18n('lo').t, { code: 'write.notFound', params: {} })).toContain('ຂໍ້ມູນນີ້ບໍ່ມີແລ້ວ');
  });

  it('names a record sent in both spellings in the language of the message only', () => {
    const error = (teamEn: string) => ({ code: 'transfers.memberSince', params: { since: '2025-01-04', teamLo: 'ທີມເມືອງສີໂຄດ', teamEn } });
    const lo = translateError(createI18n('lo').t, error('Sikhottabong team'));
    expect(lo).toContain('ທີມເມືອງສີໂຄດ');
    expect(lo).not.toContain('Sikhottabong');
    expect(translateError(createI18n('en').t, error('Sikhottabong team'))).toBe('This person has been a member of Sikhottabong team since 2025-01-04, after this transfer\'s date. Check the date.');
    // A team with no English name is named in Lao in the English message, not left blank.
    expect(translateError(createI18n('en').t, error(''))).toContain('member of ທີມເມືອງສີໂຄດ since');
  });
});
