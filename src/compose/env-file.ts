// Reads `.env` and `env_file` files the way Compose's dotenv parser does. Values are data:
// `${VAR}` inside them is substituted from earlier lines and the environment, nothing runs.
import type { ModelPath, SourceLocation } from '../errors.js';
import { describe, type Node } from './node.js';
import type { Diagnostics } from './diagnostics.js';
import type { ReadCached } from './file-access.js';
import { interpolateString, RefusedVariable, type Lookup } from './interpolate.js';
import { decodeUtf8, MAX_FILE_BYTES } from './parse.js';

export interface EnvEntry {
  /** undefined for a bare `KEY` line: the value comes from the environment, if set there. */
  value: string | undefined;
  loc: SourceLocation;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Parses env-file text. `format: 'raw'` keeps everything after `=` verbatim (no quotes,
 * no interpolation). `lookup` resolves `${VAR}` not defined earlier in the same file.
 */
export function parseEnvText(
  text: string,
  file: string,
  lookup: Lookup,
  diags: Diagnostics,
  format?: 'raw',
): Map<string, EnvEntry> {
  const vars = new Map<string, EnvEntry>();
  const local: Lookup = (name) => (vars.has(name) ? (vars.get(name)!.value ?? lookup(name)) : lookup(name));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const loc = { file, line: n + 1, column: 1 };
    const line = lines[n]!.replace(/^\s+/, '');
    loc.column = lines[n]!.length - line.length + 1;
    if (line === '' || line.startsWith('#')) continue;
    const body = line.startsWith('export ') ? line.slice(7).trimStart() : line;
    const eq = body.indexOf('=');
    const key = (eq < 0 ? body : body.slice(0, eq)).trim();
    if (!KEY.test(key)) {
      // Never the line itself: a private key or a password file named as an env file would be quoted.
      diags.error('expected KEY=VALUE with a variable name at the start of the line', undefined, loc);
      continue;
    }
    if (eq < 0) {
      vars.set(key, { value: undefined, loc });
      continue;
    }
    let raw = body.slice(eq + 1);
    if (format === 'raw') {
      vars.set(key, { value: raw, loc });
      continue;
    }
    raw = raw.trimStart();
    const quote = raw[0];
    let value: string;
    if (quote === "'" || quote === '"') {
      // Quoted values may span lines; find the closing quote not preceded by a backslash.
      let joined = raw.slice(1);
      let close = findClose(joined, quote);
      while (close < 0 && n + 1 < lines.length) {
        joined += '\n' + lines[++n];
        close = findClose(joined, quote);
      }
      if (close < 0) {
        diags.error(
          `unterminated ${quote === '"' ? 'double' : 'single'}-quoted value for ${key}`,
          undefined,
          loc,
        );
        continue;
      }
      const inner = joined.slice(0, close);
      value = quote === "'" ? inner : substitute(unescape(inner), key, local, loc, diags);
    } else {
      value = substitute(raw.replace(/\s+#.*$/, '').trimEnd(), key, local, loc, diags);
    }
    vars.set(key, { value, loc });
  }
  return vars;
}

function findClose(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function unescape(text: string): string {
  return text.replace(
    /\\([\\"nrt$])/g,
    (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? (c === '$' ? '$$' : c),
  );
}

function substitute(
  text: string,
  key: string,
  lookup: Lookup,
  loc: SourceLocation,
  diags: Diagnostics,
): string {
  if (!text.includes('$')) return text;
  const result = interpolateString(text, lookup);
  for (const e of result.errors) diags.error(`${key}: ${e}`, undefined, loc);
  return result.value;
}

/** Reads an env file through the loader's reader; `required` says whether a missing file is an error. */
export async function readEnvFile(
  path: string,
  display: string,
  lookup: Lookup,
  diags: Diagnostics,
  options: {
    required: boolean;
    read: ReadCached;
    /** Named by a compose file, not the operator: confined to the workspace. */
    confine?: boolean;
    format?: 'raw';
    usedAt?: SourceLocation;
    usedPath?: (string | number)[];
  },
): Promise<Map<string, EnvEntry>> {
  const result = await options.read(path, { maxBytes: MAX_FILE_BYTES, confine: options.confine ?? false });
  if ('problem' in result) {
    if (options.required || !result.missing)
      diags.error(`env file ${display} ${result.problem}`, options.usedPath, options.usedAt);
    return new Map();
  }
  const text = decodeUtf8(result.bytes, display, diags);
  return text === undefined ? new Map() : parseEnvText(text, display, lookup, diags, options.format);
}

/**
 * A service's `env_file:` (a path, a list, or long form `{path, required, format}`), read in
 * order; later files win. Paths are absolute already (paths.ts).
 */
export async function readServiceEnvFiles(
  node: Node,
  path: ModelPath,
  lookup: Lookup,
  diags: Diagnostics,
  display: (absolute: string) => string,
  read: ReadCached,
): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  const items =
    node.kind === 'seq' ? node.items.map((n, i) => [n, [...path, i]] as const) : [[node, path] as const];
  for (const [item, at] of items) {
    let file: string | undefined;
    let required = true;
    let format: 'raw' | undefined;
    if (item.kind === 'scalar' && typeof item.value === 'string') file = item.value;
    else if (item.kind === 'map') {
      for (const [key, entry] of item.entries) {
        const v = entry.value;
        const value = v.kind === 'scalar' ? v.value : undefined;
        if (key === 'path' && typeof value === 'string') file = value;
        else if (key === 'required' && (typeof value === 'boolean' || value === 'true' || value === 'false'))
          required = value === true || value === 'true';
        else if (key === 'format' && value === 'raw') format = 'raw';
        else
          diags.error(
            `expected path (a string), required (true or false) or format (raw) in an env_file entry, found ${key}: ${describe(v)}`,
            [...at, key],
            entry.keyLoc,
          );
      }
      if (file === undefined) diags.error('an env_file entry needs `path`', at, item.loc);
    } else
      diags.error(`expected an env file path or a mapping with path, found ${describe(item)}`, at, item.loc);
    if (file === undefined) continue;
    const vars = await readEnvFile(file, display(file), lookup, diags, {
      required,
      read,
      confine: true,
      usedAt: item.loc,
      usedPath: [...at],
      ...(format && { format }),
    });
    for (const [key, entry] of vars) {
      // A bare `KEY` takes the environment's value: never a runner credential's.
      if (entry.value === undefined) {
        try {
          out.set(key, lookup(key));
        } catch (err) {
          if (!(err instanceof RefusedVariable)) throw err;
          diags.error(err.message, undefined, entry.loc);
        }
      } else out.set(key, entry.value);
    }
  }
  return out;
}
