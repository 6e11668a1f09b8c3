import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { reportKinds } from '../../shared/report-model';
import { isAppError } from '../../shared/errors';
import { checkWritableFolder, folderError, writeDurably } from '../export/folder';
import { describeError, describeStartupError } from '../startup-error';
import type { CliHelpers } from '../sync/cli-commands';

/** `lwu report <kind> --period YYYY-MM --scope <code|all> --lang lo|en --out FILE.docx`, through the dispatcher. */
export function registerReportCommand(program: Command, { withBackend, fail }: CliHelpers): void {
  program
    .command('report')
    .description(`generate a Word report (${reportKinds.join(', ')})`)
    .argument('<kind>', reportKinds.join(' | '))
    .requiredOption('--period <YYYY-MM>', 'the month reported')
    .requiredOption('--scope <code>', 'ISO 3166-2:LA province code (LA-VT...), or all')
    .option('--lang <lo|en>', 'report language', 'lo')
    .requiredOption('--out <file>', 'where to write the .docx')
    .option('--by <name>', 'who made it, kept in the report history', os.userInfo().username)
    .action(async (kind: string, o: { period: string; scope: string; lang: string; out: string; by: string }) => {
      const input = { kind, period: o.period, scope: o.scope, language: o.lang, createdBy: o.by };
      // Checked first: the report history must not list a file that was never written.
      const folder = path.dirname(path.resolve(o.out));
      try {
        checkWritableFolder(folder);
      } catch (e) {
        return fail(describeStartupError(e));
      }
      const result = await withBackend((b) => b.dispatch('reports.generate', input));
      if (!result.ok) return fail(describeError(result.error));
      const out = result.data as { base64: string; sha256: string };
      try {
        writeDurably(folder, path.basename(o.out), Buffer.from(out.base64, 'base64'));
      } catch (e) {
        return fail(describeStartupError(isAppError(e) ? e : (folderError(e, folder) ?? e)));
      }
      console.log(`${o.out}\nsha256 ${out.sha256}`);
    });
}
