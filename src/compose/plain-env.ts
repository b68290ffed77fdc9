// Runs a synchronous step with process.env replaced by a plain copy of itself, then puts the real one back.
// The yaml library's parser reads process.env.LOG_TOKENS (its debug switch) once per token, and Node's
// process.env is an interceptor that asks the C++ side on every read (~0.25 µs under Node 24, several
// times that under Node 20): a tenth of parsing a large compose file (issue 13: loading). A plain object
// answers the same values in a few nanoseconds. Nothing else can run during a synchronous step, so no
// other code ever sees the copy, and the real object is restored even when the step throws.
export function withPlainProcessEnv<T>(step: () => T): T {
  const real = process.env;
  try {
    process.env = { ...real };
  } catch {
    return step(); // a process.env that cannot be replaced (made read-only by the host): only slower
  }
  try {
    return step();
  } finally {
    process.env = real;
  }
}
