import { MIN_SECRET_LENGTH } from './values.js';

/** Replaces secret values in text bound for a comment or summary (defence in depth). */
export function redact(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) if (value.length >= MIN_SECRET_LENGTH) out = out.split(value).join('***');
  return out;
}
