import { AsyncLocalStorage } from "node:async_hooks";

/**
 * An AsyncLocalStorage that is on only while one of its scopes is open. On Node 20 an enabled
 * AsyncLocalStorage installs promise hooks that run for every promise in the process, whether or
 * not it belongs to a scope: on a busy server that is 5–20 % of its time. A scope opened for a few
 * requests (a sampled one, a captured one) must therefore not leave it on for all the others: the
 * storage is disabled again when its last open scope closes.
 */
export class TransientScope<T> {
  private readonly storage = new AsyncLocalStorage<T>();
  private open = 0;

  /**
   * Runs `fn` in a scope holding `store`, and returns the function that closes it (idempotent).
   * Work of a closed scope that is still running sees no store once no scope is open.
   */
  enter(store: T, fn: () => void): () => void {
    this.open += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      this.open -= 1;
      if (this.open === 0) this.storage.disable();
    };
    try {
      this.storage.run(store, fn);
    } catch (error) {
      close();
      throw error;
    }
    return close;
  }

  /** The store of the scope the caller runs in, if one is open. */
  get(): T | undefined {
    return this.storage.getStore();
  }
}
