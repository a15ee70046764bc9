/**
 * Writes to one library from one process, one after another, in the order they were asked for.
 * A failed write does not stop the ones behind it.
 */
export interface WriteQueue {
  run<T>(work: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<void>>();

export function queueFor(key: string): WriteQueue {
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const before = queues.get(key) ?? Promise.resolve();
      const result = before.then(work);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      queues.set(key, tail);
      // Forget an idle library, so a long-running server does not keep every folder it saw.
      void tail.then(() => {
        if (queues.get(key) === tail) queues.delete(key);
      });
      return result;
    },
  };
}
