/** The Transfers page's filters in the address (hooks/filter-params.ts). */
import { transferFilter } from '../../../shared/api/transfers';
import { filterParams } from '../hooks/filter-params';

export const transferFilterParams = filterParams(transferFilter, {
  from: 'from',
  to: 'to',
  provinceId: 'province',
  organisationId: 'organisation',
  keepsTrainingRole: 'keeps',
});
