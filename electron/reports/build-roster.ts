import { type TeamModuleGap, teamModuleGaps } from '../../shared/capacity';
import { moduleLabels } from '../../shared/module-codes';
import type { Block } from '../../shared/report-model';
import type { BuildContext } from './build-context';
import type { RosterData, TeamInfo, TeamMemberInfo } from './roster-data';

const activeCount = (t: TeamInfo) => t.members.length;

/**
 * Each team's modules that none or only one member can train on the report's day, by the rule the Capacity
 * view shows (shared/capacity teamModuleGaps): a report and the screen name the same gaps.
 */
export function moduleGapsByTeam(d: RosterData): Map<string, TeamModuleGap[]> {
  return new Map(teamModuleGaps(d.teams, d.modules.map((m) => m.id)).map((g) => [g.teamId, g.modules]));
}

/** Key figures drawn from the roster: the same in every report kind. */
export function rosterFigures(c: BuildContext, d: RosterData) {
  const gaps = moduleGapsByTeam(d);
  const people = new Map(d.teams.flatMap((t) => t.members).map((m) => [m.personId, m]));
  const all = [...people.values()];
  return [
    { label: c.t('reports.doc.figActiveTrainers'), value: c.number(all.length) },
    { label: c.t('reports.doc.figWomen'), value: c.number(all.filter((m) => m.sex === 'f').length) },
    { label: c.t('reports.doc.figTeams'), value: c.number(d.teams.length) },
    { label: c.t('reports.doc.figTeamsUnderTarget'), value: c.number(d.teams.filter((t) => activeCount(t) < t.targetSize).length) },
    { label: c.t('reports.doc.figTeamsModuleGaps'), value: c.number(gaps.size) },
    { label: c.t('reports.doc.figQualifications'), value: c.number(all.reduce((s, m) => s + m.moduleIds.length, 0)) },
    { label: c.t('reports.doc.figOverdue'), value: c.number(all.reduce((s, m) => s + m.overdueModuleIds.length, 0)) },
  ];
}

/** Each team with its active members and the modules each can train. */
export function rosterSections(c: BuildContext, d: RosterData): Block[] {
  const { codes } = moduleLabels(d.modules);
  // A lapsed module is named apart: she cannot train it until her refresher, and the gaps below leave it out.
  const modulesCell = (m: TeamMemberInfo) =>
    [codes(m.moduleIds), m.overdueModuleIds.length ? c.t('reports.doc.overdueModules', { modules: codes(m.overdueModuleIds) }) : ''].filter(Boolean).join('; ');
  const blocks: Block[] = [{ type: 'heading', level: 1, text: c.t('reports.doc.rosterByTeam') }];
  for (const team of d.teams) {
    blocks.push({
      type: 'heading',
      level: 2,
      text: c.t('reports.doc.teamHeading', { team: c.name(team), level: c.t(`reports.doc.levels.${team.level}`), active: activeCount(team), target: team.targetSize }),
    });
    if (!team.members.length) {
      blocks.push({ type: 'paragraph', text: c.t('reports.doc.noMembers'), muted: true });
      continue;
    }
    blocks.push({
      type: 'table',
      columns: [c.t('reports.doc.colName'), c.t('reports.doc.colSex'), c.t('reports.doc.colRole'), c.t('reports.doc.colModules')],
      rows: team.members.map((m) => [
        c.name(m),
        c.t(m.sex === 'f' ? 'reports.doc.sexF' : 'reports.doc.sexM'),
        c.t(m.role === 'lead' ? 'reports.doc.roleLead' : 'reports.doc.roleMember'),
        modulesCell(m),
      ]),
    });
  }
  blocks.push({ type: 'paragraph', muted: true, text: d.modules.map((m) => `${codes([m.id])}: ${c.name(m)}`).join(' · ') });
  return blocks;
}

/** One bar per team; past 40 teams (a national capacity report) one bar per province, or the chart fills pages. */
function chartBars(c: BuildContext, d: RosterData) {
  if (d.teams.length <= 40) return d.teams.map((t) => ({ label: c.name(t), value: activeCount(t), target: t.targetSize }));
  return [...c.provinces].map(([id, p]) => {
    const teams = d.teams.filter((t) => t.provinceId === id);
    return { label: c.name(p), value: teams.reduce((s, t) => s + activeCount(t), 0), target: teams.reduce((s, t) => s + t.targetSize, 0) };
  });
}

