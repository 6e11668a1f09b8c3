/**
 * The Capacity view: every team below target and every team with a module that none or only one of its members
 * can teach (teamModuleGaps, the rule the reports count by too), worst first, each with concrete ways to close
 * it: qualified people nearby who are in no team, trainers whose refresher is overdue, and the next training of
 * trainers that teaches the module.
 */
import type { CapacityOverview, Suggestion } from '../../shared/api';
import { UPCOMING_DAYS } from '../../shared/api/transfers';
import { type CapTeam, addDays, holdersByModule, knowledgeLost, modulesByPerson, overdueRefreshers, teamActiveMembers, teamModuleGaps, upcomingShortfalls } from '../../shared/capacity';
import { membershipActiveOn, todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { loadCapacityState, loadTransfers } from './capacity-state';
import { trainingsCovering } from '../calendar-link';

export async function capacityOverview(db: Db, day = todayIso()): Promise<CapacityOverview> {
  const state = await loadCapacityState(db);
  const people = new Map(state.people.map((p) => [p.id, p]));
  const inATeam = new Set(state.memberships.filter((m) => membershipActiveOn(m, day)).map((m) => m.personId));
  const active = state.people.filter((p) => p.status === 'active');
  const named = (id: string) => ({ personId: id, nameLo: people.get(id)?.nameLo, nameEn: people.get(id)?.nameEn });

  const byModule = holdersByModule(state.quals, day);
  const freeByProvince = new Map<string | null, typeof active>();
  for (const p of active) if (!inATeam.has(p.id)) (freeByProvince.get(p.provinceId) ?? freeByProvince.set(p.provinceId, []).get(p.provinceId)!).push(p);
  // Qualified today in at least one module: a person with none (just imported, or a date still to come) can't train.
  const qualified = new Set([...byModule.values()].flatMap((holders) => [...holders]));
  /**
   * Active people in the province, outside any team, who could join: qualified (for a module: in that one).
   * Those of the district named come first: a district team's own neighbours need no travel.
   */
  const unassigned = (provinceId: string | null, moduleId?: string, districtId?: string | null): Suggestion[] =>
    (freeByProvince.get(provinceId) ?? [])
      .filter((p) => (moduleId ? byModule.get(moduleId)?.has(p.id) : qualified.has(p.id)))
      .sort((a, b) => Number(!!districtId && a.districtId !== districtId) - Number(!!districtId && b.districtId !== districtId))
      .slice(0, 5)
      .map((p) => ({ kind: 'unassigned' as const, ...named(p.id) }));

  const overdue = overdueRefreshers(state.quals, day);
  // Lapsed refreshers of active people in no team, by their district and their province (a team's place) and module.
  const freeOverdue = new Map<string, typeof overdue>();
  for (const q of overdue) {
    const p = people.get(q.personId);
    if (p?.status !== 'active' || inATeam.has(p.id)) continue;
    for (const key of [`district:${p.districtId}/${q.moduleId}`, `province:${p.provinceId}/${q.moduleId}`]) (freeOverdue.get(key) ?? freeOverdue.set(key, []).get(key)!).push(q);
  }
  const planned = await trainingsCovering(db, day);
  const trainings = (moduleId: string, provinceId: string | null): Suggestion[] =>
    planned(moduleId, provinceId).map((s) => ({ kind: 'training' as const, sessionId: s.id, nameLo: s.titleLo, nameEn: s.titleEn, detail: s.startDate }));

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
      suggestions: unassigned(t.provinceId, undefined, t.districtId),
    }));

  // Each team's members on the day with what each can train on it; the reports give the same rule their roster.
  const canTrain = modulesByPerson(state.quals, day);
  const members = new Map(state.teams.map((t) => [t.id, new Set(teamActiveMembers(t, membershipsByTeam.get(t.id) ?? [], people, day))]));
  const found = teamModuleGaps(
    state.teams.map((t) => ({ id: t.id, members: [...members.get(t.id)!].map((personId) => ({ personId, moduleIds: canTrain.get(personId)?.current ?? [] })) })),
    state.moduleIds,
  );
  const teamById = new Map(state.teams.map((t) => [t.id, t]));
  /**
   * Whose refresher in the module lapsed: the team's own members first, then people of its place (its district,
   * its province, or, for the central team, no province) in no team.
   */
  const refresherFor = (team: CapTeam, moduleId: string): Suggestion[] => {
    const own = [...members.get(team.id)!].flatMap((personId) => {
      const due = canTrain.get(personId)?.overdue.get(moduleId);
      return due ? [{ personId, due }] : [];
    });
    const place = team.level === 'district' ? `district:${team.districtId}` : `province:${team.provinceId}`;
    const free = (freeOverdue.get(`${place}/${moduleId}`) ?? []).map((q) => ({ personId: q.personId, due: q.refresherDue! }));
    return [...own, ...free].slice(0, 5).map((q) => ({ kind: 'refresher' as const, ...named(q.personId), detail: q.due }));
  };
  // Worst first: the most modules nobody can train, then the most gaps of either kind; then central, provincial, district.
  const none = (g: (typeof found)[number]) => g.modules.filter((m) => m.coverage === 'gap').length;
  const levelOrder = { central: 0, provincial: 1, district: 2 };
  found.sort((a, b) => none(b) - none(a) || b.modules.length - a.modules.length || levelOrder[teamById.get(a.teamId)!.level] - levelOrder[teamById.get(b.teamId)!.level]);
  const moduleGaps: CapacityOverview['moduleGaps'] = found.map((g) => {
    const team = teamById.get(g.teamId)!;
    return {
      teamId: team.id,
      nameLo: team.nameLo,
      nameEn: team.nameEn,
      level: team.level,
      modules: g.modules.map((m) => ({
        moduleId: m.moduleId,
        coverage: m.coverage,
        trainers: m.trainers.map((id) => ({ personId: id, nameLo: people.get(id)?.nameLo ?? '', nameEn: people.get(id)?.nameEn ?? '' })),
        suggestions: [...unassigned(team.provinceId, m.moduleId, team.districtId), ...refresherFor(team, m.moduleId), ...trainings(m.moduleId, team.provinceId)],
      })),
    };
  });

  const lost = knowledgeLost(await loadTransfers(db), state.quals, addDays(day, -365), day).map((l) => ({
    personId: l.personId,
    nameLo: people.get(l.personId)?.nameLo ?? '',
    nameEn: people.get(l.personId)?.nameEn ?? '',
    date: l.date,
    moduleIds: l.moduleIds,
  }));
  const upcoming = upcomingShortfalls(state.teams, state.memberships, people, day, UPCOMING_DAYS).map((u) => ({
    ...u,
    nameLo: teamById.get(u.teamId)!.nameLo,
    nameEn: teamById.get(u.teamId)!.nameEn,
    leaving: u.leaving.map((l) => ({ ...l, nameLo: people.get(l.personId)?.nameLo ?? '', nameEn: people.get(l.personId)?.nameEn ?? '' })),
  }));
  return { day, teams, upcoming, moduleGaps, overdueRefreshers: overdue.filter((q) => people.get(q.personId)?.status === 'active').length, knowledgeLost: lost };
}
