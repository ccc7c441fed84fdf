import { parseArgs } from "node:util";
import type { ListDifference } from "../modules/directory/account-lists";
import type { MembershipDifferences, MembershipRow } from "../modules/directory/membership-writer";
import { fail, withServices } from "./bootstrap";

/**
 * Rebuilds what the directory reads instead of the source tables (roles, access requests,
 * accounts, users, virtual accounts): the membership table and the accounts' copies of their
 * administrators and virtual accounts. Reports how they differed, and fixes them in one
 * transaction, filling the copies of accounts that have none.
 * Usage: pnpm db:repair-directory [--check]
 * --check only reports, and exits with 1 when anything differs.
 */
const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const SHOWN = 20;
const LIMIT = 1000;

function shown<T>(rows: T[], what: string, line: (row: T) => string): string[] {
  if (!rows.length) return [];
  const count = rows.length >= LIMIT ? `at least ${LIMIT}` : String(rows.length);
  return [
    `${count} ${what}:`,
    ...rows.slice(0, SHOWN).map((r) => `  ${line(r)}`),
    ...(rows.length > SHOWN ? [`  … and ${rows.length - SHOWN} more`] : []),
  ];
}

const membershipRow = (r: MembershipRow) =>
  `${r.principal} ${r.accountId} rank ${r.rnk} ${r.status}`;
const listRow = (d: ListDifference) => `${d.accountId} ${d.list}`;

withServices(async (services) => {
  const { membership, lists, filled } = await services.db.transaction(async (em) => {
    if (values.check) {
      return {
        membership: await services.membership.differences(em, LIMIT),
        lists: await services.lists.differences(em, LIMIT),
        filled: 0,
      };
    }
    const found = {
      membership: await services.membership.repair(em),
      lists: await services.lists.repair(em),
    };
    const without = async () => {
      const [row] = (await em.query(
        "SELECT COUNT(*) AS n FROM smart_accounts WHERE administratorList IS NULL OR virtualAccountList IS NULL",
      )) as { n: number | string }[];
      return Number(row.n);
    };
    const before = await without();
    if (before > 0) await services.lists.fill(em, { onlyMissing: true });
    return { ...found, filled: before - (await without()) };
  });
  const found: MembershipDifferences = membership;
  const lines = [
    ...shown(found.missingOrChanged, "rows missing or different (as rebuilt)", membershipRow),
    ...shown(found.extra, "rows not in the rebuild", membershipRow),
    ...shown(lists, "accounts' list copies different from the source tables", listRow),
  ];
  if (filled > 0) console.log(`Filled the list copies of ${filled} accounts that had none.`);
  if (!lines.length) {
    console.log("The directory's tables match the source tables.");
    return;
  }
  console.log(lines.join("\n"));
  if (values.check) {
    console.log("Not repaired (--check).");
    process.exitCode = 1;
  } else {
    console.log("Repaired: the directory's tables now match the source tables.");
  }
}).catch(fail);
