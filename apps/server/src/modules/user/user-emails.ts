import { composeEmail, type EmailContent } from "../mail/templates";

// The user emails greet without the name: a name is text anyone may type for any address, and a
// mail client turns what looks like a web address in it into a link.
const GREETING = "Hello,";

export const userEmails = {
  verifyEmail(url: string): EmailContent {
    return composeEmail("Verify your email address", GREETING, [
      { paragraph: "Confirm that this is your email address to finish registering." },
      { action: "Verify email", url },
      {
        paragraph:
          "The link works once and expires in 48 hours. If you did not register, ignore this email.",
      },
    ]);
  },
  passwordReset(url: string): EmailContent {
    return composeEmail("Reset your password", GREETING, [
      { paragraph: "Someone asked to reset the password of your account. If it was you:" },
      { action: "Choose a new password", url },
      {
        paragraph:
          "The link works once and expires in 1 hour; only the newest link you were sent works. If it was not you, ignore this email.",
      },
    ]);
  },
  passwordChanged(url: string, revokedTokens: number): EmailContent {
    const tokens =
      revokedTokens === 0
        ? "You had no API tokens to revoke."
        : revokedTokens === 1
          ? "Your 1 API token was revoked; create a new one for your integrations."
          : `Your ${revokedTokens} API tokens were revoked; create new ones for your integrations.`;
    return composeEmail("Your password was changed", GREETING, [
      { paragraph: "Your password was just changed and every session was signed out." },
      { paragraph: tokens },
      { paragraph: "If this was not you, reset your password now." },
      { action: "Sign in", url },
    ]);
  },
  /** To the owner of an address someone tried to register again. */
  registrationAttempted(signInUrl: string, resetUrl: string | null): EmailContent {
    return composeEmail("Someone tried to register with your address", GREETING, [
      {
        paragraph:
          "Someone just tried to register with this email address, which already has an account. Nothing was changed.",
      },
      ...(resetUrl
        ? [
            {
              paragraph:
                "The account was never verified. If you registered it, or want to take it over, choose a password:",
            },
            { action: "Choose a password", url: resetUrl },
            { paragraph: "The link works once and expires in 1 hour." },
          ]
        : [
            {
              paragraph:
                "If it was you, sign in instead, or reset your password from the sign-in page.",
            },
            { action: "Sign in", url: signInUrl },
          ]),
      { paragraph: "If it was not you, ignore this email." },
    ]);
  },
};
