import { Alert } from "@mantine/core";
import type { ReactNode } from "react";

export function InvalidLinkAlert({ children }: { children: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert" title="This link is invalid or has expired">
      {children}
    </Alert>
  );
}
