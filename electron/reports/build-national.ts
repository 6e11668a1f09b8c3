import type { Block } from '../../shared/report-model';
import type { ActivityData, SessionLine } from './activity-data';
import { organisationTable } from './build-activity';
import type { BuildContext } from './build-context';
import { moduleGapsByTeam } from './build-roster';
import { byPlaceTable } from './by-place';
import type { RosterData } from './roster-data';

/**
 * The consolidated report's sections. Across 18 provinces a month holds thousands of sessions and villages and
 * a thousand teams: listed one by one they would fill a hundred pages nobody reads, so the national report
 * sums them by kind and by province; the provincial reports carry the detail.
 */
function byKind(c: BuildContext, sessions: SessionLine[], withCounts: boolean): Block {
  if (!sessions.length) return { type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true };
  const sums = new Map<string, { n: number; f: number; m: number }>();
  for (const s of sessions) {
    const x = sums.get(s.kind) ?? { n: 0, f: 0, m: 0 };
    x.n++;
    x.f += s.female;
    x.m += s.male;
    sums.set(s.kind, x);
  }
  return {
    type: 'table',
    columns: [c.t('reports.doc.colKind'), c.t('reports.doc.colSessions'), ...(withCounts ? [c.t('reports.doc.colFemale'), c.t('reports.doc.colMale'), c.t('reports.doc.colTotal')] : [])],
    numeric: [false, true, true, true, true],
    rows: [...sums].map(([kind, x]) => [c.t(`calendar.kind.${kind}`), c.number(x.n), ...(withCounts ? [c.number(x.f), c.number(x.m), c.number(x.f + x.m)] : [])]),
  };
}

export function nationalActivitySections(c: BuildContext, a: ActivityData): Block[] {
  const transfers = [...c.provinces].map(([id, p]) => ({
    name: c.name(p),
    figures: [
      a.transfers.filter((t) => t.toProvinceId === id && t.fromProvinceId !== id).length,
      a.transfers.filter((t) => t.fromProvinceId === id && t.toProvinceId !== id).length,
      a.transfers.filter((t) => t.fromProvinceId === id).reduce((s, t) => s + t.endedMemberships, 0),
    ],
  }));
  return [
    { type: 'heading', level: 1, text: c.t('reports.doc.sessionsHeld') },
    byKind(c, a.held, true),
    { type: 'heading', level: 1, text: c.t('reports.doc.participants') },
    organisationTable(c, a),
    { type: 'heading', level: 1, text: c.t('reports.doc.transfers') },
    ...byPlaceTable(c, [c.t('reports.doc.colProvince'), c.t('reports.doc.colTransfersIn'), c.t('reports.doc.colTransfersOut'), c.t('reports.doc.colEnded')], transfers).blocks,
    { type: 'heading', level: 1, text: c.t('reports.doc.nextMonth') },
    byKind(c, a.planned, false),
  ];
}

/** Team capacity summed by province (and the central office's teams), the chart drawn by province rather than by team. */
export function nationalCapacitySections(c: BuildContext, d: RosterData): Block[] {
  const gaps = moduleGapsByTeam(d);
  const rows = c.places().map(([id, p]) => {
    const teams = d.teams.filter((t) => t.provinceId === id);
    const active = teams.reduce((s, t) => s + t.members.length, 0);
    const target = teams.reduce((s, t) => s + t.targetSize, 0);
    const under = teams.filter((t) => t.members.length < t.targetSize).length;
    const noLead = teams.filter((t) => !t.members.some((m) => m.role === 'lead')).length;
    const short = teams.filter((t) => gaps.has(t.id)).length;
    return { name: c.name(p), figures: [teams.length, active, target, under, noLead, short] };
  });
  const columns = [c.t('reports.doc.colProvince'), c.t('reports.doc.figTeams'), c.t('reports.doc.colActive'), c.t('reports.doc.colTarget'), c.t('reports.doc.figTeamsUnderTarget'), c.t('reports.doc.colNoLead'), c.t('reports.doc.figTeamsModuleGaps')];
  const { blocks, kept } = byPlaceTable(c, columns, rows, 'reports.doc.noTeamsIn');
  return [
    { type: 'heading', level: 1, text: c.t('reports.doc.capacity') },
    ...blocks,
    ...(kept.length
      ? [
          {
            type: 'chart' as const,
            title: c.t('reports.doc.capacityChartProvince'),
            valueLabel: c.t('reports.doc.chartValue'),
            targetLabel: c.t('reports.doc.chartTarget'),
            belowLabel: c.t('reports.doc.chartBelowTarget'),
            bars: kept.map((r) => ({ label: r.name, value: r.figures[1]!, target: r.figures[2]! })),
          },
        ]
      : []),
  ];
}
