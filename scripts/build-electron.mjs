// Bundles the main process and the preload (options in main-process-build.mjs).
import { build } from 'esbuild';
import { mainProcessOptions } from './main-process-build.mjs';

await build({
  ...mainProcessOptions,
  sourcemap: true,
  logLevel: 'info',
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'dist-electron',
  outExtension: { '.js': '.cjs' },
});
