/**
 * Demo data in the shape of the LWU programme this app was built for: a central team of 8 trainers,
 * provincial teams of 6 in Xayaboury, Bolikhamxay and Vientiane Capital, and 8 district teams of 6
 * (74 trainers in 12 teams), with 26 villages across those districts. A fixed seed makes it the same on
 * every machine; dates are relative to the day it is loaded, so there is always something current to show.
 */
import { v5 as uuidv5 } from 'uuid';
import { AppError } from '../../shared/errors';
import { refresherDue, todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { referenceId } from '../reference/reference';
import { districts as shippedDistricts, modules } from '../reference/reference-data';
import { insertRows } from '../sync/write-path';
import { seedDemoCalendar } from '../calendar/demo';
import { seedDemoTransfers } from '../transfers/demo';
import { familyNames, femaleGiven, maleGiven, positions, villageNames } from './demo-names';
import { seededRandom } from '../../shared/seeded-random';

const DEMO_NAMESPACE = 'a3c1f6e4-2b7d-4e59-8f0a-6c2d9e8b1f47';
export const demoId = (kind: string, n: number | string) => uuidv5(`${kind}:${n}`, DEMO_NAMESPACE);

/**
 * The demo's eight district teams, in the order their villages and teams are generated (the seeded sequence
 * depends on it). The shipped reference data holds every district of Lao PDR; the demo uses only these.
 */
const DEMO_DISTRICT_CODES = ['LA-BL-PKD', 'LA-BL-KKT', 'LA-XA-PKL', 'LA-XA-KTH', 'LA-XA-BTN', 'LA-VT-SKB', 'LA-VT-XTN', 'LA-VT-HXF'];
const demoDistricts = DEMO_DISTRICT_CODES.map((code) => {
  const district = shippedDistricts.find((d) => d.code === code);
  if (!district) throw new Error(`demo district ${code} is not in the reference data`);
  return district;
});

/** Fisher-Yates with the seeded generator: the same order on every machine. */
function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface TeamPlan {
  key: string;
  level: 'central' | 'provincial' | 'district';
  province: string | null;
  district: string | null;
  nameLo: string;
  nameEn: string;
}

function teamPlans(): TeamPlan[] {
  const provinceNames: Record<string, [string, string]> = {
    'LA-XA': ['ໄຊຍະບູລີ', 'Xayaboury'],
    'LA-BL': ['ບໍລິຄຳໄຊ', 'Bolikhamxay'],
    'LA-VT': ['ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital'],
  };
  const plans: TeamPlan[] = [
    { key: 'central', level: 'central', province: null, district: null, nameLo: 'ທີມວິທະຍາກອນຂັ້ນສູນກາງ', nameEn: 'Central training team' },
  ];
  for (const [code, [lo, en]] of Object.entries(provinceNames)) {
    plans.push({ key: code, level: 'provincial', province: code, district: null, nameLo: `ທີມວິທະຍາກອນແຂວງ${lo}`, nameEn: `${en} provincial team` });
  }
  for (const d of demoDistricts) {
    plans.push({ key: d.code, level: 'district', province: d.province, district: d.code, nameLo: `ທີມວິທະຍາກອນເມືອງ${d.name_lo}`, nameEn: `${d.name_en} district team` });
  }
  return plans;
}

export async function demoStatus(db: Db): Promise<{ empty: boolean; officeSetUp: boolean; demo: boolean; people: number; teams: number }> {
  const count = async (table: string, live: boolean) => {
    const q = db(table).count({ n: '*' });
    if (live) q.whereNull('deleted_at');
    return Number((await q.first())?.n ?? 0);
  };
  // Deleted rows still make the database non-empty: demo data must never mix with real records.
  const empty = (await count('person', false)) === 0 && (await count('team', false)) === 0;
  const officeSetUp = !!(await db('sync_office').first('code'));
  return { empty, officeSetUp, demo: await holdsDemoData(db), people: await count('person', true), teams: await count('team', true) };
}

/** The roster, the calendar of the cascade these trainers ran, and two transfers, all in one transaction. */
export async function loadDemo(db: Db, today = todayIso()): Promise<{ people: number; teams: number; villages: number }> {
  return inTransaction(db, async (trx) => {
    const counts = await loadDemoRoster(trx, today);
    // A year of held sessions down to the villages, and the next months planned.
    await seedDemoCalendar(trx, today);
    // Then the staff moves that cost the teams: one in the past, one ahead.
    await seedDemoTransfers(trx, today);
    return counts;
  });
}

/** The demo's trainers are in this database (their ids are fixed): it must not exchange packages with real offices. */
export async function holdsDemoData(db: Db): Promise<boolean> {
  return !!(await db('person').where({ id: demoId('person', 0) }).first('id'));
}

export async function loadDemoRoster(db: Db, today = todayIso()): Promise<{ people: number; teams: number; villages: number }> {
  return inTransaction(db, async (trx) => {
    const status = await demoStatus(trx);
    if (!status.empty) throw new AppError('demo.notEmpty', {});
    // An office set up on this PC is real work: its packages would carry the demo's trainers of every province
    // to central, so it could never write one, and the only way out would be a new data folder.
    if (status.officeSetUp) throw new AppError('demo.officeSetUp', {});
    const rnd = seededRandom(20261128);
    const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
    const lwu = referenceId('organisation', 'lwu');
    const otherOrgs = ['lsw', 'security', 'lyu', 'education'].map((c) => referenceId('organisation', c));

    const villageRows: Array<Record<string, string>> = [];
    const perDistrict = [4, 3, 3, 3, 3, 4, 3, 3];
    let v = 0;
    demoDistricts.forEach((d, i) => {
      for (let k = 0; k < perDistrict[i]; k++, v++) {
        const [lo, en] = villageNames[v];
        villageRows.push({ id: demoId('village', v), district_id: referenceId('district', d.code), province_id: referenceId('province', d.province), name_lo: lo, name_en: en });
      }
    });
    await insertRows(trx, 'village', villageRows);

    const people = [];
    const teams = [];
    const members = [];
    const quals = [];
    let n = 0;
    for (const plan of teamPlans()) {
      const teamId = demoId('team', plan.key);
      const size = plan.level === 'central' ? 8 : 6;
      const formed = addDays(today, -Math.round(700 + rnd() * 500));
      teams.push({
        id: teamId,
        name_lo: plan.nameLo,
        name_en: plan.nameEn,
        level: plan.level,
        province_id: plan.province ? referenceId('province', plan.province) : null,
        district_id: plan.district ? referenceId('district', plan.district) : null,
        target_size: plan.level === 'central' ? 8 : 6,
        notes: null,
      });
      for (let k = 0; k < size; k++, n++) {
        const female = rnd() < 0.8;
        const [givenLo, givenEn] = pick(female ? femaleGiven : maleGiven);
        const [familyLo, familyEn] = pick(familyNames);
        const personId = demoId('person', n);
        const [posLo] = pick(positions);
        people.push({
          id: personId,
          name_lo: `${female ? 'ນາງ' : 'ທ້າວ'} ${givenLo} ${familyLo}`,
          name_en: `${givenEn} ${familyEn}`,
          sex: female ? 'f' : 'm',
          birth_year: 1965 + Math.floor(rnd() * 32),
          phone: `020 ${5000 + Math.floor(rnd() * 4999)} ${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`,
          organisation_id: rnd() < 0.75 ? lwu : pick(otherOrgs),
          position: posLo,
          office_level: plan.level,
          province_id: plan.province ? referenceId('province', plan.province) : null,
          district_id: plan.district ? referenceId('district', plan.district) : null,
          village_id: null,
          status: 'active',
          notes: null,
        });
        members.push({ id: demoId('member', n), team_id: teamId, person_id: personId, role: k === 0 ? 'lead' : 'member', from_date: addDays(formed, Math.round(rnd() * 60)), to_date: null });
        // Central trainers hold the whole curriculum; provincial most of it; district trainers a part.
        // District trainers hold a few modules each, so some districts have real gaps to show.
        const count = plan.level === 'central' ? modules.length : plan.level === 'provincial' ? 6 + Math.floor(rnd() * 4) : 2 + Math.floor(rnd() * 4);
        const order = shuffle([...modules], rnd).slice(0, count);
        for (const m of order) {
          const earned = addDays(today, -Math.round(120 + rnd() * (plan.level === 'district' ? 600 : 900)));
          quals.push({
            id: demoId('qualification', `${n}:${m.code}`),
            person_id: personId,
            module_id: referenceId('module', m.code),
            earned_on: earned,
            refresher_due: refresherDue(earned, 24),
            session_id: null,
            source: 'manual',
            notes: null,
          });
        }
      }
    }
    await insertRows(trx, 'team', teams);
    await insertRows(trx, 'person', people);
    await insertRows(trx, 'team_member', members);
    await insertRows(trx, 'qualification', quals);
    return { people: people.length, teams: teams.length, villages: villageRows.length };
  });
}
