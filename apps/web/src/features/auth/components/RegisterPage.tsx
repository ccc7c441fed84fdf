import { useState } from "react";
import { AuthCard } from "./AuthCard";
import { CheckYourEmail } from "./CheckYourEmail";
import { RegisterForm } from "./RegisterForm";

export function RegisterPage() {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);

  if (registeredEmail) return <CheckYourEmail email={registeredEmail} />;

  return (
    <AuthCard
      title="Register Now"
      description="Create your user to request and manage Smart Accounts."
    >
      <RegisterForm onRegistered={setRegisteredEmail} />
    </AuthCard>
  );
}
