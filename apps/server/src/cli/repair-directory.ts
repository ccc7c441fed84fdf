import { parseArgs } from "node:util";
import type { MembershipDifferences, MembershipRow } from "../modules/directory/membership-writer";
import { fail, withServices } from "./bootstrap";

/**
 * Rebuilds the directory's membership table from the source tables (roles, access requests,
 * accounts, users), reports how the table differed, and fixes it in one transaction.
 * Usage: pnpm db:repair-directory [--check]
 * --check only reports, and exits with 1 when the table differs.
 */
const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const SHOWN = 20;
const LIMIT = 1000;

function describe(rows: MembershipRow[], what: string): string[] {
  if (!rows.length) return [];
  const count = rows.length >= LIMIT ? `at least ${LIMIT}` : String(rows.length);
  return [
    `${count} ${what}:`,
    ...rows.slice(0, SHOWN).map((r) => `  ${r.principal} ${r.accountId} rank ${r.rnk} ${r.status}`),
    ...(rows.length > SHOWN ? [`  … and ${rows.length - SHOWN} more`] : []),
  ];
}

withServices(async (services) => {
  const found: MembershipDifferences = await services.db.transaction((em) =>
    values.check ? services.membership.differences(em, LIMIT) : services.membership.repair(em),
  );
  const lines = [
    ...describe(found.missingOrChanged, "rows missing or different (as rebuilt)"),
    ...describe(found.extra, "rows not in the rebuild"),
  ];
  if (!lines.length) {
    console.log("directory_memberships matches the source tables.");
    return;
  }
  console.log(lines.join("\n"));
  if (values.check) {
    console.log("Not repaired (--check).");
    process.exitCode = 1;
  } else {
    console.log("Repaired: directory_memberships now matches the source tables.");
  }
}).catch(fail);
