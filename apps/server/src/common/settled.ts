/** A value that is there already, or one still coming. */
export type Settling<T> = T | Promise<T>;

/**
 * `f` of a value that may still be coming: at once when it is there, else when it arrives. A
 * field resolver that returns plain values lets graphql-js complete it without a promise.
 */
export function whenSettled<T, R>(value: Settling<T>, f: (value: T) => R): R | Promise<Awaited<R>> {
  return value instanceof Promise ? (value.then(f) as Promise<Awaited<R>>) : f(value);
}
