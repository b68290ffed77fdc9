// Durations and sizes as Compose writes them. Durations use Go's syntax (`1m30s`, `500ms`);
// sizes use docker's binary units (`512m` = 512 MiB, `1.5g`, `2Gb`), case-insensitive.

const DURATION_UNITS: Record<string, number> = {
  h: 3600,
  m: 60,
  s: 1,
  ms: 1e-3,
  us: 1e-6,
  µs: 1e-6,
  ns: 1e-9,
};
const DURATION = /^(?:(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns))+$/;
const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns)/g;

/** Seconds, or undefined when `text` is not a duration. `0` alone is accepted, as in Go. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (t === '0') return 0;
  if (!DURATION.test(t)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of t.matchAll(DURATION_PART))
    seconds += Number(amount) * DURATION_UNITS[unit!]!;
  // Round away float noise (0.1+0.2) while keeping nanosecond precision.
  return Math.round(seconds * 1e9) / 1e9;
}

const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i;
const SIZE_FACTORS: Record<string, number> = {
  '': 1,
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50,
};

/** Bytes (whole), or undefined when `text` is not a size. */
export function parseSize(text: string): number | undefined {
  const match = SIZE.exec(text.trim());
  if (!match) return undefined;
  return Math.floor(Number(match[1]) * SIZE_FACTORS[(match[2] ?? '').toLowerCase()]!);
}
