/**
 * Several packages imported one after the other, as central imports a stick: one refused package never stops
 * the others. A dry run of several takes them the same way, inside one transaction rolled back at the end, so
 * it shows what importing them all would do: a change that two packages carry (an unacknowledged change is
 * sent again in every package) is added or counted as a conflict once, a package found twice on the stick is
 * "already imported" the second time, and a package missing before is not missing once another checked
 * package is it.
 */
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { rolledBack } from '../db/transaction';
import { type ImportOptions, type PackageResult, importPackage } from './import';
import type { KeyProtector } from './key-protector';
import type { PackageSource } from './package-sources';

export type Outcome = { ok: true; summary: PackageResult } | { ok: false; fileName: string; error: AppError };

async function eachInTurn(db: Db, protectors: KeyProtector[], sources: PackageSource[], opts: ImportOptions, onEach?: (o: Outcome) => void): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const s of sources) {
    let o: Outcome;
    try {
      // Within a dry run's transaction each package is imported for real: the rollback undoes them all.
      const summary = await importPackage(db, protectors, s.fileName, s.read(), { ...opts, dryRun: false });
      o = { ok: true, summary: opts.dryRun && summary.status === 'imported' ? { ...summary, status: 'dryRun' } : summary };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      o = { ok: false, fileName: s.fileName, error: e };
    }
    out.push(o);
    onEach?.(o);
  }
  return out;
}

export async function importAll(db: Db, protectors: KeyProtector[], sources: PackageSource[], opts: ImportOptions, onEach?: (o: Outcome) => void): Promise<Outcome[]> {
  if (!opts.dryRun) return eachInTurn(db, protectors, sources, opts, onEach);
  return rolledBack(db, (trx) => eachInTurn(trx, protectors, sources, opts, onEach));
}
