import type { Db } from "../../db/data-source";
import type { AccountAccess } from "../role/account-access";
import type { UserEntity } from "../user/user.entity";
import type { AccountWriter } from "./account-writer";
import type { AccountVisibility, SmartAccountEntity } from "./smart-account.entity";
import { companyPatch, nameKey, type Company } from "./account-fields";

export type AccountDetails = {
  name?: string | null;
  company?: Company | null;
  visibility?: AccountVisibility | null;
};

/** The account's own details and its access automation, kept by administrators and approvers. */
export class AccountDetailsService {
  constructor(
    private readonly db: Db,
    private readonly writer: AccountWriter,
    private readonly access: AccountAccess,
  ) {}

  update(
    user: UserEntity,
    smartAccountId: string,
    details: AccountDetails,
  ): Promise<SmartAccountEntity> {
    return this.db.transaction(async (em) => {
      const account = await this.access.require(em, smartAccountId, user, "EDIT_DETAILS");
      const patch: Partial<SmartAccountEntity> = {};
      const changed: string[] = [];
      if (details.name?.trim() && details.name.trim() !== account.name) {
        patch.name = details.name.trim();
        patch.nameKey = nameKey(details.name);
        changed.push(`name "${account.name}" → "${patch.name}"`);
      }
      if (details.visibility && details.visibility !== account.visibility) {
        patch.visibility = details.visibility;
        changed.push(`visibility ${account.visibility} → ${details.visibility}`);
      }
      if (details.company) {
        Object.assign(patch, companyPatch(details.company));
        changed.push("company address");
      }
      if (changed.length === 0) return account;
      return this.writer.change(
        em,
        account,
        {
          type: "DETAILS_UPDATED",
          actor: { id: user.id, email: user.email },
          detail: `Changed ${changed.join(", ")}.`,
        },
        patch,
      );
    });
  }

  setAutomation(
    user: UserEntity,
    smartAccountId: string,
    upTo: "ADMINISTRATOR" | "USER" | "VIEWER" | null,
  ): Promise<SmartAccountEntity> {
    return this.db.transaction(async (em) => {
      const account = await this.access.require(em, smartAccountId, user, "SET_ACCESS_AUTOMATION");
      return this.writer.change(
        em,
        account,
        {
          type: "AUTOMATION_CHANGED",
          actor: { id: user.id, email: user.email },
          detail: upTo
            ? `Access requests from verified emails on ${account.topLevelDomain} are approved up to ${upTo}.`
            : "Access requests are decided by administrators only.",
        },
        { autoApproveUpTo: upTo },
      );
    });
  }
}
