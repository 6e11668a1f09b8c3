/**
 * `lwu`: headless commands over the same services and the same dispatcher as the UI, for central staff's
 * batch work, scripts and tests. Exits non-zero with a translated message on any failure.
 */
import { Command } from 'commander';
import { channels } from '../shared/api';
import { type Backend, startBackend } from './backend';
import { resolveDataDir } from './data-dir';
import { describeError, describeStartupError } from './startup-error';
import { registerSyncCommands } from './sync/cli-commands';

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

registerSyncCommands(program, {
  withBackend,
  fail: (message) => {
    throw new CliFailure(message);
  },
});

export async function runCli(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    console.error(e instanceof CliFailure ? e.message : describeStartupError(e));
    process.exitCode = 1;
  }
}

await runCli(process.argv);
