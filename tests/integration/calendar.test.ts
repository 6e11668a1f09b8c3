import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { createDispatcher } from '../../electron/dispatcher';
import { allHandlers } from '../../electron/backend';
import { ensureReferenceData, referenceId } from '../../electron/reference/reference';
import { cascadeOf } from '../../electron/calendar/cascade';
import { villageCoverage } from '../../electron/calendar/coverage';
import { dashboardSummary } from '../../electron/calendar/dashboard';
import { getSessionDetail } from '../../electron/calendar/detail';
import { recordHeld } from '../../electron/calendar/held';
import { exportIcs } from '../../electron/calendar/ics';
import { getSessionRow, listSessions } from '../../electron/calendar/session-read';
import { createSession, moveSession, setSessionStatus, updateSession } from '../../electron/calendar/sessions';
import { checkPlan } from '../../electron/calendar/warnings';
import { heldInput, sessionInput } from '../../shared/calendar-rules';
import { insertRows } from '../../electron/sync/write-path';
import { tempDir } from '../helpers/temp-dir';

let open: Knex[] = [];
afterEach(async () => {
  await Promise.all(open.map((d) => d.destroy()));
  open = [];
});

const XA = referenceId('province', 'LA-XA');
const PAKLAI = referenceId('district', 'LA-XA-PKL');
const KENETHAO = referenceId('district', 'LA-XA-KTH');
const LAW = referenceId('module', 'trafficking-law');
const MIGRATION = referenceId('module', 'safe-migration');
const LWU = referenceId('organisation', 'lwu');
const LYU = referenceId('organisation', 'lyu');

/** A province with two districts, three villages, a provincial team of three and two district trainees. */
async function world() {
  const { db } = await openDatabase(tempDir('lwu-cal'));
  open.push(db);
  await ensureReferenceData(db);
  const [v1, v2, v3] = await insertRows(db, 'village', [
    { district_id: PAKLAI, province_id: XA, name_lo: 'ບ້ານນາຊາຍ', name_en: 'Nasai' },
    { district_id: PAKLAI, province_id: XA, name_lo: 'ບ້ານໂພນສະຫວັນ', name_en: 'Phonsavan' },
    { district_id: KENETHAO, province_id: XA, name_lo: 'ບ້ານນາໂພ', name_en: 'Napho' },
  ]);
  const person = (name_lo: string, name_en: string, office_level: string, sex = 'f') => ({ name_lo, name_en, sex, office_level, province_id: XA, status: 'active' });
  const [ana, bua, chan, dao, ek] = await insertRows(db, 'person', [
    person('ນາງ ອານົງ', 'Anong', 'provincial'),
    person('ນາງ ບົວພັນ', 'Bouaphan', 'provincial'),
    person('ນາງ ຈັນທາ', 'Chantha', 'provincial'),
    { ...person('ນາງ ດາວເຮືອງ', 'Daoheuang', 'district'), district_id: PAKLAI },
    { ...person('ທ້າວ ເອກ', 'Ek', 'district', 'm'), district_id: PAKLAI },
  ]);
  const [team] = await insertRows(db, 'team', [{ name_lo: 'ທີມແຂວງ', name_en: 'Provincial team', level: 'provincial', province_id: XA, target_size: 6 }]);
  await insertRows(db, 'team_member', [
    { team_id: team, person_id: ana, role: 'lead', from_date: '2024-01-01' },
    { team_id: team, person_id: bua, role: 'member', from_date: '2024-01-01' },
    // Chantha was transferred: her membership ended at the end of February.
    { team_id: team, person_id: chan, role: 'member', from_date: '2024-01-01', to_date: '2026-02-28' },
  ]);
  await insertRows(db, 'qualification', [
    { person_id: ana, module_id: LAW, earned_on: '2024-06-01', refresher_due: '2026-06-01', source: 'manual' },
    { person_id: ana, module_id: MIGRATION, earned_on: '2024-06-01', refresher_due: '2026-06-01', source: 'manual' },
    { person_id: bua, module_id: LAW, earned_on: '2024-06-01', refresher_due: '2026-06-01', source: 'manual' },
  ]);
  return { db, v1, v2, v3, ana, bua, chan, dao, ek, team };
}

