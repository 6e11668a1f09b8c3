/**
 * A change message as a package's body carries it (DESIGN.md section 3): one line of JSON,
 * {"table","rowId","column","value","hlc"} in that order. The write path stores each logged change's line
 * beside it (change_log.message), so an export joins stored lines instead of building every one again:
 * building them was a third of a 100,000 message export, and a line is written once but sent until the peer
 * acknowledges it, to each peer whose scope holds it.
 */

/** One body line. The value is already JSON, so it is spliced in rather than parsed again. */
export function messageLine(table: string, rowId: string, column: string, valueJson: string, hlc: string): string {
  return `{"table":${JSON.stringify(table)},"rowId":${JSON.stringify(rowId)},"column":${JSON.stringify(column)},"value":${valueJson},"hlc":${JSON.stringify(hlc)}}`;
}

/**
 * A change_log row's (alias c) body line in SQL: its stored line, or for an entry logged before lines were
 * stored (migration 0015), the same line built by SQLite. There the row id is quoted with json_quote(), as
 * JSON.stringify would; table, column and clock are written as they are, since only the write path and a
 * checked import log them: a replicated table's and column's name, and a packed clock, none of which holds a
 * quote or a backslash.
 */
export const LINE_SQL = `coalesce(c.message, '{"table":"' || c.table_name || '","rowId":' || json_quote(c.row_id) || ',"column":"' || c.column_name || '","value":' || coalesce(c.value, 'null') || ',"hlc":"' || c.hlc || '"}')`;
