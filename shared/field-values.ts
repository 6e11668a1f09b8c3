/**
 * How a replicated field and its value are put in words where sync shows them raw (the Conflicts list, the
 * audit log): by the name the forms give the field, an id by the name of the row it points to, a coded value
 * (sex f, status left) by its translation.
 */

/** The table whose row a column's value is the id of (from_province_id: province), or null. */
export function referencedTable(column: string): string | null {
  if (column === 'session_id' || column === 'parent_session_id') return 'session';
  const m = /^(?:from_|to_)?(province|district|village|organisation|module|person|team)_id$/.exec(column);
  return m ? m[1]! : null;
}

/** Where a coded value is translated: `${prefix}.${value}`. */
export function valueKeyPrefix(table: string, column: string): string | null {
  const field = column.replace(/^(from|to)_/, '');
  if (table === 'session' && ['kind', 'level', 'status'].includes(column)) return `calendar.${column}`;
  if (field === 'sex') return 'roster.sex';
  if (field === 'office_level' || (table === 'team' && column === 'level')) return 'roster.level';
  if (field === 'status') return 'roster.status';
  if (table === 'team_member' && column === 'role') return 'roster.role';
  return null;
}

/** Columns whose form label is not their camel-cased name. */
const labelOf: Record<string, string> = { from_date: 'from', to_date: 'to', target_size: 'target', pre_test_avg: 'preTest', post_test_avg: 'postTest', parent_session_id: 'parent' };

/** The translation keys that may name a field, best first: the table's own form, then the roster's. */
export function fieldKeys(table: string | undefined, column: string): string[] {
  const label = labelOf[column] ?? column.replace(/_id$/, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const own = table === 'session' ? [`calendar.field.${label}`] : table === 'team' ? [`teams.${label}`] : [];
  return [...own, `roster.field.${label}`, `calendar.field.${label}`];
}
