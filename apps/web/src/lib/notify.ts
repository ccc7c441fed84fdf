import { notifications } from "@mantine/notifications";
import { describeError } from "@/lib/graphql-errors";

export function notifySuccess(title: string, message: string): void {
  notifications.show({ color: "green", title, message });
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: "red", title, message: describeError(error), autoClose: 8000 });
}
