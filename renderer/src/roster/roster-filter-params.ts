/** The Trainers page's filters in the address (hooks/filter-params.ts). */
import { type RosterFilter, rosterFilter } from '../../../shared/api/roster';
import { type FilterParams, filterParams } from '../hooks/filter-params';

const codec = filterParams(rosterFilter, {
  query: 'q',
  officeLevel: 'level',
  provinceId: 'province',
  districtId: 'district',
  organisationId: 'organisation',
  status: 'status',
  moduleId: 'module',
  refresherOverdue: 'overdue',
});

export const rosterFilterParams: FilterParams<RosterFilter> = {
  read: codec.read,
  /** An unticked "refresher overdue" filters nothing, as no tick does: the whole list keeps a bare address. */
  write: (filter) => codec.write({ ...filter, refresherOverdue: filter.refresherOverdue || undefined }),
};
