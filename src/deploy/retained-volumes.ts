// Retained volumes come back. Each EFS file system the template creates is retained when the stack is
// deleted (DeletionPolicy Retain) and tagged with the compose project and volume. When the stack is
// created again, the plan looks those file systems up by their tags — as Docker's ECS integration did —
// and passes the id as <Volume>FilesystemRetainedId, so the template mounts the old data instead of
// creating an empty file system. An existing stack keeps what it uses now: its own file system ('') or
// the retained one it was given.
import type { FileSystems } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import type { Logger } from '../log.js';
import type { ParameterSource } from '../template/convert.js';
import { PROJECT_TAG } from '../template/tags.js';
import { STACK_TAG, VOLUME_TAG } from '../template/volumes.js';

export interface RetainedFileSystem {
  id: string;
  created?: Date;
}

/** Finds a project's file systems for one volume; the EFS implementation is efsFinder. */
export interface FileSystemFinder {
  byTags(project: string, volume: string, stack: string): Promise<RetainedFileSystem[]>;
}

/** Every file system listed once (all pages), filtered by the project and volume tags; only available ones. */
export function efsFinder(efs: FileSystems): FileSystemFinder {
  let all: ReturnType<FileSystems['list']> | undefined;
  return {
    async byTags(project, volume, stack) {
      all ??= efs.list();
      return (await all)
        .filter(
          (fs) =>
            fs.available &&
            fs.tags[PROJECT_TAG] === project &&
            fs.tags[VOLUME_TAG] === volume &&
            fs.tags[STACK_TAG] === stack,
        )
        .map(({ id, created }) => ({ id, ...(created ? { created } : {}) }));
    },
  };
}

export async function retainedFileSystemParameters(
  finder: FileSystemFinder,
  parameters: ParameterSource[],
  request: { project: string; stack: string; isNew: boolean; current?: Record<string, string> },
  logger: Logger,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const p of parameters.filter((x) => x.kind === 'retained-file-system' && x.volume !== undefined)) {
    if (!request.isNew) {
      values[p.name] = request.current?.[p.name] ?? '';
      continue;
    }
    let found: RetainedFileSystem[];
    try {
      found = await finder.byTags(request.project, p.volume!, request.stack);
    } catch (err) {
      throw awsFailure(`looking up retained file systems of volume ${p.volume}`, err);
    }
    const newest = [...found].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
    const chosen = newest[0];
    values[p.name] = chosen?.id ?? '';
    if (chosen)
      logger.info(
        `volume ${p.volume}: using file system ${chosen.id}, retained when stack ${request.stack} was deleted`,
      );
    if (newest.length > 1)
      logger.warning(
        `volume ${p.volume}: ${newest.length} retained file systems of ${request.project} (${newest.map((f) => f.id).join(', ')}); using the newest, ${chosen!.id}`,
      );
  }
  return values;
}
