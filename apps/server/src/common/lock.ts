import { AsyncLocalStorage } from "node:async_hooks";

/**
 * A re-entrant async mutex: the embedded database has a single connection, so every unit of
 * work on it runs alone. Re-entrant so a unit of work may call code that asks for the lock again.
 */
export class AsyncLock {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly holder = new AsyncLocalStorage<AsyncLock>();

  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.holder.getStore() === this) return fn();
    const result = this.tail.then(() => this.holder.run(this, fn));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
