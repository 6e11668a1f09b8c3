import { createHash } from 'node:crypto';
import type { GeneratedReport, ReportHistoryRow, ReportRequest } from '../../shared/api/reports';
import { createI18n } from '../../shared/i18n';
import { todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { buildReport } from './build-report';
import { getNarrative } from './narrative';

export function reportFileName(r: ReportRequest): string {
  return `LWU_${r.kind}_${r.scope === 'all' ? 'LA' : r.scope}_${r.period}_${r.language}.docx`;
}

/** Builds, renders and records one report: the history keeps the file's SHA-256 so a copy can be checked later. */
export async function generateReport(db: Db, r: ReportRequest & { createdBy: string }, today = todayIso()): Promise<GeneratedReport & { buffer: Buffer }> {
  const name = r.createdBy.normalize('NFC').trim();
  const doc = await buildReport(db, r, today);
  // The docx library is loaded with the first report, not at start (bench: backendStart).
  const { renderDocx } = await import('./docx-render');
  const buffer = await renderDocx({ ...doc, preparedBy: { name, line: createI18n(r.language).t('reports.doc.preparedBy', { name }) } });
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const fileName = reportFileName(r);
  const narrative = r.kind === 'monthly' || r.kind === 'central' ? await getNarrative(db, r) : { achievements: '', challenges: '', lessons: '' };
  const [id] = await db('report_history').insert({
    kind: r.kind,
    period: r.period,
    scope: r.scope,
    language: r.language,
    file_name: fileName,
    sha256,
    bytes: buffer.length,
    created_by: name,
    created_at: new Date().toISOString(),
    ...narrative,
  });
  const history = (await listHistory(db, 1, Number(id)))[0]!;
  return { fileName, base64: buffer.toString('base64'), sha256, history, buffer };
}

export async function listHistory(db: Db, limit: number, id?: number): Promise<ReportHistoryRow[]> {
  const q = db('report_history').orderBy('id', 'desc').limit(limit);
  if (id !== undefined) q.where({ id });
  return (await q).map((r) => ({
    id: r.id,
    kind: r.kind,
    period: r.period,
    scope: r.scope,
    language: r.language,
    fileName: r.file_name,
    sha256: r.sha256,
    bytes: r.bytes,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
