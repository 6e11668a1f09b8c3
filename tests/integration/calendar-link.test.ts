import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapacityOverview, RosterRow, TransferPreview } from '../../shared/api';
import { type Backend, startBackend } from '../../electron/backend';
import { tempDir } from '../helpers/temp-dir';

let b: Backend;
beforeAll(async () => {
  b = await startBackend({ dataDir: tempDir(), transport: 'cli' });
  await call('demo.load', {});
});
afterAll(() => b.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('transfers and capacity read the calendar', () => {
  it('lists the planned sessions she facilitates in the transfer preview and on her page, and suggests the next training for a gap', async () => {
    const geo = await call<{ provinces: Array<{ id: string; code: string }>; districts: Array<{ id: string; code: string }> }>('reference.geography', {});
    const bl = geo.provinces.find((p) => p.code === 'LA-BL')!.id;
    const blDistricts = new Set(geo.districts.filter((d) => d.code.startsWith('LA-BL')).map((d) => d.id));
    const overview = await call<CapacityOverview>('capacity.overview', {});
    const gap = overview.modules.find((m) => m.area.kind === 'district' && blDistricts.has(m.area.id))!;
    expect(gap, 'the demo has a module gap in a Bolikhamxay district').toBeDefined();
    expect(gap.suggestions.filter((s) => s.kind === 'training')).toEqual([]);
    const trainer = (await call<RosterRow[]>('roster.search', { provinceId: bl, officeLevel: 'provincial' }))[0];
    const tot = await call<{ session: { id: string } }>('calendar.create', {
      kind: 'tot',
      level: 'provincial',
      title: 'Provincial training of trainers',
      provinceId: bl,
      startDate: inDays(20),
      endDate: inDays(22),
      moduleIds: [gap.moduleId],
      facilitatorIds: [trainer.id],
    });

    const preview = await call<TransferPreview>('transfers.preview', { personId: trainer.id, date: inDays(10), toOfficeLevel: 'central', keepsTrainingRole: false });
    expect(preview.sessions.map((s) => s.id)).toEqual([tot.session.id]);
    const later = await call<TransferPreview>('transfers.preview', { personId: trainer.id, date: inDays(30), toOfficeLevel: 'central', keepsTrainingRole: false });
    expect(later.sessions).toEqual([]);

    expect((await call<{ facilitated: Array<{ id: string }> }>('roster.sessions', { id: trainer.id })).facilitated.map((s) => s.id)).toEqual([tot.session.id]);

    const after = await call<CapacityOverview>('capacity.overview', {});
    const sameGap = after.modules.find((m) => m.moduleId === gap.moduleId && m.area.id === gap.area.id)!;
    expect(sameGap.suggestions.filter((s) => s.kind === 'training').map((s) => [s.sessionId, s.detail])).toEqual([[tot.session.id, inDays(20)]]);
  });
});
