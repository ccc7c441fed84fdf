import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The account policy's tables as docs/security.md writes them, for the suites that check the
 * server against them: field groups of a Smart Account, and what each relation reads.
 */

// ------------------------------------------------------------------ docs/security.md

const SECURITY_MD = path.resolve(__dirname, "../../../docs/security.md");

export function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`docs/security.md has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("#")) break;
    if (!line.trim().startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim().replace(/`/g, ""));
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push(cells);
  }
  if (rows.length < 2) throw new Error(`docs/security.md: no table under "${heading}"`);
  return rows;
}

export const markdown = readFileSync(SECURITY_MD, "utf8");

/** Field groups: group name -> its fields. */
export const GROUPS: Record<string, string[]> = Object.fromEntries(
  tableUnder(markdown, "## Field groups of a Smart Account")
    .slice(1)
    .map(([group, fields]) => [
      group,
      fields
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean),
    ]),
);
export const GROUP_NAMES = Object.keys(GROUPS);
export const groupOf = (field: string) => GROUP_NAMES.find((g) => GROUPS[g].includes(field));

export const relationTable = tableUnder(markdown, "## What each relation reads");
export const RELATION_COLUMNS = relationTable[0].slice(1);
/** Relation row text -> group -> the cell ("yes", "no", "all", "theirs", "none", "not found"). */
export const RELATIONS = new Map(
  relationTable
    .slice(1)
    .map(
      ([row, ...cells]) =>
        [row, Object.fromEntries(RELATION_COLUMNS.map((g, i) => [g, cells[i]]))] as const,
    ),
);

/** The row texts this suite maps callers to; each must be a row of the table. */
export const ROW = {
  stranger: "verified stranger (UNRESTRICTED account)",
  sameDomain: "verified, on its top-level domain",
  accessRequester: "asked for access to it",
  pendingNominee: "pending nominee",
  vaOnly: "virtual-account-only role holder",
  userViewer: "USER or VIEWER on the Smart Account",
  adminApprover: "ADMINISTRATOR or APPROVER on the Smart Account",
  staff: "operator staff",
  requesterProvisional: "requester, while provisional",
  pendingApprover: "pending approver, while provisional",
  requesterActive: "requester, once ACTIVE, without a role",
  unverified: "unverified, not the requester",
} as const;

export type Level = "ALL" | "THEIRS" | "NONE";
export type Readable = { notFound: boolean; levels: Record<string, Level> };

export const RANK: Record<Level, number> = { NONE: 0, THEIRS: 1, ALL: 2 };

export function levelOf(cell: string): Level | "NOT_FOUND" {
  switch (cell.toLowerCase()) {
    case "yes":
    case "all":
      return "ALL";
    case "theirs":
      return "THEIRS";
    case "no":
    case "none":
      return "NONE";
    case "not found":
      return "NOT_FOUND";
    default:
      throw new Error(`docs/security.md: a cell says "${cell}"`);
  }
}

/** What the union of the given rows lets a caller read. */
export function readableFor(rows: string[]): Readable {
  const levels: Record<string, Level> = Object.fromEntries(
    GROUP_NAMES.map((g) => [g, "NONE" as Level]),
  );
  let notFound = false;
  for (const row of rows) {
    const cells = RELATIONS.get(row);
    if (!cells) throw new Error(`docs/security.md has no relation row "${row}"`);
    for (const group of GROUP_NAMES) {
      const level = levelOf(cells[group] ?? "");
      if (level === "NOT_FOUND") notFound = true;
      else if (RANK[level] > RANK[levels[group]]) levels[group] = level;
    }
  }
  return { notFound, levels };
}
