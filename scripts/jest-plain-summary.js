'use strict';
/**
 * Prints the plain closing line CI systems read ("N passed, N failed, N skipped") after Jest's
 * own summary, whose "Tests: N passed, N total" form they do not all recognise.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    // after Jest's own summary, which its default reporter prints later in the same hook
    process.once('exit', () => require('node:fs').writeSync(1, line));
  }
}
module.exports = PlainSummaryReporter;
