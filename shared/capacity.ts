/**
 * Capacity rules: can a team, a district or a province still train? Pure functions over plain rows, so the
 * transfer preview, the Capacity view and the reports all count the same way, and so each rule is tested on
 * its own, edge dates included.
 *
 * Conventions: dates are ISO days (YYYY-MM-DD); a membership's to_date is its last day in the team; a
 * transfer dated T takes effect on T (she is gone that day). A trainer counts as capacity when her status is
 * active: someone transferred without keeping a training role, or who left, no longer trains anywhere.
 */
import { membershipActiveOn } from './roster-rules';

export interface CapPerson {
  id: string;
  status: 'active' | 'transferred' | 'left';
  provinceId: string | null;
  districtId: string | null;
}
export interface CapMembership {
  id?: string;
  teamId: string;
  personId: string;
  fromDate: string;
  toDate: string | null;
}
export interface CapTeam {
  id: string;
  level: 'central' | 'provincial' | 'district';
  provinceId: string | null;
  districtId: string | null;
  targetSize: number;
}
export interface CapQualification {
  personId: string;
  moduleId: string;
  earnedOn: string;
  refresherDue: string | null;
}
export interface CapTransfer {
  personId: string;
  date: string;
  fromProvinceId: string | null;
  fromDistrictId: string | null;
  toProvinceId: string | null;
  toDistrictId: string | null;
  keepsTrainingRole: boolean;
}
export interface Area {
  kind: 'district' | 'province';
  id: string;
}

