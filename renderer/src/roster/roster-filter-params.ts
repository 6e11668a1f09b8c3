/**
 * The Trainers page's filters as URL search parameters, so that Back from a trainer's page, and a reload, show
 * the same filtered list. A value the filter would refuse (a link typed by hand, an id from another install) is
 * dropped rather than sent: the list shows, unfiltered by it, instead of an error.
 */
import { type RosterFilter, rosterFilter } from '../../../shared/api/roster';

/** Short, readable names in the address; the order is the filter bar's. */
const names = {
  query: 'q',
  officeLevel: 'level',
  provinceId: 'province',
  districtId: 'district',
  organisationId: 'organisation',
  status: 'status',
  moduleId: 'module',
  refresherOverdue: 'overdue',
} as const satisfies Partial<Record<keyof RosterFilter, string>>;

type Field = keyof typeof names;
const fields = Object.keys(names) as Field[];

export function filterFromParams(params: URLSearchParams): RosterFilter {
  const filter: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = params.get(names[field]);
    if (raw === null || raw === '') continue;
    const value = field === 'refresherOverdue' ? raw === '1' || undefined : raw;
    const parsed = rosterFilter.shape[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) filter[field] = parsed.data;
  }
  return filter as RosterFilter;
}

export function paramsFromFilter(filter: RosterFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = filter[field];
    if (value === undefined || value === '' || value === false) continue;
    params.set(names[field], value === true ? '1' : String(value));
  }
  return params;
}
