/**
 * Preloaded into the API by the soak (node --expose-gc --require): answers "heap" messages on
 * the IPC channel with the heap in use after a full collection, so growth is not garbage.
 */
interface HeapAnswer {
  heapUsed: number;
  rss: number;
}

process.on("message", (message: unknown) => {
  if (message !== "heap") return;
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss } satisfies HeapAnswer);
});

export type { HeapAnswer };
