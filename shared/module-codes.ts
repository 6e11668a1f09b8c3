/**
 * Short module labels, M1 to M10 in the curriculum's order, for the Word roster report and the Excel roster:
 * the stored codes are English slugs, unreadable to a Lao reader, and a cell of full names fills a page.
 * Each document that uses them carries their legend.
 */
export interface ModuleLabels {
  /** "M1, M4" for the ids given, in the curriculum's order whatever order they came in. */
  codes: (ids: readonly string[]) => string;
  /** Each module's label beside the module, for the legend. */
  legend: Array<{ code: string; id: string }>;
}

/** modules: the curriculum, already in its order (module.sort_order). */
export function moduleLabels(modules: ReadonlyArray<{ id: string }>): ModuleLabels {
  const legend = modules.map((m, i) => ({ code: `M${i + 1}`, id: m.id }));
  const index = new Map(modules.map((m, i) => [m.id, i]));
  const codes = (ids: readonly string[]) =>
    ids
      .filter((id) => index.has(id))
      .sort((a, b) => index.get(a)! - index.get(b)!)
      .map((id) => legend[index.get(id)!]!.code)
      .join(', ');
  return { codes, legend };
}
