import { useState } from "react";
import { useSearchParams } from "react-router";
import { rememberNextAfterVerification, safeNextPath } from "@/lib/next-path";
import { AuthCard } from "./AuthCard";
import { CheckYourEmail } from "./CheckYourEmail";
import { RegisterForm } from "./RegisterForm";

export function RegisterPage() {
  const [searchParams] = useSearchParams();
  const rawNext = searchParams.get("next");
  const next = rawNext ? safeNextPath(rawNext) : null;
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);

  if (registeredEmail) return <CheckYourEmail email={registeredEmail} next={next} />;

  return (
    <AuthCard
      title="Register Now"
      description="Create your user to request and manage Smart Accounts."
    >
      <RegisterForm
        defaultEmail={searchParams.get("email") ?? ""}
        next={next}
        onRegistered={(email) => {
          rememberNextAfterVerification(next);
          setRegisteredEmail(email);
        }}
      />
    </AuthCard>
  );
}
