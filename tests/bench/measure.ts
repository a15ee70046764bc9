/** Latency summary of repeated runs, in milliseconds. */
export interface Latency {
  p50Ms: number;
  p95Ms: number;
}

export function percentiles(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

export function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
