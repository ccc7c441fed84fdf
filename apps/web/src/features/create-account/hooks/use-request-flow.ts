import { useEffect, useReducer } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { applyServerFieldErrors } from "@/lib/form-errors";
import { describeError, hasErrorCode, inputFieldErrors } from "@/lib/graphql-errors";
import { notifyError } from "@/lib/notify";
import type { EditIdentifierValues } from "../schemas/edit-identifier.schema";
import { useCheckDomainNow, useDomainCheck, type DomainCheckFlow } from "./use-domain-check";

/** The fields every request form has, whatever else it asks. */
type IdentifierFields = {
  /** Empty while the default identifier (the approver's email host) stands. */
  domainIdentifier: string;
  contactPhone: string;
  reviewRequired: boolean;
};

/** The accounts already on the identifier's domain, shown for the requester to choose. */
type ExistingAccountsChoice = {
  identifier: string;
  /** Why the server refused the request, when it did. */
  conflictMessage: string | null;
  /** What "Continue with the identifier" goes on to: the next screen, or the refused submit. */
  then: "proceed" | "submit";
};

type RequestFlowState = {
  editingIdentifier: boolean;
  existing: ExistingAccountsChoice | null;
  /** The identifier whose existing accounts the requester has seen and gone on with. */
  acknowledged: string | null;
  formError: string | null;
};

type RequestFlowAction =
  | { type: "editIdentifier" }
  | { type: "closeIdentifierEditor" }
  | { type: "showExisting"; choice: ExistingAccountsChoice }
  | { type: "closeExisting" }
  | { type: "modifyIdentifier" }
  | { type: "acknowledgeExisting" }
  | { type: "formError"; message: string | null };

const initialState: RequestFlowState = {
  editingIdentifier: false,
  existing: null,
  acknowledged: null,
  formError: null,
};

function requestFlow(state: RequestFlowState, action: RequestFlowAction): RequestFlowState {
  switch (action.type) {
    case "editIdentifier":
      return { ...state, editingIdentifier: true };
    case "closeIdentifierEditor":
      return { ...state, editingIdentifier: false };
    case "showExisting":
      return { ...state, existing: action.choice };
    case "closeExisting":
      return { ...state, existing: null };
    case "modifyIdentifier":
      return { ...state, existing: null, editingIdentifier: true };
    case "acknowledgeExisting":
      return { ...state, existing: null, acknowledged: state.existing?.identifier ?? null };
    case "formError":
      return { ...state, formError: action.message };
  }
}

type RequestFlowOptions<TValues extends FieldValues & IdentifierFields> = {
  form: Pick<UseFormReturn<TValues>, "setValue" | "setError" | "trigger" | "clearErrors">;
  /** The identifier the request is for: the one typed, or the default. */
  identifier: string;
  defaultIdentifier: string;
  /** Whose email host is the default identifier (and needs no review). */
  approverEmail: string | null;
  /** Which request this is: the server checks the identifier by that request's rules. */
  flow?: DomainCheckFlow;
  /** Whether to check the identifier as it is typed yet. */
  checkAsTyped?: boolean;
  /**
   * On from the identifier: the next step, or the review of the request. Told the identifier
   * whose existing accounts the person has just acknowledged, when that is how they went on.
   */
  proceed: (acknowledged?: string) => void;
  /** Back to where the identifier is shown, as its editor opens from the existing accounts. */
  onModifyIdentifier?: () => void;
  /** Sends the request (after checking what it must); throws what the server refused. */
  send: (acknowledgeExistingAccounts: boolean) => Promise<void>;
  /** The inputs the form shows, by their GraphQL input names, for the server's field errors. */
  fields: readonly Path<TValues>[];
  /** GraphQL input names that a form field of another name stands for. */
  aliases?: Partial<Record<string, Path<TValues>>>;
  /** Told the first input the server refused, to show where it is. */
  onFieldError?: (field: string) => void;
  /** The title of the toast for a refusal the form cannot place. */
  failureTitle: string;
  /** The identifier whose existing accounts the person saw before (a restored draft). */
  acknowledged?: string | null;
};

/**
 * A Smart Account request, from the identifier to the submitted request: the server's check of
 * the identifier as it is typed and on going on, the accounts already on its domain (before
 * going on, or when the server refuses the request for them), the identifier's editor, and the
 * server's field errors put back on the form. Both request wizards go through it.
 */
