/**
 * After every server test, each test app still open compares its directory membership table with
 * a rebuild from the source tables (before the next test empties them): the test that left them
 * different fails, naming the rows. Registered for every test file by jest.config.js.
 */
type Checked = { membershipDrift(): Promise<string | null> };

afterEach(async () => {
  const apps = (globalThis as { __samTestApps?: Set<Checked> }).__samTestApps;
  if (!apps?.size) return;
  const drifts: string[] = [];
  for (const app of apps) {
    const drift = await app.membershipDrift();
    if (drift) drifts.push(drift);
  }
  if (drifts.length) throw new Error(drifts.join("\n"));
  // The rebuild is a pass over every account: seconds on the EXPLAIN suite's 100 000.
}, 180_000);
