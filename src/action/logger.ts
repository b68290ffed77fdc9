import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import type { SourceLocation } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * Annotations land on a pull request's files only with paths relative to the repository root; the
 * loader reports paths relative to the working directory (or absolute outside it).
 */
export function annotationPath(file: string, workingDirectory: string, workspace: string): string {
  return relative(workspace, isAbsolute(file) ? file : resolve(workingDirectory, file));
}

/** Logger for the action: workflow commands, so problems become annotations on the file and line. */
export function createActionLogger(
  workingDirectory: string,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): Logger {
  const annotation = (location?: SourceLocation): core.AnnotationProperties | undefined =>
    location
      ? {
          file: annotationPath(location.file, workingDirectory, workspace),
          startLine: location.line,
          startColumn: location.column,
        }
      : undefined;
  return {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, location) => core.warning(message, annotation(location)),
    error: (message, location) => core.error(message, annotation(location)),
    mask: (secret) => core.setSecret(secret),
    group: (title, body) => core.group(title, body),
    verbatim: (lines) => writeVerbatim(lines, (line) => process.stdout.write(`${line}\n`)),
  };
}

/**
 * Prints lines between `::stop-commands::TOKEN` and `::TOKEN::`: the runner reads no workflow command in
 * between (GitHub's "Stopping and starting workflow commands"). The token is random for each block, so
 * output cannot end the block early by guessing it.
 */
export function writeVerbatim(lines: readonly string[], write: (line: string) => void): void {
  if (lines.length === 0) return;
  const token = randomBytes(16).toString('hex');
  write(`::stop-commands::${token}`);
  for (const line of lines) write(line);
  write(`::${token}::`);
}
