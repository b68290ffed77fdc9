// Typed reads of extension values for the decoders: each bad value is reported once, at its own path.
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';

/** Where decoding reports: the loader's diagnostics, located through the source map. */
export interface Reporter {
  error(path: ModelPath, message: string): void;
  warn(path: ModelPath, message: string): void;
}

/** Sets the decoded fields, only when there are any: a model without extensions stays as it was. */
export function setAws<T extends object>(target: { aws?: T }, value: T): void {
  const fields = compactAws(value);
  if (Object.keys(fields).length > 0) target.aws = fields;
}

/** Drops undefined fields. */
export function compactAws<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Typed reads of extension values; each bad value is reported once at its own path. */
export class Reader {
  constructor(readonly report: Reporter) {}

  unknown(ext: Extensions | undefined, allowed: readonly string[], path: ModelPath): void {
    for (const key of Object.keys(ext ?? {}).sort())
      if (key.startsWith('x-aws-') && !allowed.includes(key))
        this.report.warn(
          [...path, key],
          `unknown extension ${key} here; it is ignored (known here: ${allowed.join(', ') || 'none'})`,
        );
  }

  knownFields(spec: Record<string, unknown>, fields: string[], at: ModelPath, what: string): void {
    for (const key of Object.keys(spec).sort())
      if (!fields.includes(key))
        this.report.warn(
          [...at, key],
          `unknown ${what} field ${key} is ignored (known: ${fields.join(', ')})`,
        );
  }

  string(ext: Extensions | undefined, key: string, path: ModelPath): string | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v === '') {
      this.report.error([...path, key], `${key} must be a non-empty string`);
      return undefined;
    }
    return v;
  }

  oneOf(
    ext: Extensions | undefined,
    key: string,
    path: ModelPath,
    values: readonly string[],
  ): string | undefined {
    const v = this.string(ext, key, path)?.toLowerCase();
    if (v === undefined || values.includes(v)) return v;
    this.report.error([...path, key], `${key} must be one of ${values.join(', ')}`);
    return undefined;
  }

  number(
    ext: Extensions | undefined,
    key: string,
    path: ModelPath,
    range: { min: number; max: number; integer?: boolean },
  ): number | undefined {
    let v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) v = Number(v); // YAML may quote numbers
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < range.min ||
      v > range.max ||
      (range.integer !== false && !Number.isInteger(v))
    ) {
      this.report.error(
        [...path, key],
        `${key} must be ${range.integer === false ? 'a number' : 'an integer'} from ${range.min} to ${range.max}`,
      );
      return undefined;
    }
    return v;
  }

  boolean(ext: Extensions | undefined, key: string, path: ModelPath): boolean | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.report.error([...path, key], `${key} must be true or false`);
      return undefined;
    }
    return v;
  }

  stringList(ext: Extensions | undefined, key: string, path: ModelPath): string[] | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
      this.report.error([...path, key], `${key} must be a string or a list of strings`);
      return undefined;
    }
    return list as string[];
  }

  object(ext: Extensions | undefined, key: string, path: ModelPath): Record<string, unknown> | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report.error([...path, key], `${key} must be a mapping`);
      return undefined;
    }
    return v as Record<string, unknown>;
  }
}
