import type { NotificationData } from "@mantine/notifications";
import { describeError } from "@/lib/graphql-errors";

// Loaded on first use, like the toasts' container (see providers.tsx).
function show(notification: NotificationData): void {
  void import("@mantine/notifications").then(({ notifications }) =>
    notifications.show(notification),
  );
}

export function notifySuccess(title: string, message: string): void {
  show({ color: "green", title, message });
}

export function notifyError(title: string, error: unknown): void {
  show({ color: "red", title, message: describeError(error), autoClose: 8000 });
}

/** A result that is not an error but not what the person hoped for either. */
export function notifyWarning(title: string, message: string): void {
  show({ color: "yellow", title, message, autoClose: 8000 });
}
