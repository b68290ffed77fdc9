// JSON with object keys sorted: two values that differ only in key order give the same text. Templates,
// parameters and job inputs are compared and hashed through it.
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
          )
        : v,
    ) ?? 'undefined'
  );
}
