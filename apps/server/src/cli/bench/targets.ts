/** What the bench measured, reduced to what the targets are about. */
export type Measured = {
  reads: {
    size: string;
    name: string;
    connections: number;
    p50: number;
    p99: number;
    /** project req/s over B1 req/s; null when B1 did not run this query. */
    ratio: number | null;
    errors: number;
  }[];
  writes: { name: string; ratio: number; mismatches: number }[];
  outbox: { emails: number; perSecond: number; duplicates: number } | null;
};

export type Verdict = { target: string; measured: string; met: boolean };

/**
 * The targets of docs/performance.md, checked against a run. A target whose measurement is
 * missing (its size was not run) is reported as not met, so `--check` cannot pass by omission.
 */
export function evaluateTargets(m: Measured, sizes: string[]): Verdict[] {
  const largest = sizes[sizes.length - 1];
  const read = (size: string, name: string, connections: number) =>
    m.reads.find((r) => r.size === size && r.name === name && r.connections === connections);
  const verdicts: Verdict[] = [];
  const atMost = (target: string, value: number | undefined, limit: number, unit = "ms") =>
    verdicts.push({
      target,
      measured: value === undefined ? "not measured" : `${value.toFixed(2)} ${unit}`,
      met: value !== undefined && value <= limit,
    });
  const atLeast = (target: string, value: number | null | undefined, limit: number, unit = "") =>
    verdicts.push({
      target,
      measured:
        value === undefined || value === null ? "not measured" : `${value.toFixed(2)}${unit}`,
      met: value !== undefined && value !== null && value >= limit,
    });

  const dir = read(largest, "directory", 1);
  atMost(`directory p50 ≤ 5 ms at ${largest}, 1 connection`, dir?.p50, 5);
  atMost(`directory p99 ≤ 20 ms at ${largest}, 1 connection`, dir?.p99, 20);
  const smallest = read(sizes[0], "directory", 1);
  atMost(
    `directory p50 grows ≤ 1.3× from ${sizes[0]} to ${largest}`,
    dir && smallest ? dir.p50 / smallest.p50 : undefined,
    1.3,
    "×",
  );
  atMost(
    `heavy user's first page p50 ≤ 10 ms at ${largest}`,
    read(largest, "directory, heavy user", 1)?.p50,
    10,
  );
  for (const name of ["directory", "search", "detail"]) {
    atLeast(
      `${name}: project/B1 ≥ 0.7 at 16 connections, ${largest}`,
      read(largest, name, 16)?.ratio,
      0.7,
    );
  }
  atMost(`detail p50 ≤ 3 ms at ${largest}, 1 connection`, read(largest, "detail", 1)?.p50, 3);
  atMost(`search p50 ≤ 10 ms at ${largest}, 1 connection`, read(largest, "search", 1)?.p50, 10);
  for (const name of ["requestSmartAccount", "approveSmartAccount"]) {
    const w = m.writes.find((x) => x.name === name);
    atLeast(`${name}: ≥ 0.7× its statements on bare mysql2`, w?.ratio, 0.7, "×");
    verdicts.push({
      target: `${name}: B1's replay changes the rows the server changed`,
      measured: w ? `${w.mismatches} mismatches` : "not measured",
      met: w !== undefined && w.mismatches === 0,
    });
  }
  atLeast("outbox ≥ 200 emails/s", m.outbox?.perSecond, 200, " emails/s");
  verdicts.push({
    target: "outbox: every email sent once",
    measured: m.outbox ? `${m.outbox.duplicates} sent twice` : "not measured",
    met: m.outbox !== null && m.outbox.duplicates === 0,
  });
  const errors = m.reads.reduce((n, r) => n + r.errors, 0);
  verdicts.push({ target: "no failed requests", measured: `${errors}`, met: errors === 0 });
  return verdicts;
}
