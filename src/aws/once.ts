/** `make` runs on the first call only; every call gets its one promise (a client, a loaded module). */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * A port whose implementation is loaded on its first call: every method of an edge port returns a
 * promise, so each can wait for `load` and then call the real one. Lets the SDK adapters (and the SDK
 * packages they import) stay unread until a stage needs them.
 */
export function lazyPort<T extends object>(load: () => Promise<T>): T {
  const loaded = once(load);
  return new Proxy({} as T, {
    get(_target, method) {
      // Not a thenable: `await port` must not try to call a method named "then".
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (...args: unknown[]) => {
        const port = (await loaded()) as Record<string, (...a: unknown[]) => unknown>;
        const fn = port[method];
        if (typeof fn !== 'function') throw new Error(`internal: the AWS edge has no ${method}`);
        return fn.apply(port, args);
      };
    },
  });
}
