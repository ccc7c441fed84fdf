import { parseArgs } from "node:util";
import { fail, withServices } from "./bootstrap";

/**
 * Operator staff (domain approvers) are never made by sign-up.
 * Usage: pnpm user:create-staff --email a@b.c --name "Full Name" [--company X]
 * The password is read from the STAFF_PASSWORD variable so it stays out of shell history.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, company: { type: "string" } },
});

withServices(async (services) => {
  const password = process.env.STAFF_PASSWORD ?? "";
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    throw new Error("--email: give a valid email");
  if (!values.name) throw new Error("--name: give the person's name");
  if (password.length < 10)
    throw new Error("STAFF_PASSWORD: set a password of at least 10 characters");
  const user = await services.users.createStaff({
    email: values.email,
    name: values.name,
    company: values.company ?? "Operations",
    password,
  });
  console.log(`staff user ready: ${user.email}`);
}).catch(fail);
