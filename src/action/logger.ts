import * as core from '@actions/core';
import { isAbsolute, relative } from 'node:path';
import type { SourceLocation } from '../compose/model.js';
import type { Logger } from '../log.js';

function annotation(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  // Annotations land on the pull request's files only with paths relative to the repository.
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const file = isAbsolute(location.file) ? relative(workspace, location.file) : location.file;
  return location ? { file, startLine: location.line, startColumn: location.column } : undefined;
}

/** Logger for the action: workflow commands, so problems become annotations on the file and line. */
export const actionLogger: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message, location) => core.warning(message, annotation(location)),
  error: (message, location) => core.error(message, annotation(location)),
  mask: (secret) => core.setSecret(secret),
  group: (title, body) => core.group(title, body),
};
