// jest testResultsProcessor: keeps the run's totals as JSON for the CI summary.
const fs = require("node:fs");
const path = require("node:path");

module.exports = (results) => {
  const prefix = process.env.JEST_REPORT;
  if (prefix) {
    const name = path.basename(process.cwd());
    fs.writeFileSync(
      `${prefix}-${name}.json`,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        numTodoTests: results.numTodoTests,
      }),
    );
  }
  return results;
};
