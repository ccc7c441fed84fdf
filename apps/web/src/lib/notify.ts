import type { NotificationData } from "@mantine/notifications";
import { describeError } from "@/lib/graphql-errors";

let toastsWanted = false;
const toastListeners = new Set<() => void>();

/**
 * Whether a toast has been asked for yet: the toasts' container (providers.tsx) mounts from then
 * on, so that neither its code nor its portal is on the first page. A toast asked for before it
 * mounts shows when it does (the toasts' store keeps it).
 */
export const toastsRequested = {
  subscribe(listener: () => void): () => void {
    toastListeners.add(listener);
    return () => toastListeners.delete(listener);
  },
  get: (): boolean => toastsWanted,
};

// Loaded on first use, like the toasts' container.
function show(notification: NotificationData): void {
  if (!toastsWanted) {
    toastsWanted = true;
    for (const listener of toastListeners) listener();
  }
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
