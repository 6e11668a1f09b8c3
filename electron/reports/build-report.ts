import type { ReportRequest } from '../../shared/api/reports';
import { AppError } from '../../shared/errors';
import { type ReportDoc, nextPeriod, periodRange } from '../../shared/report-model';
import type { Db } from '../db/connection';
import { loadActivity } from './activity-data';
import { activityFigures, activitySections, narrativeSections, provinceComparison } from './build-activity';
import { buildContext, frame } from './build-context';
import { nationalActivitySections, nationalCapacitySections } from './build-national';
import { capacitySections, rosterFigures, rosterSections } from './build-roster';
import { getNarrative } from './narrative';
import { loadRosterData } from './roster-data';

/**
 * Builds the content of one report from the database. The roster is taken as it stood on the last day of the
 * period (or today, for a period not yet over), so last month's report does not change with today's roster.
 */
export async function buildReport(db: Db, req: ReportRequest, today: string): Promise<ReportDoc> {
  if (req.kind === 'monthly' && req.scope === 'all') throw new AppError('reports.scopeNeedsProvince', {});
  const c = await buildContext(db, req, today);
  const range = periodRange(req.period);
  const day = range.to < today ? range.to : today;
  const roster = await loadRosterData(db, c.scope.provinceId, day);
  // The day the roster figures count on, said under them: the Capacity page counts on today, and a report of last
  // month's that differed from it by a refresher fallen due since was taken for a mistake.
  const keyFigures = [
    { type: 'heading' as const, level: 1 as const, text: c.t('reports.doc.keyFigures') },
    { type: 'paragraph' as const, text: c.t('reports.doc.rosterOn', { date: c.date(day) }), muted: true },
  ];
  if (req.kind === 'roster') {
    return frame(c, [...keyFigures, { type: 'figures', items: rosterFigures(c, roster) }, ...rosterSections(c, roster)]);
  }
  if (req.kind === 'capacity') {
    return frame(c, [...keyFigures, { type: 'figures', items: rosterFigures(c, roster) }, ...capacitySections(c, roster, { withProvince: !c.scope.provinceId })]);
  }
  const activity = await loadActivity(db, c.scope.provinceId, range, periodRange(nextPeriod(req.period)));
  const narrative = await getNarrative(db, req);
  const central = req.kind === 'central';
  return frame(c, [
    ...keyFigures,
    { type: 'figures', items: [...activityFigures(c, activity), ...rosterFigures(c, roster)] },
    ...(central
      ? [{ type: 'heading' as const, level: 1 as const, text: c.t('reports.doc.byProvince') }, ...provinceComparison(c, activity, roster)]
      : []),
    ...(central ? nationalActivitySections(c, activity) : activitySections(c, activity)),
    ...(central ? nationalCapacitySections(c, roster) : capacitySections(c, roster, { withProvince: false })),
    ...narrativeSections(c, narrative),
  ]);
}
