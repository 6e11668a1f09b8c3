// Bundles the main process and the preload to CommonJS (a sandboxed preload cannot be an ES module).
// Packages stay external: electron-builder ships node_modules, and knex and sqlite3 load files at run time.
import { build } from 'esbuild';

// Lazily loaded packages (Excel, Word) are import()ed in the source; as require() they load the CommonJS way
// from inside the app's asar archive, as every other package does.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  supported: { 'dynamic-import': false },
  logLevel: 'info',
};

await build({ ...common, entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } });
