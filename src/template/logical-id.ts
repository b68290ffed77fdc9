// Logical IDs derive from compose names so a change to one service touches only its resources.
// CloudFormation wants [A-Za-z0-9]{1,255}: non-alphanumerics split words ("my-web" → "MyWeb").
import { createHash } from 'node:crypto';

/** "my-web.api" → "MyWebApi"; keeps inner case ("fooBar" → "FooBar"). */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
}

/** Longest base we hand out, leaving room for suffixes such as "TaskExecutionRole" and port tags. */
const MAX_BASE = 200;

/**
 * Assigns a base ID per compose name within one kind (services, networks, ...).
 * Names that sanitise to the same base (e.g. "my-web" and "my_web") all get a hash of their own name
 * appended, so the result depends only on the colliding set, not on ordering.
 * Names with nothing alphanumeric get "X" + hash.
 */
export function assignIds(names: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of names) {
    let base = pascal(name);
    if (base === '') base = 'X';
    if (base.length > MAX_BASE) base = base.slice(0, MAX_BASE - 8) + shortHash(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const name of group) out.set(name, group.length > 1 || base === 'X' ? base + shortHash(name) : base);
  }
  return out;
}

export const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
