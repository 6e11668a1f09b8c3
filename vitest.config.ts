import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The default report, and the names of whatever has run for over a minute (CI's log shows where a run hangs).
    reporters: ['default', './tests/helpers/watchdog-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000 } },
      {
        // One browser at a time: CI has two cores, and Chromium plus the backend want both.
        // A poll waits up to 10 s, not vitest's 1 s: on a loaded CI machine a filter's re-render took longer, and a
        // check that had passed many times failed once.
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false, expect: { poll: { timeout: 10_000 } } },
      },
    ],
  },
});