/** Team capacity table, chart, and the gaps with what to do about each. */
export function capacitySections(c: BuildContext, d: RosterData, opts: { withProvince: boolean }): Block[] {
  const moduleName = new Map(d.modules.map((m) => [m.id, c.name(m)]));
  const gaps = moduleGapsByTeam(d);
  const covered = (t: TeamInfo, coverage: TeamModuleGap['coverage']) => (gaps.get(t.id) ?? []).filter((g) => g.coverage === coverage);
  const memberName = (t: TeamInfo, personId: string) => c.name(t.members.find((m) => m.personId === personId)!);
  const provinceOf = (t: TeamInfo) => (t.provinceId ? c.name(c.provinces.get(t.provinceId) ?? { nameLo: '', nameEn: '' }) : '');
  const columns = [
    c.t('reports.doc.colTeam'),
    c.t('reports.doc.colLevel'),
    ...(opts.withProvince ? [c.t('reports.doc.colProvince')] : []),
    c.t('reports.doc.colActive'),
    c.t('reports.doc.colTarget'),
    c.t('reports.doc.colGap'),
    c.t('reports.doc.colLeads'),
    c.t('reports.doc.colShortModules'),
  ];
  const rows = d.teams.map((t) => [
    c.name(t),
    // The level words are lower case for the middle of a sentence (teamHeading); a table cell starts a line.
    sentenceStart(c.t(`reports.doc.levels.${t.level}`)),
    ...(opts.withProvince ? [provinceOf(t)] : []),
    ...[activeCount(t), t.targetSize, Math.max(0, t.targetSize - activeCount(t)), t.members.filter((m) => m.role === 'lead').length, gaps.get(t.id)?.length ?? 0].map(c.number),
  ]);
  const suggestions: string[] = [];
  for (const t of d.teams) {
    const gap = t.targetSize - activeCount(t);
    if (gap > 0) suggestions.push(c.t('reports.doc.suggestRecruit', { team: c.name(t), count: gap, target: t.targetSize }));
    if (!t.members.some((m) => m.role === 'lead')) suggestions.push(c.t('reports.doc.suggestLead', { team: c.name(t) }));
    const none = covered(t, 'gap');
    if (none.length) suggestions.push(c.t('reports.doc.suggestModules', { team: c.name(t), modules: none.map((g) => moduleName.get(g.moduleId)).join(', ') }));
    // Who alone can train it: her transfer would open the gap.
    const one = covered(t, 'atRisk');
    if (one.length) suggestions.push(c.t('reports.doc.suggestOneTrainer', { team: c.name(t), modules: one.map((g) => `${moduleName.get(g.moduleId)} (${memberName(t, g.trainers[0]!)})`).join(', ') }));
  }
  const numeric = columns.map((_, i) => i >= columns.length - 5);
  if (!d.teams.length) return [{ type: 'heading', level: 1, text: c.t('reports.doc.capacity') }, { type: 'paragraph', text: c.t('reports.doc.noTeams'), muted: true }];
  return [
    { type: 'heading', level: 1, text: c.t('reports.doc.capacity') },
    { type: 'table', columns, rows, numeric },
    {
      type: 'chart',
      title: c.t('reports.doc.capacityChart'),
      valueLabel: c.t('reports.doc.chartValue'),
      targetLabel: c.t('reports.doc.chartTarget'),
      belowLabel: c.t('reports.doc.chartBelowTarget'),
      bars: chartBars(c, d),
    },
    { type: 'heading', level: 2, text: c.t('reports.doc.gaps') },
    ...(suggestions.length ? suggestions.map((text): Block => ({ type: 'paragraph', text: `• ${text}` })) : [{ type: 'paragraph', text: c.t('reports.doc.noGaps') } as Block]),
  ];
}

/** The first letter in capitals: "provincial" → "Provincial"; Lao has no case and is unchanged. */
const sentenceStart = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
