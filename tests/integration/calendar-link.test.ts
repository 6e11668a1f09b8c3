import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRef, CapacityOverview, RosterRow, TransferPreview } from '../../shared/api';
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
    const blTeams = new Set((await call<Array<{ id: string; provinceId: string | null }>>('teams.list', {})).filter((t) => t.provinceId === bl).map((t) => t.id));
    const overview = await call<CapacityOverview>('capacity.overview', {});
    const team = overview.moduleGaps.find((g) => blTeams.has(g.teamId))!;
    expect(team, 'the demo has a module gap in a Bolikhamxay team').toBeDefined();
    const gap = team.modules[0]!;
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
    expect(preview.sessions.map((s) => s.id)).toContain(tot.session.id);
    const later = await call<TransferPreview>('transfers.preview', { personId: trainer.id, date: inDays(30), toOfficeLevel: 'central', keepsTrainingRole: false });
    expect(later.sessions.map((s) => s.id)).not.toContain(tot.session.id);
    expect(later.sessions.every((s) => s.startDate >= inDays(30))).toBe(true);
    const mine = (await call<{ facilitated: SessionRef[] }>('roster.sessions', { id: trainer.id })).facilitated;
    expect(mine.find((s) => s.id === tot.session.id)).toMatchObject({ titleLo: 'Provincial training of trainers', titleEn: 'Provincial training of trainers' });
    // The demo's sessions have no title: they are named by kind and place, in each language.
    const untitled = [...preview.sessions, ...mine].filter((s) => s.id !== tot.session.id);
    expect(untitled.length, 'the demo gives this trainer other sessions').toBeGreaterThan(0);
    for (const s of untitled) {
      expect(s.titleLo).toMatch(/[\u0E80-\u0EFF]/);
      expect(s.titleEn).toMatch(/^[\x20-\x7E·]+$/);
    }

    expect((await call<{ facilitated: Array<{ id: string }> }>('roster.sessions', { id: trainer.id })).facilitated.map((s) => s.id)).toContain(tot.session.id);

    const after = await call<CapacityOverview>('capacity.overview', {});
    const sameGap = after.moduleGaps.find((g) => g.teamId === team.teamId)!.modules.find((m) => m.moduleId === gap.moduleId)!;
    expect(sameGap.suggestions.filter((s) => s.kind === 'training').map((s) => [s.sessionId, s.detail])).toContainEqual([tot.session.id, inDays(20)]);
  });
});
