import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapacityOverview, RosterRow, TeamRow, TransferPreview, TransferRow } from '../../shared/api';
import { type Backend, startBackend } from '../../electron/backend';
import { applyDueTransfers } from '../../electron/transfers/transfers';
import { addDays } from '../../shared/calendar-rules';
import { todayIso } from '../../shared/roster-rules';
import { tempDir } from '../helpers/temp-dir';

let b: Backend;
let geo: { provinces: Array<{ id: string; code: string }>; districts: Array<{ id: string; code: string }>; modules: Array<{ id: string }> };
/** The demo's own transfers: one in Paklai four months ago, one in Sikhottabong three weeks ahead. */
let demoTransfers: TransferRow[];
beforeAll(async () => {
  b = await startBackend({ dataDir: tempDir(), transport: 'cli' });
  await call('demo.load', {});
  geo = await call('reference.geography', {});
  demoTransfers = await call<TransferRow[]>('transfers.list', {});
});
afterAll(() => b.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw Object.assign(new Error(`${channel}: ${JSON.stringify(r.error)}`), { apiError: r.error });
  return r.data as T;
}
const province = (code: string) => geo.provinces.find((p) => p.code === code)!.id;
const district = (code: string) => geo.districts.find((d) => d.code === code)!.id;
const today = new Date().toISOString().slice(0, 10);

async function pakkadingTrainer(): Promise<RosterRow> {
  const people = await call<RosterRow[]>('roster.search', { districtId: district('LA-BL-PKD'), status: 'active' });
  return people.sort((a, b) => b.moduleIds.length - a.moduleIds.length)[0];
}
const pakkadingTeam = async () => (await call<TeamRow[]>('teams.list', {})).find((t) => t.districtId === district('LA-BL-PKD'))!;

