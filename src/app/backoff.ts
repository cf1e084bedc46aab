// Exponential back-off with jitter, for sources and deliveries alike.

export function backoffMs(attempt: number, options: { baseMs: number; maxMs: number; random?: () => number }): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  // ±20% so that many failing peers do not retry in lockstep.
  const jitter = 0.8 + 0.4 * (options.random ?? Math.random)();
  return Math.round(exponential * jitter);
}
