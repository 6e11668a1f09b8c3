import { describe, expect, it } from 'vitest';
import type { RosterFilter } from '../../shared/api';
import { rosterFilterParams } from '../../renderer/src/roster/roster-filter-params';

const { read: filterFromParams, write: paramsFromFilter } = rosterFilterParams;

const province = '0190f3a1-7c2e-7000-8000-000000000001';
const module = '0190f3a1-7c2e-7000-8000-000000000002';

describe("the Trainers page's filters in the address", () => {
  it('reads back every filter it writes, Lao search text included', () => {
    const filter: RosterFilter = {
      query: 'ວັນນະພອນ souli',
      officeLevel: 'district',
      provinceId: province,
      districtId: '0190f3a1-7c2e-7000-8000-000000000003',
      organisationId: '0190f3a1-7c2e-7000-8000-000000000004',
      status: 'active',
      moduleId: module,
      refresherOverdue: true,
    };
    const address = paramsFromFilter(filter).toString();
    expect(filterFromParams(new URLSearchParams(address))).toEqual(filter);
  });

  it('writes only what is set, so the whole list has a bare address', () => {
    expect(paramsFromFilter({}).toString()).toBe('');
    expect(paramsFromFilter({ query: '', refresherOverdue: false, provinceId: undefined }).toString()).toBe('');
    expect(paramsFromFilter({ provinceId: province, refresherOverdue: true }).toString()).toBe(`province=${province}&overdue=1`);
  });

  it('drops a value the roster would refuse, keeping the rest, rather than showing an error instead of the list', () => {
    const typedByHand = new URLSearchParams({ level: 'national', province: 'not-an-id', status: 'active', module, overdue: 'yes', q: '' });
    expect(filterFromParams(typedByHand)).toEqual({ status: 'active', moduleId: module });
    expect(filterFromParams(new URLSearchParams({ q: 'x'.repeat(201) }))).toEqual({});
  });
});
