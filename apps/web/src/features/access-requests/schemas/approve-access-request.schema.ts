import { z } from "zod";
import { checkRoleScope, roleScopeShape } from "@/components/forms/role-scope.schema";

// The same rules as setting a user's roles: both forms share one role and scope picker, and the
// server checks both the same way.
export const approveAccessRequestSchema = z.object(roleScopeShape).superRefine(checkRoleScope);

export type ApproveAccessRequestValues = z.input<typeof approveAccessRequestSchema>;
