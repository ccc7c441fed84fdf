import { DomainError } from "../../common/errors";

export class InvalidCredentialsError extends DomainError<"INVALID_CREDENTIALS"> {
  readonly kind = "INVALID_CREDENTIALS";
  constructor() {
    super("Email or password is incorrect.");
  }
}

export class EmailTakenError extends DomainError<"EMAIL_TAKEN"> {
  readonly kind = "EMAIL_TAKEN";
  constructor() {
    super("An account with this email already exists.", [
      { field: "email", message: "An account with this email already exists." },
    ]);
  }
}

export class InvalidLinkError extends DomainError<"INVALID_LINK"> {
  readonly kind = "INVALID_LINK";
  constructor() {
    super("This link is invalid, has expired or was already used.", [
      { field: "token", message: "This link is invalid, has expired or was already used." },
    ]);
  }
}
