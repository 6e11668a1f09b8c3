import type { Reporter, TestCase, TestModule } from 'vitest/node';

const EVERY_MS = 60_000;

/**
 * Names, from the main process, what has been running for over a minute: a file or a test that hangs then
 * shows in the CI log by name, while the default reporter prints a file only once it has finished.
 */
export default class WatchdogReporter implements Reporter {
  private readonly running = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart(): void {
    this.timer = setInterval(() => this.report(), EVERY_MS);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.relativeModuleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.relativeModuleId);
  }

  onTestCaseReady(test: TestCase): void {
    this.running.set(`${test.module.relativeModuleId} > ${test.fullName}`, Date.now());
  }

  onTestCaseResult(test: TestCase): void {
    this.running.delete(`${test.module.relativeModuleId} > ${test.fullName}`);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  private report(): void {
    const now = Date.now();
    for (const [name, since] of this.running) {
      const s = Math.round((now - since) / 1000);
      if (s >= EVERY_MS / 1000) process.stderr.write(`[still running after ${s} s] ${name}\n`);
    }
  }
}