/** Gap at 0 qualified active trainers, at risk at 1: one more transfer and the module cannot be taught. */
export type Coverage = 'gap' | 'atRisk' | 'ok';
export function coverageOf(count: number): Coverage {
  return count === 0 ? 'gap' : count === 1 ? 'atRisk' : 'ok';
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const isActive = (p: CapPerson | undefined) => p?.status === 'active';

/** Members on the day who still train: membership covers the day and the person is active. */
export function teamActiveMembers(team: CapTeam, memberships: CapMembership[], people: Map<string, CapPerson>, day: string): string[] {
  const ids = memberships.filter((m) => m.teamId === team.id && membershipActiveOn(m, day) && isActive(people.get(m.personId))).map((m) => m.personId);
  return [...new Set(ids)];
}

/** A team that departures already known take below its target (or further below it), from `date`. */
export interface UpcomingShortfall {
  teamId: string;
  /** the first day the team is below target, or, for a team below it already, one member shorter */
  date: string;
  /** members on that day */
  active: number;
  target: number;
  /** every departure within the horizon, soonest first: the last day of her membership, and members after it */
  leaving: Array<{ personId: string; lastDay: string; activeAfter: number }>;
}

/**
 * Teams that departures already known take below target, or further below it, within `days`: a transfer
 * recorded ahead of its date ends her memberships on the day before it, and a membership can be given an end
 * date; the team still counts her until then, and the gap would otherwise be seen only on the day it opens. A
 * replacement already set to join counts from her first day. Soonest first.
 */
export function upcomingShortfalls(teams: CapTeam[], memberships: CapMembership[], people: Map<string, CapPerson>, day: string, days: number): UpcomingShortfall[] {
  const horizon = addDays(day, days);
  const out: UpcomingShortfall[] = [];
  for (const team of teams) {
    const own = memberships.filter((m) => m.teamId === team.id);
    const now = teamActiveMembers(team, own, people, day).length;
    const ending = own.filter((m) => membershipActiveOn(m, day) && m.toDate !== null && m.toDate < horizon).sort((a, b) => a.toDate!.localeCompare(b.toDate!));
    const leaving = ending.map((m) => ({ personId: m.personId, lastDay: m.toDate!, activeAfter: teamActiveMembers(team, own, people, addDays(m.toDate!, 1)).length }));
    const first = leaving.find((l) => l.activeAfter < Math.min(team.targetSize, now));
    if (first) out.push({ teamId: team.id, date: addDays(first.lastDay, 1), active: first.activeAfter, target: team.targetSize, leaving });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export interface TeamCapacity {
  teamId: string;
  active: number;
  target: number;
  gap: number;
}
export function teamCapacity(teams: CapTeam[], memberships: CapMembership[], people: Map<string, CapPerson>, day: string): TeamCapacity[] {
  return teams.map((t) => {
    const active = teamActiveMembers(t, memberships, people, day).length;
    return { teamId: t.id, active, target: t.targetSize, gap: Math.max(0, t.targetSize - active) };
  });
}

export function inArea(p: CapPerson, area: Area): boolean {
  return area.kind === 'district' ? p.districtId === area.id : p.provinceId === area.id;
}

/** A qualification is current on a day when it was earned by then and its refresher is not overdue. */
export function currentOn(q: CapQualification, day: string): boolean {
  return q.earnedOn <= day && (q.refresherDue === null || q.refresherDue >= day);
}

/**
 * Who can train a module on a day. A trainer whose refresher is overdue is not counted: she is the first
 * suggestion for closing the gap (a refresher), not capacity.
 */
export function holders(quals: CapQualification[], moduleId: string, day: string): Set<string> {
  return new Set(quals.filter((q) => q.moduleId === moduleId && currentOn(q, day)).map((q) => q.personId));
}

/** Who can train each module on a day, computed once for every area that asks. */
export function holdersByModule(quals: CapQualification[], day: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of quals) if (currentOn(q, day)) (out.get(q.moduleId) ?? out.set(q.moduleId, new Set()).get(q.moduleId)!).add(q.personId);
  return out;
}

/** For each module, the active trainers located in the area who are qualified to train it. */
export function moduleCounts(area: Area, moduleIds: string[], people: CapPerson[], quals: CapQualification[] | Map<string, Set<string>>, day: string): Map<string, string[]> {
  const byModule = quals instanceof Map ? quals : holdersByModule(quals, day);
  const local = people.filter((p) => isActive(p) && inArea(p, area));
  const out = new Map<string, string[]>();
  for (const m of moduleIds) {
    const h = byModule.get(m) ?? new Set<string>();
    out.set(m, local.filter((p) => h.has(p.id)).map((p) => p.id));
  }
  return out;
}

export interface TeamModuleGap {
  moduleId: string;
  /** the members who can train it on the day: none, or the only one */
  trainers: string[];
  coverage: Exclude<Coverage, 'ok'>;
}
/** A team's members on a day, each with the modules she can train on it (currentOn, as modulesByPerson gives). */
export interface TeamTrainers {
  id: string;
  members: ReadonlyArray<{ personId: string; moduleIds: Iterable<string> }>;
}

/**
 * What a gap is, wherever one is shown (the Capacity view, the Word reports): a module of the curriculum that
 * fewer than two of a team's members can train on the day. The cascade teaches through its teams (central
 * trains the provincial teams, they train the district teams, which hold the village sessions), so a module is
 * taught where a member of the team can teach it. A qualified person in no team is a way to close the gap (the
 * Capacity view suggests her), and neither she nor a colleague in another team is its capacity. Counting by
 * district or province instead counted a province's district trainers as its provincial team's, left the
 * central team out, and named other places than the report's list by team.
 *
 * Each team with at least one gap, in the order given, with its modules in the order of `moduleIds`.
 */
export function teamModuleGaps(teams: readonly TeamTrainers[], moduleIds: readonly string[]): Array<{ teamId: string; modules: TeamModuleGap[] }> {
  const out: Array<{ teamId: string; modules: TeamModuleGap[] }> = [];
  for (const team of teams) {
    const holders = new Map<string, Set<string>>();
    for (const m of team.members) for (const moduleId of m.moduleIds) (holders.get(moduleId) ?? holders.set(moduleId, new Set()).get(moduleId)!).add(m.personId);
    const modules: TeamModuleGap[] = [];
    for (const moduleId of moduleIds) {
      const trainers = [...(holders.get(moduleId) ?? [])];
      const coverage = coverageOf(trainers.length);
      if (coverage !== 'ok') modules.push({ moduleId, trainers, coverage });
    }
    if (modules.length) out.push({ teamId: team.id, modules });
  }
  return out;
}

/**
 * Each person's modules on a day, by the rule of currentOn(): those she can train, and those she held but
 * whose refresher is overdue (and that she does not also hold current), each with the day its refresher fell
 * due (overdueRefreshers: her latest qualification in it earned by the day). The Teams page, the reports and
 * the session warnings use it, so that none counts a lapsed trainer that the Capacity view leaves out.
 */
export function modulesByPerson(quals: CapQualification[], day: string): Map<string, { current: Set<string>; overdue: Map<string, string> }> {
  const out = new Map<string, { current: Set<string>; overdue: Map<string, string> }>();
  const of = (personId: string) => out.get(personId) ?? out.set(personId, { current: new Set(), overdue: new Map() }).get(personId)!;
  for (const q of quals) if (currentOn(q, day)) of(q.personId).current.add(q.moduleId);
  for (const q of overdueRefreshers(quals.filter((q) => q.earnedOn <= day), day)) {
    const held = of(q.personId);
    if (!held.current.has(q.moduleId)) held.overdue.set(q.moduleId, q.refresherDue!);
  }
  return out;
}

/** The latest qualification per person and module whose refresher fell due before the day. */
export function overdueRefreshers(quals: CapQualification[], day: string): CapQualification[] {
  const latest = new Map<string, CapQualification>();
  for (const q of quals) {
    const key = `${q.personId}/${q.moduleId}`;
    const seen = latest.get(key);
    if (!seen || q.earnedOn > seen.earnedOn) latest.set(key, q);
  }
  return [...latest.values()].filter((q) => q.refresherDue !== null && q.refresherDue < day);
}

export interface KnowledgeLoss {
  personId: string;
  date: string;
  moduleIds: string[];
  fromProvinceId: string | null;
  fromDistrictId: string | null;
}
/**
 * Knowledge lost through transfers in a period (inclusive): each transfer that took a trainer out of a
 * training role, with the modules she held on that day. A transfer that keeps the role moves capacity, it does
 * not lose it; it is counted by the area she moved to.
 */
export function knowledgeLost(transfers: CapTransfer[], quals: CapQualification[], from: string, to: string): KnowledgeLoss[] {
  const leaving = transfers.filter((t) => t.date >= from && t.date <= to && !t.keepsTrainingRole);
  // Each person's qualifications once, rather than every qualification of the country for each transfer.
  const byPerson = new Map<string, CapQualification[]>(leaving.map((t) => [t.personId, []]));
  for (const q of quals) byPerson.get(q.personId)?.push(q);
  return leaving
    .map((t) => ({
      personId: t.personId,
      date: t.date,
      moduleIds: [...new Set(byPerson.get(t.personId)!.filter((q) => q.earnedOn <= t.date).map((q) => q.moduleId))],
      fromProvinceId: t.fromProvinceId,
      fromDistrictId: t.fromDistrictId,
    }))
    .filter((l) => l.moduleIds.length > 0);
}

export interface ProposedTransfer {
  personId: string;
  date: string;
  toProvinceId: string | null;
  toDistrictId: string | null;
  keepsTrainingRole: boolean;
}
export interface TransferImpact {
  teamsBelowTarget: Array<{ teamId: string; activeBefore: number; activeAfter: number; target: number }>;
  /**
   * modules of a team she leaves that become a gap there, or a worse one (teamModuleGaps): fewer than two
   * members who can train them on the day, one fewer than before
   */
  teamModulesLost: Array<{ teamId: string; modules: Array<{ moduleId: string; before: number; after: number }> }>;
  modulesLost: Array<{ area: Area; moduleId: string; before: number; after: number }>;
  modulesGained: Array<{ area: Area; moduleId: string; before: number; after: number }>;
}

/**
 * What a transfer would do, computed before it is saved: the teams she leaves that fall below target or lose
 * a module only she could train there, the modules whose qualified trainers in her district or province fall
 * to one or none, and the modules gained where she arrives when she keeps her training role.
 */
export function transferImpact(
  proposed: ProposedTransfer,
  state: { teams: CapTeam[]; memberships: CapMembership[]; people: CapPerson[]; quals: CapQualification[]; moduleIds: string[] },
): TransferImpact {
  const person = state.people.find((p) => p.id === proposed.personId);
  const day = proposed.date;
  const peopleBefore = new Map(state.people.map((p) => [p.id, p]));
  const moved: CapPerson | undefined = person && {
    ...person,
    provinceId: proposed.toProvinceId,
    districtId: proposed.toDistrictId,
    status: proposed.keepsTrainingRole ? 'active' : 'transferred',
  };
  const peopleAfter = state.people.map((p) => (p.id === proposed.personId && moved ? moved : p));
  const membershipsAfter = state.memberships.map((m) =>
    m.personId === proposed.personId && (m.toDate === null || m.toDate >= day) ? { ...m, toDate: addDays(day, -1) } : m,
  );
  const mapAfter = new Map(peopleAfter.map((p) => [p.id, p]));

  // Each team's active members on the day, before and after: what both team checks below read.
  const teams = state.teams.map((t) => ({
    team: t,
    before: teamActiveMembers(t, state.memberships, peopleBefore, day),
    after: teamActiveMembers(t, membershipsAfter, mapAfter, day),
  }));
  const teamsBelowTarget = teams
    .map(({ team, before, after }) => ({ teamId: team.id, activeBefore: before.length, activeAfter: after.length, target: team.targetSize }))
    .filter((t) => t.activeAfter < t.activeBefore && t.activeAfter < t.target);

  // By team as well as by area: central staff have no district or province, and a team can lose a module
  // that colleagues in her district (in other teams) still hold. A team's module counts as the Capacity view
  // counts it (teamModuleGaps): a gap where fewer than two members can train it.
  const holding = holdersByModule(state.quals, day);
  const trainersOf = (members: string[]) => ({ members: members.map((personId) => ({ personId, moduleIds: state.moduleIds.filter((m) => holding.get(m)?.has(personId)) })) });
  const left = teams.filter(({ before }) => before.includes(proposed.personId));
  const gapsAfter = new Map(teamModuleGaps(left.map(({ team, after }) => ({ id: team.id, ...trainersOf(after) })), state.moduleIds).map((g) => [g.teamId, g.modules]));
  const teamModulesLost = left
    .map(({ team, before }) => ({
      teamId: team.id,
      modules: (gapsAfter.get(team.id) ?? [])
        .map((gap) => ({ moduleId: gap.moduleId, before: before.filter((id) => holding.get(gap.moduleId)?.has(id)).length, after: gap.trainers.length }))
        .filter((m) => m.after < m.before),
    }))
    .filter((t) => t.modules.length > 0);

  const compare = (areas: Area[]) =>
    areas.flatMap((area) => {
      const before = moduleCounts(area, state.moduleIds, state.people, state.quals, day);
      const after = moduleCounts(area, state.moduleIds, peopleAfter, state.quals, day);
      return state.moduleIds.map((moduleId) => ({ area, moduleId, before: before.get(moduleId)!.length, after: after.get(moduleId)!.length }));
    });
  const areasOf = (p: CapPerson | undefined): Area[] =>
    p ? [...(p.districtId ? [{ kind: 'district' as const, id: p.districtId }] : []), ...(p.provinceId ? [{ kind: 'province' as const, id: p.provinceId }] : [])] : [];
  const modulesLost = compare(areasOf(person)).filter((c) => c.after < c.before && c.after <= 1);
  const modulesGained = proposed.keepsTrainingRole ? compare(areasOf(moved)).filter((c) => c.after > c.before) : [];
  return { teamsBelowTarget, teamModulesLost, modulesLost, modulesGained };
}
