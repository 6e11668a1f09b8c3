import type { QualificationRow } from '../../shared/api';
import type { CapQualification } from '../../shared/capacity';
import { AppError } from '../../shared/errors';
import { refresherDue, tooYoungOn } from '../../shared/roster-rules';
import { chunks } from '../db/bulk';
import type { Db } from '../db/connection';
import { insertRow, softDelete } from '../sync/write-path';

const toRow = (q: Record<string, any>): QualificationRow => ({
  id: q.id,
  moduleId: q.module_id,
  earnedOn: q.earned_on,
  refresherDue: q.refresher_due,
  source: q.source,
  sessionId: q.session_id,
  notes: q.notes,
});

export async function qualificationsOf(db: Db, personId: string): Promise<QualificationRow[]> {
  const rows = await db('qualification').where({ person_id: personId }).whereNull('deleted_at').orderBy('earned_on', 'desc');
  return rows.map(toRow);
}

/** A qualification row as the capacity rules (shared/capacity) read it. */
export const toCapQualification = (q: Record<string, any>): CapQualification => ({ personId: q.person_id, moduleId: q.module_id, earnedOn: q.earned_on, refresherDue: q.refresher_due });

/** The live qualifications of these people, as the capacity rules read them. */
export async function capQualifications(db: Db, personIds: Iterable<string>): Promise<CapQualification[]> {
  const out: CapQualification[] = [];
  for (const part of chunks([...new Set(personIds)])) {
    const rows = await db('qualification').whereNull('deleted_at').whereIn('person_id', part).select('person_id', 'module_id', 'earned_on', 'refresher_due');
    out.push(...rows.map(toCapQualification));
  }
  return out;
}

/** Recorded by hand (a certificate from before the app) or granted by a held session. */
export async function addQualification(
  db: Db,
  input: { personId: string; moduleId: string; earnedOn: string; notes?: string; sessionId?: string; source?: string },
): Promise<QualificationRow> {
  const person = await db('person').where({ id: input.personId }).whereNull('deleted_at').first();
  if (!person) throw new AppError('roster.personNotFound', {});
  const module = await db('module').where({ id: input.moduleId }).whereNull('deleted_at').first();
  if (!module) throw new AppError('roster.unknownModule', {});
  // Typed by hand from a certificate: a year typed wrong, or the same certificate entered twice. A held
  // session grants its own, checked with the session.
  if (input.source === undefined) {
    const firstYear = tooYoungOn(person.birth_year, input.earnedOn);
    if (firstYear !== null) throw new AppError('roster.qualificationTooYoung', { name: person.name_lo, born: person.birth_year, year: firstYear });
    const same = await db('qualification').where({ person_id: input.personId, module_id: input.moduleId, earned_on: input.earnedOn }).whereNull('deleted_at').first();
    if (same) throw new AppError('roster.qualificationTwice', { name: person.name_lo, date: input.earnedOn });
  }
  const id = await insertRow(db, 'qualification', {
    person_id: input.personId,
    module_id: input.moduleId,
    earned_on: input.earnedOn,
    refresher_due: refresherDue(input.earnedOn, module.refresher_months),
    session_id: input.sessionId ?? null,
    source: input.source ?? 'manual',
    notes: input.notes ?? null,
  });
  return toRow(await db('qualification').where({ id }).first());
}

export async function removeQualification(db: Db, id: string): Promise<{ id: string }> {
  await softDelete(db, 'qualification', id);
  return { id };
}
