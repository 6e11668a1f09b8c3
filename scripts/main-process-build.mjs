// How the main process is bundled, shared by the build and by the start-up bench, so that the bench times what
// the app runs: CommonJS (a sandboxed preload cannot be an ES module), packages external (electron-builder ships
// node_modules, and knex and sqlite3 load files at run time). Lazily loaded packages (Excel, Word, age) are
// import()ed in the source; as require() they load the CommonJS way from inside the app's asar archive, as
// every other package does.
export const mainProcessOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  supported: { 'dynamic-import': false },
};
