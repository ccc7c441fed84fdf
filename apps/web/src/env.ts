// The only module that reads import.meta.env: jest runs CommonJS, where import.meta does
// not exist, so tests map this file to a stub.
export type Env = {
  /** Development tools (mailbox, GraphQL explorer) are on: a Vite dev build, or a server that says so. */
  DEV: boolean;
  /** Live updates over the WebSocket (off in the unit tests, which have no server to connect to). */
  LIVE: boolean;
};

// The server serves this same built bundle in every mode and marks index.html outside production.
const serverMode =
  typeof document === "undefined"
    ? null
    : document.querySelector('meta[name="sam-mode"]')?.getAttribute("content");

export const env: Env = {
  DEV: import.meta.env.DEV || serverMode === "development",
  LIVE: true,
};
