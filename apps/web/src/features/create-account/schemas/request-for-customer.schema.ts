import { z } from "zod";
import { accountNameField, contactPhoneField, noteField } from "@/lib/validation";
import { checkEmailList } from "./email-list";

const isObject = ({ value }: { value: unknown }) => typeof value === "object" && value !== null;

export const requestForCustomerSchema = z
  .object({
    name: accountNameField,
    customerEmails: z.string(),
    /** Empty while the default identifier (the first customer email's host) stands. */
    domainIdentifier: z.string().trim().max(253, "The identifier is too long"),
    contactPhone: contactPhoneField,
    reviewRequired: z.boolean(),
    noteToDomainApprover: noteField,
    noteToCustomers: noteField,
    userEmails: z.string(),
    noteToUsers: noteField,
  })
  .superRefine(
    (values, ctx) => {
      checkEmailList(
        values.customerEmails,
        { min: 1, max: 10, required: "Enter the email of the customer who will approve" },
        ctx,
        "customerEmails",
      );
      checkEmailList(values.userEmails, { min: 0, max: 50, required: "" }, ctx, "userEmails");
      if (values.reviewRequired && !values.contactPhone.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["contactPhone"],
          message:
            "This identifier needs review: give a contact phone number for the domain approvers (Edit)",
        });
      }
    },
    { when: isObject },
  );

export type RequestForCustomerValues = z.input<typeof requestForCustomerSchema>;

export const requestForCustomerDefaults: RequestForCustomerValues = {
  name: "",
  customerEmails: "",
  domainIdentifier: "",
  contactPhone: "",
  reviewRequired: false,
  noteToDomainApprover: "",
  noteToCustomers: "",
  userEmails: "",
  noteToUsers: "",
};
