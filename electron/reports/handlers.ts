import { todayIso } from '../../shared/roster-rules';
import type { DomainHandlers } from '../handlers';
import { buildReport } from './build-report';
import { generateReport, listHistory } from './generate';
import { getNarrative, saveNarrative } from './narrative';

export const reportsHandlers: DomainHandlers = {
  'reports.preview': (r, { db }) => buildReport(db, r, todayIso()),
  'reports.generate': async (r, { db }) => {
    const { buffer: _bytes, ...out } = await generateReport(db, r);
    return out;
  },
  'reports.history': ({ limit }, { db }) => listHistory(db, limit),
  'reports.getNarrative': (r, { db }) => getNarrative(db, r),
  'reports.saveNarrative': ({ request, narrative }, { db }) => saveNarrative(db, request, narrative),
};
