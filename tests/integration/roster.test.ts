import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterRow, TeamRow, TransferRow } from '../../shared/api';
import { addDays } from '../../shared/calendar-rules';
import { todayIso } from '../../shared/roster-rules';
import { type Backend, startBackend } from '../../electron/backend';
import { tempDir } from '../helpers/temp-dir';

let b: Backend;
beforeAll(async () => {
  b = await startBackend({ dataDir: tempDir(), transport: 'cli' });
});
afterAll(() => b.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
}
async function fails(channel: string, input: unknown) {
  const r = await b.dispatch(channel, input);
  expect(r.ok, `${channel} should have been refused`).toBe(false);
  return (r as { ok: false; error: { code: string; params: Record<string, unknown> } }).error;
}

describe('reference data', () => {
  it('ships the 18 provinces with ISO 3166-2:LA codes and the ten modules', async () => {
    const geo = await call<{ provinces: Array<{ code: string; nameEn: string }>; modules: unknown[] }>('reference.geography', {});
    expect(geo.provinces).toHaveLength(18);
    expect(geo.provinces.map((p) => p.code)).toEqual(expect.arrayContaining(['LA-VT', 'LA-XA', 'LA-BL', 'LA-XS', 'LA-AT']));
    expect(new Set(geo.provinces.map((p) => p.code)).size).toBe(18);
    expect(geo.modules).toHaveLength(10);
  });
});

describe('demo data', () => {
  it('loads 74 trainers in 12 teams (1 central, 3 provincial, 8 district), 26 villages and two transfers, once', async () => {
    expect(await call('demo.status', {})).toEqual({ empty: true, officeSetUp: false, demo: false, people: 0, teams: 0 });
    expect(await call('demo.load', {})).toEqual({ people: 74, teams: 12, villages: 26 });
    const teams = await call<TeamRow[]>('teams.list', {});
    expect(teams.map((t) => t.level).sort()).toEqual(['central', ...Array(8).fill('district'), ...Array(3).fill('provincial')]);
    expect(teams.find((t) => t.level === 'central')!.activeSize).toBe(8);
    // The demo's Paklai trainer moved to the provincial office four months ago: her team is one short.
    expect(teams.filter((t) => t.level !== 'central' && t.activeSize !== 6).map((t) => [t.nameEn, t.activeSize])).toEqual([['Paklai district team', 5]]);
    expect(await call<TransferRow[]>('transfers.list', {})).toEqual([
      expect.objectContaining({ upcoming: true, keepsTrainingRole: false }),
      expect.objectContaining({ upcoming: false, keepsTrainingRole: false }),
    ]);
    expect((await call<RosterRow[]>('roster.search', {})).length).toBe(74);
    expect((await fails('demo.load', {})).code).toBe('demo.notEmpty');
  });
});

