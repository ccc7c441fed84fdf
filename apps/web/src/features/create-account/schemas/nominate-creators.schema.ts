import { z } from "zod";
import { checkEmailList } from "./email-list";

export const nominateCreatorsSchema = z.object({
  emails: z
    .string()
    .superRefine((value, ctx) =>
      checkEmailList(value, { min: 1, max: 20, required: "Enter at least one email address" }, ctx),
    ),
});

export type NominateCreatorsValues = z.input<typeof nominateCreatorsSchema>;
