import type { Narrative, ReportRequest } from '../../shared/api/reports';
import type { Db } from '../db/connection';

const key = (r: ReportRequest) => ({ kind: r.kind, period: r.period, scope: r.scope, language: r.language });

/** The narrative typed for one report (kind, period, scope, language); empty texts until someone writes it. */
export async function getNarrative(db: Db, r: ReportRequest): Promise<Narrative> {
  const row = await db('report_narrative').where(key(r)).first();
  return { achievements: row?.achievements ?? '', challenges: row?.challenges ?? '', lessons: row?.lessons ?? '' };
}

export async function saveNarrative(db: Db, r: ReportRequest, n: Narrative): Promise<Narrative> {
  const clean = (s: string) => s.normalize('NFC');
  const values = { achievements: clean(n.achievements), challenges: clean(n.challenges), lessons: clean(n.lessons), updated_at: new Date().toISOString() };
  await db('report_narrative').insert({ ...key(r), ...values }).onConflict(['kind', 'period', 'scope', 'language']).merge(values);
  return getNarrative(db, r);
}
