import { DomainError } from "../../common/errors";

/** The identifier is held by a non-terminal account, or accounts exist on its top-level domain. */
export class IdentifierConflictError extends DomainError<"IDENTIFIER_CONFLICT"> {
  readonly kind = "IDENTIFIER_CONFLICT";
  constructor(
    message: string,
    readonly existingAccounts: {
      id: string;
      name: string;
      domainIdentifier: string;
      status: string;
    }[],
  ) {
    super(message, [{ field: "domainIdentifier", message }]);
  }
}
