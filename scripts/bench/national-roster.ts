/**
 * The roster part of the national-scale data set of DESIGN.md section 5: 5,000 people, 1,000 teams,
 * 8,500 villages and 10,000 transfers over the 18 provinces, written through the single write path in
 * batches. Deterministic, so two runs measure the same thing.
 */
import type { Db } from '../../electron/db/connection';
import { referenceId } from '../../electron/reference/reference';
import { modules, provinces } from '../../electron/reference/reference-data';
import { insertRows } from '../../electron/sync/write-path';
import { refresherDue } from '../../shared/roster-rules';
import { seededRandom } from '../../shared/seeded-random';

export const nationalScale = { people: 5000, teams: 1000, villages: 8500, transfers: 10_000, districts: 148 };

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export async function generateNationalRoster(db: Db, scale = nationalScale): Promise<void> {
  const rnd = seededRandom(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const provinceIds = provinces.map((p) => referenceId('province', p.code));
  const districts = Array.from({ length: scale.districts }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, province_id: provinceIds[i % provinceIds.length], code: `D${i}`, name_lo: `ເມືອງ ${i}`, name_en: `District ${i}` }));
  await insertRows(db, 'district', districts);
  await insertRows(db, 'village', Array.from({ length: scale.villages }, (_, i) => {
    const d = districts[i % districts.length];
    return { district_id: d.id, province_id: d.province_id, name_lo: `ບ້ານ ${i}`, name_en: `Village ${i}` };
  }));
  const teams = Array.from({ length: scale.teams }, (_, i) => {
    const provincial = i < provinceIds.length;
    const d = districts[i % districts.length];
    return { id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name_lo: `ທີມ ${i}`, name_en: `Team ${i}`, level: provincial ? 'provincial' : 'district', province_id: provincial ? provinceIds[i] : d.province_id, district_id: provincial ? null : d.id, target_size: 6, notes: null };
  });
  await insertRows(db, 'team', teams);
  const people = Array.from({ length: scale.people }, (_, i) => {
    const t = teams[i % teams.length];
    return { id: `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name_lo: `ນາງ ທົດສອບ ${i}`, name_en: `Trainer ${i}`, sex: rnd() < 0.8 ? 'f' : 'm', office_level: t.level, province_id: t.province_id, district_id: t.district_id, status: rnd() < 0.9 ? 'active' : 'transferred' };
  });
  await insertRows(db, 'person', people);
  await insertRows(db, 'team_member', people.map((p, i) => ({ team_id: teams[i % teams.length].id, person_id: p.id, role: i < teams.length ? 'lead' : 'member', from_date: day(-700 + Math.floor(rnd() * 300)), to_date: null })));
  const quals = people.flatMap((p) =>
    Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => {
      const earned = day(-Math.floor(rnd() * 900));
      return { person_id: p.id, module_id: referenceId('module', pick(modules).code), earned_on: earned, refresher_due: refresherDue(earned, 24), session_id: null, source: 'manual', notes: null };
    }),
  );
  await insertRows(db, 'qualification', quals);
  await insertRows(db, 'transfer', Array.from({ length: scale.transfers }, (_, i) => {
    const p = people[i % people.length];
    const to = pick(districts);
    const date = day(-Math.floor(rnd() * 1500));
    return { person_id: p.id, transfer_date: date, applied_on: date, from_province_id: p.province_id, from_district_id: p.district_id, to_province_id: to.province_id, to_district_id: to.id, to_office_level: 'district', keeps_training_role: rnd() < 0.5, ended_memberships: '[]' };
  }));
}
