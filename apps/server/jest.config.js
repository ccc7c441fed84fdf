/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Suites about MySQL itself (migrations, several processes on one database) need a server.
  testPathIgnorePatterns: process.env.TEST_DATABASE_URL
    ? ["/node_modules/"]
    : ["/node_modules/", "\\.mysql\\.test\\.ts$"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  maxWorkers: 2,
  testResultsProcessor: "<rootDir>/../../scripts/jest-report.cjs",
  testTimeout: 30_000,
  setupFiles: ["reflect-metadata"],
  // Every test ends by comparing the directory's membership table with a rebuild.
  setupFilesAfterEnv: ["<rootDir>/test/membership-check.ts"],
};
