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
import { audit } from './audit';
import { type ImportOptions, type PackageResult, importPackage, signerOf } from './import';
import { sha256Hex } from './signing';
import type { KeyProtector } from './key-protector';
import type { PackageSource } from './package-sources';

export type Outcome = { ok: true; summary: PackageResult } | { ok: false; fileName: string; error: AppError };

type Refusal = { fileName: string; sha256: string; error: AppError };

async function eachInTurn(db: Db, protectors: KeyProtector[], sources: PackageSource[], opts: ImportOptions, onEach?: (o: Outcome) => void, refused: Refusal[] = []): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const s of sources) {
    let o: Outcome;
    const bytes = s.read();
    try {
      // Within a dry run's transaction each package is imported for real: the rollback undoes them all.
      const summary = await importPackage(db, protectors, s.fileName, bytes, { ...opts, dryRun: false });
      o = { ok: true, summary: opts.dryRun && summary.status === 'imported' ? { ...summary, status: 'dryRun' } : summary };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      o = { ok: false, fileName: s.fileName, error: e };
      // An import has logged it already (importPackage); a check logs it once rolled back, below.
      if (opts.dryRun) refused.push({ fileName: s.fileName, sha256: sha256Hex(bytes), error: e });
    }
    out.push(o);
    onEach?.(o);
  }
  return out;
}

export async function importAll(db: Db, protectors: KeyProtector[], sources: PackageSource[], opts: ImportOptions, onEach?: (o: Outcome) => void): Promise<Outcome[]> {
  if (!opts.dryRun) return eachInTurn(db, protectors, sources, opts, onEach);
  const refused: Refusal[] = [];
  const out = await rolledBack(db, (trx) => eachInTurn(trx, protectors, sources, opts, onEach, refused));
  // A check changes no data, but a refusal is logged all the same: when every package is refused there is no
  // import to log it, and its hash is what the sender is asked about. Checking the same file again, refused
  // for the same reason, tells nobody anything new: it is logged once.
  for (const r of refused) {
    if (await lastRefusalOf(db, r.sha256) === r.error.code) continue;
    await audit(db, 'refused', { ...signerOf(r.error), fileName: r.fileName, sha256: r.sha256, detail: { code: r.error.code, params: r.error.params, check: true } });
  }
  return out;
}

/** Why the latest log entry of a file refused it, or null if it did not (or the file is not in the log). */
async function lastRefusalOf(db: Db, sha256: string): Promise<string | null> {
  const last = await db('sync_audit').where({ sha256 }).orderBy('id', 'desc').first();
  return last?.action === 'refused' && last.detail ? (JSON.parse(last.detail).code ?? null) : null;
}
