/* Transitional, like ./accounts: the suites under src/**\/__tests__ still send these
 * as text; the typed documents and helpers are in ./user-api.
 */
import { print } from "graphql";
import * as api from "./user-api";

export const SIGN_UP = print(api.SIGN_UP);
export const VERIFY = print(api.VERIFY);
export const SIGN_IN = print(api.SIGN_IN);
export const SIGN_OUT = print(api.SIGN_OUT);
export const ME = print(api.ME);

export { PASSWORD, registeredUser, signUpInput } from "./user-api";
