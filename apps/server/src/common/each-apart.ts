import { StateConflictError } from "./errors";

/**
 * A background pass's work on each item, one after another, each apart from the others: an item
 * whose work fails does not stop the items after it, so one account the pass cannot handle (a
 * bad row, a bug on one path) never holds back the lapses, reminders and escalations of every
 * account behind it. A StateConflictError is expected (another process got there first, or the
 * item changed meanwhile) and passes quietly; any other failure goes to `report` with its item,
 * and the item, unchanged, is tried again on the next pass.
 */
export async function eachApart<T>(
  items: readonly T[],
  work: (item: T) => Promise<void>,
  report: (error: unknown, item: T) => void,
): Promise<void> {
  for (const item of items) {
    try {
      await work(item);
    } catch (error) {
      if (!(error instanceof StateConflictError)) report(error, item);
    }
  }
}
