// What the CLI writes to a terminal. Progress goes to stderr: on a TTY one line redrawn in place (a spinner,
// the step, the latest message, the seconds so far) with each finished step left above it; elsewhere plain
// lines. Warnings are said once: held for the report on stdout (which lists every warning of the run), or
// printed before the error when the run fails. Colour only where the stream is a TTY and NO_COLOR is unset
// (https://no-color.org).
import { formatLocation, type SourceLocation } from './errors.js';
import type { Logger } from './log.js';
import type { TerminalStyle } from './report/terminal.js';
import type { RunReport } from './report/run-report.js';

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface CliStreams {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_MS = 100;

/** Colour where `stream` is a TTY and NO_COLOR is not set to a non-empty value. */
export function colourFor(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

export class CliOutput implements Logger {
  private readonly secrets: string[] = [];
  private readonly held: string[] = [];
  private readonly steps: Array<{ title: string; started: number }> = [];
  private latest = '';
  private frame = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawn = false;
  /** A progress line redrawn in place: stdout and stderr both a terminal. */
  readonly interactive: boolean;
  private readonly colour: boolean;

  constructor(
    private readonly streams: CliStreams,
    private readonly options: { verbose?: boolean; holdWarnings: boolean },
  ) {
    this.interactive = Boolean(streams.stdout.isTTY && streams.stderr.isTTY);
    this.colour = colourFor(streams.stderr, streams.env);
  }

  private paint(code: number, text: string): string {
    return this.colour ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  private masked(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  /** A line that stays: the progress line is cleared first and drawn again after. */
  private line(text: string): void {
    this.clear();
    this.streams.stderr.write(`${this.masked(text)}\n`);
    this.draw();
  }

  private clear(): void {
    if (this.drawn) this.streams.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(): void {
    const step = this.steps.at(-1);
    if (!this.interactive || !step) return;
    const seconds = Math.floor((Date.now() - step.started) / 1000);
    const text = `${SPINNER[this.frame % SPINNER.length]} ${step.title}${this.latest ? `: ${this.latest}` : ''} (${seconds}s)`;
    // One terminal row, or the redraw would leave the wrapped part behind.
    const width = Math.max(20, (this.streams.stderr.columns || 80) - 1);
    const fitted =
      [...this.masked(text)].length > width
        ? `${[...this.masked(text)].slice(0, width - 1).join('')}…`
        : this.masked(text);
    this.streams.stderr.write(`\r\x1b[2K${this.paint(36, fitted)}`);
    this.drawn = true;
  }

  info(message: string): void {
    if (!this.interactive) return this.line(message);
    this.latest = message.split('\n')[0]!;
    if (this.options.verbose) this.line(message);
    else this.draw();
  }

  /** Another program's lines (build output): said as they are; on a terminal only the latest, unless verbose. */
  verbatim(lines: readonly string[]): void {
    if (!this.interactive || this.options.verbose) {
      for (const line of lines) this.line(line);
      return;
    }
    const last = lines.at(-1);
    if (last !== undefined) this.latest = last;
    this.draw();
  }

  debug(message: string): void {
    if (this.options.verbose) this.line(`debug: ${message}`);
  }

  warning(message: string, location?: SourceLocation): void {
    const text = location ? `${formatLocation(location)} ${message}` : message;
    if (this.options.holdWarnings) this.held.push(this.masked(text));
    else this.line(`${this.paint(33, 'warning:')} ${text}`);
  }

  error(message: string, location?: SourceLocation): void {
    this.line(`${this.paint(31, 'error:')} ${location ? `${formatLocation(location)}: ` : ''}${message}`);
  }

  mask(secret: string): void {
    if (secret) this.secrets.push(secret);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (!this.interactive) {
      this.line(`── ${title}`);
      return body();
    }
    const step = { title, started: Date.now() };
    this.steps.push(step);
    this.latest = '';
    this.timer ??= setInterval(() => {
      this.frame++;
      this.draw();
    }, FRAME_MS).unref();
    const done = (mark: string) => {
      this.steps.splice(this.steps.indexOf(step), 1);
      this.line(`${mark} ${title} (${((Date.now() - step.started) / 1000).toFixed(1)}s)`);
    };
    try {
      const result = await body();
      done(this.paint(32, '✓'));
      return result;
    } catch (err) {
      done(this.paint(31, '✗'));
      throw err;
    }
  }

  /** The report for stdout, listing the run's warnings once (those the report carries, then the rest). */
  report(report: RunReport, render: (report: RunReport, style: TerminalStyle) => string): string {
    const warnings = [...new Set([...report.warnings, ...this.held])];
    this.held.length = 0;
    return render({ ...report, warnings }, { color: colourFor(this.streams.stdout, this.streams.env) });
  }

  /** Held warnings, on stderr: the run failed, so no report will list them. */
  releaseWarnings(): void {
    for (const w of this.held.splice(0)) this.line(`${this.paint(33, 'warning:')} ${w}`);
  }

  /** Stops the progress line; the terminal is left at the start of an empty line. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }
}
