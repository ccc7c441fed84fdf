import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { NO_AUDIT_FILTER, type AuditLogPage, type AuditLogService } from "./audit-log.service";
import { AuditLogFilterInput } from "./dto/audit-log-filter.input";
import { AuditLogConnectionType } from "./event.types";

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Authorized("STAFF")
  @Query(() => AuditLogConnectionType, {
    description:
      "Staff only (FORBIDDEN to others): the audit log of every account's history, newest first, narrowed by actor, event types, account and time. The same filters export it whole from GET /export/audit.csv and /export/audit.ndjson.",
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg("filter", () => AuditLogFilterInput, {
      nullable: true,
      description: "Which entries; none for all of them.",
    })
    filter: AuditLogFilterInput | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "The cursor of the last entry you read (endCursor), to read the older ones.",
    })
    after: string | null,
  ): Promise<AuditLogPage> {
    return this.log.auditLog(
      requireAuth(ctx).user,
      {
        ...NO_AUDIT_FILTER,
        // An input field left out arrives as undefined.
        actorEmail: filter?.actorEmail ?? null,
        types: filter?.types ?? null,
        accountId: filter?.accountId ?? null,
        from: filter?.from ?? null,
        to: filter?.to ?? null,
      },
      first,
      after ?? null,
    );
  }
}
