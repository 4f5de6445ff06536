// Prisma's WebAssembly schema engine leaves long timers behind, which keep
// `prisma migrate deploy` alive for a minute after it has finished. Imported by
// prisma.config.ts only: timers of a second or more are unref'd so the CLI exits
// as soon as its work is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(callback, ms, ...args);
  if ((ms ?? 0) >= 1000) timer.unref();
  return timer;
}) as typeof setTimeout;
