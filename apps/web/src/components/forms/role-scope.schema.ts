import { z } from "zod";

/** The fields RoleScopeFields edits, for the zod schema of any form that grants a role. */
export const roleScopeShape = {
  role: z.enum(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"]),
  scope: z.enum(["ACCOUNT", "VIRTUAL_ACCOUNTS"]),
  virtualAccountIds: z.array(z.string()),
};

type RoleScope = z.output<z.ZodObject<typeof roleScopeShape>>;

/**
 * The rules of a role and its scope, as the server checks them: chosen virtual accounts means
 * at least one, and an approver approves for the whole account, never for some of it.
 */
export function checkRoleScope(values: RoleScope, ctx: z.RefinementCtx<RoleScope>): void {
  if (values.scope === "ACCOUNT") return;
  if (values.virtualAccountIds.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["virtualAccountIds"],
      message: "Choose at least one virtual account",
    });
  }
  if (values.role === "APPROVER") {
    ctx.addIssue({
      code: "custom",
      path: ["scope"],
      message: "Approver is a role on the whole account",
    });
  }
}
