/**
 * The Capacity view: every team below target and every module a district or province can no longer (or only
 * just) teach, worst first, each with concrete ways to close it: qualified people nearby who are in no team,
 * trainers whose refresher is overdue, and the next training of trainers that teaches the module.
 */
import type { CapacityOverview, Suggestion } from '../../shared/api';
import { UPCOMING_DAYS } from '../../shared/api/transfers';
import { type Area, addDays, holdersByModule, inArea, knowledgeLost, moduleGaps, overdueRefreshers, teamActiveMembers, upcomingShortfalls } from '../../shared/capacity';
import { membershipActiveOn, todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { loadCapacityState, loadTransfers } from './capacity-state';
import { trainingsCovering } from '../calendar-link';

export async function capacityOverview(db: Db, day = todayIso()): Promise<CapacityOverview> {
  const state = await loadCapacityState(db);
  const people = new Map(state.people.map((p) => [p.id, p]));
  const districtOf = new Map((await db('district').select('id', 'province_id')).map((d) => [d.id, d.province_id as string]));
  const inATeam = new Set(state.memberships.filter((m) => membershipActiveOn(m, day)).map((m) => m.personId));
  const active = state.people.filter((p) => p.status === 'active');
  const named = (id: string) => ({ personId: id, nameLo: people.get(id)?.nameLo, nameEn: people.get(id)?.nameEn });
  const provinceOf = (area: Area) => (area.kind === 'province' ? area.id : districtOf.get(area.id) ?? null);

  const byModule = holdersByModule(state.quals, day);
  const freeByProvince = new Map<string | null, typeof active>();
  for (const p of active) if (!inATeam.has(p.id)) (freeByProvince.get(p.provinceId) ?? freeByProvince.set(p.provinceId, []).get(p.provinceId)!).push(p);
  // Qualified today in at least one module: a person with none (just imported, or a date still to come) can't train.
  const qualified = new Set([...byModule.values()].flatMap((holders) => [...holders]));
  /** Active people in the province, outside any team, who could join: qualified (for a module: in that one). */
  const unassigned = (provinceId: string | null, moduleId?: string): Suggestion[] =>
    (freeByProvince.get(provinceId) ?? [])
      .filter((p) => (moduleId ? byModule.get(moduleId)?.has(p.id) : qualified.has(p.id)))
      .slice(0, 5)
      .map((p) => ({ kind: 'unassigned' as const, ...named(p.id) }));

  const overdue = overdueRefreshers(state.quals, day);
  const overdueByModule = new Map<string, typeof overdue>();
  for (const q of overdue) if (people.get(q.personId)?.status === 'active') (overdueByModule.get(q.moduleId) ?? overdueByModule.set(q.moduleId, []).get(q.moduleId)!).push(q);
  const refresherFor = (area: Area, moduleId: string): Suggestion[] =>
    (overdueByModule.get(moduleId) ?? [])
      .filter((q) => inArea(people.get(q.personId)!, area))
      .slice(0, 5)
      .map((q) => ({ kind: 'refresher' as const, ...named(q.personId), detail: q.refresherDue ?? undefined }));
  const trainingCache = new Map<string, Suggestion[]>();
  const trainings = async (moduleId: string, provinceId: string | null): Promise<Suggestion[]> => {
    const key = `${moduleId}/${provinceId}`;
    if (!trainingCache.has(key)) {
      const found = await trainingsCovering(db, moduleId, provinceId, day);
      trainingCache.set(key, found.map((s) => ({ kind: 'training' as const, sessionId: s.id, nameLo: s.titleLo, nameEn: s.titleEn, detail: s.startDate })));
    }
    return trainingCache.get(key)!;
  };

  const membershipsByTeam = new Map<string, typeof state.memberships>();
  for (const m of state.memberships) (membershipsByTeam.get(m.teamId) ?? membershipsByTeam.set(m.teamId, []).get(m.teamId)!).push(m);
  const teams = state.teams
    .map((t) => ({ t, active: teamActiveMembers(t, membershipsByTeam.get(t.id) ?? [], people, day).length }))
    .filter(({ t, active: n }) => n < t.targetSize)
    .sort((a, b) => b.t.targetSize - b.active - (a.t.targetSize - a.active) || a.active / a.t.targetSize - b.active / b.t.targetSize)
    .map(({ t, active: n }) => ({
      teamId: t.id,
      nameLo: t.nameLo,
      nameEn: t.nameEn,
      level: t.level,
      provinceId: t.provinceId,
      districtId: t.districtId,
      active: n,
      target: t.targetSize,
      gap: t.targetSize - n,
      suggestions: unassigned(t.provinceId),
    }));

  // The areas that are meant to train: those with a district or provincial team.
  const areas: Area[] = [
    ...new Map(state.teams.filter((t) => t.level === 'district' && t.districtId).map((t) => [t.districtId!, { kind: 'district' as const, id: t.districtId! }])).values(),
    ...new Map(state.teams.filter((t) => t.level === 'provincial' && t.provinceId).map((t) => [t.provinceId!, { kind: 'province' as const, id: t.provinceId! }])).values(),
  ];
  const gaps = moduleGaps(areas, state.moduleIds, state.people, state.quals, day).sort(
    (a, b) => a.trainers.length - b.trainers.length || (a.area.kind === b.area.kind ? 0 : a.area.kind === 'district' ? -1 : 1),
  );
  const modules = [];
  for (const g of gaps) {
    const provinceId = provinceOf(g.area);
    const nearby = g.area.kind === 'district' ? unassigned(provinceId, g.moduleId).filter((s) => people.get(s.personId!)?.districtId !== g.area.id) : [];
    modules.push({
      area: g.area,
      moduleId: g.moduleId,
      coverage: g.coverage,
      trainers: g.trainers.length,
      suggestions: [...nearby, ...refresherFor(g.area, g.moduleId), ...(await trainings(g.moduleId, provinceId))],
    });
  }

  const lost = knowledgeLost(await loadTransfers(db), state.quals, addDays(day, -365), day).map((l) => ({
    personId: l.personId,
    nameLo: people.get(l.personId)?.nameLo ?? '',
    nameEn: people.get(l.personId)?.nameEn ?? '',
    date: l.date,
    moduleIds: l.moduleIds,
  }));
  const teamById = new Map(state.teams.map((t) => [t.id, t]));
  const upcoming = upcomingShortfalls(state.teams, state.memberships, people, day, UPCOMING_DAYS).map((u) => ({
    ...u,
    nameLo: teamById.get(u.teamId)!.nameLo,
    nameEn: teamById.get(u.teamId)!.nameEn,
    leaving: u.leaving.map((l) => ({ ...l, nameLo: people.get(l.personId)?.nameLo ?? '', nameEn: people.get(l.personId)?.nameEn ?? '' })),
  }));
  return { day, teams, upcoming, modules, overdueRefreshers: overdue.filter((q) => people.get(q.personId)?.status === 'active').length, knowledgeLost: lost };
}