describe('people', () => {
  let geo: { provinces: Array<{ id: string; code: string }>; districts: Array<{ id: string; code: string; provinceId: string }>; modules: Array<{ id: string }> };
  beforeAll(async () => {
    geo = await call('reference.geography', {});
  });
  const bl = () => geo.provinces.find((p) => p.code === 'LA-BL')!.id;
  const pkd = () => geo.districts.find((d) => d.code === 'LA-BL-PKD')!.id;

  it('creates a trainer with Lao text normalised and her phone in national form, and finds her by either name', async () => {
    const created = await call<RosterRow>('roster.create', {
      nameLo: 'ນາງ  ມະນີວອນ ພົມມະຈັນ',
      nameEn: 'Manivone  Phommachanh',
      sex: 'f',
      birthYear: 1988,
      phone: '+856 20 5512 3456',
      officeLevel: 'district',
      provinceId: bl(),
      districtId: pkd(),
    });
    expect(created.nameLo).toBe('ນາງ ມະນີວອນ ພົມມະຈັນ');
    expect(created.phone).toBe('020 5512 3456');
    for (const query of ['manivone phommachanh', 'MANIVONEPHOMMA', 'ມະນີວອນພົມມະຈັນ', '55123456']) {
      const found = await call<RosterRow[]>('roster.search', { query });
      expect(found.map((p) => p.id), `search "${query}"`).toContain(created.id);
    }
  });

  it('lists trainers by name, not by the title before it', async () => {
    const her = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ກອງແກ້ວ ທົດລອງ', sex: 'f', officeLevel: 'central' });
    const him = await call<RosterRow>('roster.create', { nameLo: 'ທ້າວ ຂັນທອງ ທົດລອງ', sex: 'm', officeLevel: 'central' });
    const ids = (await call<RosterRow[]>('roster.search', { query: 'ທົດລອງ' })).map((r) => r.id);
    expect(ids.indexOf(her.id), 'ກອງແກ້ວ before ຂັນທອງ, whatever ນາງ and ທ້າວ say').toBeLessThan(ids.indexOf(him.id));
    await call('roster.delete', { id: her.id });
    await call('roster.delete', { id: him.id });
  });

  it('lists trainers in Lao dictionary order, a vowel written before its consonant read after it', async () => {
    // Code point order would give ຂັນ, ຊາ, ສີ, ແກ້ວ: ແ sorts after every consonant, and ສ after ຊ.
    const names = ['ນາງ ສີ ລຳດັບ', 'ທ້າວ ຊາ ລຳດັບ', 'ນາງ ແກ້ວ ລຳດັບ', 'ທ້າວ ຂັນ ລຳດັບ'];
    const created = [];
    for (const nameLo of names) created.push(await call<RosterRow>('roster.create', { nameLo, sex: nameLo.startsWith('ນາງ') ? 'f' : 'm', officeLevel: 'central' }));
    const listed = (await call<RosterRow[]>('roster.search', { query: 'ລຳດັບ' })).map((r) => r.nameLo);
    expect(listed).toEqual(['ນາງ ແກ້ວ ລຳດັບ', 'ທ້າວ ຂັນ ລຳດັບ', 'ນາງ ສີ ລຳດັບ', 'ທ້າວ ຊາ ລຳດັບ']);
    for (const p of created) await call('roster.delete', { id: p.id });
  });

  it('refuses bad fields with a translated reason per field, and writes nothing', async () => {
    const before = (await call<RosterRow[]>('roster.search', {})).length;
    const err = await fails('roster.create', { nameLo: '  ', sex: 'f', phone: '12345', birthYear: 1890, officeLevel: 'district' });
    expect(err.code).toBe('api.invalidInput');
    expect(err.params.fields).toEqual(['nameLo', 'birthYear', 'phone']);
    expect(err.params.messages).toEqual(['validation.nameLoRequired', 'validation.birthYear', 'validation.phone']);
    const place = await fails('roster.create', { nameLo: 'ນາງ ກ', sex: 'f', officeLevel: 'district', provinceId: bl() });
    expect(place.params).toMatchObject({ fields: ['districtId'], messages: ['validation.districtRequired'] });
    expect((await call<RosterRow[]>('roster.search', {})).length).toBe(before);
  });

  it('edits, soft-deletes and restores a person', async () => {
    const p = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ສົມຈິດ', nameEn: 'Somchit', sex: 'f', officeLevel: 'provincial', provinceId: bl() });
    const edited = await call<RosterRow>('roster.update', { id: p.id, person: { nameLo: 'ນາງ ສົມຈິດ ວົງສາ', nameEn: 'Somchit Vongsa', sex: 'f', officeLevel: 'provincial', provinceId: bl(), phone: '030 555 1234' } });
    expect(edited.nameEn).toBe('Somchit Vongsa');
    await call('roster.delete', { id: p.id });
    expect((await call<RosterRow[]>('roster.search', { query: 'somchit vongsa' })).length).toBe(0);
    await call('roster.restore', { id: p.id });
    expect((await call<RosterRow[]>('roster.search', { query: 'somchit vongsa' })).length).toBe(1);
    // Romanised as others write it: x or s, ph or p, ou or u, w or v.
    for (const query of ['Somjit Wongsa', 'somchit vongxa']) expect((await call<RosterRow[]>('roster.search', { query })).map((r) => r.id), query).toEqual([p.id]);
    // ...and a part of the name as typed still finds it, though folded it is not a part ("mch" of "somjit").
    expect((await call<RosterRow[]>('roster.search', { query: 'mchit' })).map((r) => r.id)).toContain(p.id);
  });

  it('filters by place, module and overdue refresher', async () => {
    const all = await call<RosterRow[]>('roster.search', {});
    const inBl = await call<RosterRow[]>('roster.search', { provinceId: bl() });
    expect(inBl.length).toBeGreaterThan(0);
    expect(inBl.every((p) => p.provinceId === bl())).toBe(true);
    const moduleId = geo.modules[0].id;
    const qualified = await call<RosterRow[]>('roster.search', { moduleId });
    expect(qualified.length).toBe(all.filter((p) => p.moduleIds.includes(moduleId)).length);
    const overdue = await call<RosterRow[]>('roster.search', { refresherOverdue: true });
    expect(overdue.length).toBe(all.filter((p) => p.overdueCount > 0).length);
  });

  it('lists as qualified in a module only those who can train it; with "overdue", those whose refresher in it lapsed', async () => {
    const [lapsed, renewed, fresh] = geo.modules.slice(3, 6).map((m) => m.id);
    const p = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ບົວຄຳ', sex: 'f', officeLevel: 'central' });
    const thisYear = new Date().toISOString().slice(0, 10);
    for (const [moduleId, earnedOn] of [[lapsed, '2020-01-10'], [renewed, '2020-01-10'], [renewed, thisYear], [fresh, thisYear]]) {
      await call('qualification.add', { personId: p.id, moduleId, earnedOn });
    }
    const row = (await call<RosterRow[]>('roster.search', { query: 'ບົວຄຳ' })).find((r) => r.id === p.id)!;
    expect(row.moduleIds.sort()).toEqual([renewed, fresh].sort());
    expect(row).toMatchObject({ overdueModuleIds: [lapsed], overdueCount: 1 });
    const found = async (filter: Record<string, unknown>) => (await call<RosterRow[]>('roster.search', filter)).some((r) => r.id === p.id);
    expect(await found({ moduleId: lapsed })).toBe(false);
    expect(await found({ moduleId: lapsed, refresherOverdue: true })).toBe(true);
    expect(await found({ moduleId: renewed })).toBe(true);
    expect(await found({ moduleId: renewed, refresherOverdue: true })).toBe(false);
  });

  it('records a qualification with its refresher due date, and shows it on the person page', async () => {
    const p = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ດາວເຮືອງ', sex: 'f', officeLevel: 'central' });
    const q = await call<{ refresherDue: string }>('qualification.add', { personId: p.id, moduleId: geo.modules[1].id, earnedOn: '2024-02-29' });
    expect(q.refresherDue).toBe('2026-02-28');
    const detail = await call<{ qualifications: unknown[]; person: RosterRow }>('roster.get', { id: p.id });
    expect(detail.qualifications).toHaveLength(1);
    expect(detail.person.overdueCount).toBe(1);
    // Earned tomorrow: not yet, whatever the form was given.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await fails('qualification.add', { personId: p.id, moduleId: geo.modules[2].id, earnedOn: tomorrow })).params).toMatchObject({ fields: ['earnedOn'], messages: ['validation.earnedInFuture'] });
    expect((await call<{ qualifications: unknown[] }>('roster.get', { id: p.id })).qualifications).toHaveLength(1);
  });

  it('refuses a qualification typed twice or dated before its holder was 15, and keeps what was there', async () => {
    const p = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ພອນສະຫວັນ', sex: 'f', birthYear: 1990, officeLevel: 'central' });
    await call('qualification.add', { personId: p.id, moduleId: geo.modules[0].id, earnedOn: '2021-03-04' });
    expect(await fails('qualification.add', { personId: p.id, moduleId: geo.modules[0].id, earnedOn: '2021-03-04' })).toMatchObject({
      code: 'roster.qualificationTwice',
      params: { date: '2021-03-04' },
    });
    // 1921 typed for 2021.
    expect(await fails('qualification.add', { personId: p.id, moduleId: geo.modules[1].id, earnedOn: '1921-03-04' })).toMatchObject({
      code: 'roster.qualificationTooYoung',
      params: { born: 1990, year: 2005 },
    });
    expect((await call<{ qualifications: unknown[] }>('roster.get', { id: p.id })).qualifications).toHaveLength(1);
    // Her birth year edited afterwards must still fit the qualification: 2010 would make her 11 then.
    const edited = { nameLo: 'ນາງ ພອນສະຫວັນ', sex: 'f', birthYear: 2010, officeLevel: 'central' };
    expect(await fails('roster.update', { id: p.id, person: edited })).toMatchObject({ code: 'roster.birthYearAfterRecords', params: { date: '2021-03-04', year: 2006 } });
    expect((await call<{ person: RosterRow }>('roster.get', { id: p.id })).person.birthYear, 'unchanged').toBe(1990);
    await call('roster.update', { id: p.id, person: { ...edited, birthYear: 2006 } });
    // The same module again on another day is a refresher, and is kept.
    await call('qualification.add', { personId: p.id, moduleId: geo.modules[0].id, earnedOn: '2023-03-04' });
    expect((await call<{ qualifications: unknown[] }>('roster.get', { id: p.id })).qualifications).toHaveLength(2);
  });

  it('exports the current view to a real .xlsx with translated headers', async () => {
    const file = await call<{ fileName: string; base64: string }>('roster.exportXlsx', { filter: { provinceId: bl() }, language: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Name in Lao');
    const rows = await call<RosterRow[]>('roster.search', { provinceId: bl() });
    expect(ws.rowCount - 1).toBe(rows.length);
    // Which modules each can train, and which lapsed, by M1..M10 in the curriculum's order, as the Word roster
    // report names them, with the legend on the second sheet.
    const header = ws.getRow(1).values as unknown[];
    const [nameCol, canCol, lapsedCol] = ['Name in Lao', 'Modules she can train', 'Refresher overdue in'].map((h) => header.indexOf(h));
    expect(Math.min(canCol, lapsedCol), 'both columns are there').toBeGreaterThan(0);
    const curriculum = (await call<{ modules: Array<{ id: string; nameEn: string }> }>('reference.geography', {})).modules;
    const codes = (ids: string[]) => curriculum.flatMap((m, i) => (ids.includes(m.id) ? [`M${i + 1}`] : [])).join(', ');
    const legend = wb.worksheets[1]!;
    expect(legend.name).toBe('Modules');
    expect(legend.getRow(1).values).toEqual([undefined, 'Code', 'Module']);
    expect(legend.getRows(2, curriculum.length)!.map((r) => [r.getCell(1).value, r.getCell(2).value])).toEqual(curriculum.map((m, i) => [`M${i + 1}`, m.nameEn]));
    const sheet = new Map(ws.getRows(2, rows.length)!.map((r) => [r.getCell(nameCol).value, [r.getCell(canCol).value ?? '', r.getCell(lapsedCol).value ?? '']]));
    expect(rows.some((r) => r.overdueModuleIds.length), 'the demo has a lapsed trainer here').toBe(true);
    for (const r of rows) expect(sheet.get(r.nameLo), r.nameEn ?? r.nameLo).toEqual([codes(r.moduleIds), codes(r.overdueModuleIds)]);
  });
});

describe('teams', () => {
  it('creates a team, adds and ends memberships, and counts active size against target', async () => {
    const geo = await call<{ provinces: Array<{ id: string; code: string }>; districts: Array<{ id: string; code: string }> }>('reference.geography', {});
    const vt = geo.provinces.find((p) => p.code === 'LA-VT')!.id;
    const team = await call<TeamRow>('teams.create', { nameLo: 'ທີມທົດລອງ', nameEn: 'Test team', level: 'provincial', provinceId: vt, targetSize: 3 });
    const a = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ກ', sex: 'f', officeLevel: 'provincial', provinceId: vt });
    const m = await call<{ id: string }>('teams.addMember', { teamId: team.id, personId: a.id, role: 'lead', fromDate: '2025-01-01' });
    // Her province changed by hand while she is in the team would count her in two provinces: refused.
    const moved = await fails('roster.update', { id: a.id, person: { nameLo: 'ນາງ ກ', sex: 'f', officeLevel: 'provincial', provinceId: geo.provinces.find((p) => p.code === 'LA-BL')!.id } });
    expect(moved).toMatchObject({ code: 'roster.provinceChangeInTeam', params: { name: 'ນາງ ກ', teamEn: 'Test team' } });
    expect((await call<RosterRow>('roster.get', { id: a.id }).then((d) => (d as unknown as { person: RosterRow }).person)).provinceId).toBe(vt);
    // Nor can the team move to another province, or up to central, from under her.
    const bl = geo.provinces.find((p) => p.code === 'LA-BL')!.id;
    const teamMoved = await fails('teams.update', { id: team.id, team: { nameLo: 'ທີມທົດລອງ', nameEn: 'Test team', level: 'provincial', provinceId: bl, targetSize: 3 } });
    expect(teamMoved).toMatchObject({ code: 'roster.teamProvinceHasMembers', params: { name: 'ນາງ ກ', provinceEn: 'Vientiane Capital' } });
    expect((await call<{ team: TeamRow }>('teams.get', { id: team.id })).team.provinceId, 'nothing changed').toBe(vt);
    const centralTeam = await call<TeamRow>('teams.create', { nameLo: 'ທີມສູນກາງ', level: 'central', targetSize: 3 });
    const c = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຄ', sex: 'f', officeLevel: 'central' });
    await call('teams.addMember', { teamId: centralTeam.id, personId: c.id, role: 'member', fromDate: '2025-01-01' });
    const madeProvincial = await fails('teams.update', { id: centralTeam.id, team: { nameLo: 'ທີມສູນກາງ', level: 'provincial', provinceId: vt, targetSize: 3 } });
    expect(madeProvincial).toMatchObject({ code: 'roster.teamLevelHasCentralMember', params: { name: 'ນາງ ຄ' } });
    // A deleted person's membership (kept for her undo) does not hold the team in place.
    const small = await call<TeamRow>('teams.create', { nameLo: 'ທີມນ້ອຍ', level: 'provincial', provinceId: vt, targetSize: 2 });
    const gone = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຊ', sex: 'f', officeLevel: 'provincial', provinceId: vt });
    await call('teams.addMember', { teamId: small.id, personId: gone.id, role: 'member', fromDate: '2025-01-01' });
    await call('roster.delete', { id: gone.id });
    expect((await call<TeamRow>('teams.update', { id: small.id, team: { nameLo: 'ທີມນ້ອຍ', level: 'provincial', provinceId: bl, targetSize: 2 } })).provinceId).toBe(bl);
    // Its name and target still change.
    expect((await call<TeamRow>('teams.update', { id: team.id, team: { nameLo: 'ທີມທົດລອງ', nameEn: 'Test team', level: 'provincial', provinceId: vt, targetSize: 4 } })).targetSize).toBe(4);
    expect((await fails('teams.addMember', { teamId: team.id, personId: a.id, role: 'member', fromDate: '2025-06-01' })).code).toBe('roster.alreadyMember');
    expect((await call<{ team: TeamRow }>('teams.get', { id: team.id })).team.activeSize).toBe(1);
    expect((await fails('teams.endMembership', { id: m.id, toDate: '2024-12-31' })).code).toBe('roster.endBeforeStart');
    await call('teams.endMembership', { id: m.id, toDate: '2025-03-31' });
    expect((await call<{ team: TeamRow }>('teams.get', { id: team.id })).team.activeSize).toBe(0);
    // A year typed wrong: before she was 15.
    const young = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຂ', sex: 'f', birthYear: 1995, officeLevel: 'provincial', provinceId: vt });
    expect(await fails('teams.addMember', { teamId: team.id, personId: young.id, role: 'member', fromDate: '2002-01-01' })).toMatchObject({ code: 'roster.memberTooYoung', params: { year: 2010 } });
    expect((await call<{ team: TeamRow }>('teams.get', { id: team.id })).team.activeSize).toBe(0);
    const district = await fails('teams.create', { nameLo: 'ທີມ', level: 'district', provinceId: vt, targetSize: 6 });
    expect(district.params).toMatchObject({ fields: ['districtId'] });
    // Someone from another province, or from central, is refused: the two offices' reports would disagree.
    const bolikhamxay = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຄ', sex: 'f', officeLevel: 'provincial', provinceId: geo.provinces.find((p) => p.code === 'LA-BL')!.id });
    expect(await fails('teams.addMember', { teamId: team.id, personId: bolikhamxay.id, role: 'member', fromDate: '2025-01-01' })).toMatchObject({
      code: 'roster.memberOtherProvince',
      params: { name: 'ນາງ ຄ', provinceEn: 'Bolikhamxay', teamProvinceEn: 'Vientiane Capital' },
    });
    // Transferred here ahead of the date, she may join from that date on.
    const ahead = addDays(todayIso(), 100);
    const arriving = await call<{ id: string }>('transfers.record', { personId: bolikhamxay.id, date: ahead, toOfficeLevel: 'provincial', toProvinceId: vt, keepsTrainingRole: true });
    expect((await fails('teams.addMember', { teamId: team.id, personId: bolikhamxay.id, role: 'member', fromDate: addDays(ahead, -1) })).code).toBe('roster.memberOtherProvince');
    const joined = await call<{ id: string }>('teams.addMember', { teamId: team.id, personId: bolikhamxay.id, role: 'member', fromDate: ahead });
    // Undoing the move would leave her in a team of a province she never moves to: refused until it is removed.
    expect(await fails('transfers.undo', { id: arriving.id })).toMatchObject({ code: 'transfers.undoJoined', params: { date: ahead, teamEn: 'Test team' } });
    await call('teams.removeMembership', { id: joined.id });
    await call('transfers.undo', { id: arriving.id });
    await call('transfers.record', { personId: bolikhamxay.id, date: ahead, toOfficeLevel: 'provincial', toProvinceId: vt, keepsTrainingRole: true });
    await call('teams.addMember', { teamId: team.id, personId: bolikhamxay.id, role: 'member', fromDate: ahead });
    // Leaving for another province on a recorded day, she may not join a team here from that day on.
    const leaving = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຈ', sex: 'f', officeLevel: 'provincial', provinceId: vt });
    await call('transfers.record', { personId: leaving.id, date: ahead, toOfficeLevel: 'provincial', toProvinceId: geo.provinces.find((p) => p.code === 'LA-BL')!.id, keepsTrainingRole: true });
    expect((await fails('teams.addMember', { teamId: team.id, personId: leaving.id, role: 'member', fromDate: addDays(ahead, 31) })).code).toBe('roster.memberOtherProvince');
    // Removed as a mistake, a membership leaves a tombstone (which syncs) and no longer counts.
    const mistake = await call<{ id: string }>('teams.addMember', { teamId: team.id, personId: leaving.id, role: 'member', fromDate: '2025-01-01' });
    await call('teams.removeMembership', { id: mistake.id });
    expect((await call<{ members: Array<{ id: string }> }>('teams.get', { id: team.id })).members.map((m) => m.id)).not.toContain(mistake.id);
    expect(await b.ctx.db('change_log').where({ table_name: 'team_member', row_id: mistake.id, column_name: 'deleted_at' }).first('seq'), 'logged, so it syncs').toBeTruthy();
    expect((await fails('teams.removeMembership', { id: mistake.id })).code).toBe('roster.membershipNotFound');
    const central = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ງ', sex: 'f', officeLevel: 'central' });
    expect((await fails('teams.addMember', { teamId: team.id, personId: central.id, role: 'member', fromDate: '2025-01-01' })).code).toBe('roster.memberFromCentral');
    expect((await call<{ members: unknown[] }>('teams.get', { id: team.id })).members, 'the refused ones not added').toHaveLength(2);
  });

  it('counts a module its members can train only while a refresher is not overdue, and names the lapsed apart', async () => {
    const geo = await call<{ provinces: Array<{ id: string; code: string }>; modules: Array<{ id: string }> }>('reference.geography', {});
    const vt = geo.provinces.find((p) => p.code === 'LA-VT')!.id;
    const [law, survey] = geo.modules.map((m) => m.id);
    const team = await call<TeamRow>('teams.create', { nameLo: 'ທີມທົບທວນ', nameEn: 'Refresher team', level: 'provincial', provinceId: vt, targetSize: 2 });
    const [a, c] = [await call<RosterRow>('roster.create', { nameLo: 'ນາງ ຄ', sex: 'f', officeLevel: 'provincial', provinceId: vt }), await call<RosterRow>('roster.create', { nameLo: 'ນາງ ງ', sex: 'f', officeLevel: 'provincial', provinceId: vt })];
    for (const p of [a, c]) await call('teams.addMember', { teamId: team.id, personId: p.id, role: 'member', fromDate: '2020-01-01' });
    // Law: lapsed for one member, current for the other. Survey: lapsed for the one member who holds it.
    await call('qualification.add', { personId: a.id, moduleId: law, earnedOn: '2020-03-01' });
    await call('qualification.add', { personId: a.id, moduleId: survey, earnedOn: '2020-03-01' });
    const listed = async () => (await call<TeamRow[]>('teams.list', {})).find((t) => t.id === team.id)!;
    expect(await listed()).toMatchObject({ moduleIds: [], overdueModuleIds: expect.arrayContaining([law, survey]) });
    const thisYear = new Date().toISOString().slice(0, 10);
    await call('qualification.add', { personId: c.id, moduleId: law, earnedOn: thisYear });
    expect(await listed()).toMatchObject({ moduleIds: [law], overdueModuleIds: [survey] });
  });
});

describe('places and curriculum', () => {
  it('adds a village under a district, refusing a duplicate name there', async () => {
    const geo = await call<{ districts: Array<{ id: string; code: string; provinceId: string }> }>('reference.geography', {});
    const district = geo.districts.find((d) => d.code === 'LA-XA-PKL')!;
    const v = await call<{ id: string; provinceId: string }>('reference.addVillage', { districtId: district.id, nameLo: 'ບ້ານ ນາສາລາ', nameEn: 'Nasala' });
    expect(v.provinceId).toBe(district.provinceId);
    expect((await fails('reference.addVillage', { districtId: district.id, nameLo: 'ບ້ານ  ນາສາລາ', nameEn: '' })).code).toBe('roster.villageExists');
    // Written without "ບ້ານ", as many lists do: the same village, named as it is stored.
    expect(await fails('reference.addVillage', { districtId: district.id, nameLo: 'ນາສາລາ', nameEn: '' })).toMatchObject({ code: 'roster.villageExists', params: { name: 'ບ້ານ ນາສາລາ' } });
    expect((await fails('reference.addVillage', { districtId: district.id, nameLo: 'ບ້ານ'.repeat(40), nameEn: '' })).params).toMatchObject({ fields: ['nameLo'], messages: ['validation.tooLong|120'] });
    const after = await call<{ villages: Array<{ id: string }> }>('reference.geography', {});
    expect(after.villages.map((x) => x.id)).toContain(v.id);
    // The village is a replicated row: it travels to the other offices.
    const changes = await b.ctx.db('change_log').where({ table_name: 'village', row_id: v.id });
    expect(changes.length).toBeGreaterThan(0);
  });

  it('corrects a village name, refusing one its district already has, and deletes a village only while nothing names it', async () => {
    const geo = await call<{ districts: Array<{ id: string; code: string }> }>('reference.geography', {});
    const district = geo.districts.find((d) => d.code === 'LA-XA-PKL')!;
    const typo = await call<{ id: string }>('reference.addVillage', { districtId: district.id, nameLo: 'ບ້ານ ນາເຟືອງ', nameEn: 'Nafeuang' });
    const other = await call<{ id: string }>('reference.addVillage', { districtId: district.id, nameLo: 'ບ້ານ ໂພນສະຫວາດ', nameEn: 'Phonsavat' });
    const villages = async () => (await call<{ villages: Array<{ id: string; nameLo: string; nameEn: string }> }>('reference.geography', {})).villages;
    expect(await call('reference.renameVillage', { id: typo.id, nameLo: 'ບ້ານ ນາເຟືອງໃຕ້', nameEn: 'Nafeuang Tai' })).toMatchObject({ nameLo: 'ບ້ານ ນາເຟືອງໃຕ້', districtId: district.id });
    expect((await villages()).find((v) => v.id === typo.id)).toMatchObject({ nameLo: 'ບ້ານ ນາເຟືອງໃຕ້', nameEn: 'Nafeuang Tai' });
    // Its own name again is no clash; the other village's name, with or without ບ້ານ, is.
    await call('reference.renameVillage', { id: typo.id, nameLo: 'ນາເຟືອງໃຕ້', nameEn: 'Nafeuang Tai' });
    expect(await fails('reference.renameVillage', { id: typo.id, nameLo: 'ໂພນສະຫວາດ', nameEn: '' })).toMatchObject({ code: 'roster.villageExists', params: { name: 'ບ້ານ ໂພນສະຫວາດ' } });
    // Named by a person, even one deleted (she can be restored): refused, with what names it, and kept.
    const resident = await call<RosterRow>('roster.create', { nameLo: 'ນາງ ບ້ານ', sex: 'f', officeLevel: 'village', provinceId: (await b.ctx.db('district').where({ id: district.id }).first()).province_id, districtId: district.id, villageId: other.id });
    await call('roster.delete', { id: resident.id });
    expect(await fails('reference.deleteVillage', { id: other.id })).toMatchObject({ code: 'roster.villageInUse', params: { people: 1, sessions: 0 } });
    expect((await villages()).map((v) => v.id)).toContain(other.id);
    // Named by nothing: deleted, as a tombstone that travels to the other offices.
    await call('reference.deleteVillage', { id: typo.id });
    expect((await villages()).map((v) => v.id)).not.toContain(typo.id);
    const tombstone = await b.ctx.db('change_log').where({ table_name: 'village', row_id: typo.id, column_name: 'deleted_at' }).orderBy('seq', 'desc').first();
    expect(JSON.parse(tombstone.value)).toEqual(expect.any(String));
    expect((await fails('reference.deleteVillage', { id: typo.id })).code).toBe('roster.unknownVillage');
    // A person cannot be placed in it any more, nor a village be only its ບ້ານ.
    const place = { provinceId: (await b.ctx.db('district').where({ id: district.id }).first()).province_id, districtId: district.id };
    expect((await fails('roster.create', { nameLo: 'ນາງ ຄຳ', sex: 'f', officeLevel: 'village', ...place, villageId: typo.id })).code).toBe('roster.unknownVillage');
    expect((await fails('reference.renameVillage', { id: other.id, nameLo: 'ບ້ານ', nameEn: '' })).params).toMatchObject({ fields: ['nameLo'], messages: ['validation.placeNameOnlyPrefix'] });
  });

  it('edits a module and adds one, with unique codes', async () => {
    const geo = await call<{ modules: Array<{ id: string; code: string; nameEn: string }> }>('reference.geography', {});
    const first = geo.modules[0];
    const edited = await call<{ refresherMonths: number }>('reference.saveModule', { id: first.id, code: first.code, nameLo: 'ກົດໝາຍ', nameEn: first.nameEn, refresherMonths: 18 });
    expect(edited.refresherMonths).toBe(18);
    expect((await fails('reference.saveModule', { code: first.code, nameLo: 'ໃໝ່', nameEn: 'New', refresherMonths: 12 })).code).toBe('roster.moduleCodeTaken');
    await call('reference.saveModule', { code: 'digital-safety', nameLo: 'ຄວາມປອດໄພທາງອອນລາຍ', nameEn: 'Online safety', refresherMonths: 12 });
    expect((await call<{ modules: unknown[] }>('reference.geography', {})).modules).toHaveLength(11);
  });
});
