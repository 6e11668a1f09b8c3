/**
 * The sync commands of `lwu` (issue 7 section 8). They call the same services as the channels, with paths
 * instead of uploads; failures are AppErrors, which the CLI prints translated and exits non-zero on.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { createI18n, translateError } from '../../shared/i18n';
import { officeLevelSchema } from '../../shared/sync-format';
import type { Backend } from '../backend';
import { cliLanguage } from '../startup-error';
import { databaseHash } from './db-hash';
import { acceptRequest, completeEnrollment, createRequest } from './enrollment';
import { exportPackage } from './export';
import { exportIdentityFile, initOffice } from './identity';
import { type Outcome, importAll } from './import-batch';
import { sourcesFromPaths } from './package-sources';

export interface CliHelpers {
  withBackend<T>(fn: (b: Backend) => Promise<T>): Promise<T>;
  /** ends the command with this message and a non-zero exit status */
  fail(message: string): never;
}

export function registerSyncCommands(program: Command, { withBackend, fail }: CliHelpers): void {
  const { t } = createI18n(cliLanguage());
  const office = program.command('office').description('this office: identity and keys');
  office
    .command('init')
    .description('create this office and its keys (once per install)')
    .requiredOption('--code <code>', 'LA-CENTRAL, or the province code such as LA-BL')
    .requiredOption('--level <level>', 'central or provincial')
    .option('--province <code>', 'the province (provincial offices; defaults to --code)')
    .requiredOption('--name <name>', 'office name')
    .action(async (o: { code: string; level: string; province?: string; name: string }) => {
      const level = officeLevelSchema.safeParse(o.level);
      if (!level.success) return fail(translateError(t, { code: 'api.invalidInput', params: { channel: 'office init', fields: ['--level'] } }));
      const created = await withBackend((b) =>
        initOffice(b.ctx.db, b.ctx.keyProtectors[0], { code: o.code, level: level.data, provinceCode: o.province, name: o.name }),
      );
      console.log(t('sync.cli.officeCreated', { code: created.code, fingerprint: created.fingerprint }));
    });
  office
    .command('export-identity')
    .description('write the age identity (secret!) for recovery with the age tool; readable only by you')
    .requiredOption('--out <file>', 'file to write (mode 0600)')
    .action(async (o: { out: string }) => {
      await withBackend((b) => exportIdentityFile(b.ctx.db, b.ctx.keyProtectors, path.resolve(o.out)));
      console.log(path.resolve(o.out));
    });

  const enroll = program.command('enroll').description('enrollment between a province and central');
  enroll
    .command('request')
    .description('province: write the enrollment request for central')
    .requiredOption('--out <file>', 'request file to write')
    .action(async (o: { out: string }) => {
      const r = await withBackend((b) => createRequest(b.ctx.db, b.ctx.keyProtectors));
      fs.writeFileSync(o.out, r.fileText);
      console.log(t('sync.cli.fingerprint', { fingerprint: r.fingerprint }));
    });
  enroll
    .command('accept')
    .description('central: accept a province’s request and write the signed reply')
    .argument('<file>', 'the province’s request')
    .requiredOption('--out <reply>', 'reply file to write')
    .action(async (file: string, o: { out: string }) => {
      const r = await withBackend((b) => acceptRequest(b.ctx.db, b.ctx.keyProtectors, fs.readFileSync(file, 'utf8')));
      fs.writeFileSync(o.out, r.fileText);
      console.log(t('sync.cli.accepted', { code: r.province.code, fingerprint: r.province.fingerprint }));
      console.log(t('sync.cli.fingerprint', { fingerprint: r.fingerprint }));
    });
  enroll
    .command('complete')
    .description('province: read central’s reply')
    .argument('<reply>', 'central’s reply')
    .action(async (file: string) => {
      const r = await withBackend((b) => completeEnrollment(b.ctx.db, fs.readFileSync(file, 'utf8')));
      console.log(t('sync.cli.completed', { code: r.central.code, fingerprint: r.central.fingerprint }));
    });

  const sync = program.command('sync').description('encrypted sync packages');
  sync
    .command('export')
    .description('write the next package for a peer and print its path')
    .requiredOption('--to <code>', 'the peer office')
    .requiredOption('--out <dir>', 'folder to write to (a USB stick)')
    .action(async (o: { to: string; out: string }) => {
      const r = await withBackend((b) => exportPackage(b.ctx.db, b.ctx.keyProtectors, { to: o.to, dir: path.resolve(o.out) }));
      console.log(r.path);
    });
  sync
    .command('import')
    .description('import packages (files or folders); exit 0 only if every one is imported or already was')
    .argument('<paths...>', 'package files or folders')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (paths: string[], o: { dryRun?: boolean }) => {
      let failed = 0;
      const report = (o: Outcome) => {
        if (!o.ok) {
          failed++;
          console.error(`${o.fileName}: ${translateError(t, { code: o.error.code, params: o.error.params })}`);
          return;
        }
        const r = o.summary;
        console.log(t(`sync.cli.${r.status}`, { ...r, file: r.fileName }));
        if (r.missing.length) console.log(t('sync.cli.stillMissing', { from: r.from, missing: r.missing.join(', ') }));
        if (r.earlierInstall) console.log(`  ${t('syncPage.earlierInstall', { from: r.from })}`);
      };
      const outcomes = await withBackend((b) => importAll(b.ctx.db, b.ctx.keyProtectors, sourcesFromPaths(paths.map((p) => path.resolve(p))), { appVersion: b.ctx.version, dryRun: o.dryRun }, report));
      // An empty folder (the wrong drive letter, a stick not yet copied to) must not pass for a done import.
      if (outcomes.length === 0) fail(t('syncPage.noPackagesChosen'));
      if (failed > 0) fail(t('sync.cli.failedCount', { count: failed }));
    });

  program
    .command('db')
    .description('database tools')
    .command('hash')
    .description('print one digest of the replicated rows, to compare two databases')
    .option('--scope <code>', 'only the rows this office holds (LA-CENTRAL: all)')
    .action(async (o: { scope?: string }) => {
      console.log(await withBackend((b) => databaseHash(b.ctx.db, o.scope)));
    });
}
