/**
 * Demo calendar over the demo roster (electron/roster/demo.ts): the cascade as the LWU runs it. A central
 * training of trainers eleven and a half months ago prepared the provincial teams; each provincial team then
 * trained its district teams; district teams took the message to their villages. Everything before today is
 * recorded as held (with one postponed and one cancelled session, as in real life); the next three months
 * are planned. Deterministic: the same roster and the same day give the same calendar on every machine.
 */
import { v5 as uuidv5 } from 'uuid';
import { addDays, holidaysBetween, laoFixedHolidays } from '../../shared/calendar-rules';
import { refresherDue, todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { referenceId } from '../reference/reference';
import { insertRows } from '../sync/write-path';

const NAMESPACE = '5b0c2f8e-7d4a-4c1e-9e6b-2a9f4d7c3e18';

/** xorshift32: a few lines, no dependency, identical on every machine. */
function generator(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

type Row = Record<string, any>;

export interface DemoCalendarCounts {
  sessions: number;
  held: number;
  planned: number;
  qualifications: number;
}

export async function seedDemoCalendar(db: Db, today = todayIso()): Promise<DemoCalendarCounts> {
  return inTransaction(db, async (trx) => {
    const rnd = generator(20261128);
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
    const teams: Row[] = await trx('team').whereNull('deleted_at').orderBy('name_en');
    const members: Row[] = await trx('team_member as m')
      .join('person as p', 'p.id', 'm.person_id')
      .whereNull('m.deleted_at')
      .whereNull('p.deleted_at')
      .where('p.status', 'active')
      .whereNull('m.to_date')
      .orderBy(['m.team_id', 'm.role', 'p.name_en'])
      .select('m.team_id', 'm.person_id', 'm.role');
    const villages: Row[] = await trx('village').whereNull('deleted_at').orderBy(['district_id', 'name_en']);
    const modules: Row[] = await trx('module').whereNull('deleted_at').orderBy('sort_order');
    const people = (teamId: string) => members.filter((m) => m.team_id === teamId).map((m) => m.person_id as string);
    const moduleSet = (n: number) => modules.slice(0, Math.min(n, modules.length));
    const orgs = Object.fromEntries(['lwu', 'lyu', 'lfnc', 'lsw', 'security', 'village', 'education'].map((c) => [c, referenceId('organisation', c)]));

    const sessions: Row[] = [];
    const links = { session_module: [] as Row[], session_facilitator: [] as Row[], session_participants: [] as Row[], session_attendee: [] as Row[], session_village: [] as Row[] };
    const qualifications: Row[] = [];
    let n = 0;

    // Sessions avoid public holidays, as coordinators do: a start on a holiday slips to the next free day.
    const clear = (start: string, days: number) => {
      let s = start;
      while (holidaysBetween(laoFixedHolidays, s, addDays(s, days - 1)).length > 0) s = addDays(s, 1);
      return s;
    };

    const add = (o: {
      kind: string;
      level: string;
      team?: Row;
      provinceId?: string | null;
      districtId?: string | null;
      villageId?: string | null;
      offset: number;
      days: number;
      parent?: string | null;
      facilitators: string[];
      moduleCount: number;
      attendees?: string[];
      villagesReached?: string[];
      people?: [number, number];
      forceStatus?: 'postponed' | 'cancelled';
    }): string => {
      const id = uuidv5(`session:${n++}`, NAMESPACE);
      const start = clear(addDays(today, o.offset), o.days);
      const end = addDays(start, o.days - 1);
      const past = end < today;
      const status = o.forceStatus ?? (past ? 'held' : rnd() < 0.5 ? 'confirmed' : 'planned');
      const held = status === 'held';
      const pre = held && (o.kind === 'tot' || o.kind === 'refresher') ? int(40, 60) : null;
      sessions.push({
        id,
        kind: o.kind,
        level: o.level,
        title: null,
        province_id: o.provinceId ?? o.team?.province_id ?? null,
        district_id: o.districtId ?? (o.level === 'district' || o.level === 'village' ? (o.team?.district_id ?? null) : null),
        village_id: o.villageId ?? null,
        venue: o.level === 'village' ? 'ຫ້ອງການບ້ານ' : o.level === 'district' ? 'ຫ້ອງປະຊຸມຫ້ອງການເມືອງ' : 'ຫ້ອງປະຊຸມສະຫະພັນແມ່ຍິງ',
        start_date: start,
        end_date: end,
        status,
        parent_session_id: o.parent ?? null,
        team_id: o.team?.id ?? null,
        notes: null,
        follow_up: held && o.kind === 'tot' ? 'ຈັດກອງຝຶກອົບຮົມຕໍ່ໃນຂັ້ນລຸ່ມພາຍໃນສາມເດືອນ' : null,
        pre_test_avg: pre,
        post_test_avg: pre === null ? null : pre + int(15, 35),
      });
      const mods = moduleSet(o.moduleCount);
      for (const m of mods) links.session_module.push({ session_id: id, module_id: m.id });
      for (const p of o.facilitators) links.session_facilitator.push({ session_id: id, person_id: p });
      if (!held) return id;
      const [lo, hi] = o.people ?? [12, 30];
      const total = int(lo, hi);
      const female = Math.round(total * (0.55 + rnd() * 0.3));
      // Most participants are LWU members; the rest come from partner organisations, or the village itself.
      const mainOrg = o.level === 'village' ? orgs.village : orgs.lwu;
      const other = [orgs.lyu, orgs.lfnc, orgs.lsw, orgs.security, orgs.education][int(0, 4)];
      const mainF = Math.round(female * 0.8);
      const mainM = Math.round((total - female) * 0.7);
      links.session_participants.push({ session_id: id, organisation_id: mainOrg, female: mainF, male: mainM });
      links.session_participants.push({ session_id: id, organisation_id: other, female: female - mainF, male: total - female - mainM });
      for (const p of o.attendees ?? []) {
        links.session_attendee.push({ session_id: id, person_id: p });
        for (const m of mods) {
          qualifications.push({ person_id: p, module_id: m.id, earned_on: end, refresher_due: refresherDue(end, m.refresher_months), session_id: id, source: 'session', notes: null });
        }
      }
      for (const v of o.villagesReached ?? []) links.session_village.push({ session_id: id, village_id: v });
      return id;
    };

    const central = teams.find((t) => t.level === 'central');
    const provincial = teams.filter((t) => t.level === 'provincial');
    const district = teams.filter((t) => t.level === 'district');
    const centralToT = central
      ? add({
          kind: 'tot',
          level: 'central',
          team: central,
          offset: -350,
          days: 5,
          facilitators: people(central.id).slice(0, 3),
          moduleCount: 8,
          attendees: provincial.flatMap((p) => people(p.id)),
          people: [20, 24],
        })
      : null;

    provincial.forEach((pt, pi) => {
      const trainers = people(pt.id);
      const ptot = add({
        kind: 'tot',
        level: 'provincial',
        team: pt,
        offset: -300 + pi * 9,
        days: 4,
        parent: centralToT,
        facilitators: trainers.slice(0, 3),
        moduleCount: 7,
        attendees: district.filter((d) => d.province_id === pt.province_id).flatMap((d) => people(d.id)),
        people: [16, 24],
      });
      // Quarterly coordination meetings, and a refresher two months ago and another planned.
      for (const q of [-270, -180, -90, 0, 60]) {
        add({ kind: 'meeting', level: 'provincial', team: pt, offset: q + 14 + pi * 3, days: 1, facilitators: trainers.slice(0, 1), moduleCount: 0, people: [8, 14] });
      }
      add({ kind: 'refresher', level: 'provincial', team: pt, offset: -62 + pi * 4, days: 2, parent: ptot, facilitators: trainers.slice(1, 3), moduleCount: 3, people: [12, 18] });
      add({ kind: 'refresher', level: 'provincial', team: pt, offset: 48 + pi * 4, days: 2, parent: ptot, facilitators: trainers.slice(2, 4), moduleCount: 2 });

      district
        .filter((d) => d.province_id === pt.province_id)
        .forEach((dt, di) => {
          const dTrainers = people(dt.id);
          const dtot = add({
            kind: 'tot',
            level: 'district',
            team: dt,
            offset: -240 + pi * 5 + di * 11,
            days: 3,
            parent: ptot,
            facilitators: dTrainers.slice(0, 2),
            moduleCount: 5,
            people: [18, 30],
          });
          const here = villages.filter((v) => v.district_id === dt.district_id);
          // The district reaches all but its last village in the past months; that one waits for next month.
          here.forEach((v, vi) => {
            const reached = vi < here.length - 1;
            // Spread over the months behind, so every month has village work to show.
            const offset = reached ? -200 + int(0, 190) : 8 + int(0, 40);
            const forceStatus = reached && vi === 1 && di === 0 && pi === 0 ? 'postponed' : undefined;
            add({
              kind: 'village',
              level: 'village',
              team: dt,
              villageId: v.id,
              offset,
              days: 1,
              parent: dtot,
              facilitators: dTrainers.slice(vi % 2 ? 2 : 0, vi % 2 ? 4 : 2),
              moduleCount: 0,
              villagesReached: reached && !forceStatus ? [v.id] : [],
              people: [25, 60],
              forceStatus,
            });
            // A second visit to the first village, planned next quarter.
            if (vi === 0) add({ kind: 'village', level: 'village', team: dt, villageId: v.id, offset: 50 + int(0, 35), days: 1, parent: dtot, facilitators: dTrainers.slice(0, 2), moduleCount: 0 });
          });
          if (di === 0) {
            add({ kind: 'baseline', level: 'district', team: dt, offset: 25 + pi * 2, days: 2, facilitators: dTrainers.slice(1, 2), moduleCount: 0 });
            add({ kind: 'evaluation', level: 'district', team: dt, offset: -30 + pi * 2, days: 2, facilitators: dTrainers.slice(2, 3), moduleCount: 0, people: [10, 20], forceStatus: pi === 1 ? 'cancelled' : undefined });
          }
        });
    });

    await insertRows(trx, 'session', sessions);
    for (const [table, rows] of Object.entries(links)) await insertRows(trx, table, rows);
    await insertRows(trx, 'qualification', qualifications);
    return {
      sessions: sessions.length,
      held: sessions.filter((s) => s.status === 'held').length,
      planned: sessions.filter((s) => s.start_date >= today).length,
      qualifications: qualifications.length,
    };
  });
}
