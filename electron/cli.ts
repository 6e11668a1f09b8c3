/**
 * `lwu`: headless commands over the same services and the same dispatcher as the UI, for central staff's
 * batch work, scripts and tests. Exits non-zero with a translated message on any failure.
 */
import { Command } from 'commander';
import { channels } from '../shared/api';
import { type Backend, startBackend } from './backend';
import { resolveDataDir } from './data-dir';
import { backupDatabase } from './db/backup';
import { describeError, describeStartupError } from './startup-error';
import { registerSyncCommands } from './sync/cli-commands';
import { registerReportCommand } from './reports/cli-command';

class CliFailure extends Error {}

const program = new Command()
  .name('lwu')
  .description('LWU Desk command line')
  .option('--data-dir <dir>', 'data folder (default: LWU_DATA_DIR, then the desktop app’s folder)')
  .showHelpAfterError();

async function withBackend<T>(fn: (b: Backend) => Promise<T>): Promise<T> {
  const backend = await startBackend({ dataDir: resolveDataDir(program.opts().dataDir), transport: 'cli' });
  try {
    return await fn(backend);
  } finally {
    await backend.close();
  }
}

program
  .command('channels')
  .description('list every API channel')
  .action(() => {
    for (const c of channels) console.log(c);
  });

program
  .command('call')
  .description('run one API channel through the dispatcher and print its JSON result')
  .argument('<channel>', 'channel name, for example settings.get')
  .argument('[input]', 'JSON input', '{}')
  .action(async (channel: string, inputText: string) => {
    let input: unknown;
    try {
      input = JSON.parse(inputText);
    } catch {
      throw new CliFailure(describeError({ code: 'api.invalidInput', params: { channel, fields: ['(JSON)'] } }));
    }
    const result = await withBackend((b) => b.dispatch(channel, input));
    if (!result.ok) throw new CliFailure(describeError(result.error));
    console.log(JSON.stringify(result.data, null, 2));
  });

program
  .command('demo')
  .description('load the demo data (74 trainers in 12 teams) into an empty database')
  .action(async () => {
    const result = await withBackend((b) => b.dispatch('demo.load', {}));
    if (!result.ok) throw new CliFailure(describeError(result.error));
    console.log(JSON.stringify(result.data));
  });

program
  .command('backup')
  .description('write a consistent copy of the database to a new file')
  .requiredOption('--out <file>', 'the backup file to create (must not exist)')
  .action(async (opts: { out: string }) => {
    const { file, bytes } = await withBackend((b) => backupDatabase(b.ctx.db, opts.out));
    console.log(`${file} (${bytes} bytes)`);
  });
registerSyncCommands(program, {
  withBackend,
  fail: (message) => {
    throw new CliFailure(message);
  },
});
registerReportCommand(program, { withBackend, fail: (message) => { throw new CliFailure(message); } });

export async function runCli(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    // A service's AppError (a backup target that exists, say) reads the same as a dispatcher error.
    console.error(e instanceof CliFailure ? e.message : describeStartupError(e));
    process.exitCode = 1;
  }
}

await runCli(process.argv);
