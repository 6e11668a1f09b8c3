import type { Db } from '../db/connection';
import { provinceOnSql } from '../roster/province-on';
import { modulesByPerson } from '../../shared/capacity';
import { compareLaoNames } from '../../shared/lao-order';
import { capQualifications } from '../roster/qualifications';

export interface ModuleInfo {
  id: string;
  code: string;
  nameLo: string;
  nameEn: string;
}
export interface TeamMemberInfo {
  personId: string;
  nameLo: string;
  nameEn: string;
  sex: 'f' | 'm';
  /** her own province (null for central staff), where the consolidated report counts her once */
  provinceId: string | null;
  role: 'lead' | 'member';
  /** modules she could train on the day (shared/capacity currentOn) */
  moduleIds: string[];
  /** modules she held whose refresher was overdue on the day */
  overdueModuleIds: string[];
}
export interface TeamInfo {
  id: string;
  nameLo: string;
  nameEn: string;
  level: 'central' | 'provincial' | 'district';
  provinceId: string | null;
  targetSize: number;
  members: TeamMemberInfo[];
}
export interface RosterData {
  modules: ModuleInfo[];
  teams: TeamInfo[];
}

/** Transfers of person p dated after the day (bound as ?): she was still at her old post on the day. */
const LATER_TRANSFERS = 'from transfer tr where tr.person_id = p.id and tr.deleted_at is null and tr.transfer_date > ?';

/**
 * The teams of a scope (one province, or every team when provinceId is null) with their active members on a
 * day: memberships covering the day, people active on it and not deleted, as the Teams page counts them. A
 * person moved by a transfer dated after the day was still at her post on it; a person whose status was set
 * by hand has no date, and counts as she is now. Teams are today's: a team's row holds no founding date.
 */
export async function loadRosterData(db: Db, provinceId: string | null, day: string): Promise<RosterData> {
  const modules = (await db('module').whereNull('deleted_at').orderBy('sort_order').select('id', 'code', 'name_lo', 'name_en')).map((m) => ({
    id: m.id,
    code: m.code,
    nameLo: m.name_lo,
    nameEn: m.name_en,
  }));
  const tq = db('team').whereNull('deleted_at').orderByRaw("CASE level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 ELSE 2 END, name_en");
  if (provinceId) tq.where('province_id', provinceId);
  const teams = await tq.select('id', 'name_lo', 'name_en', 'level', 'province_id', 'target_size');
  const teamIds = teams.map((t) => t.id);
  const members = await db('team_member as m')
    .join('person as p', 'p.id', 'm.person_id')
    .whereIn('m.team_id', teamIds)
    .whereNull('m.deleted_at')
    .whereNull('p.deleted_at')
    // Active on the day: as she is now, or transferred since (her status changed on a later transfer's day).
    .where((w) =>
      w.where('p.status', 'active').orWhereRaw(`exists (select 1 ${LATER_TRANSFERS})`, [day]),
    )
    .where('m.from_date', '<=', day)
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', day))
    .select('m.team_id', 'm.person_id', 'm.role', 'p.name_lo', 'p.name_en', 'p.sex')
    // Her province on the day, as the one-province rule of teams reads it.
    .select(db.raw('? as province_id', [provinceOnSql(db, day)]));
  const leadFirst = (role: string) => (role === 'lead' ? 0 : 1);
  members.sort((a, b) => leadFirst(a.role) - leadFirst(b.role) || compareLaoNames(a.name_lo, b.name_lo));
  // As they stood on the day: a report for a past month does not count what was earned after it, and a
  // lapsed trainer is not capacity, as on the Capacity view.
  const held = modulesByPerson(await capQualifications(db, members.map((m) => m.person_id)), day);
  return {
    modules,
    teams: teams.map((t) => ({
      id: t.id,
      nameLo: t.name_lo,
      nameEn: t.name_en,
      level: t.level,
      provinceId: t.province_id,
      targetSize: t.target_size,
      members: members
        .filter((m) => m.team_id === t.id)
        .map((m) => ({
          personId: m.person_id,
          nameLo: m.name_lo,
          nameEn: m.name_en,
          sex: m.sex,
          provinceId: m.province_id,
          role: m.role,
          moduleIds: [...(held.get(m.person_id)?.current ?? [])],
          overdueModuleIds: [...(held.get(m.person_id)?.overdue.keys() ?? [])],
        })),
    })),
  };
}
