/** Computes a value on first use and keeps it: rules share one parse of the draft. */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Computes a value once per key object (a language pack, a word list) and keeps it as long as the key
 * lives: a language's patterns are built the first time a draft in it is checked, then reused.
 */
export function lazyPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}
