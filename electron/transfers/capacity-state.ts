import type { CapMembership, CapPerson, CapQualification, CapTeam, CapTransfer } from '../../shared/capacity';
import type { Db } from '../db/connection';
import { toCapQualification } from '../roster/qualifications';

export interface CapacityState {
  teams: Array<CapTeam & { nameLo: string; nameEn: string }>;
  memberships: CapMembership[];
  people: Array<CapPerson & { nameLo: string; nameEn: string; refresherDueSoon?: boolean }>;
  quals: CapQualification[];
  moduleIds: string[];
}

/** Everything the capacity rules need, read once: live rows only (tombstones are history, not capacity). */
export async function loadCapacityState(db: Db): Promise<CapacityState> {
  const [teams, memberships, people, quals, modules] = await Promise.all([
    db('team').whereNull('deleted_at'),
    db('team_member').whereNull('deleted_at'),
    db('person').whereNull('deleted_at'),
    db('qualification').whereNull('deleted_at'),
    db('module').whereNull('deleted_at').orderBy('sort_order'),
  ]);
  return {
    teams: teams.map((t) => ({ id: t.id, level: t.level, provinceId: t.province_id, districtId: t.district_id, targetSize: t.target_size, nameLo: t.name_lo, nameEn: t.name_en })),
    memberships: memberships.map((m) => ({ id: m.id, teamId: m.team_id, personId: m.person_id, fromDate: m.from_date, toDate: m.to_date })),
    people: people.map((p) => ({ id: p.id, status: p.status, provinceId: p.province_id, districtId: p.district_id, nameLo: p.name_lo, nameEn: p.name_en })),
    quals: quals.map(toCapQualification),
    moduleIds: modules.map((m) => m.id),
  };
}

export async function loadTransfers(db: Db): Promise<CapTransfer[]> {
  const rows = await db('transfer').whereNull('deleted_at');
  return rows.map((t) => ({
    personId: t.person_id,
    date: t.transfer_date,
    fromProvinceId: t.from_province_id,
    fromDistrictId: t.from_district_id,
    toProvinceId: t.to_province_id,
    toDistrictId: t.to_district_id,
    keepsTrainingRole: !!t.keeps_training_role,
  }));
}
