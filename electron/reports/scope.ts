import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';

export interface ScopeInfo {
  code: string; // ISO 3166-2:LA or 'all'
  provinceId: string | null;
  nameLo: string;
  nameEn: string;
}

/** Resolves a report scope (a province code or 'all') to the province row it names. */
export async function resolveScope(db: Db, code: string): Promise<ScopeInfo> {
  if (code === 'all') return { code, provinceId: null, nameLo: '', nameEn: '' };
  const p = await db('province').where({ code }).whereNull('deleted_at').first();
  if (!p) throw new AppError('reports.unknownProvince', { code });
  return { code, provinceId: p.id, nameLo: p.name_lo, nameEn: p.name_en };
}
