// How one option's text becomes its value. The action hands every input over as text (INPUT_<NAME>); the CLI's
// flags are turned into the same text (src/options/cli-flags.ts), so both shells share these parsers and
// their messages. A parser reports a bad value through `fail` and returns a usable fallback, so every bad
// option is reported at once.
import { ACTION_MODES, MODES, type Mode } from './modes.js';

export type Fail = (message: string) => void;

/** What the CLI's parseArgs needs to know of a field: a value, a switch, or a value that may repeat. */
export type FlagShape = 'string' | 'boolean' | 'repeatable';

/** Which shell reads the option: a few values differ (the action runs no convert; the CLI writes no template unasked). */
export type Shell = 'action' | 'cli';

export interface Field<T> {
  shape: FlagShape;
  parse(text: string, fail: Fail, shell: Shell): T;
}

/** Free text; '' means unset. */
export const text: Field<string | undefined> = { shape: 'string', parse: (t) => t.trim() || undefined };

/** Free text with a default. */
export function textOr(fallback: string): Field<string> {
  return { shape: 'string', parse: (t) => t.trim() || fallback };
}

/**
 * A boolean as the Actions toolkit's getBooleanInput reads it (YAML 1.2 core schema): true | True | TRUE |
 * false | False | FALSE; empty means the default. A switch on the CLI (`--no-<flag>` when the default is true).
 */
export function bool(fallback: boolean): Field<boolean> & { fallback: boolean } {
  return {
    shape: 'boolean',
    fallback,
    parse(t, fail) {
      const value = t.trim();
      if (!value) return fallback;
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      fail(`expected true or false (true | True | TRUE | false | False | FALSE), got "${t}"`);
      return fallback;
    },
  };
}

/** Items separated by newlines and commas (`lines`: by newlines only, for file names); repeatable on the CLI. */
export function list(separators: 'lines' | 'lines-or-commas' = 'lines-or-commas'): Field<string[]> {
  const split = separators === 'lines' ? /\n/ : /[\n,]/;
  return {
    shape: 'repeatable',
    parse: (t) =>
      t
        .split(split)
        .map((s) => s.trim())
        .filter(Boolean),
  };
}

/** One of a fixed set of words. */
export function choice<const C extends string>(choices: readonly C[], fallback: C): Field<C> {
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim() || fallback;
      if ((choices as readonly string[]).includes(value)) return value as C;
      fail(`expected one of ${choices.join(', ')}, got "${value}"`);
      return fallback;
    },
  };
}

/** One of a fixed set of words, or unset ('') when something else decides the default. */
export function optionalChoice<const C extends string>(choices: readonly C[]): Field<C | undefined> {
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim();
      if (!value) return undefined;
      if ((choices as readonly string[]).includes(value)) return value as C;
      fail(`expected one of ${choices.join(', ')}, got "${value}"`);
      return undefined;
    },
  };
}

/** The mode: the action's input takes every mode but convert, the CLI's first word any. */
export const modeField: Field<Mode> = {
  shape: 'string',
  parse: (t, fail, shell) =>
    choice<Mode>(shell === 'action' ? ACTION_MODES : MODES, 'plan').parse(t, fail, shell),
};

/** A whole number, 1 or more; '' means unset. */
export const count: Field<number | undefined> = {
  shape: 'string',
  parse(t, fail) {
    const value = t.trim();
    if (!value) return undefined;
    const n = Number(value);
    if (Number.isSafeInteger(n) && n >= 1) return n;
    fail(`expected a whole number, 1 or more, got "${value}"`);
    return undefined;
  },
};

/** A positive number of minutes. */
export function minutes(fallback: number): Field<number> {
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim() || String(fallback);
      const n = Number(value);
      if (Number.isFinite(n) && n > 0) return n;
      fail(`expected a positive number of minutes, got "${value}"`);
      return fallback;
    },
  };
}

/** A duration such as 30s, 10m, 2h or 1d, in milliseconds. */
export function duration(fallback: string): Field<number> {
  const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim() || fallback;
      const m = /^(\d+)([smhd])$/.exec(value);
      if (m) return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
      fail(`expected a duration such as 30s, 10m or 2h, got "${value}"`);
      return 0;
    },
  };
}

/** Text that must match a pattern (described in `expected`); '' means the default. */
export function matching(pattern: RegExp, expected: string, fallback: string): Field<string> {
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim() || fallback;
      if (pattern.test(value)) return value;
      fail(`expected ${expected}, got "${value}"`);
      return fallback;
    },
  };
}

/** Text that must match a pattern when given; '' means unset. */
export function optionalMatching(pattern: RegExp, expected: string): Field<string | undefined> {
  return {
    shape: 'string',
    parse(t, fail) {
      const value = t.trim();
      if (!value) return undefined;
      if (!pattern.test(value)) fail(`expected ${expected}, got "${value}"`);
      return value;
    },
  };
}

/**
 * `Key=Value` pairs, one per line or comma-separated (the format of aws-cloudformation-github-deploy's
 * parameter-overrides); a value may contain `=`. Repeatable on the CLI.
 */
export const keyValues: Field<Record<string, string>> = {
  shape: 'repeatable',
  parse(t, fail, shell) {
    const values: Record<string, string> = {};
    for (const item of list().parse(t, fail, shell)) {
      const at = item.indexOf('=');
      if (at <= 0) {
        fail(`expected Key=Value, got "${item}"`);
        continue;
      }
      const key = item.slice(0, at).trim();
      if (Object.hasOwn(values, key)) fail(`${key} is given twice`);
      values[key] = item.slice(at + 1).trim();
    }
    return values;
  },
};