const plan = (over: Record<string, unknown> = {}) =>
  sessionInput.parse({ kind: 'tot', level: 'district', provinceId: XA, districtId: PAKLAI, startDate: '2026-03-10', endDate: '2026-03-12', moduleIds: [LAW, MIGRATION], ...over });

describe('sessions', () => {
  it('creates a session with its modules and facilitators, and lists it by date, level and place', async () => {
    const w = await world();
    const { session, warnings } = await createSession(w.db, plan({ facilitatorIds: [w.ana], venue: 'ຫ້ອງປະຊຸມເມືອງ', notes: 'ເອົາໂປຣເຈັກເຕີມາ' }));
    expect(session).toMatchObject({ kind: 'tot', level: 'district', status: 'planned', districtId: PAKLAI, venue: 'ຫ້ອງປະຊຸມເມືອງ', facilitatorIds: [w.ana] });
    expect(session.moduleIds.sort()).toEqual([LAW, MIGRATION].sort());
    expect(warnings).toEqual([]);
    expect(await listSessions(w.db, { from: '2026-03-01', to: '2026-03-31' })).toHaveLength(1);
    expect(await listSessions(w.db, { from: '2026-03-12', to: '2026-03-12' })).toHaveLength(1); // its last day
    expect(await listSessions(w.db, { from: '2026-03-13', to: '2026-03-31' })).toHaveLength(0);
    expect(await listSessions(w.db, { from: '2026-03-01', to: '2026-03-31', levels: ['village'] })).toHaveLength(0);
    expect(await listSessions(w.db, { from: '2026-03-01', to: '2026-03-31', districtId: KENETHAO })).toHaveLength(0);
    // Every row went through the single write path: session, two modules and one facilitator have change messages.
    const logged = await w.db('change_log').whereIn('table_name', ['session', 'session_module', 'session_facilitator']).distinct('row_id');
    expect(logged).toHaveLength(4);
  });

  it('warns about a double-booked, transferred or unqualified facilitator and a holiday, and only when it applies', async () => {
    const w = await world();
    const first = await createSession(w.db, plan({ facilitatorIds: [w.bua], moduleIds: [LAW] }));
    expect(first.warnings).toEqual([]);
    const second = await createSession(w.db, plan({ startDate: '2026-03-12', endDate: '2026-03-13', facilitatorIds: [w.bua, w.chan], moduleIds: [LAW, MIGRATION] }));
    expect(second.warnings.map((x) => [x.code, x.params.personEn])).toEqual([
      ['doubleBooked', 'Bouaphan'],
      ['notQualified', 'Bouaphan'],
      ['facilitatorNoTeam', 'Chantha'],
      ['notQualified', 'Chantha'],
      ['notQualified', 'Chantha'],
    ]);
    expect(second.warnings[0].params.sessionEn).toBe('Training of trainers · Paklai');
    // Cancelling the first session frees her: the double booking goes away.
    await setSessionStatus(w.db, first.session.id, 'cancelled');
    expect((await checkPlan(w.db, { id: second.session.id, startDate: '2026-03-12', endDate: '2026-03-13', moduleIds: [LAW], facilitatorIds: [w.bua] }))).toEqual([]);
    const onNationalDay = await checkPlan(w.db, { startDate: '2026-12-01', endDate: '2026-12-02', moduleIds: [], facilitatorIds: [] });
    expect(onNationalDay).toEqual([{ code: 'holiday', params: { date: '2026-12-02', holidayLo: 'ວັນຊາດ', holidayEn: 'National Day' } }]);
  });

  it('uses holidays central adds or edits, not only the shipped ones', async () => {
    const w = await world();
    await insertRows(w.db, 'holiday', [{ code: 'that-luang-2026', month: 11, day: 24, year: 2026, days: 1, name_lo: 'ບຸນທາດຫຼວງ', name_en: 'That Luang festival' }]);
    const warnings = await checkPlan(w.db, { startDate: '2026-11-24', endDate: '2026-11-24', moduleIds: [], facilitatorIds: [] });
    expect(warnings.map((x) => x.params.holidayEn)).toEqual(['That Luang festival']);
  });

  it('edits modules and facilitators as a set, moves a session keeping its length, and refuses to move a held one', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan({ facilitatorIds: [w.ana, w.bua] }));
    await updateSession(w.db, session.id, plan({ facilitatorIds: [w.ana], moduleIds: [LAW] }));
    await updateSession(w.db, session.id, plan({ facilitatorIds: [w.ana, w.bua], moduleIds: [LAW] }));
    // Bouaphan removed then added back: the old link is restored, never duplicated.
    expect(await w.db('session_facilitator').where({ session_id: session.id })).toHaveLength(2);
    const moved = await moveSession(w.db, session.id, '2026-04-13');
    expect(moved.session).toMatchObject({ startDate: '2026-04-13', endDate: '2026-04-15' });
    expect(moved.warnings.map((x) => x.code)).toEqual(['holiday', 'holiday']); // Pi Mai Lao, 14 and 15 April
    await recordHeld(w.db, session.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 8, male: 4 }] }), '2026-05-01');
    await expect(moveSession(w.db, session.id, '2026-05-01')).rejects.toMatchObject({ code: 'calendar.alreadyHeld' });
    await expect(setSessionStatus(w.db, session.id, 'cancelled')).rejects.toMatchObject({ code: 'calendar.alreadyHeld' });
  });

  it('refuses a place that does not fit together and a parent that would make a loop', async () => {
    const w = await world();
    await expect(createSession(w.db, plan({ provinceId: referenceId('province', 'LA-BL') }))).rejects.toMatchObject({ code: 'calendar.unknownPlace' });
    const a = (await createSession(w.db, plan({ level: 'provincial', districtId: null }))).session;
    const b = (await createSession(w.db, plan({ parentSessionId: a.id }))).session;
    await expect(updateSession(w.db, a.id, plan({ level: 'provincial', parentSessionId: b.id }))).rejects.toMatchObject({ code: 'calendar.parentCycle' });
    expect(await w.db('session').count({ n: '*' }).first()).toEqual({ n: 2 });
  });
});

