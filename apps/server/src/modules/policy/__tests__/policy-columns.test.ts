import "reflect-metadata";
import { SmartAccountEntity } from "../../smart-account/smart-account.entity";
import { getMetadataArgsStorage } from "typeorm";
import { UserEntity } from "../../user/user.entity";
import {
  ACCOUNT_OPERATIONS,
  POLICY_COLUMNS,
  mayDo,
  mayRead,
  mayReceiveEvents,
  maySee,
  readableVirtualAccounts,
  relationsFrom,
  type RelationRow,
} from "../account-policy";

/**
 * A list may read its accounts with POLICY_COLUMNS and the fields it shows only (see
 * CARD_COLUMNS), and hand those partial rows to the policy. That is sound only while the policy
 * reads nothing else: here every rule runs on accounts that throw on any other column.
 */
function accountWithPolicyColumnsOnly(values: Partial<SmartAccountEntity>): SmartAccountEntity {
  const allowed = new Set<string>(POLICY_COLUMNS);
  const columns = new Set(COLUMN_NAMES);
  return new Proxy(Object.assign(new SmartAccountEntity(), values), {
    get(target, property, receiver) {
      if (typeof property === "string" && columns.has(property) && !allowed.has(property)) {
        throw new Error(`the policy read ${property}, which POLICY_COLUMNS does not list`);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** Every column of the account table, as the entity declares them to TypeORM. */
const COLUMN_NAMES = getMetadataArgsStorage()
  .columns.filter((c) => c.target === SmartAccountEntity)
  .map((c) => c.propertyName);

const user = (id: string, verified: boolean, isStaff = false): UserEntity =>
  Object.assign(new UserEntity(), {
    id,
    email: `${id}@x.example`,
    emailVerifiedAt: verified ? new Date() : null,
    isStaff,
  });

describe("the policy reads only POLICY_COLUMNS of an account", () => {
  it("decides every rule, for every kind of relation, from those columns alone", () => {
    const statuses = ["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ADDRESS", "ACTIVE"] as const;
    const rows: RelationRow[][] = [
      [],
      [{ k: "A", id: "acc", a: "Y", b: null, c: null }],
      [{ k: "A", id: "acc", a: "N", b: null, c: null }],
      [{ k: "R", id: "acc", a: "ADMINISTRATOR", b: null, c: "" }],
      [{ k: "R", id: "acc", a: "USER", b: "va-1", c: "va-1" }],
      [{ k: "N", id: "acc", a: "PENDING", b: "Y", c: null }],
      [{ k: "Q", id: "acc", a: null, b: null, c: null }],
    ];
    let decisions = 0;
    for (const status of statuses) {
      for (const visibility of ["UNRESTRICTED", "RESTRICTED"] as const) {
        for (const viewer of [user("u", true), user("u", false), user("s", true, true)]) {
          for (const requesterId of ["u", "other"]) {
            const account = accountWithPolicyColumnsOnly({
              id: "acc",
              status,
              visibility,
              requesterId,
              approvedById: "u",
            });
            for (const relationRows of rows) {
              const relation = relationsFrom([account], viewer, relationRows).get("acc")!;
              maySee(account, relation);
              mayRead(account, relation, "DETAILS");
              mayRead(account, relation, "ADMIN");
              readableVirtualAccounts(account, relation);
              mayReceiveEvents(account, relation);
              for (const op of ACCOUNT_OPERATIONS) mayDo(account, relation, op);
              decisions++;
            }
          }
        }
      }
    }
    expect(decisions).toBe(3 * 2 * 3 * 2 * rows.length);
  });

  it("notices a rule that reads another column", () => {
    expect(COLUMN_NAMES).toEqual(expect.arrayContaining(["createdAt", "companyName", "status"]));
    const account = accountWithPolicyColumnsOnly({ id: "acc", status: "ACTIVE" });
    expect(() => account.createdAt).toThrow(/createdAt/);
    expect(() => account.companyName).toThrow(/companyName/);
  });
});
