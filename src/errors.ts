// The leaf of the module graph: failures and their diagnostics, imported by every layer, importing nothing.

/** Where a value came from, for errors and GitHub annotations. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** A path into the compose document, e.g. ['services', 'web', 'ports', 1]. */
export type ModelPath = ReadonlyArray<string | number>;

/** One problem, with where it was written when known. */
export interface Diagnostic {
  message: string;
  path?: ModelPath;
  location?: SourceLocation;
}

/**
 * A failure the user can act on: bad input, a failed build, a rejected deploy.
 * `diagnostics` carries every problem found (all errors of a run are reported together),
 * each with its file:line:column and model path where known.
 */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(message);
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}

/** `services.web.ports[1]` */
export function formatPath(path: ModelPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function formatLocation(location: SourceLocation | undefined): string {
  return location ? `${location.file}:${location.line}:${location.column}` : '';
}

/** The diagnostic without its location, for loggers that print (or annotate) the location themselves. */
export function diagnosticBody(d: Diagnostic): string {
  return d.path ? `${formatPath(d.path)}: ${d.message}` : d.message;
}

/** One line per diagnostic: `compose.yaml:12:9 services.web.ports[1]: expected ...`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [formatLocation(d.location), d.path ? formatPath(d.path) : ''].filter(Boolean).join(' ');
  return where ? `${where}: ${d.message}` : d.message;
}
