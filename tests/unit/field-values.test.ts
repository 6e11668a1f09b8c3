import { describe, expect, it } from 'vitest';
import { fieldKeys, referencedTable, valueKeyPrefix } from '../../shared/field-values';
import { createI18n } from '../../shared/i18n';

describe('fields and values in words', () => {
  it('knows which columns hold the id of another row', () => {
    expect(['district_id', 'to_province_id', 'organisation_id', 'parent_session_id', 'person_id', 'phone'].map(referencedTable)).toEqual(['district', 'province', 'organisation', 'session', 'person', null]);
  });

  it('names coded values and fields in both languages, each with a translation that exists', () => {
    for (const lang of ['lo', 'en'] as const) {
      const { t } = createI18n(lang);
      const coded: Array<[string, string, string]> = [['person', 'sex', 'f'], ['person', 'status', 'left'], ['transfer', 'from_status', 'active'], ['team', 'level', 'district'], ['team_member', 'role', 'lead'], ['session', 'kind', 'village'], ['session', 'status', 'postponed']];
      for (const [table, column, value] of coded) {
        const key = `${valueKeyPrefix(table, column)}.${value}`;
        expect(t(key), `${lang} ${key}`).not.toBe(key);
      }
      for (const [table, column] of [['person', 'district_id'], ['session', 'start_date'], ['session', 'parent_session_id'], ['team', 'target_size'], ['team_member', 'to_date'], ['qualification', 'refresher_due']]) {
        expect(t(fieldKeys(table, column), { defaultValue: column }), `${lang} ${table}.${column}`).not.toBe(column);
      }
    }
    expect(valueKeyPrefix('person', 'phone')).toBeNull();
  });
});
