/**
 * A bounded queue read as an async iterator: a subscription's stream. The producer pushes (or,
 * for a stream where only the latest value matters, replaces what waits); the consumer (GraphQL's
 * subscription machinery) pulls. `return()` — the client unsubscribed or its socket closed —
 * drops what waits and runs `onClose` once, which is where the producer forgets the stream:
 * nothing is left behind by a closed socket.
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private ended = false;
  private closed = false;

  constructor(
    private readonly onClose: () => void,
    private readonly limit: number,
  ) {}

  get isOpen(): boolean {
    return !this.ended;
  }

  /** Adds a value; false (and nothing added) once ended or when `limit` values already wait. */
  push(value: T): boolean {
    if (this.ended) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return true;
    }
    if (this.queue.length >= this.limit) return false;
    this.queue.push(value);
    return true;
  }

  /** Puts `value` in place of whatever waits: for streams of states, where only the last counts. */
  replace(value: T): void {
    if (this.ended) return;
    this.queue = [];
    this.push(value);
  }

  /** No more values: the consumer reads what waits, then the end. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.close();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.queue = [];
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<T>> {
    return this.return();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}
