// Prints "N passed, N failed, N skipped" as the very last line of a run. A
// test file that could not run at all (syntax error, failing import) counts
// as one failed test, so that it cannot hide behind a green-looking count.
const { writeSync } = require('node:fs');

// Jest runs its own summary reporter after every configured one, and global
// teardown after that, so the line waits for the process to exit, or prints
// anyway shortly after Jest's warning should open handles keep it alive.
const HANG_GRACE_MS = 2000;

class SummaryReporter {
  onRunComplete(_testContexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${passed} passed, ${failed} failed, ${skipped} skipped\n`;
    let printed = false;
    const print = () => {
      if (printed) return;
      printed = true;
      try {
        writeSync(process.stdout.fd, line);
      } catch {
        // stdout already closed: nothing to tell.
      }
    };
    process.once('exit', print);
    setTimeout(print, HANG_GRACE_MS).unref();
  }
}

module.exports = SummaryReporter;