describe('recording a held session', () => {
  it('records participants by sex and organisation, attendees and test averages, and grants qualifications with a refresher date', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan({ facilitatorIds: [w.ana] }));
    const { session: held, granted } = await recordHeld(
      w.db,
      session.id,
      heldInput.parse({
        participants: [{ organisationId: LWU, female: 9, male: 2 }, { organisationId: LYU, female: 1, male: 3 }],
        attendeeIds: [w.dao, w.ek],
        preTestAvg: 48.5,
        postTestAvg: 81,
        followUp: 'ຈັດກອງຂັ້ນບ້ານໃນເດືອນເມສາ',
      }),
      '2026-03-20',
    );
    expect(granted).toBe(4);
    expect(held).toMatchObject({ status: 'held', female: 10, male: 5, preTestAvg: 48.5, postTestAvg: 81, followUp: 'ຈັດກອງຂັ້ນບ້ານໃນເດືອນເມສາ' });
    const quals = await w.db('qualification').where({ person_id: w.dao }).whereNull('deleted_at').orderBy('module_id');
    expect(quals).toHaveLength(2);
    // Earned on the last day of the course; the refresher falls due 24 months later (the module's period).
    expect(quals.map((q) => [q.earned_on, q.refresher_due, q.source, q.session_id])).toEqual([
      ['2026-03-12', '2028-03-12', 'session', session.id],
      ['2026-03-12', '2028-03-12', 'session', session.id],
    ]);
    const detail = await getSessionDetail(w.db, session.id);
    // In Lao dictionary order of their names, titles aside: ດາວເຮືອງ before ເອກ (ດ before ອ).
    expect(detail.attendees.map((a) => a.nameEn)).toEqual(['Daoheuang', 'Ek']);
    expect(detail.participants).toEqual([{ organisationId: LWU, female: 9, male: 2 }, { organisationId: LYU, female: 1, male: 3 }]);
  });

  it('keeps a held course and its qualifications consistent when it is edited', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan({ moduleIds: [LAW] }));
    await recordHeld(w.db, session.id, heldInput.parse({ attendeeIds: [w.dao], participants: [{ organisationId: LWU, female: 1, male: 0 }] }), '2026-03-20');
    // Adding a module it really taught grants it to the attendees; the dates stay as held.
    const edited = await updateSession(w.db, session.id, plan({ moduleIds: [LAW, MIGRATION], venue: 'ຫ້ອງການເມືອງປາກລາຍ' }));
    expect(edited.session).toMatchObject({ status: 'held', venue: 'ຫ້ອງການເມືອງປາກລາຍ' });
    expect((await w.db('qualification').where({ session_id: session.id }).whereNull('deleted_at').pluck('module_id')).sort()).toEqual([LAW, MIGRATION].sort());
    await expect(updateSession(w.db, session.id, plan({ startDate: '2026-03-11', moduleIds: [LAW, MIGRATION] }))).rejects.toMatchObject({ code: 'calendar.alreadyHeld' });
    // Its attendees hold its modules: it cannot turn into a village session, which names no one, and keep them.
    const village = plan({ kind: 'village', level: 'village', villageId: w.v1, moduleIds: [] });
    await expect(updateSession(w.db, session.id, village)).rejects.toMatchObject({ code: 'calendar.heldCourseKind' });
    expect((await getSessionRow(w.db, session.id)).kind, 'unchanged').toBe(session.kind);
    expect(await w.db('qualification').where({ session_id: session.id }).whereNull('deleted_at')).toHaveLength(2);
    // Recorded again without names, it can: nobody holds anything from it any more.
    await recordHeld(w.db, session.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 1, male: 0 }] }), '2026-03-20');
    expect((await updateSession(w.db, session.id, village)).session.kind).toBe('village');
    expect(await w.db('qualification').where({ session_id: session.id }).whereNull('deleted_at')).toHaveLength(0);
  });

  it('corrects a recording: grants only what is new and withdraws what no longer applies', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan({ moduleIds: [LAW] }));
    await recordHeld(w.db, session.id, heldInput.parse({ attendeeIds: [w.dao, w.ek], participants: [{ organisationId: LWU, female: 5, male: 5 }] }), '2026-03-20');
    const again = await recordHeld(w.db, session.id, heldInput.parse({ attendeeIds: [w.dao], participants: [{ organisationId: LWU, female: 6, male: 4 }] }), '2026-03-20');
    expect(again.granted).toBe(0);
    expect(await w.db('qualification').where({ session_id: session.id }).whereNull('deleted_at').pluck('person_id')).toEqual([w.dao]);
    expect(await w.db('qualification').where({ session_id: session.id })).toHaveLength(2); // Ek's is a tombstone
    expect(again.session).toMatchObject({ female: 6, male: 4 });
    expect(await w.db('session_participants').where({ session_id: session.id })).toHaveLength(1); // changed in place
  });

  it('refuses a session not yet over, attendees at a village session, villages of another district, nobody counted, and a bad count', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan());
    await expect(recordHeld(w.db, session.id, heldInput.parse({}), '2026-03-11')).rejects.toMatchObject({ code: 'calendar.heldInFuture', params: { date: '2026-03-12' } });
    const village = (await createSession(w.db, plan({ kind: 'village', level: 'village', villageId: w.v1, moduleIds: [] }))).session;
    await expect(recordHeld(w.db, village.id, heldInput.parse({ attendeeIds: [w.dao] }), '2026-04-01')).rejects.toMatchObject({ code: 'calendar.attendeesOnlyForCourses' });
    const counted = [{ organisationId: LWU, female: 20, male: 15 }];
    await expect(recordHeld(w.db, village.id, heldInput.parse({ participants: counted, villageIds: [w.v3] }), '2026-04-01')).rejects.toMatchObject({ code: 'calendar.villageOutside' });
    // Held, but nobody counted (or every count 0): the reports would show it reaching no one.
    for (const participants of [[], [{ organisationId: LWU, female: 0, male: 0 }]]) {
      await expect(recordHeld(w.db, village.id, heldInput.parse({ participants, villageIds: [w.v1] }), '2026-04-01')).rejects.toMatchObject({ code: 'calendar.nobodyCounted' });
    }
    expect((await getSessionDetail(w.db, village.id)).session.status).toBe('planned');
    const dispatch = createDispatcher({ db: w.db } as never, allHandlers());
    const bad = await dispatch('calendar.recordHeld', { id: village.id, held: { participants: [{ organisationId: LWU, female: -1, male: 2 }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'api.invalidInput', params: { fields: ['held.participants.0.female'], messages: ['validation.count'] } } });
    const huge = await dispatch('calendar.recordHeld', { id: village.id, held: { participants: [{ organisationId: LWU, female: 250_000, male: 2 }] } });
    expect(huge).toMatchObject({ ok: false, error: { params: { fields: ['held.participants.0.female'], messages: ['validation.countTooLarge'] } } });
    // One organisation on two rows was stored as its last row alone: 20 people entered, 10 kept.
    const twice = await dispatch('calendar.recordHeld', { id: village.id, held: { villageIds: [w.v1], participants: [{ organisationId: LWU, female: 8, male: 2 }, { organisationId: LWU, female: 6, male: 4 }] } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'api.invalidInput', params: { fields: ['held.participants.1.organisationId'], messages: ['validation.organisationTwice'] } } });
    expect((await getSessionDetail(w.db, village.id)).session.status, 'nothing recorded').toBe('planned');
  });

  it('keeps a held session in the place of the villages it reached', async () => {
    const w = await world();
    const village = (await createSession(w.db, plan({ kind: 'village', level: 'village', villageId: w.v1, moduleIds: [] }))).session;
    await recordHeld(w.db, village.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 9, male: 3 }], villageIds: [w.v1] }), '2026-04-01');
    const elsewhere = plan({ kind: 'village', level: 'district', districtId: KENETHAO, moduleIds: [] });
    const refused = updateSession(w.db, village.id, elsewhere);
    await expect(refused).rejects.toMatchObject({ code: 'calendar.villagesReachedOutside', params: { villagesEn: 'Nasai', villagesLo: 'ບ້ານນາຊາຍ' } });
    expect((await getSessionDetail(w.db, village.id)).session.districtId, 'nothing changed').toBe(PAKLAI);
    // Within its district, its place may still be corrected.
    expect((await updateSession(w.db, village.id, plan({ kind: 'village', level: 'district', moduleIds: [] }))).session.level).toBe('district');
  });

  it('refuses to record a postponed session as held, and plans it again once it is moved to new days', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan());
    await setSessionStatus(w.db, session.id, 'postponed');
    const held = heldInput.parse({ participants: [{ organisationId: LWU, female: 4, male: 1 }] });
    await expect(recordHeld(w.db, session.id, held, '2026-03-20')).rejects.toMatchObject({ code: 'calendar.postponed' });
    expect((await getSessionDetail(w.db, session.id)).session.status, 'nothing recorded').toBe('postponed');
    const moved = await moveSession(w.db, session.id, '2026-04-13');
    expect(moved.session).toMatchObject({ status: 'planned', startDate: '2026-04-13' });
    expect(moved.replanned, 'the screens say it is planned again').toBe(true);
    expect((await recordHeld(w.db, session.id, held, '2026-04-20')).session.status).toBe('held');
    // A planned session keeps its status when moved.
    const other = (await createSession(w.db, plan())).session;
    await setSessionStatus(w.db, other.id, 'confirmed');
    const kept = await moveSession(w.db, other.id, '2026-04-13');
    expect([kept.session.status, kept.replanned]).toEqual(['confirmed', false]);
    // A cancelled session is not moved (by a drag) until it is set back to planned.
    await setSessionStatus(w.db, other.id, 'cancelled');
    await expect(moveSession(w.db, other.id, '2026-05-04')).rejects.toMatchObject({ code: 'calendar.cancelledNotMoved' });
    expect((await getSessionDetail(w.db, other.id)).session.startDate).toBe('2026-04-13');
  });

  it('keeps a postponed or cancelled session so through an edit of its details, and replans a postponed one given new days', async () => {
    const w = await world();
    const postponed = (await createSession(w.db, plan())).session;
    await setSessionStatus(w.db, postponed.id, 'postponed');
    const values = plan();
    // The form sends planned: it offers no other choice for these.
    expect((await updateSession(w.db, postponed.id, { ...values, venue: 'LWU hall' })).session).toMatchObject({ status: 'postponed', venue: 'LWU hall' });
    const moved = await updateSession(w.db, postponed.id, { ...values, startDate: '2026-04-13', endDate: '2026-04-14' });
    expect(moved.session).toMatchObject({ status: 'planned', startDate: '2026-04-13' });
    const cancelled = (await createSession(w.db, plan())).session;
    await setSessionStatus(w.db, cancelled.id, 'cancelled');
    expect((await updateSession(w.db, cancelled.id, { ...values, startDate: '2026-04-13', endDate: '2026-04-14' })).session.status).toBe('cancelled');
  });

  it('refuses attendees its counts leave out, and a facilitator named as an attendee', async () => {
    const w = await world();
    const { session } = await createSession(w.db, plan({ facilitatorIds: [w.ana] }));
    // Daoheuang and Ek named, but the counts say one woman and no man.
    const held = (attendeeIds: string[], female: number, male: number) => heldInput.parse({ attendeeIds, participants: [{ organisationId: LWU, female, male }] });
    await expect(recordHeld(w.db, session.id, held([w.dao, w.ek], 3, 0), '2026-03-20')).rejects.toMatchObject({
      code: 'calendar.fewerCounted',
      params: { named: 2, namedFemale: 1, namedMale: 1, female: 3, male: 0 },
    });
    await expect(recordHeld(w.db, session.id, held([w.dao, w.ana], 5, 0), '2026-03-20')).rejects.toMatchObject({ code: 'calendar.facilitatorAttending', params: { name: 'ນາງ ອານົງ' } });
    expect((await getSessionDetail(w.db, session.id)).session.status, 'nothing recorded').toBe('planned');
    expect(await w.db('qualification').where({ session_id: session.id }), 'nobody qualified').toHaveLength(0);
    expect((await recordHeld(w.db, session.id, held([w.dao, w.ek], 3, 1), '2026-03-20')).granted).toBe(4);
  });
});

