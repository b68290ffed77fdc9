// `${VAR}` interpolation as the Compose Specification defines it. Values are data: nothing is
// executed, and a substituted value is never interpolated again.
import type { ModelPath } from '../errors.js';
import type { Diagnostics } from './diagnostics.js';
import type { Node } from './node.js';

export type Lookup = (name: string) => string | undefined;

/** Thrown by a lookup for a variable it refuses to give (a runner credential): an error where it is used. */
export class RefusedVariable extends Error {
  constructor(
    readonly variable: string,
    why: string,
  ) {
    super(`variable ${variable} ${why}`);
  }
}

/** Deepest `${A:-${B:-…}}` nesting read; compose files use two or three levels. */
export const MAX_INTERPOLATION_DEPTH = 32;

export interface Interpolated {
  value: string;
  /** Variables used without a default and not set (compose substitutes ''). */
  unset: string[];
  /** Problems: malformed templates and required variables that are missing. */
  errors: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function interpolateString(text: string, lookup: Lookup): Interpolated {
  const out: Interpolated = { value: '', unset: [], errors: [] };
  try {
    out.value = expand(text, 0, text.length, lookup, out, 0);
  } catch (err) {
    if (!(err instanceof RefusedVariable || err instanceof TooDeep)) throw err;
    out.errors.push(err.message);
  }
  return out;
}

class TooDeep extends Error {}

/** Expands text[from, to); `depth` counts the `${` it is nested in. */
function expand(
  text: string,
  from: number,
  to: number,
  lookup: Lookup,
  out: Interpolated,
  depth: number,
): string {
  if (depth > MAX_INTERPOLATION_DEPTH)
    throw new TooDeep(`invalid interpolation: \${…} nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`);
  let result = '';
  let i = from;
  while (i < to) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= to) {
      result += text.slice(i, to);
      break;
    }
    result += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      result += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const close = matchBrace(text, dollar + 2, to);
      if (close < 0) {
        out.errors.push(`invalid interpolation: ${JSON.stringify(text.slice(dollar, to))} has no closing }`);
        return result + text.slice(dollar, to);
      }
      result += braced(text, dollar + 2, close, lookup, out, depth);
      i = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1, Math.min(to, dollar + 257)))?.[0];
      if (name) {
        result += variable(name, lookup, out);
        i = dollar + 1 + name.length;
      } else {
        // A lone `$` (e.g. "5$ each") is kept literally, as Compose does.
        result += '$';
        i = dollar + 1;
      }
    }
  }
  return result;
}

/** Index of the `}` closing a `${` whose body starts at `start`, honouring nested `${...}`. */
function matchBrace(text: string, start: number, to: number): number {
  let depth = 0;
  for (let i = start; i < to; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '$') i++;
    else if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function variable(name: string, lookup: Lookup, out: Interpolated): string {
  const value = lookup(name);
  if (value === undefined) {
    out.unset.push(name);
    return '';
  }
  return value;
}

/** The body of `${...}`: NAME, then optionally one of :- - :? ? :+ + and a nested template. */
function braced(
  text: string,
  start: number,
  end: number,
  lookup: Lookup,
  out: Interpolated,
  depth: number,
): string {
  const body = text.slice(start, end);
  const name = NAME.exec(body)?.[0];
  if (!name) {
    out.errors.push(`invalid interpolation: \${${body}} does not start with a variable name`);
    return '';
  }
  if (name.length === body.length) return variable(name, lookup, out);
  const rest = body.slice(name.length);
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    out.errors.push(`invalid interpolation: \${${body}} (expected :-, -, :?, ?, :+ or + after ${name})`);
    return '';
  }
  const argFrom = start + name.length + op.length;
  const value = lookup(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const arg = () => expand(text, argFrom, end, lookup, out, depth + 1);
  switch (op) {
    case ':-':
      return nonEmpty ? value : arg();
    case '-':
      return set ? value : arg();
    case ':+':
      return nonEmpty ? arg() : '';
    case '+':
      return set ? arg() : '';
    default: {
      const required = op === ':?' ? nonEmpty : set;
      if (required) return value!;
      // The message as written, not expanded: `${NOPE:?${DB_PASSWORD}}` must not print the password.
      const message = text.slice(argFrom, end);
      out.errors.push(
        `required variable ${name} is ${set ? 'empty' : 'not set'}${message ? `: ${message}` : ''}`,
      );
      return '';
    }
  }
}

/**
 * Interpolates every string value of a document in place (keys are left alone, as in Compose).
 * Unset variables become warnings, malformed or missing required variables errors.
 */
export function interpolateTree(root: Node, lookup: Lookup, diags: Diagnostics): void {
  const walk = (node: Node, path: (string | number)[]): void => {
    if (node.kind === 'map') {
      for (const [key, entry] of node.entries) {
        path.push(key);
        walk(entry.value, path);
        path.pop();
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        path.push(index);
        walk(item, path);
        path.pop();
      });
    } else if (typeof node.value === 'string' && node.value.includes('$')) {
      const result = interpolateString(node.value, lookup);
      const at: ModelPath = [...path];
      for (const e of result.errors) diags.error(e, at, node.loc);
      for (const name of new Set(result.unset))
        diags.warn(`variable ${name} is not set; using an empty string`, at, node.loc);
      node.value = result.value;
    }
  };
  walk(root, []);
}
