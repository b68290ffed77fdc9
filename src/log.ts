import type { SourceLocation } from './errors.js';

/**
 * Where progress and problems go. The action writes workflow commands (annotations, groups,
 * masks); the CLI writes plain lines to stderr. Library code only ever sees this interface.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** Hide a value from every later log line. */
  mask(secret: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /**
   * Lines another program wrote (build output): shown as they are, never read as workflow commands, so a
   * Dockerfile's `RUN echo ::add-mask::…` or `::set-env` line stays text.
   */
  verbatim(lines: readonly string[]): void;
}

/** Plain lines on a stream, for the CLI and tests. Masks are applied here too. */
export class StreamLogger implements Logger {
  private readonly secrets: string[] = [];
  constructor(
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    private readonly verbose = false,
  ) {}

  private emit(line: string): void {
    let out = line;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    this.write(out);
  }
  info(message: string): void {
    this.emit(message);
  }
  debug(message: string): void {
    if (this.verbose) this.emit(`debug: ${message}`);
  }
  warning(message: string, location?: SourceLocation): void {
    this.emit(
      `warning: ${location ? `${location.file}:${location.line}:${location.column}: ` : ''}${message}`,
    );
  }
  error(message: string, location?: SourceLocation): void {
    this.emit(`error: ${location ? `${location.file}:${location.line}:${location.column}: ` : ''}${message}`);
  }
  mask(secret: string): void {
    if (secret) this.secrets.push(secret);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.emit(`── ${title}`);
    return body();
  }
  verbatim(lines: readonly string[]): void {
    for (const line of lines) this.emit(line);
  }
}
