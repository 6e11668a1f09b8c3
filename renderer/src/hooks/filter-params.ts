/**
 * A page's filters as URL search parameters, so that Back from a record opened from the list, and a reload, show
 * the same filtered list. Each value read is checked by the page's own filter schema, the one its channel checks:
 * a value it would refuse (a link typed by hand, an id from another install) is dropped rather than sent, and the
 * list shows, unfiltered by it, instead of an error.
 */
import type { z } from 'zod';

export interface FilterParams<F> {
  read: (params: URLSearchParams) => F;
  write: (filter: F) => URLSearchParams;
}

/**
 * `names` gives each filter kept in the address its short, readable name there, in the filter bar's order; a
 * filter it leaves out stays out of the address. A yes-or-no filter is written 1 or 0, a list with commas.
 */
export function filterParams<S extends z.ZodObject>(schema: S, names: Partial<Record<keyof z.infer<S> & string, string>>): FilterParams<z.infer<S>> {
  const fields = Object.keys(names) as Array<keyof z.infer<S> & string>;
  const parse = (field: string, value: unknown) => {
    const parsed = schema.shape[field]!.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    read(params) {
      const filter: Record<string, unknown> = {};
      for (const field of fields) {
        const raw = params.get(names[field]!);
        if (raw === null || raw === '') continue;
        // As written first (text, a date, an id), else as a list, else as a yes or no.
        const value = parse(field, raw) ?? parse(field, raw.split(',')) ?? (raw === '1' || raw === '0' ? parse(field, raw === '1') : undefined);
        if (value !== undefined) filter[field] = value;
      }
      return filter as z.infer<S>;
    },
    write(filter) {
      const params = new URLSearchParams();
      for (const field of fields) {
        const value: unknown = filter[field];
        if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        params.set(names[field]!, typeof value === 'boolean' ? (value ? '1' : '0') : Array.isArray(value) ? value.join(',') : String(value));
      }
      return params;
    },
  };
}
