// Collects every problem of a run so they can be reported together.
import { UserError, type Diagnostic, type ModelPath, type SourceLocation } from '../errors.js';

export class Diagnostics {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  error(message: string, path: ModelPath | undefined, location: SourceLocation | undefined): void {
    this.errors.push(make(message, path, location));
  }

  warn(message: string, path: ModelPath | undefined, location: SourceLocation | undefined): void {
    this.warnings.push(make(message, path, location));
  }

  /** Throws one UserError carrying all errors so far, if there are any. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    // Report in reading order: by file, then line, then column (passes find them out of order).
    this.errors.sort(byLocation);
    // The diagnostics are printed one by one (with their locations) by the shells: the summary only counts.
    const n = this.errors.length;
    const summary =
      n === 1 ? 'The compose project is invalid (1 error)' : `The compose project has ${n} errors`;
    throw new UserError(summary, this.errors);
  }
}

function make(
  message: string,
  path: ModelPath | undefined,
  location: SourceLocation | undefined,
): Diagnostic {
  const d: Diagnostic = { message };
  if (path) d.path = path;
  if (location) d.location = location;
  return d;
}

/** Warnings in reading order. */
export function sortedWarnings(diags: Diagnostics): Diagnostic[] {
  return [...diags.warnings].sort(byLocation);
}

function byLocation(a: Diagnostic, b: Diagnostic): number {
  const x = a.location;
  const y = b.location;
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.file === y.file ? x.line - y.line || x.column - y.column : x.file < y.file ? -1 : 1;
}
