// Packages that msw pulls in as ES modules only; jest runs CommonJS, so they are compiled
// like our own code. pnpm nests each under node_modules/.pnpm/<name>@<version>/node_modules/,
// hence the pattern skips the .pnpm segment and looks at the package name after it.
const esmOnlyPackages = [
  "until-async",
  "@mswjs",
  "rettime",
  "outvariant",
  "strict-event-emitter",
  "@bundled-es-modules",
  "is-node-process",
  "headers-polyfill",
  "@open-draft",
];

/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "jest-fixed-jsdom",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.{ts,tsx}"],
  setupFilesAfterEnv: ["<rootDir>/src/testing/setup-tests.ts"],
  transform: {
    "^.+\\.(tsx?|jsx?|mjs)$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!\\.pnpm/)(?!(?:${esmOnlyPackages.join("|")})/)`],
  moduleNameMapper: {
    // import.meta.env does not exist in CommonJS; tests get a fixed development environment.
    "^@/env$": "<rootDir>/src/testing/env.stub.ts",
    "^@/(.*)$": "<rootDir>/src/$1",
    "\\.css$": "identity-obj-proxy",
  },
  maxWorkers: 2,
  // The request wizards walk four steps of a real form; a busy 2-core CI machine needs the room.
  testTimeout: 40_000,
  // Keeps the run's totals for the CI summary (see scripts/ci-summary.mjs).
  testResultsProcessor: "<rootDir>/../../scripts/jest-report.cjs",
};