export function useRequestFlow<TValues extends FieldValues & IdentifierFields>(
  options: RequestFlowOptions<TValues>,
) {
  const {
    identifier,
    defaultIdentifier,
    approverEmail,
    flow = "MY_COMPANY",
    checkAsTyped = true,
  } = options;
  // Every TValues has the identifier fields; their paths are these names.
  const form = options.form as unknown as Pick<
    UseFormReturn<IdentifierFields>,
    "setValue" | "setError" | "trigger" | "clearErrors"
  >;
  const { setValue } = form;
  const [state, dispatch] = useReducer(requestFlow, {
    ...initialState,
    acknowledged: options.acknowledged ?? null,
  });
  const { check, checking } = useDomainCheck(checkAsTyped ? identifier : "", approverEmail, flow);
  const checkNow = useCheckDomainNow();

  useEffect(() => {
    setValue("reviewRequired", check?.reviewRequired ?? false);
  }, [check, setValue]);

  const setFormError = (message: string | null) => dispatch({ type: "formError", message });

  /**
   * The identifier as the server sees it when the requester goes on: valid, with a contact
   * phone if it needs review, and its domain's existing accounts seen. False to stay.
   */
  const checkIdentifier = async (): Promise<boolean> => {
    let result;
    try {
      result = await checkNow(identifier, approverEmail, flow);
    } catch (error) {
      notifyError("Could not check the Account Domain Identifier", error);
      return false;
    }
    if (!result.valid) {
      form.setError("domainIdentifier", {
        message: result.message ?? "This is not a valid domain.",
      });
      return false;
    }
    // What the request would refuse is said at the identifier, before going on; a held identifier
    // goes on to its domain's accounts, where access may be asked or the identifier modified.
    const refusal = result.refusals.find((r) => r.code !== "IDENTIFIER_HELD");
    if (refusal) {
      form.setError("domainIdentifier", { message: refusal.message });
      return false;
    }
    const held = result.refusals.find((r) => r.code === "IDENTIFIER_HELD");
    if (result.existingAccounts.length > 0 && (held || state.acknowledged !== result.identifier)) {
      dispatch({
        type: "showExisting",
        choice: {
          identifier: result.identifier ?? identifier,
          conflictMessage: null,
          then: "proceed",
        },
      });
      return false;
    }
    if (held) {
      form.setError("domainIdentifier", { message: held.message });
      return false;
    }
    setValue("reviewRequired", result.reviewRequired);
    if (result.reviewRequired && !(await form.trigger("contactPhone"))) return false;
    return true;
  };

  /** The refusal's text on the form, if it has one; field errors beside their fields. */
  const placeError = (error: unknown): string | null => {
    if (hasErrorCode(error, "BAD_USER_INPUT")) {
      const unmatched = applyServerFieldErrors(
        error,
        options.form.setError,
        options.fields,
        options.aliases,
      );
      const [first] = inputFieldErrors(error);
      if (first) options.onFieldError?.(first.field);
      if (unmatched.length > 0) return unmatched.map((e) => e.message).join(" ");
      return first ? null : describeError(error);
    }
    notifyError(options.failureTitle, error);
    // FORBIDDEN (an unverified email, say) is worth keeping on the form as well as in a toast.
    return hasErrorCode(error, "FORBIDDEN") ? describeError(error) : null;
  };

  const submit = async (acknowledge = state.acknowledged === identifier) => {
    setFormError(null);
    try {
      await options.send(acknowledge);
    } catch (error) {
      if (!hasErrorCode(error, "CONFLICT")) {
        setFormError(placeError(error));
        return;
      }
      // Accounts reached the domain (or its identifier) since it was checked: the check, asked
      // again, lists them for the dialog; if it fails, the dialog asks once more.
      await checkNow(identifier, approverEmail, flow).catch(() => null);
      dispatch({
        type: "showExisting",
        choice: { identifier, conflictMessage: describeError(error), then: "submit" },
      });
    }
  };

  const viewExisting = () =>
    dispatch({
      type: "showExisting",
      choice: {
        identifier: check?.identifier ?? identifier,
        conflictMessage: null,
        then: "proceed",
      },
    });

  /** The identifier editor's Save: the default stays the default (and follows the email). */
  const saveIdentifier = (values: EditIdentifierValues) => {
    setValue(
      "domainIdentifier",
      values.domainIdentifier === defaultIdentifier ? "" : values.domainIdentifier,
    );
    setValue("contactPhone", values.contactPhone.trim());
    form.clearErrors(["domainIdentifier", "contactPhone"]);
    dispatch({ type: "closeIdentifierEditor" });
  };

  const existing = state.existing;
  return {
    check,
    checking,
    acknowledged: state.acknowledged,
    formError: state.formError,
    setFormError,
    checkIdentifier,
    submit,
    viewExisting,
    editIdentifier: () => dispatch({ type: "editIdentifier" }),
    saveIdentifier,
    identifierEditor: {
      opened: state.editingIdentifier,
      onClose: () => dispatch({ type: "closeIdentifierEditor" }),
      approverEmail,
      flow,
    },
    existingAccounts: {
      opened: existing !== null,
      onClose: () => dispatch({ type: "closeExisting" }),
      identifier: existing?.identifier ?? identifier,
      approverEmail,
      flow,
      conflictMessage: existing?.conflictMessage ?? null,
      onModify: () => {
        dispatch({ type: "modifyIdentifier" });
        options.onModifyIdentifier?.();
      },
      onAcknowledge: () => {
        dispatch({ type: "acknowledgeExisting" });
        if (existing?.then === "submit") void submit(true);
        else options.proceed(existing?.identifier);
      },
    },
  };
}
