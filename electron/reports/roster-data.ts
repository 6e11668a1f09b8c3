import type { Db } from '../db/connection';
import { compareLaoNames } from '../../shared/lao-order';

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
  moduleIds: string[];
  overdue: number;
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

/**
 * The teams of a scope (one province, or every team when provinceId is null) with their active members on a
 * day: memberships covering the day, people active and not deleted, as the Teams page counts them.
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
    .where('p.status', 'active')
    .where('m.from_date', '<=', day)
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', day))
    .select('m.team_id', 'm.person_id', 'm.role', 'p.name_lo', 'p.name_en', 'p.sex', 'p.province_id');
  const leadFirst = (role: string) => (role === 'lead' ? 0 : 1);
  members.sort((a, b) => leadFirst(a.role) - leadFirst(b.role) || compareLaoNames(a.name_lo, b.name_lo));
  const quals = await db('qualification')
    .whereNull('deleted_at')
    .whereIn('person_id', [...new Set(members.map((m) => m.person_id))])
    .select('person_id', 'module_id', 'refresher_due');
  const modulesOf = new Map<string, Set<string>>();
  const overdueOf = new Map<string, number>();
  for (const q of quals) {
    if (!modulesOf.has(q.person_id)) modulesOf.set(q.person_id, new Set());
    modulesOf.get(q.person_id)!.add(q.module_id);
    if (q.refresher_due && q.refresher_due < day) overdueOf.set(q.person_id, (overdueOf.get(q.person_id) ?? 0) + 1);
  }
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
          moduleIds: [...(modulesOf.get(m.person_id) ?? [])],
          overdue: overdueOf.get(m.person_id) ?? 0,
        })),
    })),
  };
}