describe('cascade, village coverage, dashboard and .ics', () => {
  async function cascade() {
    const w = await world();
    const tot = (await createSession(w.db, plan({ level: 'provincial', districtId: null, startDate: '2026-01-12', endDate: '2026-01-16', facilitatorIds: [w.ana] }))).session;
    const district = (await createSession(w.db, plan({ parentSessionId: tot.id, startDate: '2026-02-09', endDate: '2026-02-11' }))).session;
    const v1 = (await createSession(w.db, plan({ kind: 'village', level: 'village', villageId: w.v1, moduleIds: [], parentSessionId: district.id, startDate: '2026-03-02', endDate: '2026-03-02' }))).session;
    const v2 = (await createSession(w.db, plan({ kind: 'village', level: 'village', villageId: w.v2, moduleIds: [], parentSessionId: district.id, startDate: '2026-04-20', endDate: '2026-04-20' }))).session;
    const today = '2026-05-01';
    await recordHeld(w.db, tot.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 10, male: 2 }], attendeeIds: [w.dao, w.ek] }), today);
    await recordHeld(w.db, district.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 12, male: 8 }] }), today);
    await recordHeld(w.db, v1.id, heldInput.parse({ participants: [{ organisationId: referenceId('organisation', 'village'), female: 30, male: 10 }], villageIds: [w.v1, w.v2] }), today);
    // The second village session is still only planned.
    return { w, tot, district, v1, v2 };
  }

  it('follows a training of trainers down to the village sessions, with totals', async () => {
    const { w, tot, district } = await cascade();
    const tree = await cascadeOf(w.db, tot.id);
    expect(tree.totals).toEqual({ sessions: 4, held: 3, female: 52, male: 20, villages: 2 });
    expect(tree.children.map((c) => c.session.id)).toEqual([district.id]);
    expect(tree.children[0].children.map((c) => c.session.kind)).toEqual(['village', 'village']);
    expect(tree.children[0].totals).toMatchObject({ sessions: 3, female: 42, male: 18 });
    const detail = await getSessionDetail(w.db, district.id);
    expect(detail.parent).toEqual({ id: tot.id, titleLo: 'ຝຶກອົບຮົມວິທະຍາກອນ · ໄຊຍະບູລີ', titleEn: 'Training of trainers · Xayaboury (Sayabouly)' });
    expect(detail.childCount).toBe(2);
  });

  it('shows per district the villages reached, first and last, people reached, and those never reached', async () => {
    const { w } = await cascade();
    const coverage = await villageCoverage(w.db, XA);
    const paklai = coverage.find((d) => d.districtId === PAKLAI);
    const kenethao = coverage.find((d) => d.districtId === KENETHAO);
    expect(paklai?.reached.map((v) => [v.nameEn, v.first, v.last, v.people])).toEqual([
      ['Nasai', '2026-03-02', '2026-03-02', 20],
      ['Phonsavan', '2026-03-02', '2026-03-02', 20],
    ]);
    expect(paklai?.neverReached).toEqual([]);
    expect(kenethao?.neverReached.map((v) => v.nameEn)).toEqual(['Napho']);
  });

  it('sums the dashboard: planned against held per month, participants by sex, villages over time, trainers and teams', async () => {
    const { w } = await cascade();
    const d = await dashboardSummary(w.db, '2026-01-01', '2026-04-30', XA, '2026-05-01');
    expect(d.months.map((m) => [m.month, m.planned, m.held])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 1, 1],
      ['2026-03', 1, 1],
      ['2026-04', 1, 0],
    ]);
    expect(d.participants).toEqual({ female: 52, male: 20 });
    expect(d.months.map((m) => m.villagesReached)).toEqual([0, 0, 2, 2]);
    expect(d.months[0].villagesTotal).toBe(3);
    expect(d.totals).toEqual({ held: 3, planned: 4, villages: 2, qualificationsGranted: 4 });
    expect(d.trainersByLevel).toEqual([
      { level: 'central', active: 0 },
      { level: 'provincial', active: 3 },
      { level: 'district', active: 2 },
      { level: 'village', active: 0 },
    ]);
    expect(d.teams).toEqual([expect.objectContaining({ level: 'provincial', active: 2, target: 6 })]);
  });

  it('counts the villages reached in the period once each, the running total ending on the period\'s figure, with no figure for months to come', async () => {
    const { w, v2 } = await cascade();
    // Phonsavan, first reached in March, is reached again in April; Nasai only in March.
    await recordHeld(w.db, v2.id, heldInput.parse({ participants: [{ organisationId: LWU, female: 15, male: 5 }], villageIds: [w.v2] }), '2026-05-01');
    const fromApril = await dashboardSummary(w.db, '2026-04-01', '2026-06-30', XA, '2026-05-15');
    expect(fromApril.totals.villages, 'Phonsavan, reached in the period; Nasai was reached before it').toBe(1);
    expect(
      fromApril.months.map((m) => m.villagesReached),
      'a running total from the period\'s start (not the villages reached before it), and nothing yet for June',
    ).toEqual([1, 1, null]);
    const wholeYear = await dashboardSummary(w.db, '2026-01-01', '2026-06-30', XA, '2026-05-15');
    expect(wholeYear.months.map((m) => m.villagesReached), 'Phonsavan counted once, though reached twice').toEqual([0, 0, 2, 2, 2, null]);
    expect(wholeYear.totals.villages, 'the line ends on the figure the page shows for the period').toBe(2);
    expect(wholeYear.months.every((m) => m.villagesTotal === 3)).toBe(true);
  });

  it('exports a date range as an .ics file in the chosen language', async () => {
    const { w } = await cascade();
    const file = await exportIcs(w.db, { from: '2026-02-01', to: '2026-03-31' }, 'lo', new Date('2026-05-01T00:00:00Z'));
    expect(file.fileName).toBe('LWU_calendar_2026-02-01_2026-03-31.ics');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:ຝຶກອົບຮົມວິທະຍາກອນ · ປາກລາຍ');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260209');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20260212');
    const en = Buffer.from((await exportIcs(w.db, { from: '2026-02-01', to: '2026-02-28' }, 'en')).base64, 'base64').toString('utf8').replace(/\r\n /g, '');
    expect(en).toContain('SUMMARY:Training of trainers · Paklai');
    // The calendar's filters hold for the file too: what the screen shows is what is exported.
    const events = async (filter: Record<string, unknown>) => Buffer.from((await exportIcs(w.db, { from: '2026-02-01', to: '2026-03-31', ...filter }, 'en')).base64, 'base64').toString('utf8').match(/SUMMARY:[^\r]*/g);
    expect(await events({ levels: ['district'] })).toEqual(['SUMMARY:Training of trainers · Paklai']);
    expect(await events({ districtId: KENETHAO })).toBeNull();
  });
});
