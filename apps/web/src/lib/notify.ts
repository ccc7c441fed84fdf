import { notifications } from "@mantine/notifications";
import { describeError } from "@/lib/graphql-errors";

export function notifySuccess(title: string, message: string): void {
  notifications.show({ color: "green", title, message });
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: "red", title, message: describeError(error), autoClose: 8000 });
}

/** A result that is not an error but not what the person hoped for either. */
export function notifyWarning(title: string, message: string): void {
  notifications.show({ color: "yellow", title, message, autoClose: 8000 });
}
