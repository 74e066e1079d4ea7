/**
 * A value made on first use: `once(make)` returns a function that calls `make` the first time
 * and returns that same value on every later call. For what is costly to build and not needed by
 * every run (detector lists, schemas), so that loading a module does not pay for it.
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
