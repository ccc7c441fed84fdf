import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { RefusesIdempotencyKey } from "../../common/idempotency";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import {
  RequestPasswordResetInput,
  ResendVerificationEmailInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  VerifyEmailInput,
} from "./dto/user.inputs";
import { presentUser } from "./user.presenter";
import { EmailProof } from "../lifecycle/email-proof.service";
import { UserService } from "./user.service";
import {
  RequestPasswordResetPayload,
  ResendVerificationEmailPayload,
  ResetPasswordPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
  UserType,
  VerifyEmailPayload,
} from "./user.types";

@Resolver()
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly proof: EmailProof,
  ) {}

  @Authorized()
  @Query(() => UserType, { description: "The signed-in user." })
  me(@Ctx() ctx: Context): UserType {
    return presentUser(requireAuth(ctx).user);
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Register a customer or partner user ("Register Now"). A verification link is emailed; if the address already has an account, its owner is told instead, and the answer is the same.',
  })
  async signUp(
    @Arg("input", { description: "What to do it with." }) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<SignUpPayload> {
    const { email } = await this.users.signUp(input, ctx.client);
    return {
      email,
      message: `Check your email: we sent a message to ${email} with what to do next.`,
    };
  }

  @Mutation(() => VerifyEmailPayload, {
    description: "Verify an email address with the token from the verification email.",
  })
  async verifyEmail(
    @Arg("input", { description: "What to do it with." }) input: VerifyEmailInput,
  ): Promise<VerifyEmailPayload> {
    return { user: presentUser(await this.proof.verifyEmail(input.token)) };
  }

  @Mutation(() => ResendVerificationEmailPayload, {
    description: "Send the email verification link again.",
  })
  async resendVerificationEmail(
    @Arg("input", { description: "What to do it with." }) input: ResendVerificationEmailInput,
    @Ctx() ctx: Context,
  ): Promise<ResendVerificationEmailPayload> {
    await this.users.resendVerification(input.email, ctx.client);
    return { accepted: true };
  }

  @Mutation(() => SignInPayload, {
    description:
      "Sign in with email and password; sets the session cookie, and the device cookie that keeps this browser out of the lock strangers' failures put on the email. Refuses an Idempotency-Key header (a session is never replayed).",
  })
  @RefusesIdempotencyKey()
  async signIn(
    @Arg("input", { description: "What to do it with." }) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SignInPayload> {
    const current = ctx.auth?.via === "session" ? ctx.auth.sessionIdHash : null;
    const { user, session, deviceCookie } = await this.users.signIn(
      input.email,
      input.password,
      ctx.client,
      current,
      ctx.deviceCookie.value,
    );
    ctx.sessionCookie.set(session.secret, session.expiresAt);
    ctx.deviceCookie.set(deviceCookie);
    return { user: presentUser(user) };
  }

  @Mutation(() => SignOutPayload, {
    description:
      "End the current session. Refuses an Idempotency-Key header (it clears the session cookie).",
  })
  @RefusesIdempotencyKey()
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    const signedOut = await this.users.signOut(
      ctx.auth?.via === "session" ? ctx.auth.sessionIdHash : null,
    );
    ctx.sessionCookie.clear();
    return { signedOut };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      "Ask for a password reset link by email. Always answers the same, whether or not the email has an account.",
  })
  async requestPasswordReset(
    @Arg("input", { description: "What to do it with." }) input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<RequestPasswordResetPayload> {
    await this.users.requestPasswordReset(input.email, ctx.client);
    return { accepted: true };
  }

  @Mutation(() => ResetPasswordPayload, {
    description:
      "Set a new password with the token from a reset email. Signs out every session of the user, revokes all their API tokens and clears the email's sign-in counters. Refuses an Idempotency-Key header (it carries a secret).",
  })
  @RefusesIdempotencyKey()
  async resetPassword(
    @Arg("input", { description: "What to do it with." }) input: ResetPasswordInput,
  ): Promise<ResetPasswordPayload> {
    return { user: presentUser(await this.proof.resetPassword(input.token, input.password)) };
  }
}
