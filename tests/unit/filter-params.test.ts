import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TransferFilter } from '../../shared/api/transfers';
import { filterParams } from '../../renderer/src/hooks/filter-params';
import { transferFilterParams } from '../../renderer/src/transfers/transfer-filter-params';
import { calendarParams } from '../../renderer/src/calendar/calendar-address';

const province = '0190f3a1-7c2e-7000-8000-000000000001';
const organisation = '0190f3a1-7c2e-7000-8000-000000000002';

describe("a list's filters in the address, checked by the list's own filter schema", () => {
  it('reads back every filter it writes: dates, ids, and a yes or a no', () => {
    for (const keepsTrainingRole of [true, false]) {
      const filter: TransferFilter = { from: '2025-01-01', to: '2025-12-31', provinceId: province, organisationId: organisation, keepsTrainingRole };
      const address = transferFilterParams.write(filter).toString();
      expect(transferFilterParams.read(new URLSearchParams(address)), address).toEqual(filter);
    }
  });

  it('writes a no as 0, since "keeps no training role" filters as much as a yes does', () => {
    expect(transferFilterParams.write({ keepsTrainingRole: false, provinceId: province }).toString()).toBe(`province=${province}&keeps=0`);
    expect(transferFilterParams.write({}).toString()).toBe('');
  });

  it('keeps out of the address what the page does not name, even when the filter has it', () => {
    const filter: TransferFilter = { personId: province, from: '2025-01-01' };
    expect(transferFilterParams.write(filter).toString()).toBe('from=2025-01-01');
    expect(transferFilterParams.read(new URLSearchParams({ personId: province, person: province }))).toEqual({});
  });

  it('drops each value the schema refuses, keeping the rest, rather than showing an error instead of the list', () => {
    const typedByHand = new URLSearchParams({ from: '2025-02-30', to: '2025-06-30', province: 'not-an-id', organisation, keeps: 'yes' });
    expect(transferFilterParams.read(typedByHand)).toEqual({ to: '2025-06-30', organisationId: organisation });
  });

  it('reads 1 and 0 as text where the schema takes text, and as yes or no only where it takes a yes or no', () => {
    const codec = filterParams(z.object({ query: z.string().optional(), level: z.enum(['a', 'b']).optional(), flag: z.boolean().optional() }), {
      query: 'q',
      level: 'level',
      flag: 'flag',
    });
    expect(codec.read(new URLSearchParams({ q: '1', level: '1', flag: '0' }))).toEqual({ query: '1', flag: false });
    expect(codec.read(new URLSearchParams({ q: '', flag: '' }))).toEqual({});
  });

  it("keeps the calendar's view, day and filters, lists among them, and drops what its channel would refuse", () => {
    const shown = { view: 'agenda' as const, at: '2026-11-14', kinds: ['tot' as const, 'village' as const], statuses: ['held' as const], provinceId: province };
    const address = calendarParams.write(shown).toString();
    expect(address).toBe(`view=agenda&at=2026-11-14&kind=tot%2Cvillage&status=held&province=${province}`);
    expect(calendarParams.read(new URLSearchParams(address))).toEqual(shown);
    // A list with one value it does not know is dropped whole, as the channel would refuse it whole.
    expect(calendarParams.read(new URLSearchParams({ view: 'year', at: '2026-13-01', kind: 'tot,party', status: 'held' }))).toEqual({ statuses: ['held'] });
    expect(calendarParams.write({ kinds: [] }).toString(), 'an empty list filters nothing').toBe('');
  });
});