describe('recording a transfer', () => {
  it('previews what it costs before anything is saved', async () => {
    const p = await pakkadingTrainer();
    const before = await call<RosterRow>('roster.get', { id: p.id }).then((d: any) => d.person);
    const preview = await call<TransferPreview>('transfers.preview', {
      personId: p.id,
      date: today,
      toOfficeLevel: 'provincial',
      toProvinceId: province('LA-VT'),
      keepsTrainingRole: false,
    });
    expect(preview.teamsBelowTarget).toEqual([expect.objectContaining({ activeBefore: 6, activeAfter: 5, target: 6, nameEn: 'Pakkading district team' })]);
    expect(preview.membershipsToEnd).toBe(1);
    expect(preview.modulesLost.every((m) => m.after <= 1 && m.after < m.before)).toBe(true);
    expect((await call<any>('roster.get', { id: p.id })).person).toEqual(before);
    expect((await pakkadingTeam()).activeSize).toBe(6);
  });

  it('previews, team by team, the module gaps the Capacity page will then list', async () => {
    const overview = await call<CapacityOverview>('capacity.overview', {});
    // The trainer who alone teaches the most modules in her team: leaving, she opens the most gaps there.
    const only = new Map<string, { teamId: string; moduleIds: string[] }>();
    for (const g of overview.moduleGaps) {
      for (const m of g.modules) if (m.trainers.length === 1) {
        const id = m.trainers[0]!.personId;
        const held = only.get(id) ?? { teamId: g.teamId, moduleIds: [] };
        if (held.teamId === g.teamId) only.set(id, { ...held, moduleIds: [...held.moduleIds, m.moduleId] });
      }
    }
    const [personId, { teamId, moduleIds }] = [...only].sort((a, b) => b[1].moduleIds.length - a[1].moduleIds.length)[0]!;
    const leaving = await call<TransferPreview>('transfers.preview', { personId, date: today, toOfficeLevel: 'provincial', toProvinceId: province('LA-VT'), keepsTrainingRole: false });
    const forTeam = leaving.teamModulesLost.find((x) => x.teamId === teamId)!;
    // Each module the page shows her alone teaching falls from one member who can train it to none.
    expect(forTeam.modules.filter((m) => m.before === 1).map((m) => m.moduleId).sort()).toEqual([...moduleIds].sort());
    expect(forTeam.modules.every((m) => m.after === m.before - 1 && m.after <= 1)).toBe(true);
    // Counted as the page counts them now (a module not listed has two), and as it lists them once she has gone.
    const onPage = (o: CapacityOverview, moduleId: string) => o.moduleGaps.find((g) => g.teamId === teamId)?.modules.find((x) => x.moduleId === moduleId)?.trainers.length ?? 2;
    expect(forTeam.modules.map((m) => onPage(overview, m.moduleId))).toEqual(forTeam.modules.map((m) => m.before));
    const recorded = await call<TransferRow>('transfers.record', { personId, date: today, toOfficeLevel: 'provincial', toProvinceId: province('LA-VT'), keepsTrainingRole: false });
    const after = await call<CapacityOverview>('capacity.overview', {});
    await call('transfers.undo', { id: recorded.id });
    expect(forTeam.modules.map((m) => onPage(after, m.moduleId))).toEqual(forTeam.modules.map((m) => m.after));
  });

  it('previews, before a trainer is deleted, the team she leaves below target, and nothing for someone not active', async () => {
    const p = await pakkadingTrainer();
    const preview = await call<TransferPreview>('roster.previewDelete', { id: p.id });
    expect(preview.teamsBelowTarget).toEqual([expect.objectContaining({ activeBefore: 6, activeAfter: 5, target: 6, nameEn: 'Pakkading district team' })]);
    expect(preview.membershipsToEnd, 'her memberships stay, for an undo').toBe(0);
    // The same losses as her leaving today by a transfer out of training.
    const leaving = await call<TransferPreview>('transfers.preview', { personId: p.id, date: today, toOfficeLevel: 'provincial', toProvinceId: province('LA-VT'), keepsTrainingRole: false });
    expect(preview.modulesLost).toEqual(leaving.modulesLost);
    expect(preview.teamModulesLost).toEqual(leaving.teamModulesLost);
    expect((await pakkadingTeam()).activeSize, 'a preview changes nothing').toBe(6);
    const gone = demoTransfers.find((t) => !t.keepsTrainingRole && t.date <= today)!;
    expect(await call<TransferPreview>('roster.previewDelete', { id: gone.personId })).toMatchObject({ teamsBelowTarget: [], modulesLost: [] });
  });

  it('ends her memberships the day before, moves her, and undoes all of it in one step', async () => {
    const p = await pakkadingTrainer();
    const t = await call<TransferRow>('transfers.record', {
      personId: p.id,
      date: today,
      toOfficeLevel: 'provincial',
      toProvinceId: province('LA-VT'),
      toPosition: 'ຫົວໜ້າພະແນກ',
      reason: 'Promoted to the provincial office',
      keepsTrainingRole: false,
    });
    expect(t).toMatchObject({ fromDistrictId: district('LA-BL-PKD'), toProvinceId: province('LA-VT'), keepsTrainingRole: false, canUndo: true });
    const after = (await call<any>('roster.get', { id: p.id })).person as RosterRow;
    expect(after).toMatchObject({ status: 'transferred', provinceId: province('LA-VT'), districtId: null, officeLevel: 'provincial' });
    const membership = (await call<any>('roster.get', { id: p.id })).memberships[0];
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(membership.toDate).toBe(yesterday);
    expect((await pakkadingTeam()).activeSize).toBe(5);

    // Two Bolikhamxay officers in no team: one qualified, one not (yet). Only the first is offered to close the gap.
    const ready = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ພອນ', nameEn: 'Phone Ready', sex: 'f', officeLevel: 'provincial', provinceId: province('LA-BL') });
    await call('qualification.add', { personId: ready.id, moduleId: geo.modules[0]!.id, earnedOn: '2025-01-10' });
    const untrained = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ແສງ', nameEn: 'Seng Untrained', sex: 'f', officeLevel: 'provincial', provinceId: province('LA-BL') });
    const overview = await call<CapacityOverview>('capacity.overview', {});
    const gap = overview.teams.find((x) => x.nameEn === 'Pakkading district team');
    expect(gap, 'the team below target is listed').toBeTruthy();
    const offered = gap!.suggestions.map((x) => x.personId);
    expect(offered, 'a qualified officer in no team is offered').toContain(ready.id);
    expect(offered, 'someone with no qualification is not').not.toContain(untrained.id);
    await call('roster.delete', { id: ready.id });
    await call('roster.delete', { id: untrained.id });

    await call('transfers.undo', { id: t.id });
    const restored = (await call<any>('roster.get', { id: p.id }));
    expect(restored.person).toMatchObject({ status: 'active', districtId: district('LA-BL-PKD'), officeLevel: 'district' });
    expect(restored.memberships[0].toDate).toBeNull();
    expect((await pakkadingTeam()).activeSize).toBe(6);
    expect(await call<TransferRow[]>('transfers.list', { personId: p.id })).toEqual([]);
  });

  it('records a transfer ahead of its date: she trains in her team until then, and moves on the day', async () => {
    const p = await pakkadingTrainer();
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const ahead = { personId: p.id, date: day, toOfficeLevel: 'provincial', toProvinceId: province('LA-VT'), keepsTrainingRole: false };

    // Undone before the day: nothing of her moved, her membership comes back whole.
    const cancelled = await call<TransferRow>('transfers.record', ahead);
    expect(cancelled.upcoming).toBe(true);
    await call('transfers.undo', { id: cancelled.id });
    expect((await call<any>('roster.get', { id: p.id })).memberships[0].toDate).toBeNull();

    const t = await call<TransferRow>('transfers.record', ahead);
    const waiting = await call<any>('roster.get', { id: p.id });
    expect(waiting.person).toMatchObject({ status: 'active', districtId: district('LA-BL-PKD'), officeLevel: 'district' });
    expect(waiting.memberships[0].toDate).toBe(dayBefore);
    expect((await pakkadingTeam()).activeSize, 'she still counts in her team today').toBe(6);
    expect(await applyDueTransfers(b.ctx.db, dayBefore)).toBe(0);

    // The day comes (the backend checks at start and every hour).
    expect(await applyDueTransfers(b.ctx.db, day)).toBe(1);
    expect((await call<any>('roster.get', { id: p.id })).person).toMatchObject({ status: 'transferred', provinceId: province('LA-VT'), districtId: null });
    expect((await call<TransferRow[]>('transfers.list', { personId: p.id }))[0]).toMatchObject({ id: t.id, upcoming: false });
    expect(await applyDueTransfers(b.ctx.db, day), 'applied once').toBe(0);

    await call('transfers.undo', { id: t.id });
    const restored = await call<any>('roster.get', { id: p.id });
    expect(restored.person).toMatchObject({ status: 'active', districtId: district('LA-BL-PKD') });
    expect(restored.memberships[0].toDate).toBeNull();
  });

  it('refuses an earlier transfer after a later one, and undoing one that is not her latest', async () => {
    const p = await pakkadingTrainer();
    const first = await call<TransferRow>('transfers.record', { personId: p.id, date: '2026-01-10', toOfficeLevel: 'district', toProvinceId: province('LA-BL'), toDistrictId: district('LA-BL-KKT'), keepsTrainingRole: true });
    const second = await call<TransferRow>('transfers.record', { personId: p.id, date: '2026-03-01', toOfficeLevel: 'provincial', toProvinceId: province('LA-BL'), keepsTrainingRole: true });
    await expect(call('transfers.record', { personId: p.id, date: '2026-02-01', toOfficeLevel: 'central', keepsTrainingRole: true })).rejects.toMatchObject({
      apiError: { code: 'transfers.laterExists' },
    });
    await expect(call('transfers.undo', { id: first.id })).rejects.toMatchObject({ apiError: { code: 'transfers.notLatest', params: { date: '2026-03-01' } } });
    const list = await call<TransferRow[]>('transfers.list', { personId: p.id });
    expect(list.map((x) => [x.id, x.canUndo])).toEqual([[second.id, true], [first.id, false]]);
    // Kept her training role: she counts where she went.
    expect((await call<any>('roster.get', { id: p.id })).person.status).toBe('active');
  });

  it('refuses a date before a team membership she has really had since, and changes nothing', async () => {
    const p = await pakkadingTrainer();
    const team = await pakkadingTeam();
    const before = await call<TransferRow[]>('transfers.list', { personId: p.id });
    // A slip of the year: 2001 for 2026. She has been in the Pakkading team since long after that.
    const slip = { personId: p.id, date: '2001-01-10', toOfficeLevel: 'provincial', toProvinceId: province('LA-BL'), keepsTrainingRole: true };
    const refusal = { apiError: { code: 'transfers.memberSince', params: { teamEn: team.nameEn } } };
    await expect(call('transfers.preview', slip), 'the preview says so before saving').rejects.toMatchObject(refusal);
    await expect(call('transfers.record', slip)).rejects.toMatchObject(refusal);
    expect(await call<TransferRow[]>('transfers.list', { personId: p.id }), 'nothing recorded').toEqual(before);
    expect((await call<TeamRow[]>('teams.list', {})).find((t) => t.id === team.id)!.activeSize, 'her membership stands').toBe(team.activeSize);
  });

  it('refuses a transfer that changes nothing, one before the person was 15, and one on the day a membership began', async () => {
    // Not the trainer the other tests move: the membership begun today stays hers.
    const people = await call<RosterRow[]>('roster.search', { districtId: district('LA-BL-PKD'), status: 'active' });
    const busy = (await pakkadingTrainer()).id;
    const p = people.find((x) => x.id !== busy)!;
    const person = (await call<any>('roster.get', { id: p.id })).person;
    const before = await call<TransferRow[]>('transfers.list', { personId: p.id });
    const here = { personId: p.id, toOfficeLevel: person.officeLevel, toProvinceId: person.provinceId, toDistrictId: person.districtId, toVillageId: person.villageId, keepsTrainingRole: false };
    const refused = (input: object) => call('transfers.preview', input).then(() => 'accepted', (e) => e.apiError.code);
    expect(await refused({ ...here, date: '2026-12-01' }), 'her own place, organisation and position').toBe('transfers.changesNothing');
    expect(await refused({ ...here, date: '2026-12-01', toPosition: 'Deputy head' }), 'a new position is a change').toBe('accepted');
    const grownUp = (person.birthYear as number) + 15;
    expect(await refused({ ...here, toDistrictId: district('LA-BL-KKT'), date: `${grownUp - 1}-12-31` })).toBe('transfers.tooYoung');
    // A member of a Khamkeut team from today; a transfer dated today would silently cancel that membership.
    const today = new Date().toISOString().slice(0, 10);
    // Years ahead is a year typed wrong (2099 for 2026): refused, where a few months ahead is a plan.
    expect(await refused({ ...here, toPosition: 'Deputy head', date: addDays(todayIso(), 367) })).toBe('transfers.tooFarAhead');
    expect(await refused({ ...here, toPosition: 'Deputy head', date: addDays(todayIso(), 300) })).toBe('accepted');
    const gone = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ອອກ', sex: 'f', officeLevel: 'central', status: 'left' });
    expect(await refused({ personId: gone.id, date: today, toOfficeLevel: 'provincial', toProvinceId: province('LA-BL'), keepsTrainingRole: false }), 'she left the organisation').toBe('transfers.personLeft');
    const team = await call<TeamRow>('teams.create', { nameLo: 'ທີມ ຄຳເກີດ ທົດລອງ', nameEn: 'Khamkeut test team', level: 'district', provinceId: province('LA-BL'), districtId: district('LA-BL-KKT'), targetSize: 4 });
    await call('teams.addMember', { teamId: team.id, personId: p.id, role: 'member', fromDate: today });
    const sameDay = { ...here, toOfficeLevel: 'provincial', toDistrictId: null, date: today };
    await expect(call('transfers.record', sameDay)).rejects.toMatchObject({ apiError: { code: 'transfers.memberSameDay', params: { since: today, teamEn: 'Khamkeut test team' } } });
    expect(await call<TransferRow[]>('transfers.list', { personId: p.id }), 'nothing recorded').toEqual(before);
    expect((await call<any>('roster.get', { id: p.id })).memberships.some((m: { teamId: string }) => m.teamId === team.id), 'her membership stands').toBe(true);
  });

  it('filters the history by period, province and kept role', async () => {
    const all = await call<TransferRow[]>('transfers.list', {});
    const demo = new Set(demoTransfers.map((t) => t.id));
    expect(all.length, 'two recorded above, besides the demo’s own').toBe(demoTransfers.length + 2);
    // The demo's dates follow today, so only the transfers recorded above are counted against fixed dates.
    const recorded = async (filter: object) => (await call<TransferRow[]>('transfers.list', filter)).filter((t) => !demo.has(t.id));
    expect(await recorded({ from: '2026-02-01', to: '2026-12-31' })).toHaveLength(1);
    expect(await recorded({ keepsTrainingRole: false })).toHaveLength(0);
    expect(await call<TransferRow[]>('transfers.list', { keepsTrainingRole: false }), 'the demo’s two took their modules with them').toHaveLength(2);
    expect((await call<TransferRow[]>('transfers.list', { provinceId: province('LA-XA') })).map((t) => t.fromDistrictId)).toEqual([district('LA-XA-PKL')]);
    const file = await call<{ fileName: string; base64: string }>('transfers.exportXlsx', { filter: {}, language: 'lo' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('ວັນທີຍົກຍ້າຍ');
    expect(ws.rowCount).toBe(all.length + 1);
    const fromPlaces = Array.from({ length: all.length }, (_, i) => String(ws.getRow(i + 2).getCell(4).value));
    expect(fromPlaces.filter((p) => p.includes('ບໍລິຄຳໄຊ'))).toHaveLength(2);
  });

  it('refuses a destination missing its district, by field', async () => {
    const p = await pakkadingTrainer();
    await expect(call('transfers.record', { personId: p.id, date: today, toOfficeLevel: 'district', toProvinceId: province('LA-BL'), keepsTrainingRole: true })).rejects.toMatchObject({
      apiError: { code: 'api.invalidInput', params: { fields: ['toDistrictId'] } },
    });
  });

  it('undoes two transfers on the same day in the reverse of the order they were recorded', async () => {
    const p = await pakkadingTrainer();
    const day = '2026-06-15';
    const first = await call<TransferRow>('transfers.record', { personId: p.id, date: day, toOfficeLevel: 'provincial', toProvinceId: province('LA-BL'), keepsTrainingRole: true });
    const second = await call<TransferRow>('transfers.record', { personId: p.id, date: day, toOfficeLevel: 'central', keepsTrainingRole: true });
    const undoable = async () => (await call<TransferRow[]>('transfers.list', { personId: p.id })).filter((x) => x.canUndo).map((x) => x.id);
    expect(await undoable(), 'only the one recorded last can be undone').toEqual([second.id]);
    await expect(call('transfers.undo', { id: first.id })).rejects.toMatchObject({ apiError: { code: 'transfers.notLatest' } });
    await call('transfers.undo', { id: second.id });
    expect(await undoable()).toEqual([first.id]);
    await call('transfers.undo', { id: first.id });
    expect((await call<any>('roster.get', { id: p.id })).person).toMatchObject({ officeLevel: 'district', districtId: district('LA-BL-PKD') });
  });
});

